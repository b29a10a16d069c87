import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type HubClient, startTestHub, type TestHub } from '../support/hub';

/**
 * Heavy work (imports, exports) cannot block everyone: an import writes its rows in batched
 * transactions, and imports and exports wait for one of few heavy places, so small requests
 * always find a place. Ordering, not timing: what must be answered first is.
 */

const IMPORT = `mutation($input: ImportActivitiesInput!) {
  importActivities(input: $input) { created { id title } alreadyImported rowErrors { line field message } userErrors { code message } }
}`;
const CHANGES = `query($filter: AuditEventFilter) { auditEvents(first: 1, filter: $filter) { totalCount } }`;
const DRAFTS = `{ activities(first: 1, filter: { status: DRAFT }) { totalCount } }`;
const SMALL = `{ state(iso3: "KHM") { iso3 name status } }`;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

/** A query answered fresh (past the response cache), as a client app sends it. */
async function post(client: HubClient, query: string, variables: Record<string, unknown> = {}): Promise<{ status: number; body: Json; headers: Headers }> {
  const { status, headers, ...body } = await client.post(JSON.stringify({ query, variables }), { 'cache-control': 'no-cache' });
  return { status, headers, body };
}

/** `count` rows of a JSON import, each with its own key. */
function rows(tag: string, count: number, extra: (i: number) => Record<string, unknown> = () => ({})): string {
  return JSON.stringify(
    Array.from({ length: count }, (_, i) => ({ key: `${tag}-${i}`, kind: 'WORKSHOP', title: `${tag} workshop ${i}`, targetRegions: 'ASIA', ...extra(i) })),
  );
}

const importOf = (client: HubClient, content: string) => post(client, IMPORT, { input: { format: 'JSON', content } });

async function changesBy(secretariat: HubClient, principal: string): Promise<number> {
  const res = await post(secretariat, CHANGES, { filter: { kind: 'CHANGE', recordType: 'Activity', actor: `demo:${principal}` } });
  return res.body.data.auditEvents.totalCount as number;
}

let hub: TestHub;
beforeAll(async () => {
  // Two imports at once, so that two imports of the same file race.
  hub = await startTestHub({ MAX_CONCURRENT_HEAVY: '2' });
});
afterAll(async () => {
  await hub?.stop();
});

describe('an import', () => {
  it('writes 1,000 rows in batched transactions, each record with its audit entry', async () => {
    const [cso, secretariat] = [await hub.as('partner-cso'), await hub.as('secretariat')];
    const before = await changesBy(secretariat, 'partner-cso');
    const res = await importOf(cso, rows('batched', 1000));
    expect(res.body.errors).toBeUndefined();
    const result = res.body.data.importActivities;
    expect(result).toMatchObject({ alreadyImported: 0, rowErrors: [], userErrors: [] });
    expect(result.created).toHaveLength(1000);
    expect(new Set(result.created.map((a: Json) => a.id)).size).toBe(1000);
    expect(await changesBy(secretariat, 'partner-cso')).toBe(before + 1000);
    // A transaction per row sent ~7 statements a row (7,000+); a batch of 10 to 50 rows (10 while small requests
    // are being answered, as this test's own sign-ins are) sends about a dozen, its transaction's own included.
    expect(Number(res.headers.get('x-sql-statements'))).toBeLessThan(1_500);
  });

  it('sent twice at once, adds each row once: the other finds it imported', async () => {
    const [cso, secretariat] = [await hub.as('partner-industry'), await hub.as('secretariat')];
    const before = await changesBy(secretariat, 'partner-industry');
    const file = rows('twice', 300);
    const [a, b] = await Promise.all([importOf(cso, file), importOf(cso, file)]);
    for (const res of [a, b]) {
      expect(res.body.errors).toBeUndefined();
      expect(res.body.data.importActivities).toMatchObject({ rowErrors: [], userErrors: [] });
    }
    const [ra, rb] = [a.body.data.importActivities, b.body.data.importActivities];
    expect(ra.created.length + rb.created.length).toBe(300);
    expect(ra.alreadyImported + rb.alreadyImported).toBe(300);
    expect(new Set([...ra.created, ...rb.created].map((x: Json) => x.title)).size).toBe(300);
    expect(await changesBy(secretariat, 'partner-industry')).toBe(before + 300);
  });

  it('reports a row the database refuses with its line, and writes the other rows of its batch', async () => {
    // A rule only the database knows (as a constraint added later would be): the import cannot check it first.
    const refused = 'A title the database refuses';
    await hub.hub.database.orm.em
      .getConnection()
      .execute(`alter table activity add constraint test_refused_title check (title <> '${refused}')`);
    try {
      const [cso, secretariat] = [await hub.as('partner-cso'), await hub.as('secretariat')];
      const before = await changesBy(secretariat, 'partner-cso');
      const res = await importOf(cso, rows('refused', 150, (i) => (i === 120 ? { title: refused } : {})));
      const result = res.body.data.importActivities;
      expect(result.userErrors).toEqual([]);
      expect(result.rowErrors).toEqual([{ line: 121, field: null, message: 'The database refused this row; nothing of it was stored.' }]);
      expect(result.created).toHaveLength(149);
      expect(await changesBy(secretariat, 'partner-cso')).toBe(before + 149);
      // Sent again: the rows written are recognised, the refused one is refused again.
      const again = (await importOf(cso, rows('refused', 150, (i) => (i === 120 ? { title: refused } : {})))).body.data.importActivities;
      expect(again).toMatchObject({ created: [], alreadyImported: 149 });
      expect(again.rowErrors).toHaveLength(1);
    } finally {
      await hub.hub.database.orm.em.getConnection().execute('alter table activity drop constraint test_refused_title');
    }
  });

  it('failing for a reason of the database, is an internal error (logged), and nothing of its batch is written', async () => {
    const [cso, secretariat] = [await hub.as('partner-cso'), await hub.as('secretariat')];
    const before = await changesBy(secretariat, 'partner-cso');
    const connection = hub.hub.database.orm.em.getConnection();
    await connection.execute('alter table activity rename column title to title_gone');
    try {
      const res = await importOf(cso, rows('broken', 20));
      // formatError's own words: the error reached it (and its log); no SQL, no stack.
      expect(res.body.errors).toEqual([{ message: 'Internal server error.', path: ['importActivities'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }]);
    } finally {
      await connection.execute('alter table activity rename column title_gone to title');
    }
    expect(await changesBy(secretariat, 'partner-cso')).toBe(before);
  });
});

describe('admission of heavy work', () => {
  it('while imports run, a small query gets a place; an export waits for the heavy place', async () => {
    // Two places, one of them for heavy work.
    const small = await startTestHub({ MAX_CONCURRENT_REQUESTS: '2', MAX_CONCURRENT_HEAVY: '1' });
    try {
      const cso = await small.as('partner-cso');
      const finished: string[] = [];
      const imports = [0, 1, 2].map((n) =>
        importOf(cso, rows(`lane-${n}`, 1000)).then((res) => {
          finished.push(`import ${n}`);
          return res;
        }),
      );
      // The first import is writing: its first batch is there.
      for (;;) {
        const drafts = await post(cso, DRAFTS);
        if (drafts.body.data.activities.totalCount > 0) break;
      }
      const exported = fetch(`${small.origin}/exports/participation.csv`).then(async (res) => {
        finished.push('export');
        return { status: res.status, text: await res.text() };
      });
      const answer = await post(small.client, SMALL);
      expect(answer.body.data.state).toMatchObject({ iso3: 'KHM' });
      // The small query did not wait for any import, nor for the export queued behind them.
      expect(finished).toEqual([]);
      const done = await Promise.all(imports);
      for (const res of done) expect(res.body.data.importActivities.created).toHaveLength(1000);
      expect((await exported).status).toBe(200);
      // The export took its turn in the heavy lane, after the imports ahead of it.
      expect(finished.indexOf('export')).toBeGreaterThan(0);
    } finally {
      await small.stop();
    }
  }, 300_000);
});
