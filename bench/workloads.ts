import { randomUUID } from 'node:crypto';

/**
 * The benchmark's workloads: for each, the request the hub gets, the nearest PostGraphile
 * request, and the floor's request (one hand-written SQL statement, see floor.ts), plus a
 * check of each answer that also says what came back, so the three can be compared.
 */

export type ServerName = 'hub' | 'postgraphile' | 'floor';
export const SERVERS: readonly ServerName[] = ['hub', 'postgraphile', 'floor'];

/** What the requests need to know about the run: today's date, tokens, the demo records' ids. */
export interface BenchContext {
  /** UTC day, as the hub's `today()`. */
  today: string;
  tokens: { secretariat: string; vpAfrica: string; partnerCso: string };
  /** The organisation and person of the demo principal `partner-cso`. */
  partner: { organisationId: string; organisationName: string; personId: string };
  /** The person of the demo principal `vp-africa`: it also sees the activities it contributed. */
  vpAfricaPersonId: string;
  /** Unique to the run, in W4's idempotency keys and titles. */
  runId: string;
}

export interface RequestSpec {
  method: 'GET' | 'POST';
  path: string;
  headers: Record<string, string>;
  /** A fixed body, or one made anew for every request (writes: a unique key and title each). */
  body?: string | (() => string);
}

// The answers are JSON of three different shapes; the checks read them loosely.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

export interface Workload {
  id: 'W1' | 'W1-fresh' | 'W2' | 'W3' | 'W4' | 'W5';
  title: string;
  /** The demo principal the hub is asked as. */
  principal: string;
  /** A write: each request creates a record. */
  writes: boolean;
  /** The servers it is measured on: those with a request (all three unless said). */
  request: Partial<Record<ServerName, (ctx: BenchContext) => RequestSpec>>;
  /**
   * Checks one answer's `data` and says briefly what it holds, in the same words for the three
   * servers (e.g. "196 states, 40 tiers, 2 processes, 120 activities"). Throws if it is empty or wrong.
   */
  describe: Partial<Record<ServerName, (data: Json) => string>>;
  /** Concurrent measured requests, if not --connections. */
  connections?: number;
  /** Load sent to the same server all through the warm-up and the rounds, not itself measured. */
  background?: { title: string; connections: number; request: (ctx: BenchContext) => RequestSpec };
}

/** The servers a workload is measured on. */
export const serversOf = (workload: Workload): ServerName[] => SERVERS.filter((name) => workload.request[name] && workload.describe[name]);

const JSON_HEADERS = { 'content-type': 'application/json', accept: 'application/json' };

function graphql(query: string, variables?: Record<string, unknown>, token?: string): RequestSpec {
  return {
    method: 'POST',
    path: '/graphql',
    headers: { ...JSON_HEADERS, ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(variables ? { query, variables } : { query }),
  };
}

function fail(message: string): never {
  throw new Error(message);
}

const count = <T>(items: readonly T[], test: (item: T) => boolean): number => items.filter(test).length;
const sum = <T>(items: readonly T[], of: (item: T) => number): number => items.reduce((n, item) => n + of(item), 0);

// ---------------------------------------------------------------------------------------------
// W1: every state with names, status, restricted tier and process, and its five latest activities.

export const W1_HUB_QUERY = `query W1 { states(first: 200) { totalCount edges { node { iso3 region status name nameFr: name(lang: FR) nameZh: name(lang: ZH) currentPriority { tier } nationalProcess { stage } activities(first: 5) { title startDate organiserName organiser { name } } } } } }`;

export const W1_POSTGRAPHILE_QUERY = `query W1 { allStates(first: 200, orderBy: [NAME_SORT_KEY_ASC, ISO3_ASC]) { totalCount nodes { iso3 region status names priorityAssessmentsByStateIso3(orderBy: [ASSESSED_ON_DESC, CREATED_AT_DESC], first: 1) { nodes { tier } } nationalProcessByStateIso3 { stage } activities(first: 5) { title startDate organiserName organisationByOrganiserId { name } } } } }`;

function describeStates(
  states: Json[],
  totalCount: number,
  tierOf: (s: Json) => unknown,
  stageOf: (s: Json) => unknown,
  activitiesOf: (s: Json) => Json[],
): string {
  if (!states.length) fail('no states');
  if (states.some((s) => !s.iso3 || !s.region)) fail('a state without iso3 or region');
  const statuses = count(states, (s) => s.status != null);
  return `${totalCount} total, ${states.length} states, ${statuses} statuses, ${count(states, (s) => tierOf(s) != null)} tiers, ` +
    `${count(states, (s) => stageOf(s) != null)} processes, ${sum(states, (s) => activitiesOf(s).length)} activities`;
}

const W1: Workload = {
  id: 'W1',
  title: 'all states with names, status, tier, process and 5 latest activities (Secretariat)',
  principal: 'secretariat',
  writes: false,
  request: {
    hub: (ctx) => graphql(W1_HUB_QUERY, undefined, ctx.tokens.secretariat),
    postgraphile: () => graphql(W1_POSTGRAPHILE_QUERY),
    floor: () => ({ method: 'GET', path: '/w1', headers: { accept: 'application/json' } }),
  },
  describe: {
    hub: (data) => {
      const states = (data.states.edges as Json[]).map((e) => e.node);
      if (states.some((s) => !s.name || !s.nameFr || !s.nameZh)) fail('a state without its names');
      return describeStates(states, data.states.totalCount, (s) => s.currentPriority?.tier, (s) => s.nationalProcess?.stage, (s) => s.activities);
    },
    postgraphile: (data) => {
      const states = data.allStates.nodes as Json[];
      if (states.some((s) => !s.names?.en || !s.names?.fr || !s.names?.zh)) fail('a state without its names');
      return describeStates(
        states,
        data.allStates.totalCount,
        (s) => s.priorityAssessmentsByStateIso3.nodes[0]?.tier,
        (s) => s.nationalProcessByStateIso3?.stage,
        (s) => s.activities,
      );
    },
    floor: (data) => {
      const states = (data.states.edges as Json[]).map((e) => e.node);
      if (states.some((s) => !s.name || !s.nameFr || !s.nameZh)) fail('a state without its names');
      return describeStates(states, data.states.totalCount, (s) => s.currentPriority?.tier, (s) => s.nationalProcess?.stage, (s) => s.activities);
    },
  },
};

/**
 * W1 again, every answer computed: `Cache-Control: no-cache` takes the hub past its cache of the
 * Secretariat's answers (PostGraphile and the floor have none). What a first or one-off read costs.
 */
const W1_FRESH: Workload = {
  ...W1,
  id: 'W1-fresh',
  title: `${W1.title}, each answer computed (Cache-Control: no-cache)`,
  request: {
    ...W1.request,
    hub: (ctx) => {
      const spec = W1.request.hub!(ctx);
      return { ...spec, headers: { ...spec.headers, 'cache-control': 'no-cache' } };
    },
  },
};

// ---------------------------------------------------------------------------------------------
// W2: the public participation summary by region, anonymous.

export const W2_HUB_QUERY = `{ participationSummary { statesParties signatories nonSignatories undetermined byRegion { region statesParties signatories nonSignatories undetermined } } }`;

/** PostGraphile has no aggregates without a plugin: the nearest is the rows the counts come from. */
export const W2_POSTGRAPHILE_QUERY = `query W2($asOf: Date!) { participationAsOf(asOf: $asOf) { nodes { iso3 status } } allStates { nodes { iso3 region } } }`;

function describeSummary(total: { statesParties: number; signatories: number; nonSignatories: number; undetermined: number }, regions: number): string {
  const states = total.statesParties + total.signatories + total.nonSignatories + total.undetermined;
  if (!states) fail('no states counted');
  if (!regions) fail('no regions');
  return `${total.statesParties} parties, ${total.signatories} signatories, ${total.nonSignatories} non-signatories, ` +
    `${total.undetermined} undetermined, ${regions} regions`;
}

const W2: Workload = {
  id: 'W2',
  title: 'participation summary by region (anonymous)',
  principal: 'anonymous',
  writes: false,
  request: {
    hub: () => graphql(W2_HUB_QUERY),
    postgraphile: (ctx) => graphql(W2_POSTGRAPHILE_QUERY, { asOf: ctx.today }),
    floor: () => ({ method: 'GET', path: '/w2', headers: { accept: 'application/json' } }),
  },
  describe: {
    hub: (data) => describeSummary(data.participationSummary, data.participationSummary.byRegion.length),
    floor: (data) => describeSummary(data.participationSummary, data.participationSummary.byRegion.length),
    postgraphile: (data) => {
      // The client's share of the work: count the rows by status and region.
      const rows = data.participationAsOf.nodes as { iso3: string; status: string | null }[];
      const regionOf = new Map((data.allStates.nodes as { iso3: string; region: string }[]).map((s) => [s.iso3, s.region]));
      const of = (status: string | null) => count(rows, (r) => r.status === status);
      return describeSummary(
        { statesParties: of('STATE_PARTY'), signatories: of('SIGNATORY'), nonSignatories: of('NON_SIGNATORY'), undetermined: of(null) },
        new Set(rows.map((r) => regionOf.get(r.iso3))).size,
      );
    },
  },
};

// ---------------------------------------------------------------------------------------------
// W3: one state's whole universalization context, as the Vice-President for Africa.

export const W3_STATE = 'COM';

export const W3_HUB_QUERY = `query W3($iso3: String!) {
  state(iso3: $iso3) {
    iso3 name region status
    actions { kind instrument date { precision date year earliest latest } }
    currentPriority { tier assessedOn }
    priorityAssessments { tier rationale cycle assessedOn source }
    nationalProcess { stage obstacles nextStep owner lastAssessed source }
    engagements(first: 20) { date kind counterpart summary outcome nextStep nextStepDue }
    activities(first: 20) { title kind startDate endDate place organiserName status }
    needs { kind description statedOn status matches { status matchedOn } }
    vtfProjects { title year amountUsd status }
    sponsorshipAwards { meeting year delegates }
    coordinators { person { name } }
    champions { representingState { iso3 } }
  }
}`;

export const W3_POSTGRAPHILE_QUERY = `query W3($iso3: String!, $visible: [BenchClassification!]) {
  stateByIso3(iso3: $iso3) {
    iso3 names region status
    treatyActionsByStateIso3(orderBy: [EARLIEST_ASC, ID_ASC]) { nodes { kind instrument precision date year earliest latest } }
    priorityAssessmentsByStateIso3(orderBy: [ASSESSED_ON_DESC, CREATED_AT_DESC]) { nodes { tier rationale cycle assessedOn source } }
    nationalProcessByStateIso3 { stage obstacles nextStep owner lastAssessed source }
    engagementsByStateIso3(orderBy: [DATE_DESC, CREATED_AT_DESC, ID_ASC], first: 20) { nodes { date kind counterpart summary outcome nextStep nextStepDue } }
    activities(first: 20, publishedUpTo: $visible) { title kind startDate endDate place organiserName status }
    assistanceNeedsByStateIso3(orderBy: STATED_ON_DESC) { nodes { kind description statedOn status assistanceMatchesByNeedId(orderBy: MATCHED_ON_DESC) { nodes { status matchedOn } } } }
    vtfProjects: projects(mechanism: "ATT_VTF", publishedUpTo: $visible) { title periodFrom amount currency statusNote }
    sponsorshipAwards: projects(mechanism: "ATT_SPONSORSHIP", publishedUpTo: $visible) { meeting title periodFrom delegates }
    coordinators { personByPersonId { name } }
    champions { stateByRepresentingStateIso3 { iso3 } }
  }
}`;

/** What a Vice-President (TREATY_BODY) sees of published activities. */
export const TREATY_BODY_CLASSIFICATIONS = ['PUBLIC', 'PARTNER', 'TREATY_BODY'];

interface Context3 {
  actions: number;
  tiers: number;
  process: boolean;
  engagements: number;
  activities: number;
  needs: number;
  matches: number;
  vtf: number;
  awards: number;
  coordinators: number;
  champions: number;
}

function describeContext(iso3: string | undefined, c: Context3): string {
  if (iso3 !== W3_STATE) fail(`expected state ${W3_STATE}, got ${iso3}`);
  if (!c.actions) fail('no treaty actions');
  return `${c.actions} actions, ${c.tiers} tiers, ${c.process ? 1 : 0} process, ${c.engagements} engagements, ` +
    `${c.activities} activities, ${c.needs} needs/${c.matches} matches, ${c.vtf} VTF, ${c.awards} awards, ` +
    `${c.coordinators} coordinators, ${c.champions} champions`;
}

function describeHubContext(data: Json): string {
  const s = data.state;
  if (!s) fail('no state');
  return describeContext(s.iso3, {
    actions: s.actions.length,
    tiers: s.priorityAssessments?.length ?? 0,
    process: !!s.nationalProcess,
    engagements: s.engagements?.length ?? 0,
    activities: s.activities.length,
    needs: s.needs?.length ?? 0,
    matches: sum(s.needs ?? [], (n: Json) => n.matches?.length ?? 0),
    vtf: s.vtfProjects.length,
    awards: s.sponsorshipAwards.length,
    coordinators: s.coordinators.length,
    champions: s.champions.length,
  });
}

const W3: Workload = {
  id: 'W3',
  title: `one state's universalization context (${W3_STATE}, Vice-President for Africa)`,
  principal: 'vp-africa',
  writes: false,
  request: {
    hub: (ctx) => graphql(W3_HUB_QUERY, { iso3: W3_STATE }, ctx.tokens.vpAfrica),
    postgraphile: () => graphql(W3_POSTGRAPHILE_QUERY, { iso3: W3_STATE, visible: TREATY_BODY_CLASSIFICATIONS }),
    floor: (ctx) => ({
      method: 'GET',
      path: `/w3?iso3=${W3_STATE}&levels=${TREATY_BODY_CLASSIFICATIONS.join(',')}&author=${ctx.vpAfricaPersonId}`,
      headers: { accept: 'application/json' },
    }),
  },
  describe: {
    hub: describeHubContext,
    floor: describeHubContext,
    postgraphile: (data) => {
      const s = data.stateByIso3;
      if (!s) fail('no state');
      const needs = s.assistanceNeedsByStateIso3.nodes as Json[];
      return describeContext(s.iso3, {
        actions: s.treatyActionsByStateIso3.nodes.length,
        tiers: s.priorityAssessmentsByStateIso3.nodes.length,
        process: !!s.nationalProcessByStateIso3,
        engagements: s.engagementsByStateIso3.nodes.length,
        activities: s.activities.length,
        needs: needs.length,
        matches: sum(needs, (n) => n.assistanceMatchesByNeedId.nodes.length),
        vtf: s.vtfProjects.length,
        awards: s.sponsorshipAwards.length,
        coordinators: s.coordinators.length,
        champions: s.champions.length,
      });
    },
  },
};

// ---------------------------------------------------------------------------------------------
// W4: partner activity submissions (writes), each with its own idempotency key and title.

export const W4_HUB_MUTATION = `mutation W4($i: CreateActivityInput!) { createActivity(input: $i) { activity { id status } userErrors { code } } }`;

export const W4_POSTGRAPHILE_MUTATION = `mutation W4($i: CreateActivityInput!) { createActivity(input: $i) { activity { id status } } }`;

/** A new key and title for every request, across servers and rounds. */
function uniqueSubmission(ctx: BenchContext, server: ServerName): () => { key: string; title: string } {
  let n = 0;
  return () => {
    n += 1;
    const key = `bench-${ctx.runId}-${server}-${n}`;
    return { key, title: `Benchmark workshop ${key}` };
  };
}

function describeCreated(activity: Json, userErrors?: Json[]): string {
  if (userErrors?.length) fail(`userErrors: ${userErrors.map((e) => e.code).join(', ')}`);
  if (!activity?.id) fail('no activity created');
  if (activity.status !== 'DRAFT') fail(`created as ${activity.status}, not DRAFT`);
  return `1 activity created (${activity.status})`;
}

const W4: Workload = {
  id: 'W4',
  title: 'partner activity submissions, writes (partner-cso)',
  principal: 'partner-cso',
  writes: true,
  request: {
    hub: (ctx) => {
      const next = uniqueSubmission(ctx, 'hub');
      return {
        ...graphql(W4_HUB_MUTATION, undefined, ctx.tokens.partnerCso),
        body: () => {
          const { key, title } = next();
          return JSON.stringify({ query: W4_HUB_MUTATION, variables: { i: { kind: 'WORKSHOP', title, idempotencyKey: key } } });
        },
      };
    },
    postgraphile: (ctx) => {
      const next = uniqueSubmission(ctx, 'postgraphile');
      return {
        ...graphql(W4_POSTGRAPHILE_MUTATION),
        body: () => {
          const { key, title } = next();
          const now = new Date().toISOString();
          const activity = {
            id: randomUUID(),
            version: 1,
            createdAt: now,
            updatedAt: now,
            kind: 'WORKSHOP',
            title,
            organiserId: ctx.partner.organisationId,
            organiserName: ctx.partner.organisationName,
            targetStates: [],
            targetRegions: [],
            languages: [],
            classification: 'PUBLIC',
            status: 'DRAFT',
            contributedById: ctx.partner.personId,
            idempotencyKey: key,
            demo: true,
          };
          return JSON.stringify({ query: W4_POSTGRAPHILE_MUTATION, variables: { i: { activity } } });
        },
      };
    },
    floor: (ctx) => {
      const next = uniqueSubmission(ctx, 'floor');
      return {
        method: 'POST',
        path: '/w4',
        headers: JSON_HEADERS,
        body: () => {
          const { key, title } = next();
          return JSON.stringify({
            kind: 'WORKSHOP',
            title,
            idempotencyKey: key,
            organiserId: ctx.partner.organisationId,
            contributedById: ctx.partner.personId,
          });
        },
      };
    },
  },
  describe: {
    hub: (data) => describeCreated(data.createActivity?.activity, data.createActivity?.userErrors),
    postgraphile: (data) => describeCreated(data.createActivity?.activity),
    floor: (data) => describeCreated(data.createActivity?.activity, data.createActivity?.userErrors),
  },
};

// ---------------------------------------------------------------------------------------------
// W5: one small public question, asked while partners import large files (the hub alone: the
// others have no import). What a visitor waits while heavy work runs.

export const W5_HUB_QUERY = `query W5 { state(iso3: "KHM") { iso3 name region status } }`;
export const W5_IMPORTERS = 8;
export const W5_IMPORT_ROWS = 1000;
const W5_IMPORT = `mutation W5Import($i: ImportActivitiesInput!) { importActivities(input: $i) { alreadyImported rowErrors { line } userErrors { code } } }`;

const W5: Workload = {
  id: 'W5',
  title: `a small anonymous query, each answer computed, during ${W5_IMPORTERS} concurrent ${W5_IMPORT_ROWS}-row imports`,
  principal: 'anonymous',
  writes: false,
  // A few visitors: the question is what one of them waits, not how many the hub can serve.
  connections: 4,
  request: {
    hub: () => {
      const spec = graphql(W5_HUB_QUERY);
      // Every import moves the response cache on anyway; this takes every answer past it.
      return { ...spec, headers: { ...spec.headers, 'cache-control': 'no-cache' } };
    },
  },
  describe: {
    hub: (data) => {
      if (data.state?.iso3 !== 'KHM' || !data.state.name) fail('not the state asked for');
      return `1 state (${data.state.iso3}, ${data.state.status})`;
    },
  },
  background: {
    title: `${W5_IMPORTERS} connections importing ${W5_IMPORT_ROWS} new rows each time (partner-cso)`,
    connections: W5_IMPORTERS,
    request: (ctx) => {
      let n = 0;
      return {
        ...graphql(W5_IMPORT, undefined, ctx.tokens.partnerCso),
        body: () => {
          n += 1;
          const rows = Array.from({ length: W5_IMPORT_ROWS }, (_, i) => ({
            key: `bench-${ctx.runId}-import-${n}-${i}`,
            kind: 'WORKSHOP',
            title: `Benchmark import ${n}, row ${i}`,
            targetRegions: 'ASIA',
          }));
          return JSON.stringify({ query: W5_IMPORT, variables: { i: { format: 'JSON', content: JSON.stringify(rows) } } });
        },
      };
    },
  },
};

/** In the order they run: the writes last, so the reads see the same data on every server. */
export const WORKLOADS: readonly Workload[] = [W1, W1_FRESH, W2, W3, W4, W5];
