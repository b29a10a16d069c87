import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Connection } from '../../kernel/graphql/connection';
import { DateScalar } from '../../kernel/graphql/scalars';
import { UserError, MAX_USER_ERRORS } from '../../kernel/graphql/user-errors';
import { AttRegion } from '../participation/enums';
import { Engagement } from './engagement.entity';
import { EngagementKind } from './enums';
import { ListBound } from '../../kernel/graphql/field-cost';

@ObjectType('EngagementConnection', { description: 'A page of engagements (Relay cursor connection).' })
export class EngagementConnection extends Connection('Engagement', Engagement) {}

@InputType('EngagementFilter', { description: 'Narrows a list of engagements.' })
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
  @Field(() => DateScalar, { description: 'When the contact was made.', nullable: true })
  date?: Date | null;

  @Field(() => EngagementKind, { description: 'How the contact was made.', nullable: true })
  kind?: EngagementKind | null;

  @Field(() => String, { description: "Who was met on the state's side.", nullable: true })
  counterpart?: string | null;

  @Field(() => String, { description: 'What was discussed.', nullable: true })
  summary?: string | null;

  @Field(() => String, { description: 'What came of it.', nullable: true })
  outcome?: string | null;

  @Field(() => String, { description: 'The next step agreed.', nullable: true })
  nextStep?: string | null;

  @Field(() => DateScalar, { description: 'When the next step is due.', nullable: true })
  nextStepDue?: Date | null;
}

@InputType('RecordEngagementInput', { description: 'A contact made with a state (or a regional organisation).' })
export class RecordEngagementInput extends EngagementContentInput {
  // Required of a new record (recordEngagement refuses it without), so typed clients know it before sending.
  @Field(() => EngagementKind, { description: 'How the contact was made.' })
  override kind!: EngagementKind;

  @Field(() => String, { description: 'What was discussed.' })
  override summary!: string;

  @Field(() => String, { nullable: true, description: 'The state contacted (ISO3); or give organisationContacted and region.' })
  stateIso3?: string | null;

  @Field(() => String, { description: 'A regional organisation contacted instead of a state.', nullable: true })
  organisationContacted?: string | null;

  @Field(() => AttRegion, { nullable: true, description: "Needed only without a state (it is the state's region otherwise)." })
  region?: AttRegion | null;

  @Field(() => String, { description: 'In what capacity, e.g. "Vice-President for Africa", "regional champion".' })
  onBehalfOf!: string;
}

@InputType('UpdateEngagementInput', { description: 'A change to an engagement, at the version last read.' })
export class UpdateEngagementInput extends EngagementContentInput {
  @Field(() => ID, { description: 'The global ID of the engagement.' })
  id!: string;

  @Field(() => Int, { description: 'The version last read; if the engagement changed since, nothing is changed (CONFLICT).' })
  version!: number;
}

@ObjectType('EngagementPayload', { description: 'The result of an engagement mutation: the engagement as saved, or userErrors saying why nothing was saved.' })
export class EngagementPayload {
  @Field(() => Engagement, { nullable: true })
  engagement!: Engagement | null;

  @ListBound(MAX_USER_ERRORS)
  @Field(() => [UserError])
  userErrors!: UserError[];
}
