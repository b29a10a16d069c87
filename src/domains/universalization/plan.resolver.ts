import { randomUUID } from 'node:crypto';
import { Arg, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Activity } from '../activities/activity.entity';
import { ActivityStatus } from '../activities/enums';
import { AssistanceMatch } from '../assistance/assistance.entity';
import { createAudited, updateAudited } from '../../access/audit/audited-write';
import { noteRestrictedCounted } from '../../access/audit/restricted-lists';
import type { HubContext } from '../../context';
import { registerUuidNodeType } from '../../kernel/graphql/node';
import { DateScalar, isoDay } from '../../kernel/graphql/scalars';
import { InputCheck, type UserError, userError, UserErrorCode } from '../../kernel/graphql/user-errors';
import { ParticipationStatus, MAX_STATES } from '../participation/enums';
import { statusChanges } from '../participation/participation.sql';
import { State } from '../participation/state.entity';
import { Classification, RANK } from '../../access/policy/levels';
import { MAX_OBJECTIVES, MultiYearPlan } from './plan.entity';
import { MAX_PLAN_ACTIVITIES, type PlanContentInput, PlanInput, PlanPayload, PlanProgress, UpdatePlanInput } from './plan.types';
import { ListBound, Weight } from '../../kernel/graphql/field-cost';

registerUuidNodeType('MultiYearPlan', MultiYearPlan);

/** Plans listed: each spans about three years, so ten reach back three decades. */
const MAX_PLANS = 10;

/** The progress object, with what its lazy fields need. */
type Progress = PlanProgress & { plan: MultiYearPlan };

const dayBefore = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
const snapshot = (p: MultiYearPlan) => ({
  name: p.name, periodFrom: p.periodFrom, periodTo: p.periodTo, focusRegions: p.focusRegions, objectives: p.objectives, source: p.source ?? null,
});

/** Activities aimed at the plan's focus regions (by region or by a state in them), started in the period. */
async function activityCondition(ctx: HubContext, plan: MultiYearPlan, to: string) {
  const states = (await ctx.em.find(State, { region: { $in: plan.focusRegions } }, { fields: ['iso3'] })).map((s) => s.iso3);
  return {
    status: ActivityStatus.PUBLISHED,
    startDate: { $gte: plan.periodFrom, $lte: to },
    $or: [{ targetRegions: { $overlap: plan.focusRegions } }, { targetStates: { $overlap: states } }],
  };
}

/** Published activities counted; the RESTRICTED ones among them (for RESTRICTED viewers) are logged as counted. */
async function activitiesHeld(ctx: HubContext, where: Awaited<ReturnType<typeof activityCondition>>): Promise<number> {
  const held = await ctx.em.count(Activity, where);
  if (held && RANK[ctx.viewer.level] >= RANK[Classification.RESTRICTED]) {
    await noteRestrictedCounted(ctx, { entity: Activity, recordType: 'Activity', where, classifiedBy: 'classification' });
  }
  return held;
}

function checkPlan(input: PlanContentInput, check: InputCheck, required: boolean): Partial<MultiYearPlan> {
  const values: Partial<MultiYearPlan> = {};
  if (required || input.name != null) check.text('name', input.name, { required: true, max: 300 });
  check.text('source', input.source);
  if (input.objectives && input.objectives.length > MAX_OBJECTIVES) {
    check.errors.push(userError(UserErrorCode.INVALID, 'objectives', `At most ${MAX_OBJECTIVES} objectives.`));
  }
  if (input.objectives?.some((o) => !o.trim() || o.length > 1000)) {
    check.errors.push(userError(UserErrorCode.INVALID, 'objectives', 'Each objective is 1 to 1000 characters.'));
  }
  if (required && !input.focusRegions?.length) check.errors.push(userError(UserErrorCode.INVALID, 'focusRegions', 'Name at least one focus region.'));
  if (required && (!input.periodFrom || !input.periodTo)) check.errors.push(userError(UserErrorCode.INVALID, 'periodFrom', 'A plan has a period.'));
  if (input.name) values.name = input.name;
  if (input.periodFrom) values.periodFrom = isoDay(input.periodFrom);
  if (input.periodTo) values.periodTo = isoDay(input.periodTo);
  if (input.focusRegions?.length) values.focusRegions = [...new Set(input.focusRegions)];
  if (input.objectives) values.objectives = input.objectives;
  if (input.source !== undefined) values.source = input.source;
  return values;
}

function periodProblem(plan: Partial<MultiYearPlan>): UserError[] {
  return plan.periodFrom && plan.periodTo && plan.periodTo < plan.periodFrom
    ? [userError(UserErrorCode.INVALID, 'periodTo', 'The period ends before it starts.')]
    : [];
}

@Resolver(() => MultiYearPlan)
export class MultiYearPlanResolver {
  @ListBound(MAX_PLANS)
  @Query(() => [MultiYearPlan], { description: 'Multi-year plans, latest period first (the latest 10).' })
  plans(@Ctx() ctx: HubContext): Promise<MultiYearPlan[]> {
    return ctx.em.find(MultiYearPlan, {}, { orderBy: { periodFrom: 'desc' }, limit: MAX_PLANS });
  }

  // Two derivations of every state's status (before and after the period), and a count.
  @Weight(2 * MAX_STATES)
  @FieldResolver(() => PlanProgress, { description: 'Progress in the focus regions as of a day (default today).' })
  async progress(
    @Root() plan: MultiYearPlan,
    @Arg('asOf', () => DateScalar, { description: 'The day the progress is measured on (default: today).', nullable: true }) asOf: Date | null,
    @Ctx() ctx: HubContext,
  ): Promise<Progress> {
    const day = asOf ? isoDay(asOf) : ctx.today;
    const to = day < plan.periodTo ? day : plan.periodTo;
    const empty = { plan, asOf: day, measuredTo: to, signatoriesToParties: [], nonSignatoriesToSignatories: [], nonSignatoriesToParties: [], undetermined: 0, activitiesHeld: 0, activities: [], needsMatched: null };
    if (to < plan.periodFrom) return empty;
    const changes = await statusChanges(ctx.em, dayBefore(plan.periodFrom), to, plan.focusRegions);
    const states = async (from: ParticipationStatus, into: ParticipationStatus) => {
      const codes = changes.filter((c) => c.before === from && c.after === into).map((c) => c.iso3);
      return (await ctx.participation.state.loadMany(codes)).filter((s): s is State => s instanceof State);
    };
    return {
      ...empty,
      signatoriesToParties: await states(ParticipationStatus.SIGNATORY, ParticipationStatus.STATE_PARTY),
      nonSignatoriesToSignatories: await states(ParticipationStatus.NON_SIGNATORY, ParticipationStatus.SIGNATORY),
      nonSignatoriesToParties: await states(ParticipationStatus.NON_SIGNATORY, ParticipationStatus.STATE_PARTY),
      undetermined: changes.filter((c) => c.before === null || c.after === null).length,
      activitiesHeld: await activitiesHeld(ctx, await activityCondition(ctx, plan, to)),
    };
  }

  @Mutation(() => PlanPayload, { description: 'Adopts a multi-year plan (the President, co-chairs, Secretariat).' })
  async createPlan(@Arg('input', () => PlanInput, { description: 'What to write; see its type.' }) input: PlanInput, @Ctx() ctx: HubContext): Promise<PlanPayload> {
    const check = new InputCheck();
    const values = checkPlan(input, check, true);
    check.errors.push(...periodProblem(values));
    if (check.errors.length) return { plan: null, userErrors: check.errors };
    const { record, userErrors } = await createAudited(ctx, {
      mutation: 'createPlan', recordType: 'MultiYearPlan', field: 'name', forbidden: 'You may not adopt plans.', snapshot,
      build: async (tx) => tx.create(MultiYearPlan, { id: randomUUID(), name: values.name!, periodFrom: values.periodFrom!, periodTo: values.periodTo!, focusRegions: values.focusRegions!, ...values }),
    });
    return { plan: record, userErrors };
  }

  @Mutation(() => PlanPayload, { description: 'Revises a plan; `version` must be the current one.' })
  async updatePlan(@Arg('input', () => UpdatePlanInput, { description: 'What to write; see its type.' }) input: UpdatePlanInput, @Ctx() ctx: HubContext): Promise<PlanPayload> {
    const check = new InputCheck();
    const values = checkPlan(input, check, false);
    if (check.errors.length) return { plan: null, userErrors: check.errors };
    const { record, userErrors } = await updateAudited(ctx, {
      mutation: 'updatePlan', entity: MultiYearPlan, recordType: 'MultiYearPlan', globalId: input.id, version: input.version,
      snapshot,
      apply: (plan) => {
        const problems = periodProblem({ ...plan, ...values });
        if (problems.length) return problems;
        Object.assign(plan, values);
      },
    });
    return { plan: record, userErrors };
  }
}

@Resolver(() => PlanProgress)
export class PlanProgressResolver {
  @FieldResolver(() => [Activity])
  async activities(@Root() progress: Progress, @Ctx() ctx: HubContext): Promise<Activity[]> {
    if (progress.measuredTo < progress.plan.periodFrom) return [];
    return ctx.em.find(Activity, await activityCondition(ctx, progress.plan, progress.measuredTo), {
      orderBy: { startDate: 'desc' },
      limit: MAX_PLAN_ACTIVITIES,
    });
  }

  @FieldResolver(() => Int, { nullable: true })
  async needsMatched(@Root() progress: Progress, @Ctx() ctx: HubContext): Promise<number> {
    if (progress.measuredTo < progress.plan.periodFrom) return 0;
    return ctx.em.count(AssistanceMatch, {
      matchedOn: { $gte: progress.plan.periodFrom, $lte: progress.measuredTo },
      need: { state: { region: { $in: progress.plan.focusRegions } } },
    });
  }
}
