import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Activity } from '../activities/activity.entity';
import { DateScalar } from '../../kernel/graphql/scalars';
import { UserError, MAX_USER_ERRORS } from '../../kernel/graphql/user-errors';
import { AttRegion, MAX_STATES } from '../participation/enums';
import { State } from '../participation/state.entity';
import { MultiYearPlan } from './plan.entity';
import { ListBound } from '../../kernel/graphql/field-cost';

/** Activities listed in a plan's progress, newest first. */
export const MAX_PLAN_ACTIVITIES = 200;

@ObjectType('PlanProgress', {
  description:
    "Progress of a plan's focus regions from the day before the period to `measuredTo` (the earlier of `asOf` and the period's end), computed from the data.",
})
export class PlanProgress {
  @Field(() => DateScalar)
  asOf!: string;

  @Field(() => DateScalar)
  measuredTo!: string;

  @ListBound(MAX_STATES)
  @Field(() => [State], { description: 'Signatories that became States Parties.' })
  signatoriesToParties!: State[];

  @ListBound(MAX_STATES)
  @Field(() => [State], { description: 'Non-signatories that signed (and have not deposited yet).' })
  nonSignatoriesToSignatories!: State[];

  @ListBound(MAX_STATES)
  @Field(() => [State], { description: 'Non-signatories that deposited an instrument (accession) during the period.' })
  nonSignatoriesToParties!: State[];

  @Field(() => Int, { description: 'States whose status at either end the data cannot decide; not counted above.' })
  undetermined!: number;

  @Field(() => Int, { description: 'Published activities aimed at the focus regions, started in the period.' })
  activitiesHeld!: number;

  @ListBound(MAX_PLAN_ACTIVITIES)
  @Field(() => [Activity], { description: 'Those activities (the ones the viewer may see), newest first.' })
  activities!: Activity[];

  @Field(() => Int, { nullable: true, description: 'Needs of states in the focus regions matched with an offer in the period.' })
  needsMatched!: number | null;
}

/** What a new plan and a change to one share; every field may be left out of a change. */
@InputType('PlanContentInput')
export class PlanContentInput {
  @Field(() => String, { description: "The plan's name.", nullable: true })
  name?: string | null;

  @Field(() => DateScalar, { description: "The first year of the plan's period.", nullable: true })
  periodFrom?: Date | null;

  @Field(() => DateScalar, { description: "The last year of the plan's period.", nullable: true })
  periodTo?: Date | null;

  @Field(() => [AttRegion], { description: 'The regions the plan focuses on.', nullable: true })
  focusRegions?: AttRegion[] | null;

  @Field(() => [String], { description: "The plan's objectives, each with its target.", nullable: true })
  objectives?: string[] | null;

  @Field(() => String, { description: "Where the plan is set out (e.g. a report's paragraph).", nullable: true })
  source?: string | null;
}

@InputType('PlanInput', { description: 'A new multi-year plan.' })
export class PlanInput extends PlanContentInput {
  // Required of a new plan (checkPlan's `required`), so typed clients know it before sending.
  @Field(() => String, { description: "The plan's name." })
  override name!: string;

  @Field(() => DateScalar, { description: "The first year of the plan's period." })
  override periodFrom!: Date;

  @Field(() => DateScalar, { description: "The last year of the plan's period." })
  override periodTo!: Date;

  @Field(() => [AttRegion], { description: 'The regions the plan focuses on (at least one).' })
  override focusRegions!: AttRegion[];
}

@InputType('UpdatePlanInput', { description: 'A change to a multi-year plan, at the version last read.' })
export class UpdatePlanInput extends PlanContentInput {
  @Field(() => ID, { description: 'The global ID of the plan.' })
  id!: string;

  @Field(() => Int, { description: 'The version last read; if the plan changed since, nothing is changed (CONFLICT).' })
  version!: number;
}

@ObjectType('PlanPayload', { description: 'The result of a plan mutation: the plan as saved, or userErrors saying why nothing was saved.' })
export class PlanPayload {
  @Field(() => MultiYearPlan, { nullable: true })
  plan!: MultiYearPlan | null;

  @ListBound(MAX_USER_ERRORS)
  @Field(() => [UserError])
  userErrors!: UserError[];
}
