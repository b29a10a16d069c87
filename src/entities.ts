import { Activity } from './domains/activities/activity.entity';
import { ActivityTarget } from './domains/activities/activity-target.entity';
import { AssistanceMatch, AssistanceNeed, AssistanceOffer } from './domains/assistance/assistance.entity';
import { AssistanceProject } from './domains/projects/project.entity';
import { AuditEvent } from './access/audit/audit-event.entity';
import { Cycle } from './domains/bodies/cycle.entity';
import { OfficeHolding } from './domains/bodies/office-holding.entity';
import { Person } from './domains/bodies/person.entity';
import { DataGeneration } from './kernel/db/data-generation.entity';
import { DatasetLoad } from './kernel/db/dataset-load.entity';
import { RateLimitWindow } from './kernel/db/rate-limit-window.entity';
import { VersionedRecord } from './kernel/db/versioned-record';
import { Decision, FollowUpAction } from './domains/meetings/decision.entity';
import { Meeting, MeetingPoint } from './domains/meetings/meeting.entity';
import { ProposalElement } from './domains/meetings/proposal-element.entity';
import { TreatyDocument } from './domains/meetings/treaty-document.entity';
import { Organisation } from './domains/organisations/organisation.entity';
import { Source } from './domains/participation/source.entity';
import { State } from './domains/participation/state.entity';
import { TreatyAction } from './domains/participation/treaty-action.entity';
import { Engagement } from './domains/universalization/engagement.entity';
import { NationalProcess } from './domains/universalization/national-process.entity';
import { MultiYearPlan } from './domains/universalization/plan.entity';
import { PriorityAssessment } from './domains/universalization/priority-assessment.entity';

/** Every entity of the hub; the ORM, the migration check and the CLI use this list. */
export const entities = [
  VersionedRecord,
  DatasetLoad,
  DataGeneration,
  RateLimitWindow,
  Source,
  State,
  TreatyAction,
  Organisation,
  Person,
  OfficeHolding,
  NationalProcess,
  PriorityAssessment,
  Engagement,
  MultiYearPlan,
  AssistanceNeed,
  AssistanceOffer,
  AssistanceMatch,
  AssistanceProject,
  Activity,
  ActivityTarget,
  Cycle,
  TreatyDocument,
  Meeting,
  MeetingPoint,
  Decision,
  FollowUpAction,
  ProposalElement,
  AuditEvent,
];
