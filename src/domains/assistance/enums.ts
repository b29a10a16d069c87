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

registerEnumType(AssistanceKind, { name: 'AssistanceKind' });
registerEnumType(NeedStatus, { name: 'NeedStatus' });
registerEnumType(MatchStatus, { name: 'MatchStatus' });
