import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ANONYMOUS, SYSTEM, type Viewer } from '../../src/access/auth/viewer';
import { Classification } from '../../src/access/policy/levels';
import { requestTransaction } from '../../src/context';
import { checkRowSecurity, RowSecurityDriftError } from '../../src/access/policy/row-security-check';
import { ensureAccessLogPartitions } from '../../src/access/audit/access-log-partitions';
import { GENERATION_TOKEN_SQL } from '../../src/kernel/db/data-generation';
import { entities } from '../../src/entities';
import { startTestHub, type TestHub } from '../support/hub';

/**
 * The audit trail (the access log in it) partitioned by month: each month's entries in a
 * partition of its own, made ahead of time; a partition read directly walled like the table
 * (the same row security, the same privileges); an entry of a month without a partition kept in
 * the default one, then moved into its month's by the upkeep; and none of it moves the cache.
 */
const monthOf = (date: Date) => `audit_event_${date.toISOString().slice(0, 7).replace('-', '_')}`;
const thisMonth = monthOf(new Date());

/** A viewer cleared for RESTRICTED facts but not of the Secretariat, whose trail it is. */
const COCHAIR: Viewer = Object.freeze({ ...ANONYMOUS, subject: 'cochair-test', level: Classification.RESTRICTED });

let hub: TestHub;
const owner = (): EntityManager => hub.hub.database.orm.em.fork();

async function asViewer<T>(viewer: Viewer, run: (em: EntityManager) => Promise<T>): Promise<T> {
  const em = owner();
  const transaction = requestTransaction(em, viewer);
  await transaction.begin();
  try {
    return await run(em);
  } finally {
    await transaction.end();
  }
}

const count = async (em: EntityManager, table: string) =>
  Number((await em.execute<{ n: string }[]>(`select count(*) as n from "${table}"`))[0]!.n);

async function partitions(): Promise<string[]> {
  const rows = await owner().execute<{ name: string }[]>(
    `select c.relname as name from pg_inherits i join pg_class c on c.oid = i.inhrelid
      where i.inhparent = 'audit_event'::regclass order by 1`,
  );
  return rows.map((r) => r.name);
}

beforeAll(async () => {
  hub = await startTestHub({ DEMO_PRINCIPALS: 'true' });
  // An entry of the access log, written by the hub as it answers the Secretariat.
  const res = await (await hub.as('secretariat')).post(JSON.stringify({ query: '{ state(iso3: "COM") { nationalProcess { stage } } }' }));
  expect(res.errors).toBeUndefined();
}, 120_000);
afterAll(async () => hub?.stop());

describe('the audit trail, partitioned by month', () => {
  it("holds this month's and the coming months' partitions and a default one; the hub's entries land in this month's", async () => {
    const [table] = await owner().execute<{ kind: string }[]>(`select relkind as kind from pg_class where oid = 'audit_event'::regclass`);
    expect(table!.kind).toBe('p');
    const next = new Date();
    next.setUTCDate(1);
    next.setUTCMonth(next.getUTCMonth() + 2);
    expect(await partitions()).toEqual(expect.arrayContaining([thisMonth, monthOf(next), 'audit_event_default']));
    const [last] = await owner().execute<{ part: string }[]>(
      `select tableoid::regclass::text as part from audit_event where kind = 'READ' order by id desc limit 1`,
    );
    expect(last!.part).toBe(thisMonth);
    expect(await count(owner(), 'audit_event_default')).toBe(0);
  });

  it('walls every partition like the table: a viewer outside the Secretariat reads no entry through either', async () => {
    const all = await partitions();
    const [forced] = await owner().execute<{ n: string }[]>(
      `select count(*) as n from pg_class c join pg_inherits i on i.inhrelid = c.oid
        where i.inhparent = 'audit_event'::regclass and c.relrowsecurity and c.relforcerowsecurity`,
    );
    expect(Number(forced!.n)).toBe(all.length);
    expect(await count(owner(), thisMonth)).toBeGreaterThan(0);
    for (const viewer of [ANONYMOUS, COCHAIR]) {
      await asViewer(viewer, async (em) => {
        expect(await count(em, 'audit_event')).toBe(0);
        for (const part of all) expect(await count(em, part)).toBe(0);
      });
    }
    // The Secretariat's viewer reads them both ways: the partition is walled by policy, not shut.
    await asViewer(SYSTEM, async (em) => {
      expect(await count(em, thisMonth)).toBe(await count(em, 'audit_event'));
    });
  });

  it('lets the request role change no entry through a partition, as through the table', async () => {
    for (const statement of [`update "${thisMonth}" set actor = 'x'`, `delete from "${thisMonth}"`, 'delete from audit_event']) {
      await expect(asViewer(SYSTEM, (em) => em.execute(statement))).rejects.toThrow(/permission denied/);
    }
  });

  it("stops the start when a partition's row security differs from the table's", async () => {
    await expect(checkRowSecurity(owner(), entities)).resolves.toBeUndefined();
    await owner().execute(`alter policy hub_read on "${thisMonth}" using (true)`);
    try {
      await expect(checkRowSecurity(owner(), entities)).rejects.toThrow(RowSecurityDriftError);
      await expect(checkRowSecurity(owner(), entities)).rejects.toThrow(new RegExp(`${thisMonth}: policy hub_read differs`));
      await owner().execute(`alter table "${thisMonth}" no force row level security`);
      await expect(checkRowSecurity(owner(), entities)).rejects.toThrow(new RegExp(`${thisMonth} differs: row level security enabled, not forced`));
    } finally {
      await owner().execute(`select hub_partitions_follow('audit_event')`);
    }
    await expect(checkRowSecurity(owner(), entities)).resolves.toBeUndefined();
  });

  it('keeps an entry of a month without a partition in the default one; the upkeep moves it into its own, walled', async () => {
    const generation = async () => (await owner().execute<{ token: string }[]>(GENERATION_TOKEN_SQL))[0]!.token;
    const before = await generation();
    const at = '2031-07-14T10:00:00Z';
    await asViewer(COCHAIR, (em) =>
      em.execute(`insert into audit_event (at, kind, actor, action, record_type, record_ids, fields) values (?, 'READ', 'cochair-test', 'q', 'State', '{COM}', '{x}')`, [at]),
    );
    expect(await count(owner(), 'audit_event_default')).toBe(1);
    expect(await ensureAccessLogPartitions(owner())).toEqual(['audit_event_2031_07']);
    expect(await count(owner(), 'audit_event_default')).toBe(0);
    const [moved] = await owner().execute<{ part: string }[]>(`select tableoid::regclass::text as part from audit_event where at = ?`, [at]);
    expect(moved!.part).toBe('audit_event_2031_07');
    await asViewer(COCHAIR, async (em) => expect(await count(em, 'audit_event_2031_07')).toBe(0));
    await expect(checkRowSecurity(owner(), entities)).resolves.toBeUndefined();
    // The audit trail moves no cached answer on: its partitions carry no generation trigger.
    const [triggers] = await owner().execute<{ n: string }[]>(
      `select count(*) as n from pg_trigger t join pg_inherits i on i.inhrelid = t.tgrelid
        where i.inhparent = 'audit_event'::regclass and t.tgname like 'data_generation%'`,
    );
    expect(Number(triggers!.n)).toBe(0);
    expect(await generation()).toBe(before);
    expect(await ensureAccessLogPartitions(owner())).toEqual([]);
  });

  it('answers the trail between two instants from the months they span, and refuses bounds the wrong way round', async () => {
    const secretariat = await hub.as('secretariat');
    const TRAIL = `query Trail($filter: AuditEventFilter) { auditEvents(first: 100, filter: $filter) { totalCount edges { node { at kind } } } }`;
    const trail = async (filter: Record<string, string>) => secretariat.post(JSON.stringify({ query: TRAIL, variables: { filter } }));
    const startOfMonth = new Date();
    startOfMonth.setUTCDate(1);
    startOfMonth.setUTCHours(0, 0, 0, 0);
    const all = (await trail({})).data as unknown as { auditEvents: { totalCount: number } };
    const now = (await trail({ from: startOfMonth.toISOString() })).data as unknown as { auditEvents: { totalCount: number; edges: { node: { at: string } }[] } };
    expect(now.auditEvents.totalCount).toBeGreaterThan(0);
    expect(now.auditEvents.totalCount).toBeLessThanOrEqual(all.auditEvents.totalCount);
    for (const { node } of now.auditEvents.edges) expect(new Date(node.at).getTime()).toBeGreaterThanOrEqual(startOfMonth.getTime());
    // The months before this one, which no request writes to any more: as many as the table holds.
    const before = (await trail({ from: '2000-01-01T00:00:00Z', to: startOfMonth.toISOString() })).data as unknown as { auditEvents: { totalCount: number } };
    const [older] = await owner().execute<{ n: string }[]>(`select count(*) as n from audit_event where at < ?`, [startOfMonth.toISOString()]);
    expect(before.auditEvents.totalCount).toBe(Number(older!.n));
    expect(all.auditEvents.totalCount).toBeGreaterThanOrEqual(before.auditEvents.totalCount + 1);
    const wrongWay = await trail({ from: '2026-03-01T00:00:00Z', to: '2026-02-01T00:00:00Z' });
    expect(wrongWay.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(wrongWay.errors?.[0]?.message).toMatch(/filter.from must be before filter.to/);
    // PostgreSQL reads only the partitions of the months asked for.
    const [plan] = await owner().execute<{ 'QUERY PLAN': unknown }[]>(
      `explain (format json) select count(*) from audit_event where at >= ? and at < ?`,
      [startOfMonth.toISOString(), new Date(startOfMonth.getTime() + 24 * 3600 * 1000).toISOString()],
    );
    const scanned = JSON.stringify(plan!['QUERY PLAN']).match(/"Relation Name":"[^"]+"/g) ?? [];
    expect(new Set(scanned)).toEqual(new Set([`"Relation Name":"${thisMonth}"`]));
  });
});
