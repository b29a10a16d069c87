import { afterAll, describe, expect, it } from 'vitest';
import { HubClient, startTestHub, type TestHub } from '../support/hub';

const started: TestHub[] = [];
async function hubWith(env: Record<string, string>): Promise<TestHub> {
  const hub = await startTestHub(env);
  started.push(hub);
  return hub;
}
afterAll(async () => {
  await Promise.all(started.map((h) => h.stop()));
});

const summary = JSON.stringify({ query: '{ participationSummary { total } }' });

/**
 * The limits count in fixed one-minute windows (rate-limit.ts): a burst that straddles the turn of
 * a minute starts a new count halfway. Each test's requests are sent well inside one minute.
 */
async function withinOneMinute(roomMs = 20_000): Promise<void> {
  const left = 60_000 - (Date.now() % 60_000);
  if (left < roomMs) await new Promise((resolve) => setTimeout(resolve, left + 50));
}

describe('rate limits', () => {
  it('count per viewer, report the count, and refuse past the limit with 429 and Retry-After', async () => {
    const hub = await hubWith({ RATE_LIMIT_PER_MINUTE: '5', ...(process.env.REDIS_URL ? { REDIS_URL: process.env.REDIS_URL } : {}) });
    await withinOneMinute();
    const answers = [];
    for (let i = 0; i < 7; i++) answers.push(await hub.client.post(summary, { 'x-forwarded-for': `10.0.0.${i}` }));
    expect(answers.slice(0, 5).every((a) => a.status === 200)).toBe(true);
    expect(answers[0]!.headers.get('ratelimit-limit')).toBe('5');
    expect(answers[4]!.headers.get('ratelimit-remaining')).toBe('0');
    const refused = answers[5]!;
    expect(refused.status).toBe(429);
    expect(refused.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    // Another viewer (a signed-in one) has its own count; spoofed forwarding headers change nothing.
    const secretariat = await hub.as('secretariat');
    expect((await secretariat.post(summary)).status).toBe(200);
  });
});

/** Texts of one token that verify alike: the signature's last character has 2 spare bits, and a `=` may pad it. */
function textsOf(token: string): string[] {
  const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  const last = ALPHABET.indexOf(token.at(-1)!);
  const stems = [0, 1, 2, 3].map((spare) => `${token.slice(0, -1)}${ALPHABET[(last & ~3) | spare]}`);
  return stems.flatMap((t) => [t, `${t}=`]);
}

describe('rate limits per person, not per text', () => {
  it('count every text of a token as one viewer, and tokens refused on the address', async () => {
    const hub = await hubWith({ RATE_LIMIT_PER_MINUTE: '6' });
    await withinOneMinute();
    const { token } = await hub.as('secretariat');
    const texts = textsOf(token!);
    expect(new Set(texts).size).toBe(8);
    const statuses = [];
    for (const text of [...texts, ...texts]) statuses.push((await new HubClient(hub.client.url, text).post(summary)).status);
    // Every text is accepted as the token it is, and all count as one viewer.
    expect(statuses.slice(0, 6)).toEqual([200, 200, 200, 200, 200, 200]);
    expect(statuses.slice(6).every((s) => s === 429)).toBe(true);

    // No token and a refused one both count on the address.
    const answers = [];
    for (let i = 0; i < 4; i++) {
      answers.push((await hub.client.post(summary)).status);
      answers.push((await hub.client.post(summary, { authorization: `Bearer forged.${i}.token` })).status);
    }
    expect(answers.slice(0, 6)).toEqual([200, 401, 200, 401, 200, 401]);
    expect(answers.slice(6)).toEqual([429, 429]);
  });
});

describe('browsers and introspection', () => {
  it('security headers on every response; CORS only for the allowed origins', async () => {
    const hub = await hubWith({ CORS_ORIGINS: 'https://dashboard.example.org' });
    const res = await fetch(`${hub.origin}/healthz`);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('content-security-policy')).toMatch(/default-src 'self'/);

    const allowed = await fetch(hub.client.url, { method: 'OPTIONS', headers: { origin: 'https://dashboard.example.org' } });
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://dashboard.example.org');
    const other = await fetch(hub.client.url, { method: 'OPTIONS', headers: { origin: 'https://evil.example.com' } });
    expect(other.status).toBe(403);
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('introspection is off in production unless enabled', async () => {
    const production = { NODE_ENV: 'production', AUTH_JWKS_URL: 'https://idp.example.org/jwks', AUTH_ISSUER: 'https://idp.example.org', AUTH_AUDIENCE: 'att-hub' };
    const query = JSON.stringify({ query: '{ __schema { queryType { name } } }' });
    const off = await (await hubWith(production)).client.post(query);
    expect(off.status).toBe(400);
    expect(off.errors?.[0]?.message).toMatch(/introspection/i);
    const on = await (await hubWith({ ...production, INTROSPECTION: 'true' })).client.post(query);
    expect(on.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });

  it('batched requests are refused; an operation of too many tokens is refused before it runs', async () => {
    const hub = await hubWith({});
    const batch = await hub.client.post(JSON.stringify([{ query: '{ participationSummary { total } }' }, { query: '{ participationSummary { total } }' }]));
    expect(batch.status).toBe(400);
    const tokens = await hub.client.post(JSON.stringify({ query: `{ ${'a: participationSummary { total } '.repeat(2000)} }` }));
    expect(tokens.status).toBe(400);
    expect(tokens.errors?.[0]?.message).toMatch(/token/i);
  });
});
