import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { readOnlyRecords } from '../../performance/read-only-records';
import type { HubContext } from '../../context';
import { ConnectionArgs, pageRequest, toPage } from '../../kernel/graphql/connection';
import { registerKeyset } from '../../kernel/graphql/connection-arguments';
import { badInput, notFound } from '../../kernel/graphql/errors';
import { registerNodeType } from '../../kernel/graphql/node';
import { DateScalar, isoDay } from '../../kernel/graphql/scalars';
import { noteRevealed } from '../../access/audit/audit-trail';
import { filterFacts } from '../../access/policy/filters';
import { PriorityTier } from '../universalization/enums';
import { PriorityAssessment } from '../universalization/priority-assessment.entity';
import { Language, ParticipationStatus, MAX_STATES, TreatyActionKind } from './enums';
import { findStates, participationOfRow, stateOrder, type StateRow } from './participation.sql';
import { OrderDirection, StateConnection, StateFilter, StateOrder, StateOrderField } from './participation.types';
import { State } from './state.entity';
import { TreatyAction } from './treaty-action.entity';
import { ListBound, Weight } from '../../kernel/graphql/field-cost';
import { certaintyOn, FactCertainty } from './dataset';

const ISO3 = /^[A-Za-z]{3}$/;

/**
 * States whose latest visible assessment has this tier. Filtering by a field needs the right to
 * read it (the field's rule checks it: FILTERS in the policy table); a scoped right matches only
 * the records in scope. Every state matched has its tier revealed, on this page or not (the count,
 * the pages after): all are logged.
 */
async function statesWithTier(ctx: HubContext, tier: PriorityTier): Promise<string[]> {
  const assessments = await ctx.em.find(PriorityAssessment, {}, { orderBy: { assessedOn: 'desc', createdAt: 'desc' } });
  const latest = new Map<string, PriorityTier>();
  for (const a of assessments) if (!latest.has(a.state.iso3)) latest.set(a.state.iso3, a.tier);
  const matched = [...latest].filter(([, t]) => t === tier).map(([iso3]) => iso3);
  noteRevealed(ctx, 'State', matched, filterFacts('StateFilter', { priorityTier: tier }));
  return matched;
}

registerNodeType({
  name: 'State',
  cls: State,
  key: (state) => state.iso3,
  load: (ctx: HubContext, key) => ctx.participation.state.load(key),
});

const orderOf = (orderBy: { field?: StateOrderField | null; direction?: OrderDirection | null; language?: Language | null } | null | undefined) =>
  stateOrder(orderBy?.field ?? StateOrderField.NAME, orderBy?.direction === OrderDirection.DESC, orderBy?.language ?? Language.EN);
registerKeyset('StateConnection', (args) => orderOf(args.orderBy as StateOrder | null));

@Resolver(() => State)
export class StateResolver {
  @Query(() => State, {
    nullable: true,
    description: 'One state by its ISO 3166-1 alpha-3 code; an unknown code is a NOT_FOUND error.',
  })
  async state(@Arg('iso3', () => String, { description: 'The state\'s ISO 3166-1 alpha-3 code, e.g. COM.' }) iso3: string, @Ctx() ctx: HubContext): Promise<State | null> {
    if (!ISO3.test(iso3)) throw badInput('iso3 must be a three-letter ISO 3166-1 alpha-3 code.', 'iso3');
    const state = await ctx.participation.state.load(iso3.toUpperCase());
    if (!state) throw notFound(`State ${iso3.toUpperCase()}`);
    return state;
  }

  // Every state's status is derived to filter and count them, whatever the page.
  @Weight(MAX_STATES)
  @Query(() => StateConnection, { description: 'States, filtered and ordered; a page holds at most 200.' })
  async states(
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg('filter', () => StateFilter, { description: 'Only the states that match.', nullable: true }) filter: StateFilter | null,
    @Arg('orderBy', () => StateOrder, { description: 'The order (default: by name).', nullable: true }) orderBy: StateOrder | null,
    @Ctx() ctx: HubContext,
  ): Promise<StateConnection> {
    const order = orderOf(orderBy);
    const request = pageRequest(page, order);
    const onlyStates = filter?.priorityTier ? await statesWithTier(ctx, filter.priorityTier) : null;
    const query = {
      onlyStates,
      region: filter?.region ?? null,
      status: filter?.status ?? null,
      statusUndetermined: filter?.statusUndetermined ?? null,
      statusAsOf: filter?.statusAsOf ? isoDay(filter.statusAsOf) : ctx.today,
      unMember: filter?.unMember ?? null,
      order,
      page: request,
    };
    const { rows, totalCount } = await findStates(ctx.em, query);
    // Read-only records (a query never writes; built from the entity's columns, the row's other values
    // left out), primed so nested fields find them without SQL, and so is each state's status on the
    // day asked (the page was filtered by it: the same statement's).
    const states = readOnlyRecords(ctx.em, State, rows);
    const asOf = ctx.participation.asOf(query.statusAsOf);
    for (const [i, state] of states.entries()) {
      ctx.participation.remember(state);
      asOf.prime(state.iso3, participationOfRow(rows[i]!));
    }
    const stateOf = new Map(rows.map((row, i) => [row, states[i]!]));
    return { ...toPage<StateRow, State>(rows, request, order, (row) => stateOf.get(row)!), totalCount };
  }

  @FieldResolver(() => String, { description:
      "The UN's short name (M49) in one of the six UN languages (English by default), as the UN writes it: " +
      '"Côte d’Ivoire" with a typographic apostrophe, "Netherlands (Kingdom of the)".',
  })
  name(@Root() state: State, @Arg('lang', () => Language, { description: 'The language wanted (default English).', defaultValue: Language.EN }) lang: Language): string {
    return state.names[lang];
  }

  // A status derived for the day (one statement per day asked).
  @Weight(1)
  @FieldResolver(() => ParticipationStatus, {
    nullable: true,
    description:
      'Status on `asOf` (default today), derived from the treaty actions. A state that has deposited its instrument ' +
      'is a State Party even before the treaty is in force for it. null when the data cannot decide (see possibleStatuses). ' +
      'After the data was compiled it is the last known status (see statusCertainty).',
  })
  async status(
    @Root() state: State,
    @Arg('asOf', () => DateScalar, { description: 'The day asked about (default: today).', nullable: true }) asOf: Date | null,
    @Ctx() ctx: HubContext,
  ): Promise<ParticipationStatus | null> {
    return (await ctx.participation.asOf(asOf ? isoDay(asOf) : ctx.today).load(state.iso3)).status;
  }

  @FieldResolver(() => FactCertainty, {
    description:
      'Whether `status` on `asOf` (default today) is certain for that day, or LAST_KNOWN: the day is after the data was ' +
      'compiled (participationDataSet.compiledOn), so the status is the last one the hub knows, not a fact of that day.',
  })
  statusCertainty(
    @Arg('asOf', () => DateScalar, { description: 'The day asked about (default: today).', nullable: true }) asOf: Date | null,
    @Ctx() ctx: HubContext,
  ): FactCertainty {
    return certaintyOn(asOf ? isoDay(asOf) : ctx.today);
  }

  @ListBound(Object.keys(ParticipationStatus).length)
  @Weight(1)
  @FieldResolver(() => [ParticipationStatus], {
    description: 'Every status the data allows on `asOf`: one when it is certain, more when a date is only bounded.',
  })
  async possibleStatuses(
    @Root() state: State,
    @Arg('asOf', () => DateScalar, { description: 'The day asked about (default: today).', nullable: true }) asOf: Date | null,
    @Ctx() ctx: HubContext,
  ): Promise<ParticipationStatus[]> {
    return (await ctx.participation.asOf(asOf ? isoDay(asOf) : ctx.today).load(state.iso3)).possibleStatuses;
  }

  @Weight(1)
  @FieldResolver(() => Boolean, {
    nullable: true,
    description: 'Whether the treaty was in force for this state on `asOf` (default today); null when the data cannot tell.',
  })
  async inForce(
    @Root() state: State,
    @Arg('asOf', () => DateScalar, { description: 'The day asked about (default: today).', nullable: true }) asOf: Date | null,
    @Ctx() ctx: HubContext,
  ): Promise<boolean | null> {
    return (await ctx.participation.asOf(asOf ? isoDay(asOf) : ctx.today).load(state.iso3)).inForce;
  }

  // One of each kind (unique per state and kind).
  @ListBound(Object.keys(TreatyActionKind).length)
  @FieldResolver(() => [TreatyAction], { description: 'Signature, deposit and entry into force, oldest first.' })
  actions(@Root() state: State, @Ctx() ctx: HubContext): Promise<TreatyAction[]> {
    return ctx.participation.actions.load(state.iso3);
  }
}
