import { randomUUID } from 'node:crypto';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { createAudited, updateAudited } from '../../access/audit/audited-write';
import { UUID } from '../../kernel/db/stable-id';
import type { HubContext } from '../../context';
import { ConnectionArgs, pageRequest, pageWhere, toPage } from '../../kernel/graphql/connection';
import { registerKeyset } from '../../kernel/graphql/connection-arguments';
import { type Keyset, keysetOrder } from '../../kernel/graphql/keyset';
import { fromGlobalId, registerUuidNodeType } from '../../kernel/graphql/node';
import { isoDay } from '../../kernel/graphql/scalars';
import { InputCheck, userError, UserErrorCode } from '../../kernel/graphql/user-errors';
import { Organisation } from '../organisations/organisation.entity';
import { AttRegion } from '../participation/enums';
import { State } from '../participation/state.entity';
import { AssistanceMatch, AssistanceNeed, AssistanceOffer } from './assistance.entity';
import {
  AssistanceMatchPayload,
  AssistanceNeedConnection,
  AssistanceNeedPayload,
  AssistanceOfferPayload,
  MatchSuggestion,
  NeedFilter,
  OfferAssistanceInput,
  ProposeMatchInput,
  StateNeedInput,
  UpdateMatchInput,
  UpdateNeedInput,
} from './assistance.types';
import { AssistanceKind, MatchStatus, NeedStatus } from './enums';
import { rankOffers, MAX_OFFERS_RANKED, MAX_SUGGESTIONS } from './suggestions';
import { ListBound, Weight } from '../../kernel/graphql/field-cost';
import { MAX_RELATED } from './loaders';

registerUuidNodeType('AssistanceNeed', AssistanceNeed);
registerUuidNodeType('AssistanceOffer', AssistanceOffer);
registerUuidNodeType('AssistanceMatch', AssistanceMatch);

/** The visible record a global id names, or null (a hidden one is simply not found). */
function findByGlobalId<T extends object>(ctx: HubContext, cls: new () => T, type: string, id: string): Promise<T | null> {
  const ref = fromGlobalId(id);
  return ref?.typeName === type && UUID.test(ref.key) ? ctx.byId.load(cls, ref.key) : Promise.resolve(null);
}

const needSnapshot = (n: AssistanceNeed) => ({ state: n.state.iso3, kind: n.kind, description: n.description, statedOn: n.statedOn, statedBy: n.statedBy, status: n.status });
const offerSnapshot = (o: AssistanceOffer) => ({ providerName: o.providerName, kinds: o.kinds, regions: o.regions, description: o.description, availableUntil: o.availableUntil ?? null });
const matchSnapshot = (m: AssistanceMatch) => ({ need: m.need.id, offer: m.offer.id, status: m.status, note: m.note ?? null });

/** Newest first: by the day stated, then when recorded, then id. */
const NEED_ORDER: Keyset<AssistanceNeed> = {
  list: 'AssistanceNeed',
  parts: [
    { field: 'statedOn', desc: true, kind: 'day', read: (n) => n.statedOn },
    { field: 'createdAt', desc: true, kind: 'instant', read: (n) => n.createdAt.toISOString() },
    { field: 'id', desc: false, kind: 'uuid', read: (n) => n.id },
  ],
};
registerKeyset('AssistanceNeedConnection', () => NEED_ORDER);

@Resolver(() => AssistanceNeed)
export class AssistanceNeedResolver {
  @Query(() => AssistanceNeedConnection, { nullable: true, description: 'Needs the viewer may see, newest first.' })
  async needs(
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg('filter', () => NeedFilter, { description: 'Only the needs that match.', nullable: true }) filter: NeedFilter | null,
    @Ctx() ctx: HubContext,
  ): Promise<AssistanceNeedConnection> {
    const request = pageRequest(page, NEED_ORDER);
    const where: Record<string, unknown> = {};
    if (filter?.state) where.state = filter.state.toUpperCase();
    if (filter?.region) where.state = { ...(filter.state ? { iso3: filter.state.toUpperCase() } : {}), region: filter.region };
    if (filter?.kind) where.kind = filter.kind;
    if (filter?.status) where.status = filter.status;
    const [rows, totalCount] = await Promise.all([
      ctx.em.find(AssistanceNeed, pageWhere(where, NEED_ORDER, request), { orderBy: keysetOrder(NEED_ORDER, request.forward), limit: request.limit + 1 }),
      ctx.em.count(AssistanceNeed, where),
    ]);
    return { ...toPage(rows, request, NEED_ORDER), totalCount };
  }

  @ListBound(MAX_SUGGESTIONS)
  @Weight(MAX_OFFERS_RANKED)
  @Query(() => [MatchSuggestion], {
    nullable: true,
    description: "Offers that could meet a need, best first: the need's kind, its region (or any), still available (the best 50 of the 500 latest offers of the kind).",
  })
  async matchSuggestions(@Arg('needId', () => ID, { description: 'The global ID of the need.' }) needId: string, @Ctx() ctx: HubContext): Promise<MatchSuggestion[]> {
    const need = await findByGlobalId(ctx, AssistanceNeed, 'AssistanceNeed', needId);
    if (!need) return [];
    const state = await ctx.participation.state.load(need.state.iso3);
    const [offers, matches] = await Promise.all([
      ctx.em.find(
        AssistanceOffer,
        { kinds: { $contains: [need.kind] }, $or: [{ availableUntil: null }, { availableUntil: { $gte: ctx.today } }] },
        { orderBy: { createdAt: 'desc' }, limit: MAX_OFFERS_RANKED },
      ),
      ctx.em.find(AssistanceMatch, { need: need.id }, { filters: false }),
    ]);
    return rankOffers({ kind: need.kind, region: state!.region }, offers, ctx.today, new Set(matches.map((m) => m.offer.id))).slice(0, MAX_SUGGESTIONS);
  }

  @FieldResolver(() => State, { nullable: true })
  state(@Root() need: AssistanceNeed, @Ctx() ctx: HubContext): Promise<State | null> {
    return ctx.participation.state.load(need.state.iso3);
  }

  @ListBound(MAX_RELATED)
  @FieldResolver(() => [AssistanceMatch], { nullable: true })
  matches(@Root() need: AssistanceNeed, @Ctx() ctx: HubContext): Promise<AssistanceMatch[]> {
    return ctx.assistance.matchesByNeed.load(need.id);
  }

  @Mutation(() => AssistanceNeedPayload, { description: "States a need for a state: its contact, its region's VP, the President, co-chairs or Secretariat." })
  async stateNeed(@Arg('input', () => StateNeedInput, { description: 'What to write; see its type.' }) input: StateNeedInput, @Ctx() ctx: HubContext): Promise<AssistanceNeedPayload> {
    const check = new InputCheck();
    check.iso3('stateIso3', input.stateIso3);
    check.text('description', input.description, { required: true, max: 5000 });
    check.text('statedBy', input.statedBy, { required: true, max: 300 });
    const statedOn = input.statedOn ? isoDay(input.statedOn) : ctx.today;
    check.notAfter('statedOn', statedOn, ctx.today);
    if (check.errors.length) return { need: null, userErrors: check.errors };
    const iso3 = input.stateIso3.toUpperCase();
    const state = await ctx.participation.state.load(iso3);
    if (!state) return { need: null, userErrors: [userError(UserErrorCode.NOT_FOUND, 'stateIso3', `State ${iso3} was not found.`)] };
    const { record, userErrors } = await createAudited(ctx, {
      mutation: 'stateNeed',
      recordType: 'AssistanceNeed',
      about: { state },
      field: 'stateIso3',
      forbidden: `You may not state needs for ${iso3}.`,
      snapshot: needSnapshot,
      build: async (tx) =>
        tx.create(AssistanceNeed, {
          id: randomUUID(), state: tx.getReference(State, iso3), kind: input.kind, description: input.description,
          statedBy: input.statedBy, statedOn,
        }),
    });
    return { need: record, userErrors };
  }

  @Mutation(() => AssistanceNeedPayload, { description: 'Updates a need (e.g. withdraws it, or marks it met).' })
  async updateNeed(@Arg('input', () => UpdateNeedInput, { description: 'What to write; see its type.' }) input: UpdateNeedInput, @Ctx() ctx: HubContext): Promise<AssistanceNeedPayload> {
    const check = new InputCheck();
    check.text('description', input.description, { max: 5000 });
    if (check.errors.length) return { need: null, userErrors: check.errors };
    const { record, userErrors } = await updateAudited(ctx, {
      mutation: 'updateNeed', entity: AssistanceNeed, recordType: 'AssistanceNeed', globalId: input.id, version: input.version,
      snapshot: needSnapshot,
      apply: (need) => {
        if (input.description) need.description = input.description;
        if (input.status) need.status = input.status;
      },
    });
    return { need: record, userErrors };
  }
}

@Resolver(() => AssistanceOffer)
export class AssistanceOfferResolver {
  @ListBound(500)
  @Query(() => [AssistanceOffer], { nullable: true, description: 'Offers of assistance, for signed-in viewers (at most 500).' })
  offers(
    @Arg('kind', () => AssistanceKind, { description: 'Only offers of this kind of help.', nullable: true }) kind: AssistanceKind | null,
    @Arg('region', () => AttRegion, { description: 'Only offers that serve this region (offers naming no region serve all).', nullable: true }) region: AttRegion | null,
    @Ctx() ctx: HubContext,
  ): Promise<AssistanceOffer[]> {
    return ctx.em.find(
      AssistanceOffer,
      {
        ...(kind ? { kinds: { $contains: [kind] } } : {}),
        ...(region ? { $or: [{ regions: { $contains: [region] } }, { regions: { $eq: [] } }] } : {}),
      },
      { orderBy: { providerName: 'asc' }, limit: 500 },
    );
  }

  @FieldResolver(() => Organisation, { nullable: true })
  providerOrganisation(@Root() offer: AssistanceOffer, @Ctx() ctx: HubContext): Promise<Organisation | null> {
    return ctx.byId.load(Organisation, offer.providerOrganisation?.id);
  }

  @FieldResolver(() => State, { nullable: true })
  providerState(@Root() offer: AssistanceOffer, @Ctx() ctx: HubContext): Promise<State | null> {
    return offer.providerState ? ctx.participation.state.load(offer.providerState.iso3) : Promise.resolve(null);
  }

  @Mutation(() => AssistanceOfferPayload, { description: "Offers assistance in the name of the viewer's organisation (or the viewer)." })
  async offerAssistance(@Arg('input', () => OfferAssistanceInput, { description: 'What to write; see its type.' }) input: OfferAssistanceInput, @Ctx() ctx: HubContext): Promise<AssistanceOfferPayload> {
    const check = new InputCheck();
    check.text('description', input.description, { required: true, max: 5000 });
    if (!input.kinds.length) check.errors.push(userError(UserErrorCode.INVALID, 'kinds', 'Offer at least one kind of assistance.'));
    if (check.errors.length) return { offer: null, userErrors: check.errors };
    const organisation = [...ctx.viewer.organisations][0];
    const { record, userErrors } = await createAudited(ctx, {
      mutation: 'offerAssistance',
      recordType: 'AssistanceOffer',
      about: { providerOrganisation: organisation ?? null },
      field: 'kinds',
      forbidden: 'You may not offer assistance.',
      snapshot: offerSnapshot,
      build: async (tx) => {
        const org = organisation ? await tx.findOne(Organisation, { id: organisation }) : null;
        return tx.create(AssistanceOffer, {
          id: randomUUID(), providerOrganisation: org, providerName: org?.name ?? ctx.viewer.name ?? 'Unknown',
          kinds: [...new Set(input.kinds)], regions: [...new Set(input.regions ?? [])], description: input.description,
          availableUntil: input.availableUntil ? isoDay(input.availableUntil) : null,
        });
      },
    });
    return { offer: record, userErrors };
  }
}

@Resolver(() => AssistanceMatch)
export class AssistanceMatchResolver {
  @FieldResolver(() => AssistanceNeed, { nullable: true })
  need(@Root() match: AssistanceMatch, @Ctx() ctx: HubContext): Promise<AssistanceNeed | null> {
    return ctx.byId.load(AssistanceNeed, match.need.id);
  }

  @FieldResolver(() => AssistanceOffer, { nullable: true })
  offer(@Root() match: AssistanceMatch, @Ctx() ctx: HubContext): Promise<AssistanceOffer | null> {
    return ctx.byId.load(AssistanceOffer, match.offer.id);
  }

  @Mutation(() => AssistanceMatchPayload, { description: 'The Secretariat matches a need with an offer; the need becomes MATCHED.' })
  async proposeMatch(@Arg('input', () => ProposeMatchInput, { description: 'What to write; see its type.' }) input: ProposeMatchInput, @Ctx() ctx: HubContext): Promise<AssistanceMatchPayload> {
    const check = new InputCheck();
    check.text('note', input.note);
    if (check.errors.length) return { match: null, userErrors: check.errors };
    const [need, offer] = await Promise.all([
      findByGlobalId(ctx, AssistanceNeed, 'AssistanceNeed', input.needId),
      findByGlobalId(ctx, AssistanceOffer, 'AssistanceOffer', input.offerId),
    ]);
    if (!need) return { match: null, userErrors: [userError(UserErrorCode.NOT_FOUND, 'needId', 'No such need.')] };
    if (!offer) return { match: null, userErrors: [userError(UserErrorCode.NOT_FOUND, 'offerId', 'No such offer.')] };
    const { record, userErrors } = await createAudited(ctx, {
      mutation: 'proposeMatch',
      recordType: 'AssistanceMatch',
      about: { need, offer },
      field: 'needId',
      forbidden: 'Only the Secretariat matches needs with offers.',
      snapshot: matchSnapshot,
      build: async (tx) => {
        if (await tx.count(AssistanceMatch, { need: need.id, offer: offer.id }, { filters: false })) {
          return [userError(UserErrorCode.DUPLICATE, 'offerId', 'This offer is already matched with this need.')];
        }
        const tracked = await tx.findOneOrFail(AssistanceNeed, { id: need.id });
        if (tracked.status === NeedStatus.OPEN) tracked.status = NeedStatus.MATCHED;
        return tx.create(AssistanceMatch, {
          id: randomUUID(), need: tracked, offer: tx.getReference(AssistanceOffer, offer.id), matchedOn: ctx.today, note: input.note ?? null,
          demo: tracked.demo || offer.demo,
        });
      },
    });
    return { match: record, userErrors };
  }

  @Mutation(() => AssistanceMatchPayload, { description: 'Tracks a match: agreed, completed (the need is then MET) or declined.' })
  async updateMatch(@Arg('input', () => UpdateMatchInput, { description: 'What to write; see its type.' }) input: UpdateMatchInput, @Ctx() ctx: HubContext): Promise<AssistanceMatchPayload> {
    const check = new InputCheck();
    check.text('note', input.note);
    if (check.errors.length) return { match: null, userErrors: check.errors };
    const { record, userErrors } = await updateAudited(ctx, {
      mutation: 'updateMatch', entity: AssistanceMatch, recordType: 'AssistanceMatch', globalId: input.id, version: input.version,
      snapshot: matchSnapshot,
      populate: ['need'],
      apply: (match) => {
        match.status = input.status;
        if (input.note !== undefined) match.note = input.note;
        // The need follows the match it depends on (loaded in the same transaction).
        if (input.status === MatchStatus.COMPLETED && match.need.status !== NeedStatus.WITHDRAWN) match.need.status = NeedStatus.MET;
      },
    });
    return { match: record, userErrors };
  }
}
