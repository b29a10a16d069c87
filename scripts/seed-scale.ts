import 'reflect-metadata';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ActivityKind, ActivityStatus } from '../src/domains/activities/enums';
import { AssistanceKind, MatchStatus, NeedStatus } from '../src/domains/assistance/enums';
import { AuditKind } from '../src/access/audit/audit-event.entity';
import { demoSubject } from '../src/domains/bodies/demo-principals';
import { ConfigError, loadConfig } from '../src/kernel/config';
import { DataFolderLockedError } from '../src/kernel/db/data-folder-lock';
import { openDatabase, type Database } from '../src/kernel/db/database';
import { SEEDING } from '../src/seeds';
import { stableUuid } from '../src/kernel/db/stable-id';
import { createLogger } from '../src/kernel/log';
import { AttRegion, Language } from '../src/domains/participation/enums';
import { Classification } from '../src/access/policy/levels';
import { EngagementKind } from '../src/domains/universalization/enums';
import { batchWriter } from './seed-scale-insert';

/**
 * `npm run seed:scale -- --factor N`: adds synthetic load-test data to the hub's database (the
 * server of DATABASE_URL, or else the embedded one in HUB_DATA_DIR, which no hub may be using).
 *
 * At factor 1: 20,000 activities, 5,000 engagements, 1,000 assistance needs, 200 offers, 400
 * matches and 20,000 audit events; every count scales with the factor (rounded).
 *
 * - Marked: `demo = true` where the table has the column, texts start with "Synthetic:", the
 *   source is SOURCE, audit events carry the request id `synthetic:<n>`.
 * - Deterministic: row n of a table is drawn from its own PRNG, seeded from the table and n
 *   only, so it is the same whatever the factor (given the same shipped states and demo
 *   principals). A row that refers to another table only picks rows that exist at every
 *   factor at which it exists itself.
 * - Idempotent: stable ids and `on conflict do nothing`; audit events (bigserial ids) are
 *   inserted only when no event with the same request id and time exists. A second run adds
 *   nothing; a larger factor afterwards adds only the rows that are missing.
 */

const SOURCE = 'Synthetic load-test data (npm run seed:scale)';
const SEED = 0x5eed_2013;
const MAX_FACTOR = 1000;
const BATCH = 2000;
/** Serialises the audit inserts of concurrent runs (they have no unique key to conflict on). */
const AUDIT_LOCK = 7_301_2014;

/**
 * Rows per table at factor 1. Which rows refer to which depends on these ratios (see
 * `needOfMatch` and `creationEntry`): re-check both before changing them.
 */
const BASE = {
  activity: 20_000,
  engagement: 5_000,
  assistance_need: 1_000,
  assistance_offer: 200,
  assistance_match: 400,
  audit_event: 20_000,
} as const;
type Table = keyof typeof BASE;
const TABLES = Object.keys(BASE) as Table[];
const SALT: Record<Table, number> = {
  activity: 1, engagement: 2, assistance_need: 3, assistance_offer: 4, assistance_match: 5, audit_event: 6,
};

// ---------------------------------------------------------------------------------------------
// Arguments

class UsageError extends Error {}

function parseFactor(args: readonly string[]): number {
  let raw: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--factor') {
      if (i + 1 >= args.length) throw new UsageError('--factor needs a value');
      raw = args[++i];
    } else if (arg.startsWith('--factor=')) {
      raw = arg.slice('--factor='.length);
    } else {
      throw new UsageError(`unknown argument "${arg}"`);
    }
  }
  if (raw === undefined) return 1;
  const value = /^(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(raw.trim()) ? Number(raw) : NaN;
  if (!Number.isFinite(value) || value <= 0) throw new UsageError(`--factor must be a positive number (got "${raw}")`);
  if (value > MAX_FACTOR) throw new UsageError(`--factor must be at most ${MAX_FACTOR} (got "${raw}")`);
  return value;
}

// ---------------------------------------------------------------------------------------------
// Deterministic randomness

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** murmur3's finaliser: spreads the bits of an integer. */
function mix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

type Rng = () => number;
const rowRng = (table: Table, n: number): Rng => mulberry32(mix(mix(SEED ^ SALT[table]) ^ n));

const int = (r: Rng, below: number): number => Math.floor(r() * below);
const chance = (r: Rng, p: number): boolean => r() < p;

function pick<T>(r: Rng, items: readonly T[]): T {
  const item = items[int(r, items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

function weighted<T extends string>(r: Rng, weights: Record<T, number>): T {
  const entries = Object.entries(weights) as [T, number][];
  const total = entries.reduce((sum, [, w]) => sum + w, 0);
  let x = r() * total;
  for (const [item, w] of entries) {
    x -= w;
    if (x < 0) return item;
  }
  return (entries[entries.length - 1] as [T, number])[0];
}

/** `count` distinct items (fewer if there are not that many). */
function distinct<T>(r: Rng, items: readonly T[], count: number): T[] {
  const pool = [...items];
  const out: T[] = [];
  while (out.length < count && pool.length) out.push(pool.splice(int(r, pool.length), 1)[0] as T);
  return out;
}

/** Rows of a table at a factor. */
const countAt = (table: Table, factor: number): number => Math.round(BASE[table] * factor);

/**
 * How many rows of `target` surely exist whenever row n of `own` does, at any factor: row n
 * exists when BASE[own]·f ≥ n + ½, and row j of `target` when BASE[target]·f ≥ j + ½, which
 * then holds for every j ≤ (n + ½)·BASE[target]/BASE[own] − ½ (with a margin for rounding).
 */
function surelyExisting(own: Table, n: number, target: Table): number {
  return Math.floor(((n + 0.5) * BASE[target]) / BASE[own] + 0.5 - 1e-9);
}

// ---------------------------------------------------------------------------------------------
// Dates: days spread over 2014-01-01..2026-10-31, timestamps fixed from them

const DAY = 86_400_000;
const FIRST_DAY = Date.UTC(2014, 0, 1);
const LAST_DAY = Date.UTC(2026, 9, 31);
const SPAN_DAYS = (LAST_DAY - FIRST_DAY) / DAY + 1;

const randomDay = (r: Rng): number => FIRST_DAY + int(r, SPAN_DAYS) * DAY;
const isoDay = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
const isoStamp = (ms: number): string => new Date(ms).toISOString();
/** A time of day in office hours (07:00-18:59 UTC), to the second. */
const officeHours = (r: Rng): number => (7 * 3600 + int(r, 12 * 3600)) * 1000;
const capDay = (ms: number): number => Math.min(ms, LAST_DAY);
/** The last second of the range. */
const capStamp = (ms: number): number => Math.min(ms, LAST_DAY + DAY - 1000);

// ---------------------------------------------------------------------------------------------
// What the rows are made of: the shipped states and the demo principals

interface StateRow {
  iso3: string;
  region: AttRegion;
  name: string;
}
interface Org {
  id: string;
  name: string;
  /** The organisation's demo person, if it has one. */
  person: { id: string; subject: string } | null;
}
interface World {
  states: StateRow[];
  statesByRegion: Map<AttRegion, StateRow[]>;
  orgs: Org[];
  /** Organisations with a demo person: they author the drafts. */
  contributors: Org[];
  /** Demo person id by principal (e.g. "secretariat"). */
  personId: Map<string, string>;
}

async function loadWorld(em: EntityManager): Promise<World> {
  const conn = em.getConnection();
  const states = await conn.execute<StateRow[]>(
    `select iso3, region, coalesce(names->>'en', iso3) as name from state order by iso3`,
  );
  const orgRows = await conn.execute<{ id: string; name: string }[]>(
    `select id, name from organisation where demo order by name`,
  );
  const people = await conn.execute<{ id: string; subject: string | null; organisation_id: string | null }[]>(
    `select id, subject, organisation_id from person where demo order by subject, id`,
  );
  if (!states.length) throw new Error('The state table is empty: the shipped data did not load.');
  if (!orgRows.length || !people.length) {
    throw new Error(
      'No demo organisations or persons: synthetic data needs the demo principals, which the hub seeds only outside ' +
        'production (NODE_ENV is production here?).',
    );
  }
  const orgs = orgRows.map((o) => {
    const person = people.find((p) => p.organisation_id === o.id && p.subject);
    return { ...o, person: person ? { id: person.id, subject: person.subject as string } : null };
  });
  const personId = new Map<string, string>();
  for (const p of people) {
    if (p.subject?.startsWith(demoSubject(''))) personId.set(p.subject.slice(demoSubject('').length), p.id);
  }
  const statesByRegion = new Map<AttRegion, StateRow[]>();
  for (const s of states) statesByRegion.set(s.region, [...(statesByRegion.get(s.region) ?? []), s]);
  return { states, statesByRegion, orgs, contributors: orgs.filter((o) => o.person), personId };
}

// ---------------------------------------------------------------------------------------------
// Row generators: row n of each table, from its own PRNG

const REGION_ORDER = Object.values(AttRegion);
const UN_LANGUAGES = Object.values(Language);
const REGION_LANGUAGES: Record<AttRegion, Language[]> = {
  AFRICA: [Language.EN, Language.EN, Language.FR, Language.FR, Language.AR],
  AMERICAS: [Language.ES, Language.ES, Language.EN, Language.FR],
  ASIA: [Language.EN, Language.EN, Language.ZH, Language.AR, Language.RU],
  EUROPE: [Language.EN, Language.EN, Language.FR, Language.RU],
  OCEANIA: [Language.EN, Language.EN, Language.FR],
};

const ACTIVITY_KINDS: Record<ActivityKind, number> = {
  WORKSHOP: 30, TRAINING: 18, REGIONAL_MEETING: 12, ADVOCACY: 18, TOOLKIT_TRANSLATION: 8, UNGA_RESOLUTION: 2, OTHER: 12,
};
const ACTIVITY_LABEL: Record<ActivityKind, string> = {
  WORKSHOP: 'Workshop on Treaty implementation',
  TRAINING: 'Training of licensing and customs officers',
  REGIONAL_MEETING: 'Regional meeting on universalization',
  ADVOCACY: 'Parliamentary outreach on accession',
  TOOLKIT_TRANSLATION: 'Translation of the universalization toolkit',
  UNGA_RESOLUTION: 'Briefing on the UNGA resolution on the Treaty',
  OTHER: 'Outreach event',
};
/** How many days an activity of each kind lasts (null: no end date). */
const ACTIVITY_DAYS: Record<ActivityKind, [number, number] | null> = {
  WORKSHOP: [1, 3], TRAINING: [2, 5], REGIONAL_MEETING: [1, 3], ADVOCACY: [1, 1], TOOLKIT_TRANSLATION: null,
  UNGA_RESOLUTION: [1, 1], OTHER: [1, 2],
};
const TREATY_BODY_ORGANISERS = ['ATT Secretariat', 'WGTU co-chairs', 'CSP President', 'Voluntary Trust Fund'];

interface ActivityRow {
  id: string;
  version: number;
  created_at: string;
  updated_at: string;
  kind: ActivityKind;
  title: string;
  description: string;
  start_date: string;
  end_date: string | null;
  place: string | null;
  organiser_id: string | null;
  organiser_state_iso3: string | null;
  organiser_name: string;
  target_states: string[];
  target_regions: AttRegion[];
  languages: string[];
  outcome: string | null;
  classification: Classification;
  status: ActivityStatus;
  rejection_reason: null;
  contributed_by_id: string | null;
  idempotency_key: null;
  source: string;
  demo: boolean;
}

function activityRow(w: World, n: number): ActivityRow & { actor: string } {
  const r = rowRng('activity', n);
  const kind = weighted(r, ACTIVITY_KINDS);
  const start = randomDay(r);
  const days = ACTIVITY_DAYS[kind];
  const end = days ? capDay(start + (days[0] - 1 + int(r, days[1] - days[0] + 1)) * DAY) : null;

  const first = pick(r, w.states);
  const targets = [first];
  const wanted = 1 + int(r, 3);
  while (targets.length < wanted) {
    const pool = chance(r, 0.75) ? (w.statesByRegion.get(first.region) ?? w.states) : w.states;
    const next = pick(r, pool);
    if (!targets.includes(next)) targets.push(next);
    else if (pool.length <= targets.length) break;
  }
  const regions = REGION_ORDER.filter((region) => targets.some((t) => t.region === region));

  const main = pick(r, REGION_LANGUAGES[first.region]);
  const languages = chance(r, 0.3) ? [main, pick(r, UN_LANGUAGES.filter((l) => l !== main))] : [main];

  const u = r();
  let status = ActivityStatus.PUBLISHED;
  let classification = Classification.PUBLIC;
  if (u >= 0.8 && u < 0.87) classification = Classification.PARTNER;
  else if (u >= 0.87 && u < 0.92) classification = Classification.TREATY_BODY;
  else if (u >= 0.92) {
    status = u < 0.96 ? ActivityStatus.DRAFT : ActivityStatus.SUBMITTED;
    classification = chance(r, 0.7) ? Classification.PUBLIC : Classification.PARTNER;
  }

  let organiser: Org | null = null;
  let organiserState: StateRow | null = null;
  let organiserName: string;
  if (status !== ActivityStatus.PUBLISHED) {
    organiser = pick(r, w.contributors);
    organiserName = organiser.name;
  } else {
    const who = r();
    if (who < 0.35) {
      organiser = pick(r, w.orgs);
      organiserName = organiser.name;
    } else if (who < 0.7) {
      organiserState = first;
      organiserName = `Government of ${first.name}`;
    } else {
      organiserName = pick(r, TREATY_BODY_ORGANISERS);
    }
  }

  const names = targets.map((t) => t.name).join(', ');
  const year = isoDay(start).slice(0, 4);
  const created = Math.max(FIRST_DAY, start - (3 + int(r, 60)) * DAY) + officeHours(r);
  const past = start < Date.UTC(2026, 6, 1);
  const id = stableUuid(`synthetic:activity:${n}`);
  return {
    id,
    version: 1,
    created_at: isoStamp(created),
    updated_at: isoStamp(created),
    kind,
    title: `Synthetic: ${ACTIVITY_LABEL[kind]}, ${names} (${year}) #${n + 1}`,
    description: `Synthetic: generated load-test activity #${n + 1}, aimed at ${names}.`,
    start_date: isoDay(start),
    end_date: end === null ? null : isoDay(end),
    place: kind === ActivityKind.TOOLKIT_TRANSLATION ? null : chance(r, 0.15) ? 'Online' : first.name,
    organiser_id: organiser?.id ?? null,
    organiser_state_iso3: organiserState?.iso3 ?? null,
    organiser_name: organiserName,
    target_states: targets.map((t) => t.iso3),
    target_regions: regions,
    languages,
    outcome: status === ActivityStatus.PUBLISHED && past && chance(r, 0.5)
      ? `Synthetic: ${1 + int(r, 40)} officials took part; follow-up agreed.`
      : null,
    classification,
    status,
    rejection_reason: null,
    contributed_by_id: organiser?.person?.id ?? null,
    idempotency_key: null,
    source: SOURCE,
    demo: true,
    actor: organiser?.person?.subject ?? demoSubject('secretariat'),
  };
}

const ENGAGEMENT_KINDS: Record<EngagementKind, number> = {
  BILATERAL_MEETING: 30, LETTER: 20, CALL: 20, WORKSHOP_SIDE_MEETING: 15, VISIT: 10, OTHER: 5,
};
const ENGAGEMENT_LABEL: Record<EngagementKind, string> = {
  BILATERAL_MEETING: 'Bilateral meeting', LETTER: 'Letter', CALL: 'Call', WORKSHOP_SIDE_MEETING: 'Side meeting at a workshop',
  VISIT: 'Visit', OTHER: 'Contact',
};
const COUNTERPARTS = [
  'Ministry of Foreign Affairs', 'Permanent Mission in Geneva', 'Permanent Mission in New York', 'Ministry of Defence',
  'Parliamentary defence committee', 'National control authority', 'Customs administration',
];
/** Who records contacts, and in what capacity; the Africa ones only for African states. */
const RECORDERS: { principal: string; onBehalfOf: string; region?: AttRegion }[] = [
  { principal: 'secretariat', onBehalfOf: 'ATT Secretariat' },
  { principal: 'csp-president', onBehalfOf: 'CSP President' },
  { principal: 'wgtu-cochair', onBehalfOf: 'WGTU co-chair' },
  { principal: 'vp-africa', onBehalfOf: 'Vice-President for Africa', region: AttRegion.AFRICA },
  { principal: 'champion-africa', onBehalfOf: 'Regional champion for Africa', region: AttRegion.AFRICA },
];

interface EngagementRow {
  id: string;
  version: number;
  created_at: string;
  updated_at: string;
  state_iso3: string;
  region: AttRegion;
  organisation_contacted: null;
  date: string;
  kind: EngagementKind;
  counterpart: string;
  on_behalf_of: string;
  recorded_by_id: string | null;
  summary: string;
  outcome: string | null;
  next_step: string | null;
  next_step_due: string | null;
  demo: boolean;
}

function engagementRow(w: World, n: number): EngagementRow & { actor: string } {
  const r = rowRng('engagement', n);
  const state = pick(r, w.states);
  const day = randomDay(r);
  const kind = weighted(r, ENGAGEMENT_KINDS);
  const counterpart = pick(r, COUNTERPARTS);
  const recorder = pick(r, RECORDERS.filter((x) => !x.region || x.region === state.region));
  const recordedBy = w.personId.get(recorder.principal) ?? w.personId.get('secretariat') ?? null;
  const nextStep = chance(r, 0.5);
  const created = capDay(day + int(r, 5) * DAY) + officeHours(r);
  return {
    id: stableUuid(`synthetic:engagement:${n}`),
    version: 1,
    created_at: isoStamp(created),
    updated_at: isoStamp(created),
    state_iso3: state.iso3,
    region: state.region,
    organisation_contacted: null,
    date: isoDay(day),
    kind,
    counterpart,
    on_behalf_of: recorder.onBehalfOf,
    recorded_by_id: recordedBy,
    summary: `Synthetic: ${ENGAGEMENT_LABEL[kind]} with the ${counterpart} of ${state.name} on joining the Treaty.`,
    outcome: chance(r, 0.6) ? 'Synthetic: interest confirmed; questions on national legislation.' : null,
    next_step: nextStep ? 'Synthetic: send the universalization toolkit and follow up.' : null,
    next_step_due: nextStep ? isoDay(day + (30 + int(r, 90)) * DAY) : null,
    demo: true,
    actor: demoSubject(recorder.principal),
  };
}

const ASSISTANCE_KINDS = Object.values(AssistanceKind);
const ASSISTANCE_LABEL: Record<AssistanceKind, string> = {
  LEGAL: 'review of national legislation against the Treaty',
  INSTITUTIONAL: 'setting up a national control authority',
  TECHNICAL: 'an electronic licensing system',
  TRAINING: 'training of licensing and customs officers',
  TRANSLATION: 'the universalization toolkit in a national language',
  OUTREACH: 'parliamentary outreach',
};
const MATCH_STATUSES: Record<MatchStatus, number> = { PROPOSED: 25, AGREED: 30, COMPLETED: 35, DECLINED: 10 };

/** Match n belongs to need ⌊5n/2⌋: one match per need at most, so every need+offer pair is unique. */
const needOfMatch = (n: number): number => Math.floor((5 * n) / 2);
function matchOfNeed(need: number): number | null {
  const n = Math.ceil((2 * need) / 5);
  return needOfMatch(n) === need ? n : null;
}

/** The parts of match n that its need depends on (its status and when it was made). */
function matchCore(n: number): { status: MatchStatus; delayDays: number; r: Rng } {
  const r = rowRng('assistance_match', n);
  return { status: weighted(r, MATCH_STATUSES), delayDays: 7 + int(r, 180), r };
}

interface NeedRow {
  id: string;
  version: number;
  created_at: string;
  updated_at: string;
  state_iso3: string;
  kind: AssistanceKind;
  description: string;
  stated_on: string;
  stated_by: string;
  status: NeedStatus;
  demo: boolean;
}

function needRow(w: World, n: number): NeedRow & { region: AttRegion; statedOnMs: number } {
  const r = rowRng('assistance_need', n);
  const state = pick(r, w.states);
  const kind = pick(r, ASSISTANCE_KINDS);
  const statedOn = randomDay(r);
  const match = matchOfNeed(n);
  const matchStatus = match === null ? null : matchCore(match).status;
  let status = NeedStatus.OPEN;
  if (matchStatus === MatchStatus.COMPLETED) status = NeedStatus.MET;
  else if (matchStatus === MatchStatus.PROPOSED || matchStatus === MatchStatus.AGREED) status = NeedStatus.MATCHED;
  const created = statedOn + officeHours(r);
  return {
    id: stableUuid(`synthetic:assistance_need:${n}`),
    version: 1,
    created_at: isoStamp(created),
    updated_at: isoStamp(created),
    state_iso3: state.iso3,
    kind,
    description: `Synthetic: ${state.name} asks for ${ASSISTANCE_LABEL[kind]}.`,
    stated_on: isoDay(statedOn),
    stated_by: pick(r, ['National point of contact (synthetic)', 'Permanent Mission (synthetic)']),
    status,
    demo: true,
    region: state.region,
    statedOnMs: statedOn,
  };
}

interface OfferRow {
  id: string;
  version: number;
  created_at: string;
  updated_at: string;
  provider_organisation_id: string;
  provider_state_iso3: null;
  provider_name: string;
  kinds: AssistanceKind[];
  regions: AttRegion[];
  description: string;
  available_until: string | null;
  demo: boolean;
}

function offerRow(w: World, n: number): OfferRow & { fromMs: number; actor: string } {
  const r = rowRng('assistance_offer', n);
  const org = pick(r, w.orgs);
  const kinds = distinct(r, ASSISTANCE_KINDS, 1 + int(r, 3));
  kinds.sort((a, b) => ASSISTANCE_KINDS.indexOf(a) - ASSISTANCE_KINDS.indexOf(b));
  const regions = distinct(r, REGION_ORDER, int(r, 3));
  regions.sort((a, b) => REGION_ORDER.indexOf(a) - REGION_ORDER.indexOf(b));
  const from = randomDay(r);
  const created = from + officeHours(r);
  return {
    id: stableUuid(`synthetic:assistance_offer:${n}`),
    version: 1,
    created_at: isoStamp(created),
    updated_at: isoStamp(created),
    provider_organisation_id: org.id,
    provider_state_iso3: null,
    provider_name: org.name,
    kinds,
    regions,
    description: `Synthetic: ${org.name} offers ${kinds.map((k) => ASSISTANCE_LABEL[k]).join('; ')}${regions.length ? ` in ${regions.join(', ')}` : ', any region'}.`,
    available_until: chance(r, 0.5) ? isoDay(capDay(from + (180 + int(r, 900)) * DAY)) : null,
    demo: true,
    fromMs: from,
    actor: org.person?.subject ?? demoSubject('secretariat'),
  };
}

interface MatchRow {
  id: string;
  version: number;
  created_at: string;
  updated_at: string;
  need_id: string;
  offer_id: string;
  status: MatchStatus;
  matched_on: string;
  note: string;
}

type Offer = ReturnType<typeof offerRow>;

/**
 * Match n, or null when its need or offer does not exist at this factor (only at tiny factors;
 * a larger factor adds it).
 */
function matchRow(w: World, n: number, counts: Record<Table, number>, offers: (o: number) => Offer): MatchRow | null {
  const { status, delayDays, r } = matchCore(n);
  const needIndex = needOfMatch(n);
  if (needIndex >= counts.assistance_need) return null;
  const need = needRow(w, needIndex);
  // An offer that fits the need (its kind, and its region or any region; else its kind only),
  // among the offers sure to exist whenever this match does.
  const choices = Math.max(1, surelyExisting('assistance_match', n, 'assistance_offer'));
  const start = int(r, choices);
  const fits = [
    (o: Offer) => o.kinds.includes(need.kind) && (!o.regions.length || o.regions.includes(need.region)),
    (o: Offer) => o.kinds.includes(need.kind),
  ];
  let offerIndex = start;
  search: for (const fit of fits) {
    for (let k = 0; k < choices; k++) {
      const candidate = (start + k) % choices;
      if (candidate < counts.assistance_offer && fit(offers(candidate))) {
        offerIndex = candidate;
        break search;
      }
    }
  }
  if (offerIndex >= counts.assistance_offer) return null;
  const offer = offers(offerIndex);
  // Once both the need was stated and the offer made.
  const matchedOn = capDay(Math.max(need.statedOnMs, offer.fromMs) + delayDays * DAY);
  const created = matchedOn + officeHours(r);
  return {
    id: stableUuid(`synthetic:assistance_match:${n}`),
    version: 1,
    created_at: isoStamp(created),
    updated_at: isoStamp(created),
    need_id: need.id,
    offer_id: offer.id,
    status,
    matched_on: isoDay(matchedOn),
    note: `Synthetic: match #${n + 1}.`,
  };
}

interface AuditRow {
  at: string;
  kind: AuditKind;
  actor: string;
  request_id: string;
  action: string;
  record_type: string;
  /** CHANGE: the record; READ entries list theirs in record_ids, as the hub writes them. */
  record_id: string | null;
  record_ids: string[] | null;
  changes: Record<string, { from: null; to: unknown }> | null;
  fields: string[] | null;
}

/** The audit entry of a creation: every field set, from nothing (as `diff({}, snapshot)` writes it). */
function created(snapshot: Record<string, unknown>): Record<string, { from: null; to: unknown }> {
  const changes: Record<string, { from: null; to: unknown }> = {};
  for (const [field, to] of Object.entries(snapshot)) if (to !== null) changes[field] = { from: null, to };
  return changes;
}

const READERS = ['secretariat', 'csp-president', 'wgtu-cochair'];
const ENGAGEMENT_FIELDS = ['counterpart', 'nextStep', 'outcome', 'summary'];
const STATE_FIELDS = ['currentPriority', 'nationalProcess', 'priorityAssessments'];

/** CHANGE entries: the creation of a synthetic record, each record at most once. */
function creationEntry(
  w: World,
  n: number,
  r: Rng,
  counts: Record<Table, number>,
  offers: (o: number) => Offer,
): Omit<AuditRow, 'request_id'> | null {
  const entry = (at: string, actor: string, recordType: string, recordId: string, snapshot: Record<string, unknown>) => ({
    at, kind: AuditKind.CHANGE, actor, action: 'create', record_type: recordType, record_id: recordId, record_ids: null,
    changes: created(snapshot), fields: null,
  });
  // Which record's creation entry n is, from n alone. Entry n exists when 20,000·f ≥ n + ½, and
  // record k of a table of BASE b when b·f ≥ k + ½: the residues below keep the record there.
  if (n % 4 === 2) {
    const e = engagementRow(w, (n - 2) / 4);
    return entry(e.created_at, e.actor, 'Engagement', e.id, {
      state: e.state_iso3, region: e.region, organisationContacted: null, date: e.date, kind: e.kind,
      counterpart: e.counterpart, onBehalfOf: e.on_behalf_of, summary: e.summary, outcome: e.outcome,
      nextStep: e.next_step, nextStepDue: e.next_step_due,
    });
  }
  if (n % 4 === 0) {
    const a = activityRow(w, n);
    return entry(a.created_at, a.actor, 'Activity', a.id, {
      kind: a.kind, title: a.title, description: a.description, startDate: a.start_date, endDate: a.end_date,
      place: a.place, targetStates: a.target_states, targetRegions: a.target_regions, languages: a.languages,
      outcome: a.outcome, classification: a.classification, status: a.status, rejectionReason: null, source: a.source,
    });
  }
  if (n % 20 === 11) {
    const need = needRow(w, (n - 11) / 20);
    return entry(need.created_at, demoSubject(pick(r, READERS)), 'AssistanceNeed', need.id, {
      state: need.state_iso3, kind: need.kind, description: need.description, statedOn: need.stated_on,
      statedBy: need.stated_by, status: need.status,
    });
  }
  if (n % 100 === 63) {
    const o = offers((n - 63) / 100);
    return entry(o.created_at, o.actor, 'AssistanceOffer', o.id, {
      providerName: o.provider_name, kinds: o.kinds, regions: o.regions, description: o.description,
      availableUntil: o.available_until,
    });
  }
  if (n % 50 === 27) {
    const m = matchRow(w, (n - 27) / 50, counts, offers);
    if (m) {
      return entry(m.created_at, demoSubject('secretariat'), 'AssistanceMatch', m.id, {
        need: m.need_id, offer: m.offer_id, status: m.status, note: m.note,
      });
    }
  }
  return null;
}

/**
 * Audit event n: about half are CHANGE entries for the creation of synthetic engagements,
 * activities, needs, offers and matches; the others READ entries of RESTRICTED facts
 * (engagements, and states' national processes and priorities).
 */
function auditRow(w: World, n: number, counts: Record<Table, number>, offers: (o: number) => Offer): AuditRow {
  const r = rowRng('audit_event', n);
  const request_id = `synthetic:${n}`;
  const creation = creationEntry(w, n, r, counts, offers);
  if (creation) return { ...creation, request_id };
  const engagements = surelyExisting('audit_event', n, 'engagement');
  if (chance(r, 0.6) && engagements > 0) {
    const e = engagementRow(w, int(r, engagements));
    const readers = e.region === AttRegion.AFRICA ? [...READERS, 'vp-africa'] : READERS;
    const at = capStamp(Date.parse(e.created_at) + int(r, 400) * DAY + int(r, 3600) * 1000);
    return {
      at: isoStamp(at), kind: AuditKind.READ, actor: demoSubject(pick(r, readers)), request_id,
      action: pick(r, ['StateContext', 'RegionContext', 'Engagements']), record_type: 'Engagement', record_id: null,
      record_ids: [e.id], changes: null, fields: distinct(r, ENGAGEMENT_FIELDS, 1 + int(r, ENGAGEMENT_FIELDS.length)).sort(),
    };
  }
  const state = pick(r, w.states);
  const readers = state.region === AttRegion.AFRICA ? [...READERS, 'vp-africa'] : READERS;
  return {
    at: isoStamp(randomDay(r) + officeHours(r)), kind: AuditKind.READ, actor: demoSubject(pick(r, readers)), request_id,
    action: pick(r, ['StateContext', 'Pipeline', 'States']), record_type: 'State', record_id: null, record_ids: [state.iso3], changes: null,
    fields: distinct(r, STATE_FIELDS, 1 + int(r, 2)).sort(),
  };
}

// ---------------------------------------------------------------------------------------------
// Inserting

/** Columns of each table, with their types, in the order of the generated rows' keys. */
const COLUMNS: Record<Table, string> = {
  activity:
    'id uuid, version int, created_at timestamptz, updated_at timestamptz, kind text, title text, description text, ' +
    'start_date date, end_date date, place text, organiser_id uuid, organiser_state_iso3 varchar(3), ' +
    'organiser_name text, target_states text[], target_regions text[], languages text[], outcome text, ' +
    'classification text, status text, rejection_reason text, contributed_by_id uuid, idempotency_key text, ' +
    'source text, demo boolean',
  engagement:
    'id uuid, version int, created_at timestamptz, updated_at timestamptz, state_iso3 varchar(3), region text, ' +
    'organisation_contacted text, date date, kind text, counterpart text, on_behalf_of text, recorded_by_id uuid, ' +
    'summary text, outcome text, next_step text, next_step_due date, demo boolean',
  assistance_need:
    'id uuid, version int, created_at timestamptz, updated_at timestamptz, state_iso3 varchar(3), kind text, ' +
    'description text, stated_on date, stated_by text, status text, demo boolean',
  assistance_offer:
    'id uuid, version int, created_at timestamptz, updated_at timestamptz, provider_organisation_id uuid, ' +
    'provider_state_iso3 varchar(3), provider_name text, kinds text[], regions text[], description text, ' +
    'available_until date, demo boolean',
  assistance_match:
    'id uuid, version int, created_at timestamptz, updated_at timestamptz, need_id uuid, offer_id uuid, status text, ' +
    'matched_on date, note text',
  audit_event:
    'at timestamptz, kind text, actor text, request_id text, action text, record_type text, record_id text, ' +
    'record_ids text[], changes jsonb, fields text[]',
};

function insertSql(table: Table): string {
  const names = COLUMNS[table].split(', ').map((c) => c.split(' ')[0] as string);
  const list = names.map((c) => `"${c}"`).join(', ');
  const from = `from jsonb_to_recordset(?::jsonb) as r(${COLUMNS[table]})`;
  if (table === 'audit_event') {
    // No unique key to conflict on: skip the entries already there (found through the index on "at").
    return `insert into audit_event (${list}) select ${names.map((c) => `r.${c}`).join(', ')} ${from} ` +
      'where not exists (select 1 from audit_event a where a.at = r.at and a.request_id = r.request_id)';
  }
  return `insert into "${table}" (${list}) select ${list} ${from} on conflict (id) do nothing`;
}

interface Outcome {
  table: Table;
  asked: number;
  added: number;
  ms: number;
  mode: string;
}

async function seedTable(
  em: EntityManager,
  table: Table,
  count: number,
  row: (n: number) => object | null,
): Promise<Outcome> {
  const started = performance.now();
  let asked = 0;
  let added = 0;
  // The JSON goes to PostgreSQL as a bound parameter through the ORM's knex: `Connection.execute`
  // would inline it into the SQL text, escaping a megabyte per batch character by character.
  const writer = await batchWriter(em, table, insertSql(table), COLUMNS[table], table === 'audit_event' ? AUDIT_LOCK : undefined);
  const keep = new Set(COLUMNS[table].split(', ').map((c) => c.split(' ')[0] as string));
  for (let from = 0; from < count; from += BATCH) {
    const rows: object[] = [];
    for (let n = from; n < Math.min(count, from + BATCH); n++) {
      const full = row(n);
      if (full) rows.push(Object.fromEntries(Object.entries(full).filter(([k]) => keep.has(k))));
    }
    asked += rows.length;
    if (rows.length) added += await writer.insert(JSON.stringify(rows));
  }
  return { table, asked, added, ms: performance.now() - started, mode: writer.mode };
}

// ---------------------------------------------------------------------------------------------

async function main(): Promise<number> {
  let factor: number;
  try {
    factor = parseFactor(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`seed-scale: ${error.message}\nUsage: npm run seed:scale -- --factor N   (N a positive number, default 1)`);
    return 2;
  }

  const started = performance.now();
  let db: Database;
  try {
    const config = loadConfig();
    db = await openDatabase(config, createLogger({ logLevel: 'warn' }), SEEDING);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      return 2;
    }
    if (error instanceof DataFolderLockedError) {
      console.error(`seed-scale: ${error.message}`);
      return 1;
    }
    throw error;
  }
  const opened = performance.now();
  try {
    const em = db.orm.em.fork();
    const w = await loadWorld(em);
    const counts = Object.fromEntries(TABLES.map((t) => [t, countAt(t, factor)])) as Record<Table, number>;
    const offerCache = new Map<number, Offer>();
    const offer = (n: number): Offer => {
      let o = offerCache.get(n);
      if (!o) offerCache.set(n, (o = offerRow(w, n)));
      return o;
    };
    const records = async (): Promise<Outcome[]> => [
      // Parents before the rows that refer to them.
      await seedTable(em, 'activity', counts.activity, (n) => activityRow(w, n)),
      await seedTable(em, 'engagement', counts.engagement, (n) => engagementRow(w, n)),
      await seedTable(em, 'assistance_need', counts.assistance_need, (n) => needRow(w, n)),
      await seedTable(em, 'assistance_offer', counts.assistance_offer, offer),
      await seedTable(em, 'assistance_match', counts.assistance_match, (n) => matchRow(w, n, counts, offer)),
    ];
    // The audit trail is partitioned by month: every month its entries span gets its partition
    // first, so that none waits in the default partition (src/access/audit/access-log-partitions.ts).
    await em.getConnection().execute(
      `select audit_event_month_partition(m) from generate_series(?::timestamptz, ?::timestamptz, interval '1 month') m`,
      [isoStamp(FIRST_DAY), isoStamp(LAST_DAY)],
    );
    const auditEvents = () => seedTable(em, 'audit_event', counts.audit_event, (n) => auditRow(w, n, counts, offer));
    // The audit events refer to no row (their record ids are computed): on a server they go in
    // beside the records, on a second connection, so PostgreSQL works on both at once. The
    // embedded database runs one transaction at a time.
    const outcomes =
      db.kind === 'server'
        ? await Promise.all([records(), auditEvents()]).then(([r, a]) => [...r, a])
        : [...(await records()), await auditEvents()];
    // The planner's statistics and the visibility map, for the rows just added, as autovacuum
    // would leave them in time: without statistics (autovacuum off, or not yet round) it took the
    // activities of a state at factor 30 for 66 rows instead of 550,000, and a 30 ms statement ran
    // 44 s; without the visibility map every index-only scan fetches its rows from the table (W1's
    // latest activities per state: 35 ms against 10 ms, measured at factor 1). A benchmark run
    // right after seeding would otherwise measure a database no autovacuum had reached yet.
    const grown = outcomes.filter((o) => o.added > 0).map((o) => o.table);
    if (grown.includes('activity')) grown.push('activity_target' as Table);
    const analyzeStarted = performance.now();
    if (grown.length) await vacuumAnalyze(em, grown);
    const analyzed = grown.length ? `; vacuum, analyze and checkpoint ${grown.length} tables ${((performance.now() - analyzeStarted) / 1000).toFixed(1)} s` : '';

    const width = Math.max(...TABLES.map((t) => t.length));
    console.log(`seed-scale --factor ${factor} (${db.kind} database; opened in ${((opened - started) / 1000).toFixed(1)} s)`);
    for (const o of outcomes) {
      console.log(`${o.table.padEnd(width)}  asked ${String(o.asked).padStart(7)}  new ${String(o.added).padStart(7)}  ${(o.ms / 1000).toFixed(1)} s  ${o.mode}`);
    }
    console.log(`total ${((performance.now() - started) / 1000).toFixed(1)} s${analyzed}`);
    return 0;
  } finally {
    await db.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error('seed-scale failed:', error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  },
);

/**
 * VACUUM (ANALYZE) of the tables and a CHECKPOINT, on one connection of the pool: VACUUM cannot run in a
 * transaction, so neither in a multi-statement string nor in em.transactional. Without the
 * connections' 10-s statement timeout (at factor 30 the ANALYZE alone takes about 9 s), which
 * the connection gets back before it returns to the pool, whether the VACUUM succeeded or not.
 */
async function vacuumAnalyze(em: EntityManager, tables: string[]): Promise<void> {
  const client = em.getConnection().getKnex().client as { acquireConnection(): Promise<PgConnection>; releaseConnection(c: PgConnection): Promise<void> };
  const connection = await client.acquireConnection();
  try {
    const timeout = (await connection.query('show statement_timeout')).rows[0]!.statement_timeout;
    await connection.query('set statement_timeout = 0');
    try {
      await connection.query(`vacuum (analyze) ${tables.map((t) => `"${t}"`).join(', ')}`);
      // The seeding's pages written out now, as after any bulk load: else the checkpoint that
      // writes them fell in whatever ran next (at factor 30, W4's rounds: 1.35 × factor 1).
      // PostgreSQL lets only a superuser (or pg_checkpoint) ask for it: without the right, left to time.
      await connection.query('checkpoint').catch((error: { code?: string }) => {
        if (error.code !== '42501') throw error;
      });
    } finally {
      await connection.query(`set statement_timeout = '${timeout}'`);
    }
  } finally {
    await client.releaseConnection(connection);
  }
}

interface PgConnection {
  query(text: string): Promise<{ rows: Record<string, string>[] }>;
}
