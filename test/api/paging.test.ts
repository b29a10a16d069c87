import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type HubClient, startTestHub, type TestHub } from '../support/hub';

/**
 * Relay cursor connections over HTTP: keyset cursors (a record added between two requests neither
 * repeats nor skips an item), backward paging with `last`/`before`, and both ways agreeing.
 */
let hub: TestHub;
let partner: HubClient;
let secretariat: HubClient;
beforeAll(async () => {
  hub = await startTestHub();
  partner = await hub.as('partner-cso');
  secretariat = await hub.as('secretariat');
});
afterAll(async () => {
  await hub?.stop();
});

interface Connection {
  totalCount: number;
  edges: { cursor: string; node: { id: string } }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}
const PAGE = 'totalCount edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }';

async function page(client: HubClient, list: string, args: string, variables: Record<string, unknown> = {}): Promise<Connection> {
  const declared = Object.keys(variables).map((name) => `$${name}: String`).join(', ');
  const res = await client.post(JSON.stringify({ query: `query${declared ? `(${declared})` : ''} { ${list}(${args}) { ${PAGE} } }`, variables }));
  expect(res.errors, `${list}(${args})`).toBeUndefined();
  expect(res.status).toBe(200);
  return (res.data as unknown as Record<string, Connection>)[list]!;
}

/** Every item of a list, walked forward `size` at a time, then backward from the end. */
async function bothWays(client: HubClient, list: string, size: number, extra = ''): Promise<{ forward: string[]; backward: string[] }> {
  const forward: string[] = [];
  let after: string | null = null;
  for (;;) {
    const p = await page(client, list, `first: ${size}${after ? ', after: $after' : ''}${extra}`, after ? { after } : {});
    forward.push(...p.edges.map((e) => e.node.id));
    expect(p.pageInfo.hasPreviousPage).toBe(after !== null);
    if (!p.pageInfo.hasNextPage) break;
    after = p.pageInfo.endCursor;
  }
  const backward: string[] = [];
  let before: string | null = null;
  for (;;) {
    const p = await page(client, list, `last: ${size}${before ? ', before: $before' : ''}${extra}`, before ? { before } : {});
    backward.unshift(...p.edges.map((e) => e.node.id));
    expect(p.pageInfo.hasNextPage).toBe(before !== null);
    if (!p.pageInfo.hasPreviousPage) break;
    before = p.pageInfo.startCursor;
  }
  return { forward, backward };
}

const CREATE = 'mutation($i: CreateActivityInput!) { createActivity(input: $i) { activity { id } userErrors { message } } }';
async function createActivity(input: Record<string, unknown>): Promise<string> {
  const res = await partner.post(JSON.stringify({ query: CREATE, variables: { i: { kind: 'WORKSHOP', ...input } } }));
  const payload = (res.data as unknown as { createActivity: { activity: { id: string } | null; userErrors: unknown[] } }).createActivity;
  expect(payload.userErrors).toEqual([]);
  return payload.activity!.id;
}

describe('keyset cursors', () => {
  it('an activity added before the cursor between two pages is neither repeated nor does it push one out (offsets repeated one)', async () => {
    // Undated drafts sort after every dated activity: the walk crosses from dates to nulls.
    await createActivity({ title: 'Undated workshop one' });
    await createActivity({ title: 'Undated workshop two' });
    const before = await page(partner, 'activities', 'first: 200');
    expect(before.totalCount).toBeLessThanOrEqual(200);
    const all = before.edges.map((e) => e.node.id);

    const first = await page(partner, 'activities', 'first: 3');
    expect(first.edges.map((e) => e.node.id)).toEqual(all.slice(0, 3));
    // Newest first: a workshop in 2030 sorts at the top, before the cursor.
    const added = await createActivity({ title: 'Future workshop', startDate: '2030-01-15' });
    const second = await page(partner, 'activities', 'first: 3, after: $after', { after: first.pageInfo.endCursor });
    expect(second.edges.map((e) => e.node.id)).toEqual(all.slice(3, 6));
    expect(second.totalCount).toBe(before.totalCount + 1);
    const now = (await page(partner, 'activities', 'first: 1')).edges[0]!.node.id;
    expect(now).toBe(added);
  });

  it('walking forward and backward, a few at a time, gives every item once, in the same order', async () => {
    const everything = (await page(partner, 'activities', 'first: 200')).edges.map((e) => e.node.id);
    const { forward, backward } = await bothWays(partner, 'activities', 4);
    expect(forward).toEqual(everything);
    expect(backward).toEqual(everything);
    expect(new Set(forward).size).toBe(forward.length);
  });

  it('states in every order, the unknown consent dates (nulls) last both ways', async () => {
    for (const orderBy of ['{ field: NAME, direction: ASC }', '{ field: CODE, direction: DESC }', '{ field: CONSENT_DATE, direction: ASC }', '{ field: CONSENT_DATE, direction: DESC }']) {
      const res = await hub.client.post(JSON.stringify({ query: `{ states(first: 200, orderBy: ${orderBy}) { edges { node { iso3 } } } }` }));
      const everything = (res.data as unknown as { states: { edges: { node: { iso3: string } }[] } }).states.edges.map((e) => e.node.iso3);
      expect(everything, orderBy).toHaveLength(196);
      // States have no `id` field of their own: their global id.
      const { forward, backward } = await bothWays(hub.client, 'states', 45, `, orderBy: ${orderBy}`);
      const iso3 = (id: string) => Buffer.from(id, 'base64url').toString().replace(/^State:/, '');
      expect(forward.map(iso3), orderBy).toEqual(everything);
      expect(backward.map(iso3), orderBy).toEqual(everything);
    }
  });

  it('the audit trail keeps its place while entries are written', async () => {
    const first = await page(secretariat, 'auditEvents', 'first: 2');
    const next = await page(secretariat, 'auditEvents', 'first: 2, after: $after', { after: first.pageInfo.endCursor });
    await createActivity({ title: 'Audited meanwhile' });
    const again = await page(secretariat, 'auditEvents', 'first: 2, after: $after', { after: first.pageInfo.endCursor });
    expect(again.edges.map((e) => e.node.id)).toEqual(next.edges.map((e) => e.node.id));
    // And back from it: the page before the second is the first.
    const back = await page(secretariat, 'auditEvents', 'last: 2, before: $before', { before: next.pageInfo.startCursor });
    expect(back.edges.map((e) => e.node.id)).toEqual(first.edges.map((e) => e.node.id));
  });

  it('engagements, national processes and needs page both ways too', async () => {
    let items = 0;
    for (const list of ['engagements', 'nationalProcesses', 'needs']) {
      const everything = (await page(secretariat, list, 'first: 200')).edges.map((e) => e.node.id);
      items += everything.length;
      const { forward, backward } = await bothWays(secretariat, list, 2);
      expect(forward, list).toEqual(everything);
      expect(backward, list).toEqual(everything);
    }
    expect(items).toBeGreaterThan(2);
  });
});
