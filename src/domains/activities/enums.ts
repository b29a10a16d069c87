import { registerEnumType } from 'type-graphql';

/** Outreach work for universalization, as the source document names its kinds. */
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

registerEnumType(ActivityKind, {
  valuesConfig: {
    ADVOCACY: { description: 'Advocacy, e.g. briefings, op-eds, statements.' },
    OTHER: { description: 'Anything the other kinds do not name.' },
    REGIONAL_MEETING: { description: 'A meeting of the states of a region.' },
    TOOLKIT_TRANSLATION: { description: 'A translation of the ATT universalization toolkit or other guidance.' },
    TRAINING: { description: 'A training course.' },
    UNGA_RESOLUTION: { description: 'Work on a UN General Assembly resolution on the treaty.' },
    WORKSHOP: { description: 'A workshop, national or regional.' },
  },
  description: 'The kind of an outreach activity.',
  name: 'ActivityKind',
});
registerEnumType(ActivityStatus, {
  valuesConfig: {
    DRAFT: { description: 'Written by its contributor, not yet submitted for moderation.' },
    PUBLISHED: { description: 'Published by the Secretariat; public.' },
    REJECTED: { description: 'Rejected by the Secretariat with a reason; can be edited and submitted again.' },
    SUBMITTED: { description: 'Submitted for moderation, awaiting the Secretariat.' },
  },
  name: 'ActivityStatus',
  description: 'DRAFT → SUBMITTED → PUBLISHED or REJECTED (a rejected one can be edited and submitted again).',
});
