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

@InputType('PlanInput')
export class PlanInput {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => DateScalar, { nullable: true })
  periodFrom?: Date | null;

  @Field(() => DateScalar, { nullable: true })
  periodTo?: Date | null;

  @Field(() => [AttRegion], { nullable: true })
  focusRegions?: AttRegion[] | null;

  @Field(() => [String], { nullable: true })
  objectives?: string[] | null;

  @Field(() => String, { nullable: true })
  source?: string | null;
}

@InputType('UpdatePlanInput')
export class UpdatePlanInput extends PlanInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  version!: number;
}

@ObjectType('PlanPayload')
export class PlanPayload {
  @Field(() => MultiYearPlan, { nullable: true })
  plan!: MultiYearPlan | null;

  @ListBound(MAX_USER_ERRORS)
  @Field(() => [UserError])
  userErrors!: UserError[];
}
