import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { Cycle } from '../bodies/cycle.entity';
import { BodyCode } from '../bodies/enums';
import type { HubContext } from '../../context';
import { badInput } from '../../kernel/graphql/errors';
import { registerUuidNodeType } from '../../kernel/graphql/node';
import { Language } from '../participation/enums';
import { State } from '../participation/state.entity';
import { Meeting, MeetingPoint } from './meeting.entity';
import { ProposalElement } from './proposal-element.entity';
import { TreatyDocument } from './treaty-document.entity';
import { ListBound } from '../../kernel/graphql/field-cost';
import { MAX_MEETING_POINTS, MAX_POINT_STATES } from './loaders';

registerUuidNodeType('Meeting', Meeting);
registerUuidNodeType('TreatyDocument', TreatyDocument);

/** Texts kept in English (unofficial translation) and in the Chinese of the source. */
const inLanguage = (text: { en: string; zh: string }, lang: Language): string | null =>
  lang === Language.EN ? text.en : lang === Language.ZH ? text.zh : null;

/** A body meets a few times a cycle: 50 meetings reach back years (and keep a list of their points within the cost limit). */
const MAX_MEETINGS = 50;
/** One conference a year: a century of cycles. */
const MAX_CYCLES = 100;
/** The report's proposal has six elements. */
const MAX_PROPOSAL_ELEMENTS = 50;

@Resolver()
export class MeetingsQueryResolver {
  @ListBound(MAX_CYCLES)
  @Query(() => [Cycle], { description: 'CSP cycles the hub knows, newest first (the latest 100).' })
  cycles(@Ctx() ctx: HubContext): Promise<Cycle[]> {
    return ctx.em.find(Cycle, {}, { orderBy: { number: 'desc' }, limit: MAX_CYCLES });
  }

  @ListBound(MAX_MEETINGS)
  @Query(() => [Meeting], { description: 'Meetings of ATT bodies, newest first (the latest 50).' })
  meetings(
    @Arg('body', () => BodyCode, { description: 'Only meetings of this body.', nullable: true }) body: BodyCode | null,
    @Arg('cycle', () => String, { description: 'Only meetings of this cycle, by its name.', nullable: true }) cycle: string | null,
    @Ctx() ctx: HubContext,
  ): Promise<Meeting[]> {
    return ctx.em.find(
      Meeting,
      { ...(body ? { body } : {}), ...(cycle ? { cycle } : {}) },
      { orderBy: { date: 'desc' }, limit: MAX_MEETINGS },
    );
  }

  @Query(() => TreatyDocument, { nullable: true, description: 'A document by its symbol, e.g. ATT/CSP8.WGTU/2022/CHAIR/735/Conf.Rep.' })
  async document(@Arg('symbol', () => String, { description: "The document's symbol, as its ATT body issued it." }) symbol: string, @Ctx() ctx: HubContext): Promise<TreatyDocument | null> {
    if (symbol.length > 200) throw badInput('symbol is at most 200 characters.', 'symbol');
    return ctx.em.findOne(TreatyDocument, { symbol });
  }

  @ListBound(200)
  @Query(() => [TreatyDocument], { description: 'Documents, newest first (at most 200).' })
  documents(@Ctx() ctx: HubContext): Promise<TreatyDocument[]> {
    return ctx.em.find(TreatyDocument, {}, { orderBy: { issuedOn: 'desc nulls last', symbol: 'asc' }, limit: 200 });
  }

  @ListBound(MAX_PROPOSAL_ELEMENTS)
  @Query(() => [ProposalElement], {
    description: 'The six elements of the proposal "Strengthening the work of the WGTU" (draft report to CSP9, annex A).',
  })
  proposalElements(@Ctx() ctx: HubContext): Promise<ProposalElement[]> {
    return ctx.em.find(ProposalElement, {}, { orderBy: { label: 'asc' }, limit: MAX_PROPOSAL_ELEMENTS });
  }
}

@Resolver(() => Meeting)
export class MeetingResolver {
  @FieldResolver(() => Cycle, { nullable: true })
  cycle(@Root() meeting: Meeting, @Ctx() ctx: HubContext): Promise<Cycle | null> {
    return ctx.byId.load(Cycle, meeting.cycle?.code);
  }

  @ListBound(MAX_MEETING_POINTS)
  @FieldResolver(() => [MeetingPoint], { description: 'The points discussed, in the order of the report.' })
  points(@Root() meeting: Meeting, @Ctx() ctx: HubContext): Promise<MeetingPoint[]> {
    return ctx.meetings.points.load(meeting.id);
  }

  @FieldResolver(() => TreatyDocument, { nullable: true, description: 'The document that reports on the meeting.' })
  reportedIn(@Root() meeting: Meeting, @Ctx() ctx: HubContext): Promise<TreatyDocument | null> {
    return ctx.byId.load(TreatyDocument, meeting.reportedIn?.id);
  }
}

@Resolver(() => MeetingPoint)
export class MeetingPointResolver {
  @ListBound(MAX_POINT_STATES)
  @FieldResolver(() => [State], { description: 'States the point is about or that spoke.' })
  async states(@Root() point: MeetingPoint, @Ctx() ctx: HubContext): Promise<State[]> {
    return (await ctx.participation.state.loadMany(point.stateCodes)).filter((s): s is State => s instanceof State);
  }
}

@Resolver(() => TreatyDocument)
export class TreatyDocumentResolver {
  @FieldResolver(() => Cycle, { nullable: true })
  cycle(@Root() document: TreatyDocument, @Ctx() ctx: HubContext): Promise<Cycle | null> {
    return ctx.byId.load(Cycle, document.cycle?.code);
  }
}

@Resolver(() => ProposalElement)
export class ProposalElementResolver {
  @FieldResolver(() => String, { nullable: true, description: 'English or Chinese (ZH); other languages: null.' })
  title(@Root() e: ProposalElement, @Arg('lang', () => Language, { description: 'The language wanted (default English); null where the hub has no text in it.', defaultValue: Language.EN }) lang: Language) {
    return inLanguage(e.texts.title, lang);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Situation (状况).' })
  situation(@Root() e: ProposalElement, @Arg('lang', () => Language, { description: 'The language wanted (default English); null where the hub has no text in it.', defaultValue: Language.EN }) lang: Language) {
    return inLanguage(e.texts.situation, lang);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Rationale (背后的理论依据).' })
  rationale(@Root() e: ProposalElement, @Arg('lang', () => Language, { description: 'The language wanted (default English); null where the hub has no text in it.', defaultValue: Language.EN }) lang: Language) {
    return inLanguage(e.texts.rationale, lang);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Implementation (实现).' })
  implementation(@Root() e: ProposalElement, @Arg('lang', () => Language, { description: 'The language wanted (default English); null where the hub has no text in it.', defaultValue: Language.EN }) lang: Language) {
    return inLanguage(e.texts.implementation, lang);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Resources required (所需资源).' })
  resources(@Root() e: ProposalElement, @Arg('lang', () => Language, { description: 'The language wanted (default English); null where the hub has no text in it.', defaultValue: Language.EN }) lang: Language) {
    return inLanguage(e.texts.resources, lang);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Recommendation to CSP9 (对第九届缔约国会议的建议).' })
  recommendation(@Root() e: ProposalElement, @Arg('lang', () => Language, { description: 'The language wanted (default English); null where the hub has no text in it.', defaultValue: Language.EN }) lang: Language) {
    return inLanguage(e.texts.recommendation, lang);
  }
}
