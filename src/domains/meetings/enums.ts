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

registerEnumType(DecisionKind, { valuesConfig: { ADOPT: { description: 'The conference adopts it.' }, ENDORSE: { description: 'The conference endorses it.' }, TAKE_NOTE: { description: 'The conference takes note of it.' } }, description: 'What a conference does with a proposal put to it.', name: 'DecisionKind' });
registerEnumType(DecisionStatus, { valuesConfig: { NOT_TAKEN: { description: 'The conference did not take it.' }, PROPOSED: { description: 'Put to the conference; its outcome not yet recorded.' }, TAKEN: { description: 'The conference took it.' } }, description: 'Whether the conference took a proposed decision; the draft report only proposes.', name: 'DecisionStatus' });
registerEnumType(DecisionOutcome, { valuesConfig: { ADOPTED: { description: 'Adopted.' }, DEFERRED: { description: 'Deferred to a later meeting.' }, ENDORSED: { description: 'Endorsed.' }, NOTED: { description: 'Noted.' }, NOT_RECORDED: { description: 'No outcome recorded yet.' }, REJECTED: { description: 'Rejected.' } }, name: 'DecisionOutcome', description: 'What the conference did with a proposal; NOT_RECORDED until a source says.' });
registerEnumType(FollowUpStatus, { valuesConfig: { DONE: { description: 'Done.' }, DROPPED: { description: 'Dropped without being done.' }, IN_PROGRESS: { description: 'Under way.' }, OPEN: { description: 'Not started.' } }, description: 'Where follow-up work stands.', name: 'FollowUpStatus' });
