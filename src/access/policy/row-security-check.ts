import type { EntityManager } from '@mikro-orm/postgresql';
import { REQUEST_ROLE, rowSecurityPolicies, rowSecurityStatements } from './row-security';

export class RowSecurityDriftError extends Error {}

interface PolicyRow {
  table: string;
  enabled: boolean;
  forced: boolean;
  name: string | null;
  cmd: string | null;
  roles: string | null;
  qual: string | null;
  check: string | null;
}

/** The row-level security of the tables as PostgreSQL holds it (its own rendering of each expression). */
async function policiesIn(em: EntityManager, tables: string[]): Promise<Map<string, string>> {
  const rows: PolicyRow[] = await em.execute(
    `select c.relname as "table", c.relrowsecurity as enabled, c.relforcerowsecurity as forced, p.polname as name,
            p.polcmd as cmd, pg_get_expr(p.polqual, p.polrelid) as qual, pg_get_expr(p.polwithcheck, p.polrelid) as "check",
            (select string_agg(r.rolname, ',' order by r.rolname) from pg_roles r where r.oid = any(p.polroles)) as roles
       from pg_class c
       left join pg_policy p on p.polrelid = c.oid
      where c.relname = any(?::text[]) and c.relnamespace = 'public'::regnamespace
      order by 1, 4`,
    [`{${tables.join(',')}}`],
  );
  const found = new Map<string, string>();
  for (const table of tables) found.set(`${table}`, 'missing');
  for (const row of rows) {
    found.set(row.table, `row level security ${row.enabled ? 'enabled' : 'disabled'}, ${row.forced ? 'forced' : 'not forced'}`);
    if (row.name) found.set(`${row.table}: policy ${row.name}`, JSON.stringify([row.cmd, row.roles, row.qual, row.check]));
  }
  return found;
}

/** The partitions of those of the tables that are partitioned, each with its parent. */
async function partitionsOf(em: EntityManager, tables: string[]): Promise<{ part: string; parent: string }[]> {
  return em.execute(
    `select c.relname as part, t.relname as parent
       from pg_inherits i join pg_class c on c.oid = i.inhrelid join pg_class t on t.oid = i.inhparent
      where t.relname = any(?::text[]) and t.relnamespace = 'public'::regnamespace and t.relkind = 'p'`,
    [`{${tables.join(',')}}`],
  );
}

/**
 * Compares the row-level security in the database with what the policy table renders now, and
 * refuses a difference (a record policy changed without a migration, or a migration edited by
 * hand). PostgreSQL itself normalises both sides: the expected policies are created in a
 * transaction that is rolled back, and its rendering of them compared with that of the ones
 * in place. A partition must hold exactly its parent's (hub_partition_follows copies them), or the start stops.
 * Run as the owner, at start, after the migrations.
 */
export async function checkRowSecurity(em: EntityManager, entities: readonly { name: string }[]): Promise<void> {
  const problems: string[] = [];
  const [role] = await em.execute<{ rolsuper: boolean; rolbypassrls: boolean }[]>(
    'select rolsuper, rolbypassrls from pg_roles where rolname = ?',
    [REQUEST_ROLE],
  );
  if (!role) problems.push(`the role ${REQUEST_ROLE} does not exist`);
  else if (role.rolsuper || role.rolbypassrls) problems.push(`the role ${REQUEST_ROLE} bypasses row-level security`);
  const expected = rowSecurityPolicies(em.getMetadata(), entities);
  const tables = expected.map((t) => t.table);
  const fork = em.fork();
  await fork.begin();
  let actual: Map<string, string>;
  let wanted: Map<string, string>;
  const partitions = await partitionsOf(fork, tables);
  try {
    actual = await policiesIn(fork, [...tables, ...partitions.map((p) => p.part)]);
    // Drop every policy of the scoped tables first, so that one the table no longer renders shows as a difference.
    // The drops in one round trip and the table's statements in another: one each cost most of a warm start's check.
    const names = await fork.execute<{ polname: string; table: string }[]>(
      `select p.polname, c.relname as "table" from pg_policy p join pg_class c on c.oid = p.polrelid
        where c.relname = any(?::text[]) and c.relnamespace = 'public'::regnamespace`,
      [`{${tables.join(',')}}`],
    );
    const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`;
    if (names.length) await fork.execute(names.map(({ polname, table }) => `drop policy ${quoted(polname)} on ${quoted(table)}`).join(';\n'));
    // Not the partitions' copies (a second per hundred partitions): each must hold exactly its parent's, compared below.
    await fork.execute(rowSecurityStatements(expected, { partitions: false }).join(';\n'));
    wanted = await policiesIn(fork, tables);
  } finally {
    await fork.rollback();
  }
  for (const { part, parent } of partitions) {
    for (const [key, value] of [...wanted]) {
      if (key === parent) wanted.set(part, value);
      else if (key.startsWith(`${parent}: `)) wanted.set(`${part}${key.slice(parent.length)}`, value);
    }
  }
  for (const key of new Set([...actual.keys(), ...wanted.keys()])) {
    const has = actual.get(key);
    const should = wanted.get(key);
    if (has === should) continue;
    problems.push(!has ? `${key} is missing` : !should ? `${key} is not in the policy table` : `${key} differs: ${has} in the database, ${should} from the table`);
  }
  if (problems.length) {
    throw new RowSecurityDriftError(
      `The row-level security of the database does not match the policy table:\n  - ${problems.join('\n  - ')}\n` +
        'Write a migration for it with `npm run migration:row-security -- "why"` (scripts/row-security-migration.ts).',
    );
  }
}
