import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ANONYMOUS } from '../../src/access/auth/viewer';
import { stableUuid } from '../../src/kernel/db/stable-id';
import { requestTransaction } from '../../src/context';
import { toGlobalId } from '../../src/kernel/graphql/node';
import { VISIBILITY } from '../../src/access/policy/record-scopes';
import { REQUEST_ROLE } from '../../src/access/policy/row-security';
import { checkRowSecurity, RowSecurityDriftError } from '../../src/access/policy/row-security-check';
import { entities } from '../../src/entities';
import { HubClient, startTestHub, type TestHub } from '../support/hub';

// The application's raw-SQL wall off too: the helper reads the whole table, as a forgetful loader would.
vi.mock('../../src/access/policy/scoped-sql', async (original) => ({
  ...(await original<typeof import('../../src/access/policy/scoped-sql')>()),
  scopedTable: (em: { getMetadata(): { get(name: string): { tableName: string } } }, _viewer: unknown, entity: { name: string }) =>
    `"${em.getMetadata().get(entity.name).tableName}"`,
}));

/**
 * The second wall alone: with the application's record scopes switched off (the ORM's visibility
 * filter and the raw-SQL helper), PostgreSQL's row-level security still keeps every hidden row
 * from the anonymous public, a partner of another organisation and an office holder whose term ended.
 */
describe('PostgreSQL enforces the record scopes by itself', () => {
  let hub: TestHub;
  const draft = randomUUID();
  const engagement = randomUUID();
  const post = async (client: HubClient, query: string) => client.post(JSON.stringify({ query }));
  const node = (id: string) => `{ node(id: "${id}") { id } }`;

  beforeAll(async () => {
    hub = await startTestHub({ DEMO_PRINCIPALS: 'true' });
    const em = hub.hub.database.orm.em.fork();
    // As the owner: a draft of the civil-society network, and a contact recorded under the former co-chair's ended term.
    await em.execute(
      `insert into activity (id, version, created_at, updated_at, kind, title, organiser_id, organiser_name, contributed_by_id, classification, status, demo,
                             target_states, target_regions, languages)
       values (?, 1, now(), now(), 'ADVOCACY', 'A draft of the network (test)', ?, 'Demo Civil Society Network', ?, 'PUBLIC', 'DRAFT', true,
               '{}', '{}', '{}')`,
      [draft, stableUuid('organisation:Demo Civil Society Network'), stableUuid('person:partner-cso')],
    );
    await em.execute(
      `insert into engagement (id, version, created_at, updated_at, state_iso3, region, date, kind, on_behalf_of, summary, recorded_by_id, recorded_under_id, demo)
       values (?, 1, now(), now(), 'GMB', 'AFRICA', '2023-05-10', 'CALL', 'WGTU co-chair', 'A call (test)', ?, ?, true)`,
      [engagement, stableUuid('person:former-cochair'), stableUuid('holding:former-cochair')],
    );
    // The application's wall off, for every request of this hub.
    (hub.hub.database.orm.config.get('filters') as Record<string, { default?: boolean }>)[VISIBILITY]!.default = false;
  }, 120_000);
  afterAll(async () => hub?.stop());

  it('without it, the application alone would show them (the check is not blind)', async () => {
    const em = hub.hub.database.orm.em.fork();
    await em.execute('alter table activity disable row level security');
    try {
      // (Another query text than below: the answer is not to be served again from the response cache.)
      const shown = await post(hub.client, `{ node(id: "${toGlobalId('Activity', draft)}") { ... on Activity { title } } }`);
      expect(shown.data).toEqual({ node: { title: 'A draft of the network (test)' } });
    } finally {
      await em.execute('alter table activity enable row level security');
    }
  });

  it('the anonymous public, a partner of another organisation and a former co-chair get no hidden row through GraphQL', async () => {
    const industry = await hub.as('partner-industry');
    const former = await hub.as('former-cochair');
    for (const client of [hub.client, industry, former]) {
      expect((await post(client, node(toGlobalId('Activity', draft)))).data).toEqual({ node: null });
      const listed = await post(client, '{ activities(first: 200) { edges { node { id status } } } }');
      expect(listed.data).toBeTruthy();
      const statuses = (listed.data as unknown as { activities: { edges: { node: { status: string } }[] } }).activities.edges.map((e) => e.node.status);
      expect(new Set(statuses)).toEqual(new Set(['PUBLISHED']));
      expect((await post(client, node(toGlobalId('Engagement', engagement)))).data).toEqual({ node: null });
    }
    // Those the table opens them to still read them.
    expect((await post(await hub.as('partner-cso'), node(toGlobalId('Activity', draft)))).data).toEqual({ node: { id: toGlobalId('Activity', draft) } });
    expect((await post(await hub.as('secretariat'), node(toGlobalId('Engagement', engagement)))).data).toEqual({
      node: { id: toGlobalId('Engagement', engagement) },
    });
  });

  it('nor through a raw query run under the request role; the owner is not that role', async () => {
    const em = hub.hub.database.orm.em.fork();
    const transaction = requestTransaction(em, ANONYMOUS);
    await transaction.begin();
    try {
      const [who] = await em.execute<{ role: string; owner: string; bypass: boolean }[]>(
        `select current_user as role, (select tableowner from pg_tables where tablename = 'activity') as owner,
                (select rolbypassrls or rolsuper from pg_roles where rolname = current_user) as bypass`,
      );
      expect(who).toMatchObject({ role: REQUEST_ROLE, bypass: false });
      expect(who!.owner).not.toBe(REQUEST_ROLE);
      const [hidden] = await em.execute<{ n: string }[]>(
        `select (select count(*) from activity where status <> 'PUBLISHED') + (select count(*) from engagement)
              + (select count(*) from national_process) + (select count(*) from audit_event) as n`,
      );
      expect(Number(hidden!.n)).toBe(0);
    } finally {
      await transaction.end();
    }
    // The same rows, read as the owner (migrations, seeds, backups), are there.
    const [all] = await em.fork().execute<{ n: string }[]>(`select count(*) as n from activity where id = ?`, [draft]);
    expect(Number(all!.n)).toBe(1);
  });

  it('a policy in the database that differs from the table stops the start', async () => {
    const em = hub.hub.database.orm.em.fork();
    await expect(checkRowSecurity(em, entities)).resolves.toBeUndefined();
    await em.execute('alter policy hub_read on engagement using (true)');
    try {
      await expect(checkRowSecurity(em.fork(), entities)).rejects.toThrow(RowSecurityDriftError);
      await expect(checkRowSecurity(em.fork(), entities)).rejects.toThrow(/engagement: policy hub_read differs/);
    } finally {
      await em.execute('drop policy hub_read on engagement');
    }
    await expect(checkRowSecurity(em.fork(), entities)).rejects.toThrow(/engagement: policy hub_read is missing/);
    await em.execute('alter table engagement no force row level security');
    await expect(checkRowSecurity(em.fork(), entities)).rejects.toThrow(/engagement differs: row level security enabled, not forced/);
  });
});
