import type { EntityClass } from '@mikro-orm/postgresql';
import type { HubContext } from '../../context';
import { isoDay } from '../../kernel/graphql/scalars';
import { Activity } from '../activities/activity.entity';
import { AssistanceMatch, AssistanceNeed } from '../assistance/assistance.entity';
import { BodyCode } from '../bodies/enums';
import { OfficeHolding } from '../bodies/office-holding.entity';
import { Decision } from '../meetings/decision.entity';
import { DecisionOutcome } from '../meetings/enums';
import { AttRegion, TreatyActionKind } from '../participation/enums';
import { TreatyAction } from '../participation/treaty-action.entity';
import { Engagement } from '../universalization/engagement.entity';
import { NationalProcess } from '../universalization/national-process.entity';
import { PriorityAssessment } from '../universalization/priority-assessment.entity';
import { type Change, ChangeKind } from './changes.types';

/** What the list is narrowed to: the arguments of `changes`, checked. */
export interface ChangeFilter {
  since: Date;
  /** The last day a dated fact may fall on (today): a term or an entry into force still to come has not happened. */
  today: string;
  state?: string;
  region?: AttRegion;
  body?: BodyCode;
}

type Where = Record<string, unknown>;

/**
 * One kind of change and where it is read from. Every source reads through the request's
 * EntityManager, so the record scopes of the policy table apply in SQL (a hidden record yields
 * no change); `where` is null when the filter excludes the whole source (e.g. a body asked, and
 * engagements belong to no body).
 */
export interface ChangeSource<E extends object = object> {
  kind: ChangeKind;
  entity: EntityClass<E>;
  /** The property a change's time is read from, and whether it holds a day or an instant. */
  atField: string;
  atType: 'day' | 'instant';
  numericId?: boolean;
  populate?: string[];
  where(filter: ChangeFilter, ctx: HubContext): Promise<Where | null> | Where | null;
  at(row: E): Date;
  describe(row: E, ctx: HubContext): Promise<Omit<Change, 'at' | 'kind' | 'key'>>;
}

const midnight = (day: string): Date => new Date(`${day}T00:00:00.000Z`);
const TREATY_ACTION_WORDS: Record<TreatyActionKind, string> = {
  [TreatyActionKind.SIGNATURE]: 'signed the Treaty',
  [TreatyActionKind.CONSENT]: 'deposited its instrument',
  [TreatyActionKind.ENTRY_INTO_FORCE]: 'the Treaty entered into force for it',
};

async function stateName(ctx: HubContext, iso3: string | undefined | null): Promise<string> {
  if (!iso3) return 'a state';
  return (await stateConcerned(ctx, iso3)).name;
}

/** A change about one state: its English name for the summary, and the state and region it concerns. */
async function stateConcerned(ctx: HubContext, iso3: string) {
  const state = await ctx.participation.state.load(iso3);
  return { name: state?.names.en ?? iso3, concerns: { states: [iso3], region: state?.region ?? null, body: null } };
}

/** An enum value in words: `LEGISLATIVE_REVIEW` → "legislative review". */
const words = (value: string): string => value.toLowerCase().replaceAll('_', ' ');

/** Records kept in the hub: changed when the hub last wrote them, from `since` to now. */
const written = (filter: ChangeFilter): Where => ({ updatedAt: { $gte: filter.since } });
const demoMark = (demo: boolean | null | undefined): string => (demo ? ' (demo record)' : '');

const treatyActions: ChangeSource<TreatyAction> = {
  kind: ChangeKind.STATUS_CHANGE,
  entity: TreatyAction,
  atField: 'earliest',
  atType: 'day',
  numericId: true,
  where(filter) {
    if (filter.body) return null;
    const where: Where = { earliest: { $gte: isoDay(filter.since), $lte: filter.today } };
    if (filter.state) where.state = filter.state;
    if (filter.region) where.state = { ...(filter.state ? { iso3: filter.state } : {}), region: filter.region };
    return where;
  },
  at: (a) => midnight(a.earliest),
  async describe(a, ctx) {
    const { name, concerns } = await stateConcerned(ctx, a.state.iso3);
    const when = a.date ? `on ${a.date}` : a.year ? `in ${a.year}` : `between ${a.earliest} and ${a.latest}`;
    const instrument = a.kind === TreatyActionKind.CONSENT && a.instrument ? ` of ${a.instrument.toLowerCase()}` : '';
    return {
      isNew: true,
      summary: `${name} ${TREATY_ACTION_WORDS[a.kind]}${instrument} ${when}.`,
      record: a,
      ...concerns,
    };
  },
};

function holdings(kind: ChangeKind.APPOINTMENT | ChangeKind.TERM_END): ChangeSource<OfficeHolding> {
  const field = kind === ChangeKind.APPOINTMENT ? 'validFrom' : 'validTo';
  return {
    kind,
    entity: OfficeHolding,
    atField: field,
    atType: 'day',
    populate: ['person'],
    where(filter) {
      // A term ends on its last day: it has ended once that day is past.
      const until = kind === ChangeKind.APPOINTMENT ? { $lte: filter.today } : { $lt: filter.today };
      const where: Where = { [field]: { $gte: isoDay(filter.since), ...until } };
      if (filter.body) where.body = filter.body;
      if (filter.state) where.representingState = filter.state;
      if (filter.region) where.region = filter.region;
      return where;
    },
    at: (h) => midnight((kind === ChangeKind.APPOINTMENT ? h.validFrom : h.validTo)!),
    async describe(h, ctx) {
      const who = h.person?.name ?? 'A holder no source names';
      const of = `${words(h.office)}${h.body ? ` of ${h.body}` : ''}${h.region ? ` (${h.region})` : ''}`;
      const representing = h.representingState ? `, for ${await stateName(ctx, h.representingState.iso3)}` : '';
      const what = kind === ChangeKind.APPOINTMENT ? `took office as ${of}` : `ended a term as ${of}`;
      return {
        isNew: true,
        summary: `${who}${representing} ${what}${demoMark(h.demo)}.`,
        record: h,
        states: h.representingState ? [h.representingState.iso3] : [],
        region: h.region ?? null,
        body: h.body ?? null,
      };
    },
  };
}

const outcomes: ChangeSource<Decision> = {
  kind: ChangeKind.DECISION_OUTCOME,
  entity: Decision,
  atField: 'updatedAt',
  atType: 'instant',
  where(filter) {
    // Decisions are the Conference's; they concern no one state or region.
    if (filter.state || filter.region || (filter.body && filter.body !== BodyCode.CSP)) return null;
    return { ...written(filter), outcome: { $ne: DecisionOutcome.NOT_RECORDED } };
  },
  at: (d) => d.updatedAt,
  describe: async (d) => ({
    isNew: d.version === 1,
    summary: `${d.decidedBy.code} decision ${d.reference}: outcome recorded as ${d.outcome}.`,
    record: d,
    states: [],
    region: null,
    body: BodyCode.CSP,
  }),
};

/** The state and region conditions of a record about one state (`path`: where its state is). */
function aboutState(filter: ChangeFilter, path = 'state'): Where | null {
  if (filter.body) return null;
  const where: Where = written(filter);
  if (filter.state || filter.region) {
    where[path] = { ...(filter.state ? { iso3: filter.state } : {}), ...(filter.region ? { region: filter.region } : {}) };
  }
  return where;
}

const engagements: ChangeSource<Engagement> = {
  kind: ChangeKind.ENGAGEMENT,
  entity: Engagement,
  atField: 'updatedAt',
  atType: 'instant',
  where(filter) {
    if (filter.body) return null;
    const where: Where = written(filter);
    if (filter.state) where.state = filter.state;
    if (filter.region) where.region = filter.region;
    return where;
  },
  at: (e) => e.updatedAt,
  async describe(e, ctx) {
    const whom = e.state ? await stateName(ctx, e.state.iso3) : (e.organisationContacted ?? 'a regional organisation');
    return {
      isNew: e.version === 1,
      summary: `${words(e.kind)} with ${whom} on ${e.date}, ${e.version === 1 ? 'recorded' : 'corrected'}${demoMark(e.demo)}.`,
      record: e,
      states: e.state ? [e.state.iso3] : [],
      region: e.region,
      body: null,
      restricted: { recordType: 'Engagement', facts: ['listed', 'state', 'region', 'date', 'kind'] },
    };
  },
};

const activities: ChangeSource<Activity> = {
  kind: ChangeKind.ACTIVITY,
  entity: Activity,
  atField: 'updatedAt',
  atType: 'instant',
  where(filter) {
    if (filter.body) return null;
    const where: Where = written(filter);
    if (filter.state) where.targetStates = { $contains: [filter.state] };
    if (filter.region) where.targetRegions = { $contains: [filter.region] };
    return where;
  },
  at: (a) => a.updatedAt,
  describe: async (a) => ({
    isNew: a.version === 1,
    summary: `${words(a.kind)} "${a.title}" by ${a.organiserName}: ${a.status.toLowerCase()}${demoMark(a.demo)}.`,
    record: a,
    states: [...a.targetStates],
    region: a.targetRegions.length === 1 ? a.targetRegions[0]! : null,
    body: null,
    ...(a.classification === 'RESTRICTED' ? { restricted: { recordType: 'Activity', facts: ['listed'] } } : {}),
  }),
};

const needs: ChangeSource<AssistanceNeed> = {
  kind: ChangeKind.NEED,
  entity: AssistanceNeed,
  atField: 'updatedAt',
  atType: 'instant',
  where: (filter) => aboutState(filter),
  at: (n) => n.updatedAt,
  async describe(n, ctx) {
    const { name, concerns } = await stateConcerned(ctx, n.state.iso3);
    return {
      isNew: n.version === 1,
      summary: `${name} needs ${words(n.kind)} assistance (${n.status.toLowerCase()})${demoMark(n.demo)}.`,
      record: n,
      ...concerns,
    };
  },
};

const matches: ChangeSource<AssistanceMatch> = {
  kind: ChangeKind.MATCH,
  entity: AssistanceMatch,
  atField: 'updatedAt',
  atType: 'instant',
  async where(filter, ctx) {
    if (filter.body) return null;
    const where: Where = written(filter);
    if (filter.state || filter.region) {
      // By the needs the viewer may see (a partner sees its own offers' matches, not every need's state).
      const visible = await ctx.em.find(AssistanceNeed, aboutState({ ...filter, since: new Date(0) })!, { fields: ['id'], limit: 1000 });
      where.need = { $in: visible.map((n) => n.id) };
    }
    return where;
  },
  at: (m) => m.updatedAt,
  async describe(m, ctx) {
    const need = await ctx.byId.load(AssistanceNeed, m.need.id);
    // A need the viewer may not see leaves the match about no state.
    const about = need ? await stateConcerned(ctx, need.state.iso3) : null;
    return {
      isNew: m.version === 1,
      summary: `An offer was matched with ${about ? `${about.name}'s need` : 'a need'} (${m.status.toLowerCase()}).`,
      record: m,
      ...(about?.concerns ?? { states: [], region: null, body: null }),
    };
  },
};

const priorities: ChangeSource<PriorityAssessment> = {
  kind: ChangeKind.PRIORITY_ASSESSMENT,
  entity: PriorityAssessment,
  atField: 'updatedAt',
  atType: 'instant',
  where: (filter) => aboutState(filter),
  at: (p) => p.updatedAt,
  async describe(p, ctx) {
    const { name, concerns } = await stateConcerned(ctx, p.state.iso3);
    return {
      isNew: p.version === 1,
      summary: `${name} assessed as ${words(p.tier)} on ${p.assessedOn}.`,
      record: p,
      ...concerns,
      restricted: { recordType: 'PriorityAssessment', facts: ['listed', 'state', 'tier', 'assessedOn'] },
    };
  },
};

const processes: ChangeSource<NationalProcess> = {
  kind: ChangeKind.NATIONAL_PROCESS,
  entity: NationalProcess,
  atField: 'updatedAt',
  atType: 'instant',
  where: (filter) => aboutState(filter),
  at: (p) => p.updatedAt,
  async describe(p, ctx) {
    const { name, concerns } = await stateConcerned(ctx, p.state.iso3);
    return {
      isNew: p.version === 1,
      summary: `${name}'s national process: ${words(p.stage)}.`,
      record: p,
      ...concerns,
      restricted: { recordType: 'NationalProcess', facts: ['listed', 'state', 'stage'] },
    };
  },
};

/** Every source, in the order of their kinds (the list's second sort key). */
export const CHANGE_SOURCES: readonly ChangeSource[] = (
  [
    treatyActions,
    holdings(ChangeKind.APPOINTMENT),
    holdings(ChangeKind.TERM_END),
    outcomes,
    engagements,
    activities,
    needs,
    matches,
    priorities,
    processes,
  ] as ChangeSource[]
).sort((a, b) => (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0));
