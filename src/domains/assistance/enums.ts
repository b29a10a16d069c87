import { registerEnumType } from 'type-graphql';

/** What a state needs help with on its way to joining or implementing the treaty. */
export enum AssistanceKind {
  LEGAL = 'LEGAL',
  INSTITUTIONAL = 'INSTITUTIONAL',
  TECHNICAL = 'TECHNICAL',
  TRAINING = 'TRAINING',
  TRANSLATION = 'TRANSLATION',
  OUTREACH = 'OUTREACH',
}

export enum NeedStatus {
  OPEN = 'OPEN',
  MATCHED = 'MATCHED',
  MET = 'MET',
  WITHDRAWN = 'WITHDRAWN',
}

export enum MatchStatus {
  PROPOSED = 'PROPOSED',
  AGREED = 'AGREED',
  COMPLETED = 'COMPLETED',
  DECLINED = 'DECLINED',
}

registerEnumType(AssistanceKind, {
  valuesConfig: {
    INSTITUTIONAL: { description: 'Building institutions, e.g. a national control system.' },
    LEGAL: { description: 'Legal drafting or review of national law against the treaty.' },
    OUTREACH: { description: 'Outreach and awareness raising.' },
    TECHNICAL: { description: 'Technical help.' },
    TRAINING: { description: 'Training of officials.' },
    TRANSLATION: { description: 'Translation of documents or guidance.' },
  },
  description: 'A kind of help a state may need or a partner may offer.',
  name: 'AssistanceKind',
});
registerEnumType(NeedStatus, {
  valuesConfig: {
    MATCHED: { description: 'Matched with an offer.' },
    MET: { description: 'Met.' },
    OPEN: { description: 'Awaiting a match.' },
    WITHDRAWN: { description: 'Withdrawn by or for the state.' },
  },
  description: 'Where a stated need stands.',
  name: 'NeedStatus',
});
registerEnumType(MatchStatus, {
  valuesConfig: {
    AGREED: { description: 'Both sides agreed; the help is to be given.' },
    COMPLETED: { description: 'The help was given.' },
    DECLINED: { description: 'One side declined.' },
    PROPOSED: { description: 'Proposed, not yet agreed.' },
  },
  description: 'Where a match of a need with an offer stands.',
  name: 'MatchStatus',
});
