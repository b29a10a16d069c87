import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildHubSchema } from '../../src/schema';
import { builtUnder } from '../../src/performance/response-cache';
import { Classification } from '../../src/access/policy/levels';
import { POLICY } from '../../src/access/policy/policy-table';
import { type HubClient, startTestHub, type TestHub } from '../support/hub';
import { redisServerMissing, startTestRedis, type TestRedis } from '../support/redis';

/**
 * The response cache never serves an answer older than the last committed write, whatever Redis
 * does (restarts empty, goes away, stalls) and whichever way the write came; and a stalled Redis
 * stalls no request.
 */
const missing = redisServerMissing();
// Printed, so a skip is never silent.
if (missing) console.warn(`Redis failures: skipped, ${missing}`);

const LIST = JSON.stringify({ query: '{ activities(first: 100) { edges { node { id title } } } }' });
type Listed = { activities: { edges: { node: { id: string; title: string } }[] } };
const nodes = (res: { data?: unknown }) => (res.data as Listed).activities.edges.map((e) => e.node);
const ids = (res: { data?: unknown }) => nodes(res).map((n) => n.id);

async function reclassify(secretariat: HubClient, id: string, classification: Classification): Promise<void> {
  const read = await secretariat.post(JSON.stringify({ query: `{ node(id: "${id}") { ... on Activity { version } } }` }));
  const { version } = (read.data as unknown as { node: { version: number } }).node;
  const set = await secretariat.post(
    JSON.stringify({
      query: `mutation { updateActivity(input: { id: "${id}", version: ${version}, classification: ${classification} }) { userErrors { code message } } }`,
    }),
  );
  expect(set.errors).toBeUndefined();
  expect((set.data as unknown as { updateActivity: { userErrors: unknown[] } }).updateActivity.userErrors).toEqual([]);
}

describe.skipIf(!!missing)(`with a Redis server of the test's own${missing ? ` (skipped: ${missing})` : ''}`, () => {
  let redis: TestRedis;
  let hub: TestHub;
  beforeAll(async () => {
    redis = await startTestRedis();
    // A generous bound: on a loaded machine 50 ms is sometimes missed, and this test file asserts what Redis holds.
    hub = await startTestHub({ REDIS_URL: redis.url, RATE_LIMIT_PER_MINUTE: '100000', REDIS_TIMEOUT_MS: '500' });
  });
  afterAll(async () => {
    await hub?.stop();
    await redis?.stop();
  });

  it('after Redis restarts empty, or while it is away, no answer older than the last write is served (RESTRICTED ones included)', async () => {
    const secretariat = await hub.as('secretariat');
    const first = await hub.client.post(LIST);
    const activity = ids(first)[0]!;
    expect((await hub.client.post(LIST)).headers.get('x-cache')).toBe('hit');

    await reclassify(secretariat, activity, Classification.RESTRICTED);
    expect(ids(await hub.client.post(LIST))).not.toContain(activity);

    // Restarted empty: this process still holds copies made before the write.
    await redis.stop();
    await redis.start();
    expect(ids(await hub.client.post(LIST))).not.toContain(activity);

    // Away: writes go on, and so do the reads, each with the last write in it.
    await redis.stop();
    await reclassify(secretariat, activity, Classification.PUBLIC);
    expect(ids(await hub.client.post(LIST))).toContain(activity);
    await reclassify(secretariat, activity, Classification.RESTRICTED);
    const away = await hub.client.post(LIST);
    expect(away.status).toBe(200);
    expect(ids(away)).not.toContain(activity);
    await redis.start();
    expect(ids(await hub.client.post(LIST))).not.toContain(activity);
  });

  it('a write no hook of the hub saw (as if it crashed between its commit and anything after) still moves the cache on', async () => {
    const before = await hub.client.post(LIST);
    const target = nodes(before)[0]!;
    expect((await hub.client.post(LIST)).headers.get('x-cache')).toBe('hit');
    const uuid = Buffer.from(target.id, 'base64url').toString().split(':')[1]!;
    await hub.hub.database.orm.em.getConnection().execute(`update activity set title = 'Retitled in SQL' where id = ?`, [uuid]);
    const after = await hub.client.post(LIST);
    expect(after.headers.get('x-cache')).toBeNull();
    expect(nodes(after).find((n) => n.id === target.id)?.title).toBe('Retitled in SQL');
  });

  it('keys in Redis name the database and what the answers were built under (the printed schema, the policy table)', async () => {
    const schema = await buildHubSchema();
    const built = builtUnder(schema);
    // The test before restarted Redis: the hub goes around it for a few seconds, then tries it again.
    // An answer's key, not the rate limiter's (att-hub:<database>:rate:…), which its batches write meanwhile.
    const answerKey = new RegExp(`att-hub:[0-9a-f]{16}:${built}:`);
    let keys = '';
    for (const until = Date.now() + 15_000; !answerKey.test(keys) && Date.now() < until; ) {
      await hub.client.post(JSON.stringify({ query: '{ participationSummary { signatories } }' }), { 'cache-control': 'no-cache' });
      keys = String(await redis.command('KEYS', 'att-hub:*'));
      if (!answerKey.test(keys)) await new Promise((r) => setTimeout(r, 250));
    }
    expect(keys).toMatch(answerKey);
    // A deploy that reclassifies one field builds under another name.
    const field = POLICY.State!.fields.name!;
    POLICY.State!.fields.name = { level: Classification.PARTNER };
    try {
      expect(builtUnder(schema)).not.toBe(built);
    } finally {
      POLICY.State!.fields.name = field;
    }
    expect(builtUnder(schema)).toBe(built);
  });

  it('a stalled Redis (SIGSTOP) stalls no request; /healthz says degraded, then ok once Redis is back', async () => {
    const summary = JSON.stringify({ query: '{ participationSummary { statesParties } }' });
    await hub.client.post(summary);
    const secretariat = await hub.as('secretariat');
    redis.pause();
    try {
      // Bounded calls and a breaker: each answer comes long before the 20 s a stalled Redis held it.
      const within = { signal: AbortSignal.timeout(10_000) };
      const answers = await Promise.all([
        fetch(hub.client.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: summary, ...within }),
        fetch(hub.client.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: LIST, ...within }),
        fetch(secretariat.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${secretariat.token}` },
          body: JSON.stringify({ query: '{ state(iso3: "TUV") { currentPriority { tier } } }' }),
          ...within,
        }),
      ]);
      expect(answers.map((a) => a.status)).toEqual([200, 200, 200]);
      // This process's own copy still serves.
      expect(answers[0]!.headers.get('x-cache')).toBe('hit');
      const health = await fetch(`${hub.origin}/healthz`, within);
      expect(health.status).toBe(200);
      expect(await health.json()).toEqual({ status: 'degraded', database: 'up', redis: 'down' });
    } finally {
      redis.resume();
    }
    let back: unknown;
    for (let i = 0; i < 100; i++) {
      back = await (await fetch(`${hub.origin}/healthz`)).json();
      if ((back as { redis: string }).redis === 'up') break;
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(back).toEqual({ status: 'ok', database: 'up', redis: 'up' });
  });
});
