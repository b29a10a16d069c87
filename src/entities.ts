import { Activity } from './activities/activity.entity';
import { AuditEvent } from './audit/audit-event.entity';
import { OfficeHolding } from './bodies/office-holding.entity';
import { Person } from './bodies/person.entity';
import { DatasetLoad } from './db/dataset-load.entity';
import { VersionedRecord } from './db/versioned-record';
import { Organisation } from './organisations/organisation.entity';
import { Source } from './participation/source.entity';
import { State } from './participation/state.entity';
import { TreatyAction } from './participation/treaty-action.entity';
import { NationalProcess } from './universalization/national-process.entity';
import { PriorityAssessment } from './universalization/priority-assessment.entity';

/** Every entity of the hub; the ORM, the migration check and the CLI use this list. */
export const entities = [
  VersionedRecord,
  DatasetLoad,
  Source,
  State,
  TreatyAction,
  Organisation,
  Person,
  OfficeHolding,
  NationalProcess,
  PriorityAssessment,
  Activity,
  AuditEvent,
];
