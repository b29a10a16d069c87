import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { demoSubject } from '../../src/domains/bodies/demo-principals';
import { signLocalToken } from '../../src/access/auth/tokens';
import { loadConfig } from '../../src/kernel/config';
import { Classification } from '../../src/access/policy/levels';
import { copyTemplate, HubClient, type HubProcess, spawnHub, type TestDatabase } from '../support/hub';
import { redisServerMissing, startTestRedis, type TestRedis } from '../support/redis';

/**
 * Two hub instances, each its own process, on one PostgreSQL database and one Redis (the test's
 * own, which it restarts): what one writes the other answers at once, rate limits are counted
 * for both together, and a Redis restart brings back no older answer on either.
 */
const template = inject('template');
const reason =
  template.kind === 'embedded'
    ? 'several instances need a PostgreSQL server (run with DATABASE_URL): an embedded data folder admits one process'
    : redisServerMissing();
// Printed, so a skip is never silent.
if (reason) console.warn(`two hub instances: skipped, ${reason}`);

const LIST = JSON.stringify({ query: '{ activities(first: 100) { edges { node { id } } } }' });
const ids = (res: { data?: unknown }) => (res.data as { activities: { edges: { node: { id: string } }[] } }).activities.edges.map((e) => e.node.id);
const LIMIT = 40;

describe.skipIf(!!reason)(`two hub instances on one PostgreSQL database and one Redis${reason ? ` (skipped: ${reason})` : ''}`, () => {
  let redis: TestRedis;
  let database: TestDatabase;
  let one: HubProcess;
  let other: HubProcess;
  const clients: Record<'one' | 'other', { anonymous: HubClient; secretariat: HubClient; partner: HubClient }> = {} as never;

  beforeAll(async () => {
    redis = await startTestRedis();
    database = await copyTemplate(template);
    const url = database.env.DATABASE_URL!;
    const env = { ...database.env, REDIS_URL: redis.url, RATE_LIMIT_PER_MINUTE: String(LIMIT), REDIS_TIMEOUT_MS: '1000' };
    // The same database by two spellings of its URL: the instances must still share one namespace.
    const started = await Promise.all([
      spawnHub({ ...env, DATABASE_URL: url.replace(/^postgres(ql)?:/, 'postgres:') }),
      spawnHub({ ...env, DATABASE_URL: url.replace(/^postgres(ql)?:/, 'postgresql:') }),
    ]);
    for (const s of started) if (!('proc' in s)) throw new Error(`a hub did not start:\n${s.output}`);
    [one, other] = started as [HubProcess, HubProcess];
    const auth = loadConfig(database.env).auth;
    for (const [name, hub] of [['one', one], ['other', other]] as const) {
      clients[name] = {
        anonymous: new HubClient(hub.url),
        secretariat: new HubClient(hub.url, await signLocalToken(auth, demoSubject('secretariat'))),
        partner: new HubClient(hub.url, await signLocalToken(auth, demoSubject('partner-cso'))),
      };
    }
  }, 240_000);
  afterAll(async () => {
    await Promise.all([one?.stop(), other?.stop()]);
    await database?.drop();
    await redis?.stop();
  });

  async function reclassify(secretariat: HubClient, id: string, classification: Classification): Promise<void> {
    const read = await secretariat.post(JSON.stringify({ query: `{ node(id: "${id}") { ... on Activity { version } } }` }));
    const { version } = (read.data as unknown as { node: { version: number } }).node;
    const set = await secretariat.post(
      JSON.stringify({
        query: `mutation { updateActivity(input: { id: "${id}", version: ${version}, classification: ${classification} }) { userErrors { code } } }`,
      }),
    );
    expect((set.data as unknown as { updateActivity: { userErrors: unknown[] } }).updateActivity.userErrors).toEqual([]);
  }

  it('a write on one is seen in the next read on the other; an answer one made, the other serves from Redis', async () => {
    const made = await clients.one.anonymous.post(LIST);
    const served = await clients.other.anonymous.post(LIST);
    // One namespace for both spellings of the database's URL.
    expect(served.headers.get('x-cache')).toBe('hit');
    expect(served.data).toEqual(made.data);
    const activity = ids(made)[0]!;

    await reclassify(clients.one.secretariat, activity, Classification.RESTRICTED);
    expect(ids(await clients.other.anonymous.post(LIST))).not.toContain(activity);
    await reclassify(clients.other.secretariat, activity, Classification.PUBLIC);
    expect(ids(await clients.one.anonymous.post(LIST))).toContain(activity);
  });

  it('after Redis restarts empty, neither serves an answer older than the last write', async () => {
    const activity = ids(await clients.one.anonymous.post(LIST))[0]!;
    await redis.stop();
    await redis.start();
    // Each instance holds its own copy of the list as it is now.
    for (const name of ['one', 'other'] as const) expect(ids(await clients[name].anonymous.post(LIST))).toContain(activity);

    await reclassify(clients.one.secretariat, activity, Classification.RESTRICTED);
    expect(ids(await clients.other.anonymous.post(LIST))).not.toContain(activity);
    await redis.stop();
    await redis.start();
    for (const name of ['one', 'other'] as const) expect(ids(await clients[name].anonymous.post(LIST))).not.toContain(activity);

    // While Redis is away too.
    await redis.stop();
    await reclassify(clients.other.secretariat, activity, Classification.PUBLIC);
    for (const name of ['one', 'other'] as const) expect(ids(await clients[name].anonymous.post(LIST))).toContain(activity);
    await redis.start();
    await reclassify(clients.one.secretariat, activity, Classification.RESTRICTED);
    for (const name of ['one', 'other'] as const) expect(ids(await clients[name].anonymous.post(LIST))).not.toContain(activity);
  });

  it('rate limits are counted for both: a viewer at its limit on one is refused on the other', async () => {
    // The whole exchange within one minute's window.
    const intoMinute = Date.now() % 60_000;
    if (intoMinute > 40_000) await new Promise((r) => setTimeout(r, 60_000 - intoMinute + 100));
    const summary = JSON.stringify({ query: '{ participationSummary { total } }' });
    for (let i = 0; i < LIMIT; i++) expect((await clients.one.partner.post(summary)).status).toBe(200);
    // Until the first instance's counts are in Redis (it sends them every 100 ms).
    const viewer = createHash('sha256').update(demoSubject('partner-cso')).digest('base64url').slice(0, 22);
    let counted = 0;
    for (let i = 0; i < 100 && counted < LIMIT; i++) {
      const keys = (await redis.command('KEYS', `att-hub:*:rate:subject:${viewer}:*`)).split('\r\n').filter((l) => l.startsWith('att-hub:'));
      counted = keys.length ? Number((await redis.command('GET', keys[0]!)).split('\r\n')[1]) : 0;
      if (counted < LIMIT) await new Promise((r) => setTimeout(r, 50));
    }
    expect(counted).toBe(LIMIT);
    const refused = await clients.other.partner.post(summary);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('a query registered by its hash on one is known by its hash on the other', async () => {
    const query = '{ participationSummary { signatories } }';
    const hash = createHash('sha256').update(query).digest('hex');
    const registered = await clients.one.anonymous.post(JSON.stringify({ query, extensions: { persistedQuery: { version: 1, sha256Hash: hash } } }));
    expect(registered.errors).toBeUndefined();
    const byHash = await clients.other.anonymous.post(JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: hash } } }));
    expect(byHash.errors).toBeUndefined();
    expect(byHash.data).toEqual(registered.data);
  });
});
