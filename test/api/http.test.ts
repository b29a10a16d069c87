import http from 'node:http';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql';
import { startTestHub, type TestHub } from '../support/hub';

const StateByCode = graphql(`
  query StateByCode($iso3: String!) {
    state(iso3: $iso3) {
      iso3
    }
  }
`);

const SummaryOn = graphql(`
  query SummaryOn($asOf: Date) {
    participationSummary(asOf: $asOf) {
      statesParties
    }
  }
`);

const FirstStates = graphql(`
  query FirstStates($first: Int, $after: String) {
    states(first: $first, after: $after) {
      totalCount
      edges {
        node {
          iso3
        }
      }
    }
  }
`);

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(async () => {
  await hub?.stop();
});

/** Nothing a client sees may carry internals. */
function expectNoInternals(body: unknown): void {
  const text = JSON.stringify(body);
  expect(text).not.toMatch(/stacktrace|\bat .+\.(ts|js):\d+|select |insert |node_modules|pg_|mikro/i);
}

describe('bad input gets a clear error with a code', () => {
  it('a malformed state code is BAD_USER_INPUT, an unknown one NOT_FOUND', async () => {
    const malformed = await hub.client.query(StateByCode, { iso3: 'Korea' });
    expect(malformed.status).toBe(200);
    expect(malformed.data?.state).toBeNull();
    expect(malformed.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(malformed.errors?.[0]?.message).toMatch(/three-letter/);

    const unknown = await hub.client.query(StateByCode, { iso3: 'XYZ' });
    expect(unknown.data?.state).toBeNull();
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(unknown.errors?.[0]?.message).toBe('State XYZ was not found.');
  });

  it('an impossible or malformed date is rejected before execution', async () => {
    for (const asOf of ['2023-02-30', '15/02/2023', '2023-2-15', 'yesterday']) {
      const res = await hub.client.query(SummaryOn, { asOf });
      expect(res.status, asOf).toBe(400);
      expect(res.errors?.[0]?.extensions?.code, asOf).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0]?.message, asOf).toMatch(/Date/);
      expectNoInternals(res);
    }
  });

  it('page sizes out of range and foreign cursors are BAD_USER_INPUT', async () => {
    for (const first of [-1, 201, 100000]) {
      const res = await hub.client.query(FirstStates, { first });
      expect(res.errors?.[0]?.extensions?.code, String(first)).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0]?.message).toBe('first must be between 0 and 200.');
    }
    const cursor = await hub.client.query(FirstStates, { first: 5, after: 'bm90IGEgY3Vyc29y' });
    expect(cursor.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const zero = await hub.client.query(FirstStates, { first: 0 });
    expect(zero.data?.states).toMatchObject({ totalCount: 196, edges: [] });
  });

  it('a page past the end is empty and still counts', async () => {
    const last = await hub.client.post(JSON.stringify({ query: '{ states(last: 1) { edges { cursor } } }' }));
    const cursor = (last.data as unknown as { states: { edges: { cursor: string }[] } }).states.edges[0]!.cursor;
    const res = await hub.client.query(FirstStates, { first: 10, after: cursor });
    expect(res.data?.states).toEqual({ totalCount: 196, edges: [] });
  });

  it('invalid JSON, GraphQL syntax errors and unknown fields are 400s with codes', async () => {
    const json = await hub.client.post('{"query": ');
    expect(json.status).toBe(400);
    expect(json.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
    // JSON that is not an object, and no body at all, are explained too.
    for (const body of ['"{ participationSummary { total } }"', '']) {
      const odd = await hub.client.post(body);
      expect(odd.status).toBe(400);
      expect(odd.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
      expectNoInternals(odd);
    }

    const syntax = await hub.client.post(JSON.stringify({ query: '{ participationSummary { ' }));
    expect(syntax.status).toBe(400);
    expect(syntax.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');

    const field = await hub.client.post(JSON.stringify({ query: '{ participationSummary { secrets } }' }));
    expect(field.status).toBe(400);
    expect(field.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');

    const variables = await hub.client.post(
      JSON.stringify({ query: 'query($n: Int) { states(first: $n) { totalCount } }', variables: { n: 'ten' } }),
    );
    expect(variables.status).toBe(400);
    expect(variables.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');

    // A document of two operations: one must be named, and exist.
    const two = 'query A { participationSummary { statesParties } } query B { __typename }';
    const unnamed = await hub.client.post(JSON.stringify({ query: two }));
    const unknown = await hub.client.post(JSON.stringify({ query: two, operationName: 'C' }));
    for (const [res, message] of [[unnamed, /Must provide operation name/], [unknown, /Unknown operation named "C"/]] as const) {
      expect(res.status).toBe(400);
      expect(res.errors?.[0]?.extensions?.code).toBe('OPERATION_RESOLUTION_FAILURE');
      expect(res.errors?.[0]?.message).toMatch(message);
    }
    const named = await hub.client.post(JSON.stringify({ query: two, operationName: 'B' }));
    expect(named.data).toEqual({ __typename: 'Query' });
    for (const res of [json, syntax, field, variables, unnamed, unknown]) expectNoInternals(res);
  });

  it('an oversized body is refused with 413 before parsing', async () => {
    const res = await hub.client.post(JSON.stringify({ query: `{ participationSummary { total } } #${'x'.repeat(300_000)}` }));
    expect(res.status).toBe(413);
    expect(res.errors?.[0]?.message).toMatch(/larger than/);
  });

  it('CSRF: a simple GET is refused when it carries a cookie, answered as the public when it carries nothing', async () => {
    const url = `${hub.client.url}?query=${encodeURIComponent('{ participationSummary { total } }')}`;
    const withCookie = await fetch(url, { headers: { cookie: 'session=abc' } });
    expect(withCookie.status).toBe(400);
    const ok = await fetch(url);
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ data: { participationSummary: { total: 196 } } });
  });
});

describe('the HTTP service', () => {
  it('GET /healthz reports the database reachable', async () => {
    const res = await fetch(`${hub.origin}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', database: 'up', redis: 'not configured' });
  });

  it("every response carries the hub's own request id, whatever id the client sent", async () => {
    const res = await fetch(`${hub.origin}/healthz`, { headers: { 'x-request-id': 'brief-csp9-001' } });
    expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const other = await fetch(`${hub.origin}/healthz`, { headers: { 'x-request-id': 'brief-csp9-001' } });
    expect(other.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(other.headers.get('x-request-id')).not.toBe(res.headers.get('x-request-id'));
  });

  it('GET /graphql from a browser serves GraphiQL whose assets all come from this hub', async () => {
    const res = await fetch(hub.client.url, { headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    const html = await res.text();
    // Attributes, module imports and worker URLs: everything the page would load.
    const urls = [...html.matchAll(/(?:src|href)="([^"]+)"|from "([^"]+)"|new URL\("([^"]+)"/g)].map(
      (m) => m[1] ?? m[2] ?? m[3]!,
    );
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) expect(url, url).toMatch(/^\/graphiql\//);
    expect(html).not.toMatch(/https?:\/\/(?!localhost|127\.0\.0\.1)[a-z]/i);
    for (const asset of ['ruru.js', 'ruru.css']) {
      const file = await fetch(`${hub.origin}/graphiql/${asset}`);
      expect(file.status, asset).toBe(200);
      expect((await file.arrayBuffer()).byteLength).toBeGreaterThan(10_000);
    }
  });

  it('an unknown path is a JSON 404', async () => {
    const res = await fetch(`${hub.origin}/admin`);
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ errors: [{ extensions: { code: 'NOT_FOUND' } }] });
  });
});

describe('cost limits', () => {
  it('every answer states its cost; an operation too deep or too costly is refused before it runs', async () => {
    const cheap = await hub.client.post(JSON.stringify({ query: '{ states(first: 10) { edges { node { iso3 actions { kind } } } } }' }));
    expect(cheap.status).toBe(200);
    expect((cheap as unknown as { extensions: { cost: { cost: number; limit: number } } }).extensions.cost).toMatchObject({
      // 10 states, their edges and nodes, 3 actions each (one of each kind), and every state's status derived to page them.
      cost: 10 + 10 + 10 + 10 * 3 + 200,
      limit: 25_000,
    });

    const costly = await hub.client.post(
      JSON.stringify({ query: '{ states(first: 200) { edges { node { activities(first: 50) { targetStates { activities(first: 50) { title } } } } } } }' }),
    );
    expect(costly.status).toBe(400);
    expect(costly.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COSTLY');
    expect(costly.errors?.[0]?.message).toMatch(/the limit is 25000/);

    const nest = (depth: number): string => (depth === 0 ? 'iso3' : `actions { state { ${nest(depth - 1)} } }`);
    const deep = await hub.client.post(JSON.stringify({ query: `{ state(iso3: "COM") { ${nest(8)} } }` }));
    expect(deep.status).toBe(400);
    expect(deep.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_DEEP');
  });
});

describe('the response cache for anonymous public reads', () => {
  it('answers a repeated anonymous query from the cache, and a write is visible in the next read', async () => {
    const query = JSON.stringify({ query: '{ activities(first: 100) { totalCount } }' });
    const first = await hub.client.post(query);
    const second = await hub.client.post(query);
    expect(second.headers.get('x-cache')).toBe('hit');
    expect(second.data).toEqual(first.data);

    const cso = await hub.as('partner-cso');
    const created = await cso.post(
      JSON.stringify({ query: 'mutation { createActivity(input: { kind: ADVOCACY, title: "Cache check" }) { activity { id version } } }' }),
    );
    const { id, version } = (created.data as unknown as { createActivity: { activity: { id: string; version: number } } }).createActivity.activity;
    await cso.post(JSON.stringify({ query: `mutation { submitActivity(input: { id: "${id}", version: ${version} }) { userErrors { code } } }` }));
    await (await hub.as('secretariat')).post(JSON.stringify({ query: `mutation { publishActivity(input: { id: "${id}", version: ${version + 1} }) { userErrors { code } } }` }));

    const after = await hub.client.post(query);
    expect(after.headers.get('x-cache')).toBeNull();
    const count = (r: { data?: unknown }) => (r.data as { activities: { totalCount: number } }).activities.totalCount;
    expect(count(after)).toBe(count(first) + 1);
    // A signed-in viewer is never answered from the public's entry, only from its own.
    const signedIn = await cso.post(query);
    expect(signedIn.headers.get('x-cache')).toBeNull();
    expect((await cso.post(query)).headers.get('x-cache')).toBe('hit');
  });
});

describe('answers served again from the cache', () => {
  const raw = (url: string, init: RequestInit) => fetch(url, init).then(async (r) => ({ headers: r.headers, status: r.status, text: await r.text() }));

  it('a repeated POST gets the very bytes of the first answer, cost included, and is logged again', async () => {
    const secretariat = await hub.as('secretariat');
    const body = JSON.stringify({
      query: 'query Tiers($n: Int) { states(first: $n) { edges { node { iso3 currentPriority { tier } } } } }',
      variables: { n: 3 },
    });
    const post = (requestId: string) =>
      raw(secretariat.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${secretariat.token}`, 'x-request-id': requestId },
        body,
      });
    const first = await post('bytes-first');
    const second = await post('bytes-second');
    expect(first.headers.get('x-cache')).toBeNull();
    expect(second.headers.get('x-cache')).toBe('hit');
    expect(second.text).toBe(first.text);
    expect(JSON.parse(second.text)).toMatchObject({ extensions: { cost: { cost: expect.any(Number) } } });
    expect(second.headers.get('content-type')).toBe(first.headers.get('content-type'));
    // The data generation, the viewer, then the access log: nothing else reaches the database.
    expect(second.headers.get('x-sql-statements')).toBe('3');
    const logged = await (await hub.as('secretariat')).post(
      JSON.stringify({ query: '{ auditEvents(first: 10, filter: { kind: READ }) { edges { node { clientRequestId action } } } }' }),
    );
    const actions = (logged.data as unknown as { auditEvents: { edges: { node: { clientRequestId: string; action: string } }[] } }).auditEvents.edges
      .map((e) => e.node)
      .filter((n) => n.clientRequestId === 'bytes-second')
      .map((n) => n.action);
    expect(actions.length).toBeGreaterThan(0);
    expect(new Set(actions)).toEqual(new Set(['Tiers']));
  });

  it('the same question asked by several at once is answered once, and the others get that answer', async () => {
    const secretariat = await hub.as('secretariat');
    const body = JSON.stringify({
      query: 'query Pipeline($n: Int) { states(first: $n) { edges { node { iso3 nationalProcess { stage } } } } }',
      variables: { n: 37 },
    });
    const answers = await Promise.all(Array.from({ length: 6 }, () => secretariat.post(body)));
    expect(answers.every((a) => a.status === 200 && !a.errors)).toBe(true);
    expect(answers.filter((a) => a.headers.get('x-cache') !== 'hit')).toHaveLength(1);
    for (const a of answers) expect(a.data).toEqual(answers[0]!.data);
  });

  it('a client that accepts gzip gets a large cached answer compressed, and the same JSON', async () => {
    const body = JSON.stringify({ query: '{ states(first: 200) { edges { node { iso3 name region status } } } }' });
    const send = (encoding: string) =>
      new Promise<{ headers: http.IncomingHttpHeaders; bytes: Buffer }>((resolve, reject) => {
        const req = http.request(hub.client.url, { method: 'POST', headers: { 'content-type': 'application/json', 'accept-encoding': encoding } }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c)).on('end', () => resolve({ headers: res.headers, bytes: Buffer.concat(chunks) }));
        });
        req.on('error', reject).end(body);
      });
    await send('identity');
    const plain = await send('identity');
    const gzipped = await send('gzip, deflate, br');
    expect(plain.headers['x-cache']).toBe('hit');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(gzipped.headers.vary).toMatch(/accept-encoding/i);
    expect(gzipped.bytes.length).toBeLessThan(plain.bytes.length / 4);
    expect(zlib.gunzipSync(gzipped.bytes).equals(plain.bytes)).toBe(true);
  });

  it('a token that is not valid is refused even for an answer the cache holds', async () => {
    const query = JSON.stringify({ query: '{ participationSummary { total } }' });
    await hub.client.post(query);
    expect((await hub.client.post(query)).headers.get('x-cache')).toBe('hit');
    const forged = await hub.client.post(query, { authorization: 'Bearer not.a.token' });
    expect(forged.status).toBe(401);
    expect(forged.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(forged.data).toBeUndefined();
  });

  it('a GET query is answered from the cache too', async () => {
    const url = `${hub.client.url}?query=${encodeURIComponent('{ participationSummary { statesParties } }')}`;
    const get = () => raw(url, { headers: { 'apollo-require-preflight': 'true' } });
    const first = await get();
    const second = await get();
    expect(first.status).toBe(200);
    expect(second.headers.get('x-cache')).toBe('hit');
    expect(JSON.parse(second.text)).toEqual(JSON.parse(first.text));
  });
});

describe("the response cache for a signed-in viewer's reads", () => {
  const tiers = JSON.stringify({ query: '{ states(first: 8) { edges { node { iso3 currentPriority { tier } } } } }' });
  const readsOf = async (clientRequestId: string) => {
    const res = await (await hub.as('secretariat')).post(
      JSON.stringify({
        query: `{ auditEvents(first: 100, filter: { kind: READ }) { edges { node { clientRequestId recordType recordId fields } } } }`,
      }),
    );
    const edges = (res.data as unknown as { auditEvents: { edges: { node: { clientRequestId: string; recordType: string; fields: string[] } }[] } })
      .auditEvents.edges;
    return edges.map((e) => e.node).filter((n) => n.clientRequestId === clientRequestId);
  };

  it('keeps each viewer its own answers, and logs the RESTRICTED reads again at every hit', async () => {
    const secretariat = await hub.as('secretariat');
    const first = await secretariat.post(tiers, { 'x-request-id': 'cache-first' });
    const second = await secretariat.post(tiers, { 'x-request-id': 'cache-second' });
    expect(first.errors).toBeUndefined();
    expect(second.headers.get('x-cache')).toBe('hit');
    expect(second.data).toEqual(first.data);
    // A hit goes through the same first steps as any answer: its id, the security headers.
    expect(second.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(second.headers.get('x-request-id')).not.toBe(first.headers.get('x-request-id'));
    expect(second.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
    const logged = await readsOf('cache-first');
    expect(logged.length).toBeGreaterThan(0);
    // The hit was logged as the first answer was: same records, same fields.
    const summary = (reads: { recordType: string; fields: string[] }[]) => reads.map((r) => `${r.recordType}:${r.fields.join(',')}`).sort();
    expect(summary(await readsOf('cache-second'))).toEqual(summary(logged));

    // Another viewer, even with the same query, gets an answer made for its own rights.
    const vp = await hub.as('vp-africa');
    const theirs = await vp.post(tiers);
    expect(theirs.headers.get('x-cache')).toBeNull();
    expect(await (await hub.as('partner-cso')).post(tiers).then((r) => r.headers.get('x-cache'))).toBeNull();

    // The audit trail grows with every read: it is never served from the cache.
    const trail = JSON.stringify({ query: '{ auditEvents(first: 1) { totalCount } }' });
    await secretariat.post(trail);
    expect((await secretariat.post(trail)).headers.get('x-cache')).toBeNull();

    // Cache-Control: no-cache asks for a fresh answer.
    const fresh = await secretariat.post(tiers, { 'cache-control': 'no-cache' });
    expect(fresh.headers.get('x-cache')).toBeNull();
    expect(fresh.data).toEqual(first.data);
  });

  it('answers with the change after a write, for the writer and for others', async () => {
    const secretariat = await hub.as('secretariat');
    const query = JSON.stringify({ query: '{ state(iso3: "TUV") { currentPriority { tier rationale } } }' });
    await secretariat.post(query);
    expect((await secretariat.post(query)).headers.get('x-cache')).toBe('hit');
    const set = await secretariat.post(
      JSON.stringify({
        query: 'mutation { assessPriority(input: { stateIso3: "TUV", tier: TIER_1_SIGNATORY, rationale: "Cache check", source: "Test" }) { userErrors { code message } } }',
      }),
    );
    expect(set.errors).toBeUndefined();
    const after = await secretariat.post(query);
    expect(after.headers.get('x-cache')).toBeNull();
    expect(after.data).toMatchObject({ state: { currentPriority: { tier: 'TIER_1_SIGNATORY', rationale: 'Cache check' } } });
  });
});

describe('admission: a bounded number of requests worked on at once', () => {
  it('queues the rest and answers every one; a client gone while waiting does not hold the queue', async () => {
    const one = await startTestHub({ MAX_CONCURRENT_REQUESTS: '1' });
    try {
      const query = (i: number) => JSON.stringify({ query: `{ states(first: ${i + 1}) { edges { node { iso3 } } } }` });
      // Aborted while queued behind the others: its slot must not be lost.
      const gone = new AbortController();
      const abandoned = fetch(`${one.origin}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: query(150),
        signal: gone.signal,
      }).catch(() => 'aborted');
      const answers = Promise.all(Array.from({ length: 12 }, (_, i) => one.client.post(query(i))));
      gone.abort();
      expect(await abandoned).toBe('aborted');
      const all = await answers;
      all.forEach((res, i) => {
        expect(res.errors).toBeUndefined();
        expect((res.data as unknown as { states: { edges: unknown[] } }).states.edges).toHaveLength(i + 1);
      });
      expect((await one.client.post(query(3))).errors).toBeUndefined();
    } finally {
      await one.stop();
    }
  });
});
