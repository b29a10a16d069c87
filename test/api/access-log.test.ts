import fs from 'node:fs';
import path from 'node:path';
import {
  buildSchema,
  getNamedType,
  type GraphQLField,
  type GraphQLObjectType,
  isInputObjectType,
  isLeafType,
  isNonNullType,
  isObjectType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stableUuid } from '../../src/kernel/db/stable-id';
import { toGlobalId } from '../../src/kernel/graphql/node';
import { loggedRead } from '../../src/access/policy/access';
import { FILTERS, filterAccess, POLICY } from '../../src/access/policy/policy-table';
import { type HubClient, startTestHub, type TestHub } from '../support/hub';

/**
 * The access log, derived from the policy table: every RESTRICTED field, and every filter by a
 * RESTRICTED fact, read once over HTTP by a viewer allowed to, leaves its entry; served again
 * from the response cache, the same entries again. A RESTRICTED field or filter added later
 * without its entry fails here.
 */
const contract = buildSchema(fs.readFileSync(path.resolve(__dirname, '../../schema/schema.graphql'), 'utf8'));
const today = new Date().toISOString().slice(0, 10);

interface Entry {
  kind: string;
  action: string;
  requestId: string;
  clientRequestId: string | null;
  recordType: string;
  recordIds: string[];
  fields: string[];
}

let hub: TestHub;
let secretariat: HubClient;
let engagementId = '';
let draftId = '';
let projectDraftId = '';
let comTier = '';
let comStage = '';

/** Where each type with RESTRICTED fields is reached, `SEL` standing for its fields, and the record it is (if it is one). */
const PROBES = (): Record<string, { operation: string; key?: string }> => ({
  Query: { operation: '{ SEL }' },
  State: { operation: '{ state(iso3: "COM") { SEL } }', key: 'COM' },
  NationalProcess: {
    operation: `{ node(id: "${toGlobalId('NationalProcess', stableUuid('national-process:COM'))}") { ... on NationalProcess { SEL } } }`,
    key: stableUuid('national-process:COM'),
  },
  PriorityAssessment: { operation: '{ state(iso3: "COM") { currentPriority { SEL } } }' },
  Engagement: { operation: `{ node(id: "${engagementId}") { ... on Engagement { SEL } } }`, key: keyOf(engagementId) },
  Activity: { operation: `{ node(id: "${draftId}") { ... on Activity { SEL } } }`, key: keyOf(draftId) },
  Region: { operation: '{ region(code: AFRICA) { SEL } }' },
  AssistanceProject: { operation: `{ node(id: "${projectDraftId}") { ... on AssistanceProject { SEL } } }`, key: keyOf(projectDraftId) },
});

/** Arguments for the fields that need them (or that would otherwise read too much). */
const ARGS: Record<string, string> = {
  'Query.engagements': '(first: 5)',
  'Query.nationalProcesses': '(first: 5)',
  'Query.pipeline': '(region: AFRICA)',
};

/**
 * What the entry of a RESTRICTED field read without a record to file it under records (a list,
 * an aggregate): which records, and the facts about them (README, Operations).
 */
const REVEALS: Record<string, { recordType: string; facts: string[] }> = {
  'Query.engagements': { recordType: 'Engagement', facts: ['count', 'listed'] },
  'Query.nationalProcesses': { recordType: 'NationalProcess', facts: ['count', 'listed'] },
  'Query.pipeline': { recordType: 'State', facts: ['currentPriority', 'engagements', 'nationalProcess'] },
  'Region.pipeline': { recordType: 'State', facts: ['currentPriority', 'engagements', 'nationalProcess'] },
  'Region.engagements': { recordType: 'Engagement', facts: ['listed'] },
  // The contradicted records' restricted facts leave in `says` (Gambia's process, at least).
  'Query.contradictions': { recordType: 'NationalProcess', facts: ['stage', 'nextStep', 'lastAssessed'] },
};

/** A value for each RESTRICTED filter that matches a record of the seeded data (or one made in beforeAll). */
const FILTER_VALUES = (): Record<string, string> => ({
  'StateFilter.priorityTier': comTier,
  'NationalProcessFilter.stage': comStage,
  'NationalProcessFilter.region': 'AFRICA',
  'EngagementFilter.state': '"COM"',
  'EngagementFilter.region': 'AFRICA',
  'EngagementFilter.from': '"2000-01-01"',
  'EngagementFilter.to': `"${today}"`,
});

function keyOf(globalId: string): string {
  return Buffer.from(globalId, 'base64url').toString().split(':')[1]!;
}

const required = (field: GraphQLField<unknown, unknown>) => field.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined);

/**
 * What a client reading a field asks of its value: every field under it that is not RESTRICTED
 * itself (those log entries of their own), two levels down, leaves only at the second (a state's
 * every list three levels down costs more than the hub answers).
 */
function subselection(field: GraphQLField<unknown, unknown>, depth = 1): string {
  const type = getNamedType(field.type);
  if (isLeafType(type)) return '';
  if (!isObjectType(type) || depth > 2) return ' { __typename }';
  const parts = Object.values(type.getFields())
    .filter((f) => !loggedRead(POLICY[type.name]?.fields[f.name]) && !required(f))
    .filter((f) => depth < 2 || isLeafType(getNamedType(f.type)))
    .map((f) => `${f.name}${subselection(f, depth + 1)}`);
  return ` { __typename ${parts.join(' ')} }`;
}

async function trail(clientRequestId: string): Promise<Entry[]> {
  const res = await secretariat.post(
    JSON.stringify({
      query: `query Trail($id: String) { auditEvents(first: 100, filter: { clientRequestId: $id }) {
        edges { node { kind action requestId clientRequestId recordType recordIds fields } } } }`,
      variables: { id: clientRequestId },
    }),
  );
  expect(res.errors).toBeUndefined();
  return (res.data as unknown as { auditEvents: { edges: { node: Entry }[] } }).auditEvents.edges.map((e) => e.node);
}

/** An entry set as a comparable list (order-free). */
const summary = (entries: Entry[]) =>
  entries.map((e) => `${e.kind} ${e.recordType} [${[...e.fields].sort()}] ${[...e.recordIds].sort()}`).sort();

let hits = 0;
/** Sends the operation twice (the second is served from the response cache); both must log the same entries. */
async function readTwice(client: HubClient, label: string, query: string): Promise<Entry[]> {
  const first = await client.post(JSON.stringify({ query }), { 'x-request-id': `${label} #1` });
  expect(first.errors, `${label}: ${JSON.stringify(first.errors)} ${query}`).toBeUndefined();
  const second = await client.post(JSON.stringify({ query }), { 'x-request-id': `${label} #2` });
  if (second.headers.get('x-cache') === 'hit') hits++;
  const entries = await trail(`${label} #1`);
  expect(summary(await trail(`${label} #2`)), `${label}: served again`).toEqual(summary(entries));
  return entries;
}

beforeAll(async () => {
  hub = await startTestHub();
  secretariat = await hub.as('secretariat');
  const vp = await hub.as('vp-africa');
  const made = await vp.post(
    JSON.stringify({
      query: 'mutation { recordEngagement(input: { stateIso3: "COM", kind: CALL, onBehalfOf: "Vice-President for Africa", summary: "Call on the access log" }) { engagement { id } } }',
    }),
  );
  engagementId = (made.data as unknown as { recordEngagement: { engagement: { id: string } } }).recordEngagement.engagement.id;
  const draft = await (await hub.as('partner-cso')).post(
    JSON.stringify({ query: 'mutation { createActivity(input: { kind: ADVOCACY, title: "Draft for the access log" }) { activity { id } } }' }),
  );
  draftId = (draft.data as unknown as { createActivity: { activity: { id: string } } }).createActivity.activity.id;
  const project = await (await hub.as('partner-cso')).post(
    JSON.stringify({ query: 'mutation { createProject(input: { mechanism: BILATERAL, title: "Draft project for the access log", beneficiaryStates: ["KIR"], sources: ["Test record"] }) { project { id } } }' }),
  );
  projectDraftId = (project.data as unknown as { createProject: { project: { id: string } } }).createProject.project.id;
  const com = await secretariat.post(JSON.stringify({ query: '{ state(iso3: "COM") { currentPriority { tier } nationalProcess { stage } } }' }));
  const state = (com.data as unknown as { state: { currentPriority: { tier: string }; nationalProcess: { stage: string } } }).state;
  comTier = state.currentPriority.tier;
  comStage = state.nationalProcess.stage;
});
afterAll(async () => {
  await hub?.stop();
});

describe('the access log, derived from the policy table', () => {
  it('every RESTRICTED field read once leaves its entry, and again when the answer is served from the cache', { timeout: 180_000 }, async () => {
    const probes = PROBES();
    const missing: string[] = [];
    let checked = 0;
    for (const [typeName, policy] of Object.entries(POLICY)) {
      if (typeName === 'Mutation') continue; // writes: each is a CHANGE entry (restricted-writes.test.ts)
      const restricted = Object.entries(policy.fields).filter(([, access]) => loggedRead(access));
      if (!restricted.length) continue;
      const probe = probes[typeName];
      if (!probe) {
        missing.push(`${typeName}: no probe; add one to PROBES`);
        continue;
      }
      const type = contract.getType(typeName) as GraphQLObjectType;
      for (const [name] of restricted) {
        const field = type.getFields()[name]!;
        const path = `${typeName}.${name}`;
        const selection = `${name}${ARGS[path] ?? ''}${subselection(field)}`;
        const entries = await readTwice(secretariat, path, probe.operation.replace('SEL', selection));
        checked++;
        if (probe.key !== undefined || typeName === 'PriorityAssessment') {
          // A field of a record: filed under the record, naming the field.
          const entry = entries.find((e) => e.recordType === typeName && e.fields.includes(name));
          if (!entry || (probe.key !== undefined && !entry.recordIds.includes(probe.key))) missing.push(`${path}: no entry for the record`);
          continue;
        }
        const reveals = REVEALS[path];
        if (!reveals) {
          missing.push(`${path}: read without a record; say in REVEALS (and the README) what its entry records`);
          continue;
        }
        const ofType = entries.filter((e) => e.recordType === reveals.recordType);
        const facts = new Set(ofType.flatMap((e) => e.fields));
        if (!ofType.some((e) => e.recordIds.length) || !reveals.facts.every((f) => facts.has(f))) {
          missing.push(`${path}: expected ${reveals.recordType} [${reveals.facts}], logged ${JSON.stringify(summary(entries))}`);
        }
      }
    }
    expect(missing).toEqual([]);
    expect(checked).toBeGreaterThan(30);
    expect(hits).toBeGreaterThan(checked / 2);
  });

  it('every filter by a RESTRICTED fact logs the records it matched, as filter:<field>', { timeout: 60_000 }, async () => {
    const values = FILTER_VALUES();
    const queries = (contract.getQueryType() as GraphQLObjectType).getFields();
    const missing: string[] = [];
    let checked = 0;
    for (const [input, fields] of Object.entries(FILTERS)) {
      for (const name of Object.keys(fields)) {
        if (!loggedRead(filterAccess(input, name))) continue;
        const path = `${input}.${name}`;
        const value = values[path];
        if (value === undefined) {
          missing.push(`${path}: no value in FILTER_VALUES`);
          continue;
        }
        for (const field of Object.values(queries)) {
          const arg = field.args.find((a) => { const t = getNamedType(a.type); return isInputObjectType(t) && t.name === input; });
          if (!arg) continue;
          const query = `{ ${field.name}(${arg.name}: { ${name}: ${value} }) ${subselection(field)} }`;
          const entries = await readTwice(secretariat, `filter ${path} on ${field.name}`, query);
          checked++;
          if (!entries.some((e) => e.fields.includes(`filter:${name}`) && e.recordIds.length)) {
            missing.push(`${path} on ${field.name}: logged ${JSON.stringify(summary(entries))}`);
          }
        }
      }
    }
    expect(missing).toEqual([]);
    expect(checked).toBeGreaterThanOrEqual(7);
  });

  it("a scoped viewer's lists and counts log what its scope let through, and nothing else", async () => {
    const vp = await hub.as('vp-africa');
    const query = '{ nationalProcesses(first: 1) { totalCount edges { node { id } } } engagements(first: 0) { totalCount } }';
    const answer = await vp.post(JSON.stringify({ query }), { 'x-request-id': 'scoped counts' });
    type Counts = { nationalProcesses: { totalCount: number }; engagements: { totalCount: number } };
    const counts = answer.data as unknown as Counts;
    const entries = await trail('scoped counts');
    const counted = (type: string) => new Set(entries.filter((e) => e.recordType === type && e.fields.includes('count')).flatMap((e) => e.recordIds));
    expect(counted('NationalProcess').size).toBe(counts.nationalProcesses.totalCount);
    expect(counted('Engagement').size).toBe(counts.engagements.totalCount);
    expect(counts.engagements.totalCount).toBeGreaterThan(0);
    // The processes counted are those of African states only (the Vice-President's scope).
    const all = await secretariat.post(JSON.stringify({ query: '{ nationalProcesses(first: 200) { edges { node { id state { region } } } } }' }));
    type Page = { nationalProcesses: { edges: { node: { id: string; state: { region: string } } }[] } };
    const african = new Set((all.data as unknown as Page).nationalProcesses.edges.filter((e) => e.node.state.region === 'AFRICA').map((e) => keyOf(e.node.id)));
    expect([...counted('NationalProcess')].every((id) => african.has(id))).toBe(true);
    expect(counted('NationalProcess').size).toBe(african.size);
  });

  it('an activity classified RESTRICTED is logged wherever it reaches a viewer: read, listed or counted', async () => {
    const cso = await hub.as('partner-cso');
    const created = await cso.post(
      JSON.stringify({
        query: 'mutation { createActivity(input: { kind: WORKSHOP, title: "Closed briefing", targetStates: ["COM"], startDate: "2024-03-01", classification: RESTRICTED }) { activity { id version } } }',
      }),
    );
    const activity = (created.data as unknown as { createActivity: { activity: { id: string; version: number } } }).createActivity.activity;
    await cso.post(JSON.stringify({ query: `mutation { submitActivity(input: { id: "${activity.id}", version: ${activity.version} }) { userErrors { code } } }` }));
    const published = await secretariat.post(
      JSON.stringify({ query: `mutation { publishActivity(input: { id: "${activity.id}", version: ${activity.version + 1} }) { activity { status } } }` }),
      { 'x-request-id': 'publish a restricted activity' },
    );
    expect(published.errors).toBeUndefined();
    const president = await hub.as('csp-president');
    const key = keyOf(activity.id);
    // The fields of this activity a request's read entries name (a change entry names none).
    const fieldsOf = async (id: string) =>
      new Set((await trail(id)).filter((e) => e.kind === 'READ' && e.recordType === 'Activity' && e.recordIds.includes(key)).flatMap((e) => e.fields));
    // A mutation's answer too: the record as its payload returns it.
    expect(await fieldsOf('publish a restricted activity')).toEqual(new Set(['status']));
    const logged = async (label: string, query: string) => {
      const entries = (await readTwice(president, label, query)).filter((e) => e.recordType === 'Activity' && e.recordIds.includes(key));
      return new Set(entries.flatMap((e) => e.fields));
    };
    expect(await logged('activity by id', `{ node(id: "${activity.id}") { ... on Activity { title } } }`)).toEqual(new Set(['node', 'title']));
    expect(await logged("a state's activities", '{ state(iso3: "COM") { activities(first: 50) { title } } }')).toEqual(new Set(['title']));
    expect(await logged('activities by ids', `{ nodes(ids: ["${activity.id}", "${activity.id}"]) { __typename ... on Activity { startDate } } }`)).toEqual(
      new Set(['nodes', 'startDate']),
    );
    // Through a variable's @include: what the request's variables leave out is not asked, so not logged.
    const withVariable = (include: boolean) =>
      president.post(
        JSON.stringify({ query: `query V($t: Boolean!) { node(id: "${activity.id}") { ... on Activity { place title @include(if: $t) } } }`, variables: { t: include } }),
        { 'x-request-id': `include ${include}` },
      );
    await withVariable(false);
    await withVariable(true);
    expect(await fieldsOf('include false')).toEqual(new Set(['node', 'place']));
    expect(await fieldsOf('include true')).toEqual(new Set(['node', 'place', 'title']));
    // Logged as the record enters the answer, for the fields asked of it: aliases, fragments and @skip applied.
    expect(
      await logged('activity by id, aliased', `{ node(id: "${activity.id}") { ... on Activity { t: title kind outcome @skip(if: true) } ...F } } fragment F on Activity { place }`),
    ).toEqual(new Set(['node', 'title', 'kind', 'place']));
    expect(await logged("a connection's nodes", '{ activities(first: 200, filter: { state: "COM" }) { edges { node { startDate } } } }')).toEqual(
      new Set(['listed', 'startDate']),
    );
    expect(await logged('activities counted', '{ activities(first: 0) { totalCount } }')).toEqual(new Set(['count']));
    expect(await logged('activities listed', '{ activities(first: 200, filter: { state: "COM" }) { edges { cursor } } }')).toEqual(new Set(['listed']));
    // The public ones are not: the access log is of RESTRICTED facts.
    const open = await trail('activities counted #1');
    expect(open.every((e) => e.recordIds.length > 0 && e.fields.includes('count'))).toBe(true);
  });
});

describe("the access log's request ids and operations", () => {
  const read = '{ state(iso3: "COM") { nationalProcess { stage } } }';

  it("files entries under the hub's own request id, the client's kept beside it, bounded and sanitised", async () => {
    const first = await secretariat.post(JSON.stringify({ query: read }), { 'x-request-id': 'brief-csp9-001' });
    const hubId = first.headers.get('x-request-id');
    expect(hubId).toMatch(/^[0-9a-f-]{36}$/);
    const entries = await trail('brief-csp9-001');
    expect(entries.length).toBeGreaterThan(0);
    for (const entry of entries) expect(entry).toMatchObject({ requestId: hubId, clientRequestId: 'brief-csp9-001' });

    // A client naming another request's id gets its own: it cannot file its reads under another's.
    const copy = await secretariat.post(JSON.stringify({ query: `${read} ` }), { 'x-request-id': hubId! });
    expect(copy.headers.get('x-request-id')).not.toBe(hubId);
    const filed = await trail(hubId!);
    expect(new Set(filed.map((e) => e.requestId))).toEqual(new Set([copy.headers.get('x-request-id')]));

    // What is not printable ASCII is dropped, and at most 128 characters are kept.
    await secretariat.post(JSON.stringify({ query: `${read}  ` }), { 'x-request-id': `brief\t\u00e9${'x'.repeat(500)}` });
    const kept = `brief${'x'.repeat(123)}`;
    expect(new Set((await trail(kept)).map((e) => e.clientRequestId))).toEqual(new Set([kept]));
  });

  it('names the operation the hub ran, never a name the document does not have', async () => {
    const send = (body: object, id: string) => secretariat.post(JSON.stringify(body), { 'x-request-id': id });
    const actions = async (id: string) => new Set((await trail(id)).filter((e) => e.kind === 'READ').map((e) => e.action));
    await send({ query: read }, 'op-anonymous');
    expect(await actions('op-anonymous')).toEqual(new Set(['anonymous query']));

    await send({ query: `query First { viewer { name } } query Second ${read}`, operationName: 'Second' }, 'op-second');
    expect(await actions('op-second')).toEqual(new Set(['Second']));

    const spoofed = await send({ query: `query Second ${read}`, operationName: 'DeleteNothing' }, 'op-spoofed');
    expect(spoofed.errors?.length).toBeGreaterThan(0);
    expect(await trail('op-spoofed')).toEqual([]);

    const vp = await hub.as('vp-africa');
    await vp.post(
      JSON.stringify({
        query: 'mutation { recordEngagement(input: { stateIso3: "COM", kind: LETTER, onBehalfOf: "Vice-President for Africa", summary: "A letter" }) { engagement { summary } } }',
      }),
      { 'x-request-id': 'op-mutation' },
    );
    expect(await actions('op-mutation')).toEqual(new Set(['anonymous mutation']));
  });
});
