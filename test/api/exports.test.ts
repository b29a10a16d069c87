import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Activity } from '../../src/domains/activities/activity.entity';
import { ActivityKind, ActivityStatus } from '../../src/domains/activities/enums';
import { stableUuid } from '../../src/kernel/db/stable-id';
import { Organisation } from '../../src/domains/organisations/organisation.entity';
import { Classification } from '../../src/access/policy/levels';
import { parseCsv } from '../../src/kernel/db/csv';
import { Activities } from '../../client/operations';
import { startTestHub, type TestHub } from '../support/hub';
import { countStatuses, participationRows, unNameRows } from '../support/shipped-data';

/**
 * GET /exports/…: the public data, and a signed-in viewer's within its rights, as CSV and JSON.
 * The rows must be what the API gives the same token, the CSV must survive any text, and a
 * large export must arrive as it is produced.
 */
let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(async () => {
  await hub?.stop();
});

async function get(path: string, principal?: string) {
  const token = principal ? (await hub.as(principal)).token : undefined;
  return fetch(`${hub.origin}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
}

async function csv(path: string, principal?: string) {
  const res = await get(path, principal);
  expect(res.status, await res.clone().text().then((t) => t.slice(0, 300))).toBe(200);
  const text = await res.text();
  return { res, text, rows: parseCsv(text), header: text.slice(0, text.indexOf('\r\n')).split(',') };
}

interface ParticipationJson {
  asOf: string;
  rows: { iso3: string; names: Record<string, string>; status: string | null; priorityTier?: string | null; actions: { kind: string; precision: string; sources: { id: string }[] }[] }[];
}

describe('participation', () => {
  it('CSV: one RFC 4180 record per state, with names, status and each action’s date, precision, bounds and sources', async () => {
    const { res, text, rows, header } = await csv('/exports/participation.csv');
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8; header=present');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="att-participation-\d{4}-\d{2}-\d{2}\.csv"$/);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/"[^"]*"/g, '').includes('\n') && !/[^\r]\n/.test(text.replace(/"[^"]*"/g, ''))).toBe(true);
    expect(header).toEqual(expect.arrayContaining(['iso3', 'name_ar', 'name_zh', 'region', 'status', 'consent_date', 'consent_precision', 'consent_earliest', 'consent_latest', 'consent_source_ids']));
    expect(header).not.toContain('priority_tier');
    expect(rows).toHaveLength(participationRows.length);
    const counted = countStatuses(rows);
    const expected = countStatuses();
    expect([counted.STATE_PARTY, counted.SIGNATORY, counted.NON_SIGNATORY]).toEqual([expected.STATE_PARTY, expected.SIGNATORY, expected.NON_SIGNATORY]);
    for (const shipped of participationRows) {
      const row = rows.find((r) => r.iso3 === shipped.iso3)!;
      // The UN's own English short name (un-names.csv), not the participation data's.
      expect(row.name_en, shipped.iso3).toBe(unNameRows.get(shipped.iso3)!.name_en);
      expect(row.status, shipped.iso3).toBe(shipped.status);
      if (shipped.consent_date && /^\d{4}-\d{2}-\d{2}$/.test(shipped.consent_date)) {
        expect([row.consent_date, row.consent_precision], shipped.iso3).toEqual([shipped.consent_date, 'DAY']);
      }
    }
    // A source title with quotes and commas comes back whole.
    expect(rows.some((r) => r.entry_into_force_source_titles?.includes('"Wapenhandelsverdrag'))).toBe(true);
  });

  it('JSON on a past day: 112 States Parties and Niue undetermined, every action with its sources', async () => {
    const res = await get('/exports/participation.json?asOf=2023-02-15');
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(res.headers.get('content-disposition')).toMatch(/filename="att-participation-.*\.json"/);
    const body = (await res.json()) as ParticipationJson;
    expect(body.asOf).toBe('2023-02-15');
    expect(body.rows).toHaveLength(participationRows.length);
    expect(body.rows.filter((r) => r.status === 'STATE_PARTY')).toHaveLength(112);
    expect(body.rows.filter((r) => r.status === null).map((r) => r.iso3)).toEqual(['NIU']);
    const andorra = body.rows.find((r) => r.iso3 === 'AND')!;
    expect(Object.keys(andorra.names).sort()).toEqual(['ar', 'en', 'es', 'fr', 'ru', 'zh']);
    expect(andorra.actions.find((a) => a.kind === 'CONSENT')?.sources.length).toBeGreaterThan(0);
  });

  it('a bad token is a 401 JSON error, never the public export; a bad day is a 400', async () => {
    const refused = await fetch(`${hub.origin}/exports/participation.csv`, { headers: { authorization: 'Bearer nonsense' } });
    expect(refused.status).toBe(401);
    expect(refused.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await refused.json()).toMatchObject({ errors: [{ extensions: { code: 'UNAUTHENTICATED' } }] });
    const malformed = await fetch(`${hub.origin}/exports/activities.json`, { headers: { authorization: 'Basic abc' } });
    expect(malformed.status).toBe(401);
    const badDay = await get('/exports/participation.json?asOf=yesterday');
    expect(badDay.status).toBe(400);
    expect(await badDay.json()).toMatchObject({ errors: [{ extensions: { code: 'BAD_USER_INPUT' } }] });
  });

  it('signed in: priority tiers only where the viewer may read them, and each read is in the access log', async () => {
    const vp = await csv('/exports/participation.csv', 'vp-africa');
    expect(vp.header).toContain('priority_tier');
    const tiered = vp.rows.filter((r) => r.priority_tier);
    expect(tiered.length).toBeGreaterThan(0);
    expect(new Set(tiered.map((r) => r.region))).toEqual(new Set(['AFRICA']));
    const secretariat = await csv('/exports/participation.csv', 'secretariat');
    expect(new Set(secretariat.rows.filter((r) => r.priority_tier).map((r) => r.region)).size).toBeGreaterThan(1);
    const partner = await csv('/exports/participation.csv', 'partner-cso');
    expect(partner.rows.filter((r) => r.priority_tier)).toEqual([]);

    const audit = await (await hub.as('secretariat')).post(
      JSON.stringify({ query: '{ auditEvents(first: 200, filter: { actor: "demo:vp-africa", kind: READ }) { edges { node { action recordType recordIds } } } }' }),
    );
    const reads = (audit.data as unknown as { auditEvents: { edges: { node: { action: string; recordType: string; recordIds: string[] } }[] } }).auditEvents.edges
      .map((e) => e.node)
      .filter((n) => n.action === 'export participation');
    const recordsRead = (type: string) => new Set(reads.filter((n) => n.recordType === type).flatMap((n) => n.recordIds));
    // Each African state's currentPriority, and each tier in it, as for the same query to /graphql.
    expect(recordsRead('State')).toEqual(new Set(vp.rows.filter((r) => r.region === 'AFRICA').map((r) => r.iso3)));
    expect(recordsRead('PriorityAssessment').size).toBe(tiered.length);
  });
});

describe('activities', () => {
  const published = 430;
  beforeAll(async () => {
    // Many rows at once, with the same day and creation time: pages must still neither repeat nor skip one.
    const em = hub.hub.database.orm.em.fork();
    const createdAt = new Date();
    const partner = em.getReference(Organisation, stableUuid('organisation:Demo Civil Society Network'));
    const make = (i: number, extra: Partial<Activity>) =>
      em.create(Activity, {
        id: randomUUID(),
        kind: ActivityKind.WORKSHOP,
        title: `Export test workshop ${String(i).padStart(3, '0')}`,
        organiserName: 'Export test',
        startDate: '2026-03-01',
        status: ActivityStatus.PUBLISHED,
        classification: Classification.PUBLIC,
        targetStates: ['AGO', 'COM'],
        createdAt,
        updatedAt: createdAt,
        ...extra,
      });
    for (let i = 0; i < published; i++) make(i, {});
    make(900, { title: 'Title, with "quotes"\r\nand a second line', description: 'a,b' });
    make(901, { title: '=HYPERLINK("http://example.invalid")' });
    make(902, { title: 'Treaty bodies only', classification: Classification.TREATY_BODY });
    make(903, { title: 'A partner draft', status: ActivityStatus.DRAFT, organiser: partner });
    await em.flush();
  });

  it('streams every published activity the public may see, in pages, each once', async () => {
    const { res, rows, text } = await csv('/exports/activities.csv');
    expect(res.headers.get('transfer-encoding')).toBe('chunked');
    expect(res.headers.get('content-disposition')).toMatch(/filename="att-activities-.*\.csv"/);
    const { data } = await hub.client.query(Activities, { first: 0, filter: { status: 'PUBLISHED' } });
    expect(rows).toHaveLength(data!.activities.totalCount);
    expect(rows.length).toBe(4 + published + 2);
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
    expect(rows.every((r) => r.status === 'PUBLISHED' && r.classification === 'PUBLIC')).toBe(true);
    // RFC 4180: quoted, quotes doubled, the line break kept inside the field.
    expect(text).toContain('"Title, with ""quotes""\r\nand a second line"');
    expect(rows.find((r) => r.title?.startsWith('Title, with'))?.title).toBe('Title, with "quotes"\r\nand a second line');
    // A formula is written as text.
    expect(rows.some((r) => r.title === `'=HYPERLINK("http://example.invalid")`)).toBe(true);
  });

  it('JSON for a signed-in viewer: what it may see, no more (TREATY_BODY activities for a treaty body)', async () => {
    const chair = (await (await get('/exports/activities.json', 'wgeti-chair')).json()) as { rows: { title: string; status: string }[] };
    const { data } = await (await hub.as('wgeti-chair')).query(Activities, { first: 0, filter: { status: 'PUBLISHED' } });
    expect(chair.rows).toHaveLength(data!.activities.totalCount);
    expect(chair.rows.some((r) => r.title === 'Treaty bodies only')).toBe(true);
    const anonymous = (await (await get('/exports/activities.json')).json()) as { rows: { title: string }[] };
    expect(anonymous.rows.some((r) => r.title === 'Treaty bodies only')).toBe(false);
  });

  it('drafts: only their own organisation’s, and none for the public', async () => {
    const partner = (await (await get('/exports/activities.json?status=DRAFT', 'partner-cso')).json()) as { rows: { title: string }[] };
    expect(partner.rows.map((r) => r.title)).toContain('A partner draft');
    const other = (await (await get('/exports/activities.json?status=DRAFT', 'partner-industry')).json()) as { rows: unknown[] };
    expect(other.rows).toEqual([]);
    const anonymous = (await (await get('/exports/activities.json?status=DRAFT')).json()) as { rows: unknown[] };
    expect(anonymous.rows).toEqual([]);
    expect((await get('/exports/activities.csv?status=LOST')).status).toBe(400);
  });
});

describe('a byte-order mark for spreadsheets, on request', () => {
  // fetch's text() drops a leading BOM: the bytes are read as they came.
  const bytes = async (path: string) => {
    const res = await get(path);
    expect(res.status).toBe(200);
    return Buffer.from(await res.arrayBuffer());
  };
  const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

  it('?bom=1 starts the CSV with UTF-8’s BOM, then the same bytes as without; none by default', async () => {
    for (const file of ['participation.csv', 'activities.csv']) {
      const plain = await bytes(`/exports/${file}`);
      const marked = await bytes(`/exports/${file}?bom=1`);
      expect(plain.subarray(0, 3).equals(BOM), file).toBe(false);
      expect(marked.subarray(0, 3).equals(BOM), file).toBe(true);
      expect(marked.subarray(3).equals(plain), file).toBe(true);
      expect((await bytes(`/exports/${file}?bom=0`)).equals(plain), file).toBe(true);
    }
    // Names in Arabic and Chinese survive as UTF-8 after the mark.
    expect((await bytes('/exports/participation.csv?bom=1')).toString('utf8')).toMatch(/[\u0600-\u06ff].*[\u4e00-\u9fff]|[\u4e00-\u9fff].*[\u0600-\u06ff]/s);
  });

  it('any other value, or a BOM asked of JSON, is a 400', async () => {
    for (const path of ['/exports/participation.csv?bom=yes', '/exports/activities.csv?bom=2', '/exports/participation.json?bom=1']) {
      const res = await get(path);
      expect(res.status, path).toBe(400);
      expect(await res.json()).toMatchObject({ errors: [{ extensions: { code: 'BAD_USER_INPUT' } }] });
    }
  });
});
