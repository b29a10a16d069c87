import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Connection } from '../../kernel/graphql/connection';
import { DateScalar } from '../../kernel/graphql/scalars';
import { UserError, MAX_USER_ERRORS } from '../../kernel/graphql/user-errors';
import { AttRegion } from '../participation/enums';
import { Engagement } from './engagement.entity';
import { EngagementKind } from './enums';
import { ListBound } from '../../kernel/graphql/field-cost';

@ObjectType('EngagementConnection')
export class EngagementConnection extends Connection('Engagement', Engagement) {}

@InputType('EngagementFilter')
export class EngagementFilter {
  @Field(() => String, { nullable: true, description: 'ISO3' })
  state?: string | null;

  @Field(() => AttRegion, { nullable: true })
  region?: AttRegion | null;

  @Field(() => DateScalar, { nullable: true })
  from?: Date | null;

  @Field(() => DateScalar, { nullable: true })
  to?: Date | null;
}

@InputType('EngagementContentInput')
export class EngagementContentInput {
  @Field(() => DateScalar, { nullable: true })
  date?: Date | null;

  @Field(() => EngagementKind, { nullable: true })
  kind?: EngagementKind | null;

  @Field(() => String, { nullable: true })
  counterpart?: string | null;

  @Field(() => String, { nullable: true })
  summary?: string | null;

  @Field(() => String, { nullable: true })
  outcome?: string | null;

  @Field(() => String, { nullable: true })
  nextStep?: string | null;

  @Field(() => DateScalar, { nullable: true })
  nextStepDue?: Date | null;
}

@InputType('RecordEngagementInput')
export class RecordEngagementInput extends EngagementContentInput {
  @Field(() => String, { nullable: true, description: 'The state contacted (ISO3); or give organisationContacted and region.' })
  stateIso3?: string | null;

  @Field(() => String, { nullable: true })
  organisationContacted?: string | null;

  @Field(() => AttRegion, { nullable: true, description: "Needed only without a state (it is the state's region otherwise)." })
  region?: AttRegion | null;

  @Field(() => String, { description: 'In what capacity, e.g. "Vice-President for Africa", "regional champion".' })
  onBehalfOf!: string;
}

@InputType('UpdateEngagementInput')
export class UpdateEngagementInput extends EngagementContentInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  version!: number;
}

@ObjectType('EngagementPayload')
export class EngagementPayload {
  @Field(() => Engagement, { nullable: true })
  engagement!: Engagement | null;

  @ListBound(MAX_USER_ERRORS)
  @Field(() => [UserError])
  userErrors!: UserError[];
}
