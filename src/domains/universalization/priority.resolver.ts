import { randomUUID } from 'node:crypto';
import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { createAudited, updateAudited } from '../../access/audit/audited-write';
import type { HubContext } from '../../context';
import { registerUuidNodeType } from '../../kernel/graphql/node';
import { isoDay } from '../../kernel/graphql/scalars';
import { InputCheck, userError, UserErrorCode } from '../../kernel/graphql/user-errors';
import { State } from '../participation/state.entity';
import { PriorityAssessment } from './priority-assessment.entity';
import { AssessPriorityInput, PriorityAssessmentPayload, UpdatePriorityAssessmentInput } from './universalization.types';

registerUuidNodeType('PriorityAssessment', PriorityAssessment);

export const CYCLE = /^CSP\d{1,2}$/;

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
    @Arg('input', () => AssessPriorityInput, { description: 'What to write; see its type.' }) input: AssessPriorityInput,
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
    const { record, userErrors } = await createAudited(ctx, {
      mutation: 'assessPriority',
      recordType: 'PriorityAssessment',
      about: { state },
      field: 'stateIso3',
      forbidden: `You may not set the priority tier of ${iso3}.`,
      snapshot,
      build: async (tx) =>
        tx.create(PriorityAssessment, {
          id: randomUUID(),
          state: tx.getReference(State, iso3),
          tier: input.tier,
          rationale: input.rationale,
          cycle: input.cycle ?? null,
          assessedOn,
          source: input.source,
        }),
    });
    return { priorityAssessment: record, userErrors };
  }

  @Mutation(() => PriorityAssessmentPayload, { description: 'Corrects an assessment; `version` must be the current one.' })
  async updatePriorityAssessment(
    @Arg('input', () => UpdatePriorityAssessmentInput, { description: 'What to write; see its type.' }) input: UpdatePriorityAssessmentInput,
    @Ctx() ctx: HubContext,
  ): Promise<PriorityAssessmentPayload> {
    const check = new InputCheck();
    check.text('rationale', input.rationale);
    check.text('source', input.source);
    if (check.errors.length) return { priorityAssessment: null, userErrors: check.errors };
    const { record, userErrors } = await updateAudited(ctx, {
      mutation: 'updatePriorityAssessment',
      entity: PriorityAssessment,
      recordType: 'PriorityAssessment',
      globalId: input.id,
      version: input.version,
      snapshot,
      apply: (assessment) => {
        if (input.tier) assessment.tier = input.tier;
        if (input.rationale) assessment.rationale = input.rationale;
        if (input.source) assessment.source = input.source;
      },
    });
    return { priorityAssessment: record, userErrors };
  }
}
