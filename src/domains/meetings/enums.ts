import { registerEnumType } from 'type-graphql';

/** What a conference does with a proposal put to it. */
export enum DecisionKind {
  ENDORSE = 'ENDORSE',
  TAKE_NOTE = 'TAKE_NOTE',
  ADOPT = 'ADOPT',
}

/** Whether the conference took a proposed decision; the draft report only proposes. */
export enum DecisionStatus {
  PROPOSED = 'PROPOSED',
  TAKEN = 'TAKEN',
  NOT_TAKEN = 'NOT_TAKEN',
}

export enum FollowUpStatus {
  OPEN = 'OPEN',
  IN_PROGRESS = 'IN_PROGRESS',
  DONE = 'DONE',
  DROPPED = 'DROPPED',
}

registerEnumType(DecisionKind, { name: 'DecisionKind' });
registerEnumType(DecisionStatus, { name: 'DecisionStatus' });
registerEnumType(FollowUpStatus, { name: 'FollowUpStatus' });
