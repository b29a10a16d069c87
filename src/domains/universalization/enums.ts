import { registerEnumType } from 'type-graphql';

/** How far a state's ratification or accession process has come. */
export enum ProcessStage {
  NOT_STARTED = 'NOT_STARTED',
  UNDER_CONSIDERATION = 'UNDER_CONSIDERATION',
  /** Reviewing national law against the treaty, inter-ministerial consultation. */
  DOMESTIC_REVIEW = 'DOMESTIC_REVIEW',
  PARLIAMENTARY_APPROVAL = 'PARLIAMENTARY_APPROVAL',
  READY_TO_DEPOSIT = 'READY_TO_DEPOSIT',
  DEPOSITED = 'DEPOSITED',
}

/** The stepwise approach (draft report to CSP9, annex A, element b): signatories first. */
export enum PriorityTier {
  TIER_1_SIGNATORY = 'TIER_1_SIGNATORY',
  TIER_2_READY_SOON = 'TIER_2_READY_SOON',
  TIER_3_OTHER = 'TIER_3_OTHER',
}
export const TIER_COUNT = Object.keys(PriorityTier).length;

registerEnumType(ProcessStage, {
  valuesConfig: {
    DEPOSITED: { description: 'The instrument is deposited.' },
    DOMESTIC_REVIEW: { description: 'Reviewing national law against the treaty, inter-ministerial consultation.' },
    NOT_STARTED: { description: 'Not started.' },
    PARLIAMENTARY_APPROVAL: { description: 'Before parliament.' },
    READY_TO_DEPOSIT: { description: 'Approved; the instrument is yet to be deposited.' },
    UNDER_CONSIDERATION: { description: 'Being considered by the government.' },
  },
  description: "How far a state's ratification or accession process has come.",
  name: 'ProcessStage',
});
registerEnumType(PriorityTier, {
  valuesConfig: {
    TIER_1_SIGNATORY: { description: 'Tier 1: signatories.' },
    TIER_2_READY_SOON: { description: 'Tier 2: states ready to join soon.' },
    TIER_3_OTHER: { description: 'Tier 3: the other states.' },
  },
  name: 'PriorityTier',
  description: 'Stepwise approach: 1 signatories, 2 states ready to join soon, 3 the others.',
});

/** How a contact with a state was made. */
export enum EngagementKind {
  BILATERAL_MEETING = 'BILATERAL_MEETING',
  LETTER = 'LETTER',
  CALL = 'CALL',
  WORKSHOP_SIDE_MEETING = 'WORKSHOP_SIDE_MEETING',
  VISIT = 'VISIT',
  OTHER = 'OTHER',
}
registerEnumType(EngagementKind, {
  valuesConfig: {
    BILATERAL_MEETING: { description: 'A bilateral meeting.' },
    CALL: { description: 'A call.' },
    LETTER: { description: 'A letter.' },
    OTHER: { description: 'Any other way.' },
    VISIT: { description: 'A visit to the state.' },
    WORKSHOP_SIDE_MEETING: { description: 'A meeting on the side of a workshop.' },
  },
  description: 'How a contact with a state was made.',
  name: 'EngagementKind',
});
