import type { EntityManager, Knex } from '@mikro-orm/postgresql';

/**
 * How `seed-scale` writes a batch of synthetic rows fast enough for factor 30 (600,000 activities).
 *
 * With its triggers, an activity costs ~0.5 ms to insert: three foreign-key checks, the
 * `activity_target_sync` trigger and a deferred `data_generation_moves` call, one row at a time
 * (1.2 s for 2,000 rows against 0.19 s without them, measured with EXPLAIN ANALYZE). So, when it
 * may (a superuser, and the table's triggers are exactly the ones this file knows, body and all),
 * a batch runs with `session_replication_role = replica`, which skips triggers and foreign-key
 * checks for its transaction only, and does their work set-wise in the same transaction:
 * - the foreign keys: one query finds any row of the batch whose reference does not exist, and
 *   the batch fails (nothing written) if there is one;
 * - `activity_target_sync`: the inserted activities' target states go to `activity_target`;
 * - `data_generation_moves`: one slot of the generation is replaced once per batch.
 * Otherwise (another trigger, a changed trigger body, not a superuser) the batch is inserted with
 * every trigger, as any write is: slower, never different.
 */

/** The triggers this file can do the work of, with the md5 of their function's body. */
const KNOWN_TRIGGERS: Record<string, { fn: string; md5: string }> = {
  activity_target_sync: { fn: 'activity_target_sync', md5: '215fb8a959d2881b9c10a5ad0d256f31' },
  data_generation_moves: { fn: 'data_generation_moves', md5: '40119b3339c15a883c79de9d6117ab14' },
  // Fires on TRUNCATE only.
  data_generation_moves_truncate: { fn: 'data_generation_moves', md5: '40119b3339c15a883c79de9d6117ab14' },
};

/** `activity_target_sync` for the inserted rows (`new`: the insert's RETURNING). */
const ACTIVITY_TARGETS =
  'insert into activity_target (activity_id, state_iso3, start_date, created_at) ' +
  'select distinct n.id, code, n.start_date, n.created_at from new n cross join unnest(n.target_states) as code';

export interface BatchWriter {
  /** Inserts one batch (a JSON array of rows) in its own transaction; returns how many rows were new. */
  insert(json: string): Promise<number>;
  /** 'bulk' when the triggers' work is done set-wise, else why not. */
  mode: string;
}

interface Plan {
  /** Finds a row whose foreign key points nowhere: its constraint's name, if any. */
  foreignKeyCheck: string | null;
  /** The insert as a statement returning the count of new rows, with the triggers' work. */
  statement: string;
  movesGeneration: boolean;
}

/**
 * A writer for one table. `insertSql` is `insert into … select … from jsonb_to_recordset(?::jsonb)
 * as r(…) …`; `columns` the record's column definitions, for the foreign-key check.
 */
export async function batchWriter(
  em: EntityManager,
  table: string,
  insertSql: string,
  columns: string,
  lock?: number,
): Promise<BatchWriter> {
  const knex = em.getConnection().getKnex();
  const planned = await plan(knex, table, insertSql, columns);
  const mode = typeof planned === 'string' ? planned : 'bulk';
  return {
    mode,
    insert: (json) =>
      em.fork().transactional(async (tx) => {
        const trx = tx.getTransactionContext<Knex.Transaction>();
        if (!trx) throw new Error('no transaction');
        // A load-test seed: losing its last batches to a crash costs a re-run, not data. No JIT:
        // the batch's estimated cost (a JSON function is taken for 100 rows a call) set off
        // ~100 ms of compiling per batch. Nested loops: a duplicate check is a few index probes
        // per row, where the planner, without statistics, hashed all 600,000 audit events for
        // each batch of 2,000 (3 s a batch at factor 30).
        await knex
          .raw('set local synchronous_commit = off; set local jit = off; set local enable_hashjoin = off; set local enable_mergejoin = off')
          .transacting(trx);
        if (lock !== undefined) await knex.raw('select pg_advisory_xact_lock(?)', [lock]).transacting(trx);
        if (typeof planned === 'string') {
          const result: { rowCount: number | null } = await knex.raw(insertSql, [json]).transacting(trx);
          return result.rowCount ?? 0;
        }
        await knex.raw('set local session_replication_role = replica').transacting(trx);
        if (planned.foreignKeyCheck) {
          const { rows } = (await knex.raw(planned.foreignKeyCheck, [json]).transacting(trx)) as { rows: { name: string }[] };
          if (rows.length) throw new Error(`seed-scale: a ${table} row breaks ${rows[0]!.name}`);
        }
        const { rows } = (await knex.raw(planned.statement, [json]).transacting(trx)) as { rows: { added: number }[] };
        const added = rows[0]?.added ?? 0;
        if (added && planned.movesGeneration) {
          await knex.raw('update data_generation set token = gen_random_uuid(), changed_at = clock_timestamp() where id = 1').transacting(trx);
        }
        await knex.raw('set local session_replication_role = origin').transacting(trx);
        return added;
      }),
  };
}

async function plan(knex: Knex, table: string, insertSql: string, columns: string): Promise<Plan | string> {
  const [superuser] = ((await knex.raw(`select current_setting('is_superuser') = 'on' as yes`)) as { rows: { yes: boolean }[] }).rows;
  if (!superuser?.yes) return 'with triggers (not a superuser)';
  const triggers = ((await knex.raw(
    `select t.tgname as name, p.proname as fn, md5(p.prosrc) as md5
       from pg_trigger t join pg_proc p on p.oid = t.tgfoid
      where t.tgrelid = ?::regclass and not t.tgisinternal`,
    [table],
  )) as { rows: { name: string; fn: string; md5: string }[] }).rows;
  for (const t of triggers) {
    const known = KNOWN_TRIGGERS[t.name];
    if (!known || known.fn !== t.fn || known.md5 !== t.md5) return `with triggers (trigger ${t.name} is not one seed-scale knows)`;
    if (t.name === 'activity_target_sync' && table !== 'activity') return `with triggers (${t.name} on ${table})`;
  }
  const names = new Set(triggers.map((t) => t.name));
  const fks = ((await knex.raw(
    `select c.conname as name, a.attname as col, r.relname as ref, ra.attname as refcol
       from pg_constraint c
       join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
       join pg_class r on r.oid = c.confrelid
       join pg_attribute ra on ra.attrelid = c.confrelid and ra.attnum = c.confkey[1]
      where c.conrelid = ?::regclass and c.contype = 'f' and cardinality(c.conkey) = 1`,
    [table],
  )) as { rows: { name: string; col: string; ref: string; refcol: string }[] }).rows;
  const multi = ((await knex.raw(
    `select count(*)::int as n from pg_constraint where conrelid = ?::regclass and contype = 'f' and cardinality(conkey) > 1`,
    [table],
  )) as { rows: { n: number }[] }).rows[0]?.n;
  if (multi) return 'with triggers (a foreign key of several columns)';
  const given = new Set(columns.split(', ').map((c) => c.split(' ')[0]));
  // A column the batch does not set stays null: no reference to check.
  const checks = fks
    .filter((fk) => given.has(fk.col))
    .map(
      (fk) =>
        `select '${fk.name}' as name where exists (select 1 from r where r."${fk.col}" is not null and ` +
        `not exists (select 1 from "${fk.ref}" x where x."${fk.refcol}" = r."${fk.col}"))`,
    );
  const returning = names.has('activity_target_sync') ? 'id, target_states, start_date, created_at' : '1 as one';
  return {
    foreignKeyCheck: checks.length
      ? `with r as (select * from jsonb_to_recordset(?::jsonb) as r(${columns})) ${checks.join(' union all ')} limit 1`
      : null,
    statement:
      `with new as (${insertSql} returning ${returning})` +
      (names.has('activity_target_sync') ? `, targets as (${ACTIVITY_TARGETS})` : '') +
      ' select count(*)::int as added from new',
    movesGeneration: names.has('data_generation_moves'),
  };
}
