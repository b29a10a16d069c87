import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Knex } from '@mikro-orm/postgresql';
import { declaredStatements, type PreparedStatement } from '../../src/kernel/db/prepared';
import { startTestHub, type TestHub } from '../support/hub';

/**
 * Every statement the hub prepares (src/kernel/db/prepared.ts), held to what makes preparing it
 * safe: PostgreSQL makes its generic plan once, with the statistics of that moment, and refuses
 * to run it if its result changes shape.
 */

// Tables whose size the hub fixes: a scan of one costs the same whatever the data.
const FIXED_SIZE = new Set(['data_generation']);
// Rows found by columns that select few by nature, however large the table grows.
const FEW_BY_NATURE: Record<string, string[]> = {
  // A person's offices: a handful over a career.
  office_holding: ['person_id'],
};

let hub: TestHub;
let knex: Knex;

beforeAll(async () => {
  hub = await startTestHub({ DEMO_PRINCIPALS: 'true' });
  knex = hub.hub.database.orm.em.getConnection().getKnex();
}, 120_000);
afterAll(async () => hub?.stop());

type PlanNode = { 'Node Type': string; 'Relation Name'?: string; 'Index Name'?: string; 'Index Cond'?: string; Plans?: PlanNode[] };

function readsOf(node: PlanNode): PlanNode[] {
  return [...(node['Relation Name'] && node['Node Type'] !== 'ModifyTable' ? [node] : []), ...(node.Plans ?? []).flatMap(readsOf)];
}

/**
 * How the plan reads each table that grows, where it does not look rows up by a key: every
 * column of a unique index equated (to one value or to any of an array's). A scan, or an index
 * used by its first columns only, reads more rows as the table grows.
 */
async function notByKey(trx: Knex.Transaction, plan: PlanNode): Promise<string[]> {
  const found: string[] = [];
  for (const read of readsOf(plan)) {
    const relation = read['Relation Name']!;
    if (FIXED_SIZE.has(relation)) continue;
    const index = read['Index Name'];
    if (!index || !['Index Scan', 'Index Only Scan'].includes(read['Node Type'])) {
      found.push(`${relation}: ${read['Node Type']}`);
      continue;
    }
    const { rows } = (await trx.raw(
      `select i.indisunique as "unique", array(select a.attname from unnest(i.indkey) k join pg_attribute a on a.attrelid = i.indrelid and a.attnum = k)::text[] as columns
         from pg_index i where i.indexrelid = to_regclass(?)`,
      [`"${index}"`],
    )) as { rows: { unique: boolean; columns: string[] }[] };
    const condition = read['Index Cond'] ?? '';
    const equated = (column: string) => new RegExp(`\\(${column} = `).test(condition);
    const byKey = rows[0]?.unique && rows[0].columns.every(equated);
    const few = FEW_BY_NATURE[relation]?.every(equated);
    if (!byKey && !few) found.push(`${relation}: ${index} (${condition})`);
  }
  return found;
}

/** The statement as pg sends it ($1, $2, … for knex's ?), and how many parameters it takes. */
function native(statement: PreparedStatement): { sql: string; parameters: number } {
  const parameters = (statement.text.match(/\?/g) ?? []).length;
  return { sql: knex.raw(statement.text, Array(parameters).fill(null)).toSQL().toNative().sql, parameters };
}

/**
 * Runs `check` in a transaction rolled back at the end, with every table of the schema shadowed
 * by an empty, never-analysed copy (a temporary table of the same name, columns, keys and indexes,
 * found first) if `empty`: as a new database is just after its start.
 */
async function withTables<T>(empty: boolean, check: (trx: Knex.Transaction) => Promise<T>): Promise<T> {
  const trx = await knex.transaction();
  try {
    if (empty) {
      const { rows } = (await trx.raw(
        `select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
          where n.nspname = current_schema() and c.relkind in ('r', 'p') and not c.relispartition`,
      )) as { rows: { name: string }[] };
      for (const { name } of rows) await trx.raw(`create temporary table "${name}" (like public."${name}" including all)`);
    }
    return await check(trx);
  } finally {
    await trx.rollback();
  }
}

/** The generic plan PostgreSQL would keep for it (a prepared statement of its own name, removed after). */
async function genericPlan(trx: Knex.Transaction, statement: PreparedStatement, after?: () => Promise<void>): Promise<PlanNode> {
  const { sql, parameters } = native(statement);
  const name = `plan_check_${statement.name}`;
  await trx.raw(`prepare ${name} as ${sql}`);
  try {
    await trx.raw(`set local plan_cache_mode = force_generic_plan`);
    await after?.();
    const nulls = Array(parameters).fill('null').join(', ');
    const { rows } = (await trx.raw(`explain (format json) execute ${name}${parameters ? `(${nulls})` : ''}`)) as {
      rows: { 'QUERY PLAN': [{ Plan: PlanNode }] }[];
    };
    return rows[0]!['QUERY PLAN'][0].Plan;
  } finally {
    // Prepared statements outlive a rollback; this one is removed while the transaction is still sound.
    await trx.raw(`deallocate ${name}`);
  }
}

describe('prepared statements', () => {
  it('are declared by the modules the hub runs', () => {
    expect([...declaredStatements().keys()]).toEqual(expect.arrayContaining(['insert_activity_drafts', 'viewer', 'data_generation_token']));
  });

  for (const empty of [true, false]) {
    it(`reach every table that grows through a key, never by a scan (${empty ? 'empty, never-analysed tables, as just after a start' : 'the seeded data'})`, async () => {
      for (const [label, statement] of declaredStatements()) {
        const found = await withTables(empty, async (trx) => notByKey(trx, await genericPlan(trx, statement)));
        expect({ label, found }).toEqual({ label, found: [] });
      }
    });
  }

  it('keep the shape of their result when a migration adds a column (they name their columns)', async () => {
    for (const [label, statement] of declaredStatements()) {
      const addColumns = async (trx: Knex.Transaction) => {
        const { rows } = (await trx.raw(
          `select c.relname as name from pg_class c where c.relnamespace = pg_my_temp_schema() and c.relkind = 'r'`,
        )) as { rows: { name: string }[] };
        for (const { name } of rows) await trx.raw(`alter table pg_temp."${name}" add column added_later integer`);
      };
      // The plan is made, the tables change, the plan is used again: PostgreSQL refuses a changed shape.
      await withTables(true, async (trx) => {
        await genericPlan(trx, statement, async () => {
          const { parameters } = native(statement);
          const nulls = Array(parameters).fill('null').join(', ');
          await trx.raw(`explain execute plan_check_${statement.name}${parameters ? `(${nulls})` : ''}`);
          await addColumns(trx);
        });
      }).catch((error: unknown) => {
        throw new Error(`${label}: ${error instanceof Error ? error.message : String(error)}`);
      });
    }
  });
});
