import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Connection } from '../../kernel/graphql/connection';
import { DateScalar } from '../../kernel/graphql/scalars';
import { UserError, MAX_USER_ERRORS } from '../../kernel/graphql/user-errors';
import { AttRegion } from '../participation/enums';
import { PriorityTier, ProcessStage } from './enums';
import { NationalProcess } from './national-process.entity';
import { PriorityAssessment } from './priority-assessment.entity';
import { ListBound } from '../../kernel/graphql/field-cost';

@ObjectType('NationalProcessConnection')
export class NationalProcessConnection extends Connection('NationalProcess', NationalProcess) {}

@InputType('NationalProcessFilter')
export class NationalProcessFilter {
  @Field(() => ProcessStage, { nullable: true })
  stage?: ProcessStage | null;

  @Field(() => AttRegion, { nullable: true })
  region?: AttRegion | null;
}

@InputType('CreateNationalProcessInput')
export class CreateNationalProcessInput {
  @Field(() => String)
  stateIso3!: string;

  @Field(() => ProcessStage)
  stage!: ProcessStage;

  @Field(() => String, { nullable: true })
  obstacles?: string | null;

  @Field(() => String, { nullable: true })
  nextStep?: string | null;

  @Field(() => String, { nullable: true })
  owner?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Default today.' })
  lastAssessed?: Date | null;

  @Field(() => String, { description: 'Where the assessment comes from (meeting, letter, report).' })
  source!: string;
}

@InputType('UpdateNationalProcessInput')
export class UpdateNationalProcessInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: 'The version the change is based on; a stale one is a CONFLICT.' })
  version!: number;

  @Field(() => ProcessStage, { nullable: true })
  stage?: ProcessStage | null;

  @Field(() => String, { nullable: true })
  obstacles?: string | null;

  @Field(() => String, { nullable: true })
  nextStep?: string | null;

  @Field(() => String, { nullable: true })
  owner?: string | null;

  @Field(() => DateScalar, { nullable: true })
  lastAssessed?: Date | null;

  @Field(() => String, { nullable: true })
  source?: string | null;
}

@ObjectType('NationalProcessPayload')
export class NationalProcessPayload {
  @Field(() => NationalProcess, { nullable: true })
  nationalProcess!: NationalProcess | null;

  @ListBound(MAX_USER_ERRORS)
  @Field(() => [UserError])
  userErrors!: UserError[];
}

@InputType('AssessPriorityInput')
export class AssessPriorityInput {
  @Field(() => String)
  stateIso3!: string;

  @Field(() => PriorityTier)
  tier!: PriorityTier;

  @Field(() => String)
  rationale!: string;

  @Field(() => String, { nullable: true, description: 'The CSP cycle, e.g. CSP12.' })
  cycle?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Default today.' })
  assessedOn?: Date | null;

  @Field(() => String)
  source!: string;
}

@InputType('UpdatePriorityAssessmentInput')
export class UpdatePriorityAssessmentInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  version!: number;

  @Field(() => PriorityTier, { nullable: true })
  tier?: PriorityTier | null;

  @Field(() => String, { nullable: true })
  rationale?: string | null;

  @Field(() => String, { nullable: true })
  source?: string | null;
}

@ObjectType('PriorityAssessmentPayload')
export class PriorityAssessmentPayload {
  @Field(() => PriorityAssessment, { nullable: true })
  priorityAssessment!: PriorityAssessment | null;

  @ListBound(MAX_USER_ERRORS)
  @Field(() => [UserError])
  userErrors!: UserError[];
}
