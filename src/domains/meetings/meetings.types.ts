import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '../../kernel/graphql/scalars';
import { UserError, MAX_USER_ERRORS } from '../../kernel/graphql/user-errors';
import { DecisionStatus, FollowUpStatus } from './enums';
import { Decision, FollowUpAction } from './decision.entity';
import { ListBound } from '../../kernel/graphql/field-cost';

@InputType('FollowUpFilter')
export class FollowUpFilter {
  @Field(() => Boolean, { nullable: true, description: 'true: OPEN or IN_PROGRESS only.' })
  open?: boolean | null;

  @Field(() => FollowUpStatus, { nullable: true })
  status?: FollowUpStatus | null;

  @Field(() => String, { nullable: true, description: 'Of decisions put to this conference, e.g. CSP9.' })
  decidedBy?: string | null;

  @Field(() => String, { nullable: true, description: 'Owner contains this text (any case).' })
  owner?: string | null;
}

@InputType('CreateFollowUpActionInput')
export class CreateFollowUpActionInput {
  @Field(() => ID)
  decisionId!: string;

  @Field(() => String)
  description!: string;

  @Field(() => String)
  owner!: string;

  @Field(() => String, { nullable: true, description: 'e.g. CSP12' })
  dueInCycle?: string | null;

  @Field(() => DateScalar, { nullable: true })
  dueOn?: Date | null;

  @Field(() => String, { nullable: true })
  source?: string | null;
}

@InputType('UpdateFollowUpActionInput')
export class UpdateFollowUpActionInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  version!: number;

  @Field(() => FollowUpStatus, { nullable: true })
  status?: FollowUpStatus | null;

  @Field(() => String, { nullable: true })
  notes?: string | null;

  @Field(() => String, { nullable: true })
  owner?: string | null;

  @Field(() => DateScalar, { nullable: true })
  dueOn?: Date | null;

  @Field(() => DateScalar, { nullable: true, description: 'Default today when the status becomes DONE.' })
  completedOn?: Date | null;
}

@InputType('RecordDecisionStatusInput')
export class RecordDecisionStatusInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  version!: number;

  @Field(() => DecisionStatus)
  status!: DecisionStatus;

  @Field(() => String, { description: 'Where this comes from, e.g. the final report of the conference.' })
  statusSource!: string;
}

@ObjectType('FollowUpActionPayload')
export class FollowUpActionPayload {
  @Field(() => FollowUpAction, { nullable: true })
  followUpAction!: FollowUpAction | null;

  @ListBound(MAX_USER_ERRORS)
  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType('DecisionPayload')
export class DecisionPayload {
  @Field(() => Decision, { nullable: true })
  decision!: Decision | null;

  @ListBound(MAX_USER_ERRORS)
  @Field(() => [UserError])
  userErrors!: UserError[];
}
