import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Activity } from '../../src/domains/activities/activity.entity';
import { grouped } from '../../src/kernel/db/grouped';
import { readOnlyRecords } from '../../src/performance/read-only-records';
import { parse } from 'graphql';
import { compiledOperations } from '../../src/performance/compiled-execution';
import { buildHubSchema } from '../../src/schema';
import { State } from '../../src/domains/participation/state.entity';
import { startTestHub, type TestHub } from '../support/hub';

/** The benchmark's W1: every state with restricted fields and its latest activities, as the Secretariat. */
const w1 = (first: number) =>
  JSON.stringify({
    query: `{ states(first: ${first}) { totalCount edges { node { iso3 region status name nameFr: name(lang: FR)
      currentPriority { tier } nationalProcess { stage } engagements { date }
      activities(first: 5) { title startDate organiserName organiser { name } } } } } }`,
  });

let hub: TestHub;
beforeAll(async () => {
  // With REDIS_URL (as .ci/run sets for the server run) the cache is Redis, as several instances would share it.
  hub = await startTestHub(process.env.REDIS_URL ? { REDIS_URL: process.env.REDIS_URL } : {});
});
afterAll(async () => {
  await hub?.stop();
});

describe('batching', () => {
  it('W1 sends as many SQL statements for 10 states as for 196', async () => {
    const secretariat = await hub.as('secretariat');
    // Give the states activities with organisers, so every relation of W1 has rows to batch.
    for (const [i, states] of [['ZAF', 'KEN'], ['COM'], ['AGO', 'ZWE', 'FJI']].entries()) {
      await (await hub.as('partner-cso')).post(
        JSON.stringify({ query: `mutation { createActivity(input: { kind: TRAINING, title: "Batching ${i}", targetStates: ${JSON.stringify(states)} }) { activity { id } } }` }),
      );
    }
    const small = await secretariat.post(w1(10));
    const all = await secretariat.post(w1(196));
    expect(small.errors).toBeUndefined();
    expect(all.errors).toBeUndefined();
    const statements = (r: { headers: Headers }) => Number(r.headers.get('x-sql-statements'));
    expect(statements(small)).toBeGreaterThan(3);
    expect(statements(all)).toBe(statements(small));
    console.log(`W1: ${statements(all)} SQL statements for 10 states and for 196`);
  });

  it("a page of states brings each state's status on the day asked: no statement of its own, the same status as one state's", async () => {
    const secretariat = await hub.as('secretariat');
    const page = async (fields: string, filter = '') => {
      const answer = await secretariat.post(
        JSON.stringify({ query: `{ states(first: 30${filter}) { edges { node { iso3 ${fields} } } } }` }),
        { 'cache-control': 'no-store' },
      );
      expect(answer.errors).toBeUndefined();
      const nodes = (answer.data as unknown as { states: { edges: { node: Record<string, string | null> }[] } }).states.edges.map((e) => e.node);
      return { nodes, statements: Number(answer.headers.get('x-sql-statements')) };
    };
    const bare = await page('');
    const today = await page('status');
    expect(today.statements).toBe(bare.statements);
    // Another day than the page's is a statement of its own, and gives that day's status.
    const past = await page('status(asOf: "2014-01-01") today: status');
    expect(past.statements).toBe(bare.statements + 1);
    const filteredPast = await page('status(asOf: "2014-01-01")', ', filter: { statusAsOf: "2014-01-01" }');
    expect(filteredPast.statements).toBe(bare.statements);
    for (const [i, node] of today.nodes.entries()) {
      const one = await secretariat.post(JSON.stringify({ query: `{ state(iso3: "${node.iso3}") { status old: status(asOf: "2014-01-01") } }` }));
      const state = (one.data as unknown as { state: { status: string | null; old: string | null } }).state;
      expect([node.iso3, node.status, past.nodes[i]!.today, past.nodes[i]!.status, filteredPast.nodes[i]!.status]).toEqual([
        node.iso3,
        state.status,
        state.status,
        state.old,
        state.old,
      ]);
    }
    // The page is of states of every status, so the comparison above compared some of each.
    expect(new Set(today.nodes.map((n) => n.status)).size).toBeGreaterThan(1);
  });

  it('a second anonymous read is answered from the cache with one SQL statement, the data generation', async () => {
    const query = JSON.stringify({ query: '{ participationSummary { statesParties byRegion { region statesParties } } }' });
    await hub.client.post(query);
    const again = await hub.client.post(query);
    expect(again.headers.get('x-cache')).toBe('hit');
    expect(Number(again.headers.get('x-sql-statements'))).toBe(1);
  });
});

describe('read-only records', () => {
  it('hold what tracked entities hold, and are of the entity class but untracked', async () => {
    const em = (hub.hub.database.orm.em as EntityManager).fork();
    for (const [entity, table] of [[Activity, 'activity'], [State, 'state']] as const) {
      const rows = await em.execute(`select * from ${table} order by 1 limit 40`);
      expect(rows.length).toBeGreaterThan(0);
      const plain = readOnlyRecords(em, entity as typeof Activity, rows);
      const tracked = rows.map((row) => em.fork().map(entity as typeof Activity, row));
      const meta = em.getMetadata().get(entity.name);
      for (const [i, record] of plain.entries()) {
        expect(record).toBeInstanceOf(entity);
        for (const prop of meta.props.filter((p) => p.kind === 'scalar' && p.persist !== false)) {
          const name = prop.name as keyof Activity;
          expect([prop.name, record[name]]).toEqual([prop.name, tracked[i]![name] ?? null]);
        }
        for (const prop of meta.props.filter((p) => p.kind === 'm:1')) {
          const name = prop.name as keyof Activity;
          const key = em.getMetadata().get(prop.type).primaryKeys[0]!;
          const value = (r: unknown) => ((r as Record<string, unknown> | null | undefined)?.[key] ?? null);
          expect([prop.name, value(record[name])]).toEqual([prop.name, value(tracked[i]![name])]);
        }
      }
      expect(plain.some((record) => em.getUnitOfWork().getById(entity.name, (record as { id?: string }).id ?? '') !== undefined)).toBe(false);
    }
  });
});

describe('compiled operations', () => {
  it('are kept within 100,000 characters of operations, the least recently used dropped first', async () => {
    const operations = compiledOperations(await buildHubSchema());
    // Operations of 2,000 characters each (a comment pads them), named apart.
    const run = async (i: number) => {
      const text = `query Q${i} { __typename } # ${'x'.repeat(2_000)}`.slice(0, 2_000);
      expect(await operations.execute(`q${i}`, parse(text), undefined, {}, {})).toEqual({ data: { __typename: 'Query' } });
    };
    for (let i = 0; i < 80; i++) await run(i);
    expect(operations.kept().chars).toBeLessThanOrEqual(100_000);
    expect(operations.kept().keys).toEqual(Array.from({ length: 50 }, (_, i) => `\nq${i + 30}`));
    // Used again, an operation becomes the most recent: the next one drops the oldest after it.
    await run(30);
    await run(80);
    expect(operations.kept().keys.slice(0, 2)).toEqual(['\nq32', '\nq33']);
    expect(operations.kept().keys.slice(-2)).toEqual(['\nq30', '\nq80']);
  });
});

describe('grouped round trips', () => {
  it('a caller alone goes at once; callers arriving meanwhile share the next round trip, which starts when it ends', async () => {
    const runs: { inputs: number[]; finish: (v: string) => void }[] = [];
    const lookUp = grouped((inputs: number[]) => new Promise<string>((finish) => runs.push({ inputs, finish })));
    const first = lookUp(1);
    expect(runs.map((r) => r.inputs)).toEqual([[1]]);
    const second = lookUp(2);
    const third = lookUp(3);
    // Still one run: 2 and 3 arrived after it started, so it cannot serve them.
    expect(runs).toHaveLength(1);
    runs[0]!.finish('one');
    expect(await first).toBe('one');
    await Promise.resolve();
    expect(runs.map((r) => r.inputs)).toEqual([[1], [2, 3]]);
    runs[1]!.finish('two');
    expect([await second, await third]).toEqual(['two', 'two']);
  });

  it('every caller of a failed round trip gets the error, and the next caller a new round trip', async () => {
    let calls = 0;
    const write = grouped(async (inputs: string[]) => {
      calls++;
      if (inputs.includes('bad')) throw new Error('refused');
      return inputs.length;
    });
    const outcomes = await Promise.allSettled([write('ok'), write('bad'), write('also')]);
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'rejected']);
    expect(await write('after')).toBe(1);
    expect(calls).toBe(3);
  });

  it('a group holds at most `max` callers', async () => {
    const sizes: number[] = [];
    const write = grouped(async (inputs: number[]) => void sizes.push(inputs.length), { max: 2 });
    await Promise.all([1, 2, 3, 4, 5, 6].map((n) => write(n)));
    expect(sizes).toEqual([1, 2, 2, 1]);
  });
});
