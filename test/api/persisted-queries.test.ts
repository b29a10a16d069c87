import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHub, type TestHub } from '../support/hub';

/**
 * Automatic persisted queries as Apollo's clients speak them (apollo-link-persisted-queries):
 * send the hash alone; on PERSISTED_QUERY_NOT_FOUND send the query with its hash; from then on
 * the hash alone is enough. Through the cache step (answers it serves from the cache) and through
 * Apollo (everything else) alike.
 */
let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(async () => {
  await hub?.stop();
});

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const extension = (hash: string, version = 1) => ({ persistedQuery: { version, sha256Hash: hash } });
const byHash = (query: string) => JSON.stringify({ extensions: extension(sha256(query)) });
const withHash = (query: string, hash = sha256(query)) => JSON.stringify({ query, extensions: extension(hash) });

describe('automatic persisted queries', () => {
  it('follow the protocol: unknown hash, then query and hash, then the hash alone, answered from the cache', async () => {
    const query = '{ participationSummary { statesParties signatories } }';
    const unknown = await hub.client.post(byHash(query));
    expect(unknown.status).toBe(200);
    expect(unknown.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect(unknown.data).toBeUndefined();

    const registered = await hub.client.post(withHash(query));
    expect(registered.status).toBe(200);
    expect(registered.errors).toBeUndefined();
    const again = await hub.client.post(byHash(query));
    expect(again.errors).toBeUndefined();
    expect(again.data).toEqual(registered.data);
    // The cache step knows the hash: the answer comes from the cache without Apollo.
    expect(again.headers.get('x-cache')).toBe('hit');
  });

  it('register the hash of a query the cache step answers from the cache', async () => {
    const query = '{ participationSummary { nonSignatories } }';
    // Cached by plain requests, before any client sent its hash.
    await hub.client.post(JSON.stringify({ query }));
    expect((await hub.client.post(JSON.stringify({ query }))).headers.get('x-cache')).toBe('hit');

    const registered = await hub.client.post(withHash(query));
    expect(registered.headers.get('x-cache')).toBe('hit');
    const byHashAlone = await hub.client.post(byHash(query));
    expect(byHashAlone.errors).toBeUndefined();
    expect(byHashAlone.data).toEqual(registered.data);
  });

  it('refuse a hash that is not the query’s with BAD_REQUEST, cached or not, never with data or a 500', async () => {
    const cached = '{ participationSummary { total } }';
    await hub.client.post(JSON.stringify({ query: cached }));
    expect((await hub.client.post(JSON.stringify({ query: cached }))).headers.get('x-cache')).toBe('hit');
    const uncached = '{ participationSummary { undetermined } }';
    for (const query of [cached, uncached]) {
      const wrong = await hub.client.post(withHash(query, sha256(`${query} `)));
      expect(wrong.status).toBe(400);
      expect(wrong.data).toBeUndefined();
      expect(wrong.errors).toEqual([{ message: 'provided sha does not match query', extensions: { code: 'BAD_REQUEST' } }]);
    }
    // Nothing was registered under the wrong hash.
    const lookup = await hub.client.post(JSON.stringify({ extensions: extension(sha256(`${cached} `)) }));
    expect(lookup.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');

    const version = await hub.client.post(JSON.stringify({ query: cached, extensions: extension(sha256(cached), 2) }));
    expect(version.status).toBe(400);
    expect(version.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
  });

  it('answer each query sent by its hash alone with its own answer, over GET (Apollo) as over POST', async () => {
    const first = '{ states(first: 2) { edges { node { iso3 } } } }';
    const second = '{ states(first: 3) { edges { node { iso3 } } } }';
    for (const query of [first, second]) expect((await hub.client.post(withHash(query))).errors).toBeUndefined();
    const get = async (query: string) => {
      const params = new URLSearchParams({ extensions: JSON.stringify(extension(sha256(query))) });
      const res = await fetch(`${hub.client.url}?${params}`, { headers: { 'apollo-require-preflight': 'true' } });
      return (await res.json()) as { data?: { states: { edges: unknown[] } }; errors?: unknown };
    };
    // Twice each: the second is served from the cache, and must be its own query's answer.
    for (let round = 0; round < 2; round++) {
      expect((await get(first)).data?.states.edges).toHaveLength(2);
      expect((await get(second)).data?.states.edges).toHaveLength(3);
    }
    const post = async (query: string) => (await hub.client.post(byHash(query))).data as { states: { edges: unknown[] } } | undefined;
    expect((await post(first))?.states.edges).toHaveLength(2);
    expect((await post(second))?.states.edges).toHaveLength(3);
  });
});
