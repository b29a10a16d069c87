import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { HubContext } from '../../context';
import { ListBound } from '../../kernel/graphql/field-cost';
import { DateScalar, isoDay } from '../../kernel/graphql/scalars';
import { Decision, FollowUpAction } from '../meetings/decision.entity';
import { FollowUpStatus } from '../meetings/enums';
import { Meeting } from '../meetings/meeting.entity';
import { TreatyDocument } from '../meetings/treaty-document.entity';
import { Body } from './body.entity';
import { Cycle } from './cycle.entity';
import { BodyCode, OfficeKind } from './enums';
import { heldOn, OfficeHolding } from './office-holding.entity';

/** Every body the hub knows: the enum's values, with room for no more. */
const MAX_BODIES = Object.keys(BodyCode).length;
/** A body's holdings over a dozen cycles: a President a year, a few officers each. */
const MAX_BODY_HOLDINGS = 200;
const MAX_BODY_MEETINGS = 50;
const MAX_BODY_DOCUMENTS = 100;
const MAX_BODY_DECISIONS = 200;
const MAX_AGENDA = 200;
const MAX_CYCLE_HOLDINGS = 100;
const OPEN = [FollowUpStatus.OPEN, FollowUpStatus.IN_PROGRESS];
/** The order bodies are listed in: the Conference first, as the enum lists them. */
const ORDER = Object.values(BodyCode);

const cycleNumber = (code: string | null | undefined): number => (code ? Number(code.replace(/^CSP/, '')) || 0 : 0);

/** Newest term first: by cycle, then by first day; holdings of no known cycle or day last. */
export function newestFirst(a: OfficeHolding, b: OfficeHolding): number {
  return (
    cycleNumber(b.cycle) - cycleNumber(a.cycle) ||
    (b.validFrom ?? '').localeCompare(a.validFrom ?? '') ||
    a.office.localeCompare(b.office) ||
    a.id.localeCompare(b.id)
  );
}

@Resolver(() => Body)
export class BodyResolver {
  @ListBound(MAX_BODIES)
  @Query(() => [Body], { description: 'Every ATT body: the Conference (its Bureau), its subsidiary bodies and forums, the Secretariat.' })
  async bodies(@Ctx() ctx: HubContext): Promise<Body[]> {
    const found = await ctx.em.find(Body, {}, { limit: MAX_BODIES });
    return found.sort((a, b) => ORDER.indexOf(a.code) - ORDER.indexOf(b.code));
  }

  @Query(() => Body, { nullable: true, description: 'One ATT body by its code.' })
  body(@Arg('code', () => BodyCode, { description: 'The body.' }) code: BodyCode, @Ctx() ctx: HubContext): Promise<Body | null> {
    return ctx.byId.load(Body, code);
  }

  @FieldResolver(() => Body, { nullable: true, description: 'The body it belongs to (WGETI for its sub-working groups).' })
  parent(@Root() body: Body, @Ctx() ctx: HubContext): Promise<Body | null> {
    return ctx.byId.load(Body, body.parentCode ?? undefined);
  }

  @ListBound(MAX_BODIES)
  @FieldResolver(() => [Body], { description: 'Its sub-working groups and other bodies under it.' })
  async subBodies(@Root() body: Body, @Ctx() ctx: HubContext): Promise<Body[]> {
    const found = await ctx.em.find(Body, { parentCode: body.code }, { limit: MAX_BODIES });
    return found.sort((a, b) => ORDER.indexOf(a.code) - ORDER.indexOf(b.code));
  }

  @FieldResolver(() => Cycle, { nullable: true, description: 'The conference that set it up; null when the sources do not say.' })
  establishedBy(@Root() body: Body, @Ctx() ctx: HubContext): Promise<Cycle | null> {
    return ctx.byId.load(Cycle, body.establishedBy?.code);
  }

  @FieldResolver(() => TreatyDocument, { nullable: true, description: 'The document that set out its mandate, where the hub has it.' })
  mandateDocument(@Root() body: Body, @Ctx() ctx: HubContext): Promise<TreatyDocument | null> {
    return ctx.byId.load(TreatyDocument, body.mandateDocument?.id);
  }

  @ListBound(MAX_BODY_HOLDINGS)
  @FieldResolver(() => [OfficeHolding], {
    description:
      'Its office holdings, newest term first: all of them, those of one cycle, or those held on `asOf`. The Conference\'s are its Bureau ' +
      '(President, Vice-Presidents). A holding whose holder no source names has no person; one whose end is unknown is never held on a day.',
  })
  async officeHoldings(
    @Root() body: Body,
    @Arg('asOf', () => DateScalar, { description: 'Only holdings whose term runs on this day.', nullable: true }) asOf: Date | null,
    @Arg('cycle', () => String, { description: 'Only holdings of this cycle, by its name.', nullable: true }) cycle: string | null,
    @Ctx() ctx: HubContext,
  ): Promise<OfficeHolding[]> {
    const found = await ctx.em.find(
      OfficeHolding,
      { body: body.code, ...(cycle ? { cycle } : {}), ...(asOf ? heldOn(isoDay(asOf)) : {}) },
      { limit: MAX_BODY_HOLDINGS },
    );
    return found.sort(newestFirst);
  }

  @ListBound(MAX_BODY_MEETINGS)
  @FieldResolver(() => [Meeting], { description: 'Its meetings, newest first (the latest 50).' })
  meetings(@Root() body: Body, @Ctx() ctx: HubContext): Promise<Meeting[]> {
    return ctx.em.find(Meeting, { body: body.code }, { orderBy: { date: 'desc' }, limit: MAX_BODY_MEETINGS });
  }

  @ListBound(MAX_BODY_DOCUMENTS)
  @FieldResolver(() => [TreatyDocument], { description: 'Its documents, newest first (the latest 100; undated ones by cycle).' })
  documents(@Root() body: Body, @Ctx() ctx: HubContext): Promise<TreatyDocument[]> {
    return ctx.em.find(
      TreatyDocument,
      { body: body.code },
      { orderBy: { cycle: { number: 'desc nulls last' }, issuedOn: 'desc nulls last', symbol: 'asc' }, limit: MAX_BODY_DOCUMENTS },
    );
  }

  @ListBound(MAX_BODY_DECISIONS)
  @FieldResolver(() => [Decision], {
    description: "Decisions on its work, newest conference first: the Conference's are all of them; another body's those on its documents.",
  })
  decisions(@Root() body: Body, @Ctx() ctx: HubContext): Promise<Decision[]> {
    return ctx.em.find(
      Decision,
      body.code === BodyCode.CSP ? {} : { document: { body: body.code } },
      { orderBy: { decidedBy: { number: 'desc' }, reference: 'asc' }, limit: MAX_BODY_DECISIONS },
    );
  }

  @ListBound(MAX_AGENDA)
  @FieldResolver(() => [FollowUpAction], {
    description: 'What is open for it across cycles: follow-up actions it (or one of its offices) owns, not done or dropped, earliest due first.',
  })
  agenda(
    @Root() body: Body,
    @Arg('office', () => OfficeKind, { nullable: true, description: 'Only those owned by this office of the body.' }) office: OfficeKind | null,
    @Ctx() ctx: HubContext,
  ): Promise<FollowUpAction[]> {
    return ctx.em.find(
      FollowUpAction,
      { ownerBody: body.code, status: { $in: OPEN }, ...(office ? { ownerOffice: office } : {}) },
      { orderBy: { dueInCycle: { number: 'asc nulls last' }, dueOn: 'asc nulls last', createdAt: 'asc' }, limit: MAX_AGENDA },
    );
  }
}

@Resolver(() => Cycle)
export class CycleResolver {
  @FieldResolver(() => OfficeHolding, {
    nullable: true,
    description:
      "The cycle's CSP President: elected at the close of the previous conference, presiding until the close of this one (Rule 9). " +
      'null when no record of the presidency exists; a presidency whose holder no source names has no person.',
  })
  async president(@Root() cycle: Cycle, @Ctx() ctx: HubContext): Promise<OfficeHolding | null> {
    const found = await ctx.em.find(OfficeHolding, { body: BodyCode.CSP, office: OfficeKind.PRESIDENT, cycle: cycle.code, demo: false }, { limit: 2 });
    return found.sort(newestFirst)[0] ?? null;
  }

  @ListBound(MAX_CYCLE_HOLDINGS)
  @FieldResolver(() => [OfficeHolding], { description: 'Every office holding of the cycle, across bodies.' })
  async officeHoldings(@Root() cycle: Cycle, @Ctx() ctx: HubContext): Promise<OfficeHolding[]> {
    const found = await ctx.em.find(OfficeHolding, { cycle: cycle.code }, { limit: MAX_CYCLE_HOLDINGS });
    return found.sort((a, b) => ORDER.indexOf(a.body!) - ORDER.indexOf(b.body!) || newestFirst(a, b));
  }
}
