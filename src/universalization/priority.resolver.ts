import { randomUUID } from 'node:crypto';
import { OptimisticLockError } from '@mikro-orm/core';
import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { diff, recordChange } from '../audit/audit-trail';
import { UUID } from '../db/stable-id';
import type { HubContext } from '../graphql/context';
import { fromGlobalId, registerNodeType } from '../graphql/node';
import { isoDay } from '../graphql/scalars';
import { InputCheck, userError, UserErrorCode } from '../graphql/user-errors';
import { State } from '../participation/state.entity';
import { canAccess } from '../policy/access';
import { POLICY } from '../policy/policy-table';
import { PriorityAssessment } from './priority-assessment.entity';
import { AssessPriorityInput, PriorityAssessmentPayload, UpdatePriorityAssessmentInput } from './universalization.types';

registerNodeType({
  name: 'PriorityAssessment',
  cls: PriorityAssessment,
  key: (a) => a.id,
  load: (ctx, key) => (UUID.test(key) ? ctx.em.findOne(PriorityAssessment, { id: key }) : Promise.resolve(null)),
});

const CYCLE = /^CSP\d{1,2}$/;

function snapshot(a: PriorityAssessment): Record<string, unknown> {
  return { state: a.state.iso3, tier: a.tier, rationale: a.rationale, cycle: a.cycle ?? null, assessedOn: a.assessedOn, source: a.source };
}

@Resolver(() => PriorityAssessment)
export class PriorityAssessmentResolver {
  @FieldResolver(() => State, { nullable: true })
  state(@Root() assessment: PriorityAssessment, @Ctx() ctx: HubContext): Promise<State | null> {
    return ctx.participation.state.load(assessment.state.iso3);
  }

  @Mutation(() => PriorityAssessmentPayload, {
    description: "Sets a state's priority tier (stepwise approach) with its rationale; earlier assessments stay as history.",
  })
  async assessPriority(
    @Arg('input', () => AssessPriorityInput) input: AssessPriorityInput,
    @Ctx() ctx: HubContext,
  ): Promise<PriorityAssessmentPayload> {
    const check = new InputCheck();
    check.iso3('stateIso3', input.stateIso3);
    check.text('rationale', input.rationale, { required: true });
    check.text('source', input.source, { required: true });
    if (input.cycle && !CYCLE.test(input.cycle)) {
      check.errors.push(userError(UserErrorCode.INVALID, 'cycle', 'cycle must look like CSP12.'));
    }
    const assessedOn = input.assessedOn ? isoDay(input.assessedOn) : ctx.today;
    check.notAfter('assessedOn', assessedOn, ctx.today);
    if (check.errors.length) return { priorityAssessment: null, userErrors: check.errors };

    const iso3 = input.stateIso3.toUpperCase();
    const state = await ctx.participation.state.load(iso3);
    if (!state) {
      return { priorityAssessment: null, userErrors: [userError(UserErrorCode.NOT_FOUND, 'stateIso3', `State ${iso3} was not found.`)] };
    }
    if (!canAccess(ctx.viewer, POLICY.Mutation!.fields.assessPriority!, { state: iso3, region: state.region })) {
      return { priorityAssessment: null, userErrors: [userError(UserErrorCode.FORBIDDEN, 'stateIso3', `You may not set the priority tier of ${iso3}.`)] };
    }
    return ctx.em.transactional(async (tx) => {
      const created = tx.create(PriorityAssessment, {
        id: randomUUID(),
        state: tx.getReference(State, iso3),
        tier: input.tier,
        rationale: input.rationale,
        cycle: input.cycle ?? null,
        assessedOn,
        source: input.source,
      });
      recordChange(tx, ctx, { action: 'create', recordType: 'PriorityAssessment', recordId: created.id, changes: diff({}, snapshot(created)) });
      await tx.flush();
      return { priorityAssessment: created, userErrors: [] };
    });
  }

  @Mutation(() => PriorityAssessmentPayload, { description: 'Corrects an assessment; `version` must be the current one.' })
  async updatePriorityAssessment(
    @Arg('input', () => UpdatePriorityAssessmentInput) input: UpdatePriorityAssessmentInput,
    @Ctx() ctx: HubContext,
  ): Promise<PriorityAssessmentPayload> {
    const check = new InputCheck();
    check.text('rationale', input.rationale);
    check.text('source', input.source);
    if (check.errors.length) return { priorityAssessment: null, userErrors: check.errors };
    const notFound = { priorityAssessment: null, userErrors: [userError(UserErrorCode.NOT_FOUND, 'id', 'No such priority assessment.')] };
    const ref = fromGlobalId(input.id);
    if (ref?.typeName !== 'PriorityAssessment' || !UUID.test(ref.key)) return notFound;
    try {
      return await ctx.em.transactional(async (tx) => {
        const assessment = await tx.findOne(PriorityAssessment, { id: ref.key });
        if (!assessment) return notFound;
        const state = await tx.findOne(State, { iso3: assessment.state.iso3 });
        if (!canAccess(ctx.viewer, POLICY.Mutation!.fields.updatePriorityAssessment!, { state: assessment.state.iso3, region: state?.region })) {
          return { priorityAssessment: null, userErrors: [userError(UserErrorCode.FORBIDDEN, 'id', 'You may not change this assessment.')] };
        }
        if (assessment.version !== input.version) {
          return { priorityAssessment: null, userErrors: [userError(UserErrorCode.CONFLICT, 'version', `The record is at version ${assessment.version}; reload it and try again.`)] };
        }
        const before = snapshot(assessment);
        if (input.tier) assessment.tier = input.tier;
        if (input.rationale) assessment.rationale = input.rationale;
        if (input.source) assessment.source = input.source;
        const changes = diff(before, snapshot(assessment));
        if (Object.keys(changes).length) {
          recordChange(tx, ctx, { action: 'update', recordType: 'PriorityAssessment', recordId: assessment.id, changes });
        }
        await tx.flush();
        return { priorityAssessment: assessment, userErrors: [] };
      });
    } catch (error) {
      if (error instanceof OptimisticLockError) {
        return { priorityAssessment: null, userErrors: [userError(UserErrorCode.CONFLICT, 'version', 'The record changed meanwhile; reload it and try again.')] };
      }
      throw error;
    }
  }
}
