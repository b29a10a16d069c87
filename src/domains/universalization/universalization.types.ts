import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Connection } from '../../kernel/graphql/connection';
import { DateScalar } from '../../kernel/graphql/scalars';
import { UserError, MAX_USER_ERRORS } from '../../kernel/graphql/user-errors';
import { AttRegion } from '../participation/enums';
import { PriorityTier, ProcessStage } from './enums';
import { NationalProcess } from './national-process.entity';
import { PriorityAssessment } from './priority-assessment.entity';
import { ListBound } from '../../kernel/graphql/field-cost';

@ObjectType('NationalProcessConnection', { description: 'A page of national processes (Relay cursor connection).' })
export class NationalProcessConnection extends Connection('NationalProcess', NationalProcess) {}

@InputType('NationalProcessFilter', { description: 'Narrows a list of national processes.' })
export class NationalProcessFilter {
  @Field(() => ProcessStage, { nullable: true })
  stage?: ProcessStage | null;

  @Field(() => AttRegion, { nullable: true })
  region?: AttRegion | null;
}

/** What a national process says, shared by its creation and its change (a change may leave out any of it). */
@InputType('NationalProcessContentInput')
export class NationalProcessContentInput {
  @Field(() => ProcessStage, { description: 'How far the process has come.', nullable: true })
  stage?: ProcessStage | null;

  @Field(() => String, { description: 'What holds the process back, as known.', nullable: true })
  obstacles?: string | null;

  @Field(() => String, { description: 'The next step expected in the process.', nullable: true })
  nextStep?: string | null;

  @Field(() => String, { description: 'Who takes the next step.', nullable: true })
  owner?: string | null;

  @Field(() => DateScalar, { description: 'When the process was last assessed.', nullable: true })
  lastAssessed?: Date | null;

  @Field(() => String, { description: 'Where this assessment comes from.', nullable: true })
  source?: string | null;
}

@InputType('CreateNationalProcessInput', { description: "The first record of a state's national ratification or accession process." })
export class CreateNationalProcessInput extends NationalProcessContentInput {
  @Field(() => String, { description: 'The state, by its ISO 3166-1 alpha-3 code.' })
  stateIso3!: string;

  // Required of a first record, so typed clients know it before sending.
  @Field(() => ProcessStage, { description: 'How far the process has come.' })
  override stage!: ProcessStage;

  @Field(() => DateScalar, { nullable: true, description: 'Default today.' })
  override lastAssessed?: Date | null;

  @Field(() => String, { description: 'Where the assessment comes from (meeting, letter, report).' })
  override source!: string;
}

@InputType('UpdateNationalProcessInput', { description: 'A change to a national process, at the version last read.' })
export class UpdateNationalProcessInput extends NationalProcessContentInput {
  @Field(() => ID, { description: 'The global ID of the national process.' })
  id!: string;

  @Field(() => Int, { description: 'The version the change is based on; a stale one is a CONFLICT.' })
  version!: number;
}

@ObjectType('NationalProcessPayload', { description: 'The result of a national process mutation: the record as saved, or userErrors saying why nothing was saved.' })
export class NationalProcessPayload {
  @Field(() => NationalProcess, { nullable: true })
  nationalProcess!: NationalProcess | null;

  @ListBound(MAX_USER_ERRORS)
  @Field(() => [UserError])
  userErrors!: UserError[];
}

/** What a priority assessment says, shared by a new assessment and its change (a change may leave out any of it). */
@InputType('PriorityAssessmentContentInput')
export class PriorityAssessmentContentInput {
  @Field(() => PriorityTier, { description: 'The tier the state is placed in.', nullable: true })
  tier?: PriorityTier | null;

  @Field(() => String, { description: 'Why this tier.', nullable: true })
  rationale?: string | null;

  @Field(() => String, { description: 'Where the assessment comes from.', nullable: true })
  source?: string | null;
}

@InputType('AssessPriorityInput', { description: 'A new priority assessment of a state (the stepwise approach).' })
export class AssessPriorityInput extends PriorityAssessmentContentInput {
  @Field(() => String, { description: 'The state assessed, by its ISO 3166-1 alpha-3 code.' })
  stateIso3!: string;

  // Required of a new assessment, so typed clients know them before sending.
  @Field(() => PriorityTier, { description: 'The tier the state is placed in.' })
  override tier!: PriorityTier;

  @Field(() => String, { description: 'Why this tier: the reasoning behind the assessment.' })
  override rationale!: string;

  @Field(() => String, { nullable: true, description: 'The CSP cycle, e.g. CSP12.' })
  cycle?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Default today.' })
  assessedOn?: Date | null;

  @Field(() => String, { description: 'Where the assessment comes from (a document, a meeting, a contact).' })
  override source!: string;
}

@InputType('UpdatePriorityAssessmentInput', { description: 'A change to a priority assessment, at the version last read.' })
export class UpdatePriorityAssessmentInput extends PriorityAssessmentContentInput {
  @Field(() => ID, { description: 'The global ID of the assessment.' })
  id!: string;

  @Field(() => Int, { description: 'The version last read; if the assessment changed since, nothing is changed (CONFLICT).' })
  version!: number;
}

@ObjectType('PriorityAssessmentPayload', { description: 'The result of a priority mutation: the assessment as saved, or userErrors saying why nothing was saved.' })
export class PriorityAssessmentPayload {
  @Field(() => PriorityAssessment, { nullable: true })
  priorityAssessment!: PriorityAssessment | null;

  @ListBound(MAX_USER_ERRORS)
  @Field(() => [UserError])
  userErrors!: UserError[];
}
