import { randomUUID } from 'node:crypto';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import { createAudited, updateAudited } from '../../access/audit/audited-write';
import { restrictedPage } from '../../access/audit/restricted-lists';
import type { HubContext } from '../../context';
import { ConnectionArgs, pageRequest, toPage } from '../../kernel/graphql/connection';
import { registerKeyset } from '../../kernel/graphql/connection-arguments';
import type { Keyset } from '../../kernel/graphql/keyset';
import { registerUuidNodeType } from '../../kernel/graphql/node';
import { isoDay } from '../../kernel/graphql/scalars';
import { InputCheck, type UserError, userError, UserErrorCode } from '../../kernel/graphql/user-errors';
import { State } from '../participation/state.entity';
import { holdingAllowing } from '../../access/policy/access';
import { filterFacts } from '../../access/policy/filters';
import { fieldAccess } from '../../access/policy/policy-table';
import { writeScope } from '../../access/policy/scope-of';
import { Engagement } from './engagement.entity';
import {
  EngagementConnection,
  EngagementContentInput,
  EngagementFilter,
  EngagementPayload,
  RecordEngagementInput,
  UpdateEngagementInput,
} from './engagement.types';

registerUuidNodeType('Engagement', Engagement);

function snapshot(e: Engagement): Record<string, unknown> {
  return {
    state: e.state?.iso3 ?? null, region: e.region, organisationContacted: e.organisationContacted ?? null, date: e.date,
    kind: e.kind, counterpart: e.counterpart ?? null, onBehalfOf: e.onBehalfOf, summary: e.summary,
    outcome: e.outcome ?? null, nextStep: e.nextStep ?? null, nextStepDue: e.nextStepDue ?? null,
  };
}

/** The engagement's content from an input, checked; only the fields given. */
function content(input: EngagementContentInput, today: string, check: InputCheck): Partial<Engagement> {
  for (const f of ['counterpart', 'outcome', 'nextStep'] as const) check.text(f, input[f]);
  check.text('summary', input.summary, { max: 5000 });
  const date = input.date ? isoDay(input.date) : undefined;
  check.notAfter('date', date, today);
  const values: Partial<Engagement> = {};
  if (date) values.date = date;
  if (input.kind) values.kind = input.kind;
  if (input.summary != null) values.summary = input.summary;
  for (const f of ['counterpart', 'outcome', 'nextStep'] as const) if (input[f] !== undefined) values[f] = input[f];
  if (input.nextStepDue !== undefined) values.nextStepDue = input.nextStepDue ? isoDay(input.nextStepDue) : null;
  return values;
}

/** Newest first: by date, then when recorded, then id. */
const ENGAGEMENT_ORDER: Keyset<Engagement> = {
  list: 'Engagement',
  parts: [
    { field: 'date', desc: true, kind: 'day', read: (e) => e.date },
    { field: 'createdAt', desc: true, kind: 'instant', read: (e) => e.createdAt.toISOString() },
    { field: 'id', desc: false, kind: 'uuid', read: (e) => e.id },
  ],
};
registerKeyset('EngagementConnection', () => ENGAGEMENT_ORDER);

@Resolver(() => Engagement)
export class EngagementResolver {
  @Query(() => EngagementConnection, {
    nullable: true,
    description: 'Contacts with states the viewer may see (all, its region, its own state, or its own reports), newest first.',
  })
  async engagements(
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg('filter', () => EngagementFilter, { description: 'Only the engagements that match.', nullable: true }) filter: EngagementFilter | null,
    @Ctx() ctx: HubContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<EngagementConnection> {
    const request = pageRequest(page, ENGAGEMENT_ORDER);
    const where: Record<string, unknown> = {};
    if (filter?.state) where.state = filter.state.toUpperCase();
    if (filter?.region) where.region = filter.region;
    if (filter?.from || filter?.to) {
      where.date = { ...(filter.from ? { $gte: isoDay(filter.from) } : {}), ...(filter.to ? { $lte: isoDay(filter.to) } : {}) };
    }
    const { rows, totalCount } = await restrictedPage(
      ctx,
      info,
      {
        entity: Engagement,
        recordType: 'Engagement',
        where,
        order: ENGAGEMENT_ORDER,
        facts: filterFacts('EngagementFilter', filter),
      },
      request,
    );
    return { ...toPage(rows, request, ENGAGEMENT_ORDER), totalCount };
  }

  @FieldResolver(() => State, { nullable: true })
  state(@Root() engagement: Engagement, @Ctx() ctx: HubContext): Promise<State | null> {
    return engagement.state ? ctx.participation.state.load(engagement.state.iso3) : Promise.resolve(null);
  }

  @Mutation(() => EngagementPayload, {
    description: 'Records a contact with a state (or a regional organisation): the President, co-chairs, Secretariat, a VP in its region, a champion in the region it serves.',
  })
  async recordEngagement(
    @Arg('input', () => RecordEngagementInput, { description: 'What to write; see its type.' }) input: RecordEngagementInput,
    @Ctx() ctx: HubContext,
  ): Promise<EngagementPayload> {
    const check = new InputCheck();
    const values = content(input, ctx.today, check);
    check.text('onBehalfOf', input.onBehalfOf, { required: true, max: 300 });
    check.text('organisationContacted', input.organisationContacted, { max: 300 });
    if (!input.summary?.trim()) check.text('summary', input.summary, { required: true });
    if (!input.kind) check.errors.push(userError(UserErrorCode.INVALID, 'kind', 'kind is required.'));
    if (input.stateIso3) check.iso3('stateIso3', input.stateIso3);
    else if (!input.organisationContacted || !input.region) {
      check.errors.push(userError(UserErrorCode.INVALID, 'stateIso3', 'Name the state, or the organisation contacted and its region.'));
    }
    if (check.errors.length) return { engagement: null, userErrors: check.errors };

    const iso3 = input.stateIso3?.toUpperCase();
    const state = iso3 ? await ctx.participation.state.load(iso3) : null;
    if (iso3 && !state) return { engagement: null, userErrors: [userError(UserErrorCode.NOT_FOUND, 'stateIso3', `State ${iso3} was not found.`)] };
    const region = state?.region ?? input.region!;
    // The contact to be, as the policy table reads an engagement (its author is the holding chosen below).
    const about = { state, region, recordedUnder: null };
    const scope = await writeScope('Engagement', about, ctx.em);
    const { record, userErrors } = await createAudited(ctx, {
      mutation: 'recordEngagement',
      recordType: 'Engagement',
      about,
      field: iso3 ? 'stateIso3' : 'region',
      forbidden: `You may not record contacts ${iso3 ? `with ${iso3}` : `in ${region}`}.`,
      snapshot,
      build: async (tx) =>
        tx.create(Engagement, {
          id: randomUUID(),
          state: iso3 ? tx.getReference(State, iso3) : null,
          region,
          organisationContacted: input.organisationContacted ?? null,
          onBehalfOf: input.onBehalfOf,
          recordedBy: ctx.viewer.personId,
          // The office that allows this contact: its author's rights over the record last as long as it.
          recordedUnder: holdingAllowing(ctx.viewer, fieldAccess('Mutation', 'recordEngagement')!, scope),
          date: values.date ?? ctx.today,
          kind: values.kind!,
          summary: values.summary!,
          ...values,
        }),
    });
    return { engagement: record, userErrors };
  }

  @Mutation(() => EngagementPayload, { description: 'Corrects or completes an engagement (outcome, next step).' })
  async updateEngagement(
    @Arg('input', () => UpdateEngagementInput, { description: 'What to write; see its type.' }) input: UpdateEngagementInput,
    @Ctx() ctx: HubContext,
  ): Promise<EngagementPayload> {
    const check = new InputCheck();
    const values = content(input, ctx.today, check);
    if (input.summary != null && !input.summary.trim()) check.text('summary', input.summary, { required: true });
    if (check.errors.length) return { engagement: null, userErrors: check.errors };
    const { record, userErrors } = await updateAudited(ctx, {
      mutation: 'updateEngagement',
      entity: Engagement,
      recordType: 'Engagement',
      globalId: input.id,
      version: input.version,
      snapshot,
      apply: (e): UserError[] | void => {
        Object.assign(e, values);
      },
    });
    return { engagement: record, userErrors };
  }
}
