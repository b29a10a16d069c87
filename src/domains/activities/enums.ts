import { registerEnumType } from 'type-graphql';

/** Outreach work for universalization (DESIGN.md section 3). */
export enum ActivityKind {
  WORKSHOP = 'WORKSHOP',
  REGIONAL_MEETING = 'REGIONAL_MEETING',
  TOOLKIT_TRANSLATION = 'TOOLKIT_TRANSLATION',
  TRAINING = 'TRAINING',
  ADVOCACY = 'ADVOCACY',
  UNGA_RESOLUTION = 'UNGA_RESOLUTION',
  OTHER = 'OTHER',
}

/** Contributions are moderated: a partner drafts and submits, the Secretariat publishes or rejects. */
export enum ActivityStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  PUBLISHED = 'PUBLISHED',
  REJECTED = 'REJECTED',
}

registerEnumType(ActivityKind, { name: 'ActivityKind' });
registerEnumType(ActivityStatus, {
  name: 'ActivityStatus',
  description: 'DRAFT → SUBMITTED → PUBLISHED or REJECTED (a rejected one can be edited and submitted again).',
});
