import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '../../kernel/graphql/scalars';
import { UserError, MAX_USER_ERRORS } from '../../kernel/graphql/user-errors';
import { BodyCode, OfficeKind } from '../bodies/enums';
import { DecisionStatus, FollowUpStatus } from './enums';
import { Decision, FollowUpAction } from './decision.entity';
import { ListBound } from '../../kernel/graphql/field-cost';

@InputType('FollowUpFilter', { description: 'Narrows a list of follow-up actions.' })
export class FollowUpFilter {
  @Field(() => Boolean, { nullable: true, description: 'true: OPEN or IN_PROGRESS only.' })
  open?: boolean | null;

  @Field(() => FollowUpStatus, { description: 'Only actions in this status.', nullable: true })
  status?: FollowUpStatus | null;

  @Field(() => String, { nullable: true, description: 'Of decisions put to this conference, e.g. CSP9.' })
  decidedBy?: string | null;

  @Field(() => String, { nullable: true, description: 'Owner contains this text (any case).' })
  owner?: string | null;
}

@InputType('CreateFollowUpActionInput', { description: 'New follow-up work for a decision.' })
export class CreateFollowUpActionInput {
  @Field(() => ID, { description: 'The global ID of the decision that calls for this work.' })
  decisionId!: string;

  @Field(() => String, { description: 'What is to be done.' })
  description!: string;

  @Field(() => String, { description: 'Who owns it, e.g. "ATT Secretariat", "WGTU co-chairs".' })
  owner!: string;

  @Field(() => BodyCode, { nullable: true, description: "The body that owns it: it is on that body's agenda until closed." })
  ownerBody?: BodyCode | null;

  @Field(() => OfficeKind, { nullable: true, description: 'The office of that body that owns it.' })
  ownerOffice?: OfficeKind | null;

  @Field(() => String, { nullable: true, description: 'e.g. CSP12' })
  dueInCycle?: string | null;

  @Field(() => DateScalar, { description: 'When it is due, if a date was set.', nullable: true })
  dueOn?: Date | null;

  @Field(() => String, { description: 'Where this work is set out (e.g. a report\'s paragraph).', nullable: true })
  source?: string | null;
}

@InputType('UpdateFollowUpActionInput', { description: 'A change to follow-up work, at the version last read; fields left out stay as they are.' })
export class UpdateFollowUpActionInput {
  @Field(() => ID, { description: 'The global ID of the follow-up action.' })
  id!: string;

  @Field(() => Int, { description: 'The version last read; if the action changed since, nothing is changed (CONFLICT).' })
  version!: number;

  @Field(() => FollowUpStatus, { description: 'Where the work stands.', nullable: true })
  status?: FollowUpStatus | null;

  @Field(() => String, { description: 'Progress notes of the treaty bodies.', nullable: true })
  notes?: string | null;

  @Field(() => String, { description: 'Who owns it, e.g. "ATT Secretariat", "WGTU co-chairs".', nullable: true })
  owner?: string | null;

  @Field(() => BodyCode, { nullable: true, description: 'Reassigns it to this body (and onto its agenda).' })
  ownerBody?: BodyCode | null;

  @Field(() => OfficeKind, { nullable: true, description: 'With ownerBody: the office of that body that owns it.' })
  ownerOffice?: OfficeKind | null;

  @Field(() => DateScalar, { description: 'When it is due.', nullable: true })
  dueOn?: Date | null;

  @Field(() => DateScalar, { nullable: true, description: 'Default today when the status becomes DONE.' })
  completedOn?: Date | null;
}

@InputType('RecordDecisionStatusInput', { description: 'The outcome of a decision put to a conference.' })
export class RecordDecisionStatusInput {
  @Field(() => ID, { description: 'The global ID of the decision.' })
  id!: string;

  @Field(() => Int, { description: 'The version last read; if the decision changed since, nothing is done (CONFLICT).' })
  version!: number;

  @Field(() => DecisionStatus, { description: 'Whether the conference took it.' })
  status!: DecisionStatus;

  @Field(() => String, { description: 'Where this comes from, e.g. the final report of the conference.' })
  statusSource!: string;
}

@ObjectType('FollowUpActionPayload', { description: 'The result of a follow-up mutation: the action as saved, or userErrors saying why nothing was saved.' })
export class FollowUpActionPayload {
  @Field(() => FollowUpAction, { nullable: true })
  followUpAction!: FollowUpAction | null;

  @ListBound(MAX_USER_ERRORS)
  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType('DecisionPayload', { description: 'The result of recordDecisionStatus: the decision as saved, or userErrors saying why nothing was saved.' })
export class DecisionPayload {
  @Field(() => Decision, { nullable: true })
  decision!: Decision | null;

  @ListBound(MAX_USER_ERRORS)
  @Field(() => [UserError])
  userErrors!: UserError[];
}
