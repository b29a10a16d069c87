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

/**
 * What the conference did with a proposal, as a source records it. Until the Secretariat records
 * one (with its source), the outcome is NOT_RECORDED: a proposal is never presented as a decision.
 */
export enum DecisionOutcome {
  NOT_RECORDED = 'NOT_RECORDED',
  ADOPTED = 'ADOPTED',
  ENDORSED = 'ENDORSED',
  NOTED = 'NOTED',
  DEFERRED = 'DEFERRED',
  REJECTED = 'REJECTED',
}

export enum FollowUpStatus {
  OPEN = 'OPEN',
  IN_PROGRESS = 'IN_PROGRESS',
  DONE = 'DONE',
  DROPPED = 'DROPPED',
}

registerEnumType(DecisionKind, { name: 'DecisionKind' });
registerEnumType(DecisionStatus, { name: 'DecisionStatus' });
registerEnumType(DecisionOutcome, { name: 'DecisionOutcome', description: 'What the conference did with a proposal; NOT_RECORDED until a source says.' });
registerEnumType(FollowUpStatus, { name: 'FollowUpStatus' });
