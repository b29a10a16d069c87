import { execute, parse } from 'graphql';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { demoSubject } from '../../src/domains/bodies/demo-principals';
import { ANONYMOUS } from '../../src/access/auth/viewer';
import { AnswerBudget, limitedResult } from '../../src/performance/answer-limit';
import { MAX_ANSWER_VALUES } from '../../src/kernel/graphql/field-cost';
import { compiledOperations } from '../../src/performance/compiled-execution';
import { buildHubSchema } from '../../src/schema';
import { signLocalToken } from '../../src/access/auth/tokens';
import { loadConfig } from '../../src/kernel/config';
import { createHub } from '../../src/hub';
import { copyTemplate, type HubProcess, spawnHub, type TestDatabase } from '../support/hub';

/**
 * Issue 14, item 1: one query exhausted the heap. A partner imported 20 activities aimed at every
 * state and asked for each one's states' activities' states: ~770,000 objects, priced 2,460, and
 * the process died. Here the hub runs as `npm start` runs it (its own process, V8's old
 * generation capped at 384 MB) on data that breaks the new bound of 60 target states (rows
 * written before it), with long texts; every such query gets a clear error and the process lives.
 */

const ISSUE_QUERY = '{ activities(first: 20) { edges { node { targetStates { activities(first: 1) { targetStates { iso3 } } } } } } }';

interface Answer {
  status: number;
  data?: unknown;
  errors?: { message: string; extensions?: { code?: string } }[];
  extensions?: { cost?: { cost: number; depth: number; limit: number } };
}

let database: TestDatabase;
let hub: HubProcess;
let partnerToken: string;
let everyState: string[];

async function post(query: string, token?: string): Promise<Answer> {
  const res = await fetch(hub.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query }),
  });
  return { status: res.status, ...((await res.json()) as object) };
}

const alive = () => hub.proc.exitCode === null && hub.proc.signalCode === null;

beforeAll(async () => {
  database = await copyTemplate(inject('template'));
  const config = loadConfig({ ...database.env, PORT: '0', NODE_ENV: 'test', LOG_LEVEL: 'silent', RATE_LIMIT_PER_MINUTE: '0' });
  partnerToken = await signLocalToken(config.auth, demoSubject('partner-cso'));

  // The partner's part, through the API: the bound refuses every row aimed at all the states.
  const setup = await createHub(config, pino({ level: 'silent' }));
  try {
    const url = await setup.listen();
    const call = async <T>(query: string, variables: unknown): Promise<T> =>
      ((await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${partnerToken}` },
        body: JSON.stringify({ query, variables }),
      }).then((r) => r.json())) as { data: T }).data;
    const states = await call<{ states: { edges: { node: { iso3: string } }[] } }>('{ states(first: 200) { edges { node { iso3 } } } }', {});
    everyState = states.states.edges.map((e) => e.node.iso3);
    expect(everyState).toHaveLength(196);
    const rows = (targets: string[]) =>
      JSON.stringify([...Array(20)].map((_, i) => ({ kind: 'WORKSHOP', title: `Everywhere ${i}`, startDate: '2030-01-01', targetStates: targets })));
    const importRows = 'mutation($i: ImportActivitiesInput!) { importActivities(input: $i) { created { id } rowErrors { line field message } userErrors { message } } }';
    type Imported = { importActivities: { created: unknown[]; rowErrors: { line: number; field: string; message: string }[] } };
    const refused = (await call<Imported>(importRows, { i: { format: 'JSON', content: rows(everyState) } })).importActivities;
    expect(refused.created).toHaveLength(0);
    expect(refused.rowErrors).toHaveLength(20);
    expect(refused.rowErrors[0]).toMatchObject({ line: 1, field: 'targetStates', message: expect.stringMatching(/At most 60 target states \(196 named\)/) });
    const imported = (await call<Imported>(importRows, { i: { format: 'JSON', content: rows(['COM']) } })).importActivities;
    expect(imported.created).toHaveLength(20);

    // Rows from before the bound: aimed at every state, with the longest texts, published.
    const text = 'Universalization workshop report: '.padEnd(5000, 'é');
    await setup.database.orm.em.getConnection().execute(
      `update activity set target_states = ?::text[], description = ?, outcome = ?, status = 'PUBLISHED', classification = 'PUBLIC'
        where title like 'Everywhere %'`,
      [`{${everyState.join(',')}}`, text, text],
    );
  } finally {
    await setup.close();
  }
  const started = await spawnHub({ ...database.env, NODE_OPTIONS: '--max-old-space-size=384' });
  if (!('proc' in started)) throw new Error(`The hub did not start:\n${started.output}`);
  hub = started;
}, 180_000);

afterAll(async () => {
  if (hub && alive()) await hub.stop('SIGTERM');
  await database?.drop();
});

describe('one query cannot exhaust memory', () => {
  it("refuses the issue's query before it runs, as a partner and as anyone, and the process lives", async () => {
    for (const token of [partnerToken, undefined]) {
      const answer = await post(ISSUE_QUERY, token);
      expect(answer.status).toBe(400);
      expect(answer.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COSTLY');
      // Priced by the bound of 60 target states: 20 + 20 × (1 + 1 + 60 + 60 × (1 + 60)).
      expect(answer.errors?.[0]?.message).toMatch(/could return 74460 objects; the limit is 25000/);
    }
    expect(alive()).toBe(true);
  });

  it('stops an answer that grows past its limit while it is built: rows above the bound', async () => {
    // Priced 6 × 3,722 = 22,332 by the bound; the rows from before it make it ~230,000 values.
    const query = ISSUE_QUERY.replace('first: 20', 'first: 6');
    for (const token of [partnerToken, undefined]) {
      const answer = await post(query, token);
      expect(answer.status).toBe(400);
      expect(answer.data ?? null).toBeNull();
      expect(answer.errors).toHaveLength(1);
      expect(answer.errors?.[0]?.extensions?.code).toBe('ANSWER_TOO_LARGE');
      expect(answer.errors?.[0]?.message).toMatch(/more than 100,000 values/);
    }
    expect(alive()).toBe(true);
  });

  it('stops an answer that grows past its limit while it is built: long texts', async () => {
    const wide = (alias: string) => `${alias}: states(first: 20) { edges { node { activities(first: 20) { description outcome } } } }`;
    // Priced 8,660 each (a 5,000-character text weighs 10): within the limit, ~8 million characters of text.
    const answer = await post(`{ ${wide('a')} ${wide('b')} }`, partnerToken);
    expect(answer.status).toBe(400);
    expect(answer.errors?.[0]?.extensions?.code).toBe('ANSWER_TOO_LARGE');
    expect(answer.errors?.[0]?.message).toMatch(/more than 5,000,000 characters of text/);
    // All of it, for every state, is refused before it runs (it was priced 10,400 before texts had a weight).
    const everything = await post('{ states(first: 200) { edges { node { activities(first: 50) { description outcome } } } } }', partnerToken);
    expect(everything.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COSTLY');
    expect(alive()).toBe(true);
  });

  it('prices expensive fields by their weight, and refuses alias floods', async () => {
    const flood = (n: number) =>
      `{ ${[...Array(n)].map((_, i) => `a${i}: states(first: 0, filter: { statusAsOf: "2020-01-01" }) { totalCount }`).join(' ')} }`;
    // Each derives every state's status: 200 (it was 0).
    const some = await post(flood(20));
    expect(some.status).toBe(200);
    expect(some.extensions?.cost).toMatchObject({ cost: 20 * 200 });
    const many = await post(flood(240));
    expect(many.status).toBe(400);
    expect(many.errors?.[0]?.extensions?.code).toBe('TOO_MANY_ALIASES');
    expect(many.errors?.[0]?.message).toBe('This operation has 240 aliases; the limit is 30.');
    // Within the alias limit, weights still add up: 30 summaries on 30 days derive every state's status 30 times.
    const summaries = [...Array(30)].map((_, i) => `s${i}: participationSummary(asOf: "20${10 + (i % 14)}-01-01") { total }`).join(' ');
    const heavy = await post(`{ ${summaries} }`);
    expect(heavy.status).toBe(200);
    expect(heavy.extensions?.cost?.cost).toBe(30 * (1 + 200));
    expect(alive()).toBe(true);
  });

  it('answers what the shipped clients ask as before', async () => {
    const w1 =
      'query W1 { states(first: 200) { totalCount edges { node { iso3 region status name nameFr: name(lang: FR) nameZh: name(lang: ZH) currentPriority { tier } nationalProcess { stage } activities(first: 5) { title startDate organiserName organiser { name } } } } } }';
    const answer = await post(w1, partnerToken);
    expect(answer.status).toBe(200);
    expect(answer.errors?.filter((e) => e.extensions?.code !== 'FORBIDDEN') ?? []).toHaveLength(0);
    expect(answer.extensions?.cost).toMatchObject({ cost: 3400, depth: 6, limit: 25_000 });
  });
});

describe('once the answer is spent, nothing more is produced', () => {
  it('on both executors: no list or text resolver runs, and the answer is one error', async () => {
    const schema = await buildHubSchema();
    const document = parse('{ state(iso3: "COM") { iso3 name region actions { kind } activities(first: 5) { title } engagements { summary } } }');
    const called: string[] = [];
    const comoros = { iso3: 'COM', names: { en: 'Comoros' }, region: 'AFRICA' };
    const contextValue = () => {
      const answer = new AnswerBudget();
      // Spent by an earlier part of the answer.
      answer.charge(MAX_ANSWER_VALUES + 1, 0);
      return {
        viewer: ANONYMOUS,
        answer,
        participation: {
          state: { load: async () => comoros },
          actions: { load: async () => (called.push('actions'), []) },
        },
        activities: { latestForStates: () => ({ load: async () => (called.push('activities'), []) }) },
        universalization: { latestEngagements: () => ({ load: async () => (called.push('engagements'), []) }) },
      };
    };
    const viaJit = compiledOperations(schema).execute('k', document, undefined, contextValue(), {});
    const plain = contextValue();
    const viaGraphqlJs = Promise.resolve(execute({ schema, document, contextValue: plain })).then((r) => limitedResult(r, plain, false));
    for (const result of await Promise.all([viaJit, viaGraphqlJs])) {
      expect(result.data ?? null).toBeNull();
      expect(result.errors?.map((e) => e.extensions?.code)).toEqual(['ANSWER_TOO_LARGE']);
    }
    expect(called).toEqual([]);
  });
});
