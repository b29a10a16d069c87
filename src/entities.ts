import { Activity } from './activities/activity.entity';
import { ActivityTarget } from './activities/activity-target.entity';
import { AssistanceMatch, AssistanceNeed, AssistanceOffer, SponsorshipAward, VtfProject } from './assistance/assistance.entity';
import { AuditEvent } from './audit/audit-event.entity';
import { Body } from './bodies/body.entity';
import { Cycle } from './bodies/cycle.entity';
import { OfficeHolding } from './bodies/office-holding.entity';
import { Person } from './bodies/person.entity';
import { DataGeneration } from './db/data-generation.entity';
import { DatasetLoad } from './db/dataset-load.entity';
import { RateLimitWindow } from './db/rate-limit-window.entity';
import { VersionedRecord } from './db/versioned-record';
import { Decision, FollowUpAction } from './meetings/decision.entity';
import { Meeting, MeetingPoint } from './meetings/meeting.entity';
import { ProposalElement } from './meetings/proposal-element.entity';
import { TreatyDocument } from './meetings/treaty-document.entity';
import { Organisation } from './organisations/organisation.entity';
import { Source } from './participation/source.entity';
import { State } from './participation/state.entity';
import { TreatyAction } from './participation/treaty-action.entity';
import { Engagement } from './universalization/engagement.entity';
import { NationalProcess } from './universalization/national-process.entity';
import { MultiYearPlan } from './universalization/plan.entity';
import { PriorityAssessment } from './universalization/priority-assessment.entity';

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
  VtfProject,
  SponsorshipAward,
  Activity,
  ActivityTarget,
  Cycle,
  Body,
  TreatyDocument,
  Meeting,
  MeetingPoint,
  Decision,
  FollowUpAction,
  ProposalElement,
  AuditEvent,
];
