import { createHash } from 'node:crypto';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { grouped } from './grouped';
import { preparedStatement, runPrepared } from './prepared';
import { countShared, type StatementCount } from './statement-count';

/**
 * The data generation: what cached answers are keyed by, kept where the data is.
 *
 * Why PostgreSQL and not a counter in Redis (issue #14): a Redis counter read as 0 while Redis
 * was away and counted from 0 again after an empty restart, while every instance still held
 * copies keyed by the old numbers; an INCR lost between a commit and the bump (a crash, Redis
 * away) left answers older than a committed write in place. Here the generation is a random token
 * in `data_generation`, replaced by triggers on every data table in the transaction of the write
 * itself, so:
 * - it commits or rolls back with the write: no committed write without its new token, no new
 *   token without its write, whatever crashes when;
 * - it never comes back: each is random, so a key of an earlier state is never met again, after
 *   a Redis restart, a failover, or a database restored from a backup (whose token is that of the
 *   data it restores);
 * - an answer is keyed by the token read before it was computed, so what it holds is at least as
 *   new as that token: an answer made while a write commits is kept under the older token, never
 *   under the new one with old data;
 * - every instance reads the same token from the same database, Redis or not: in-process copies
 *   of another instance's state are never served, and instances without Redis share one truth.
 *
 * The price: a cached answer needs one small statement (requests waiting meanwhile share the next,
 * see `grouped`). A write pays one UPDATE of one row at commit (the triggers are deferred, so the
 * row lock is held only while committing). The token is kept in sixteen slots, and a write replaces
 * one that no other transaction holds (`skip locked`): with one row, each write waited for the
 * previous one's commit to reach the disk, and writes could not commit together (W4, issue #18).
 * The generation read is the digest of all slots, so any slot replaced changes it, and the four
 * properties above hold as they did for one row.
 */

/** Tables whose writes do not change any answer that is cached. */
export const TABLES_WITHOUT_GENERATION = [
  // Written on every RESTRICTED read; an operation that reaches audit events is never cached.
  'audit_event',
  // The rate limiter's counts and the migrator's bookkeeping.
  'rate_limit_window',
  'mikro_orm_migrations',
  'data_generation',
];

const TRIGGER = 'data_generation_moves';

/**
 * Every other table of the schema gets the triggers that replace the token: checked at every
 * start, after the migrations, so a table added by a later migration is covered without anyone
 * remembering it. A partitioned table gets them on itself (PostgreSQL clones them onto each
 * partition); its partitions are not tables of their own here, so those of `audit_event` get none.
 */
export async function ensureGenerationTriggers(em: EntityManager): Promise<string[]> {
  const missing: { table: string }[] = await em.getConnection().execute(
    `select c.relname as "table"
       from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = current_schema() and c.relkind in ('r', 'p') and not c.relispartition
        and c.relname not in (${TABLES_WITHOUT_GENERATION.map(() => '?').join(', ')})
        and not exists (select 1 from pg_trigger t where t.tgrelid = c.oid and t.tgname = '${TRIGGER}')
      order by 1`,
    TABLES_WITHOUT_GENERATION,
  );
  for (const { table } of missing) {
    const name = `"${table.replace(/"/g, '""')}"`;
    await em.getConnection().execute(
      `create constraint trigger ${TRIGGER} after insert or update or delete on ${name}
         deferrable initially deferred for each row execute function ${TRIGGER}()`,
    );
    await em.getConnection().execute(
      `create trigger ${TRIGGER}_truncate after truncate on ${name} for each statement execute function ${TRIGGER}()`,
    );
  }
  return missing.map((m) => m.table);
}

/** The generation: a digest of every slot's token, so a write to any slot changes it. */
export const GENERATION_TOKEN_SQL = "select md5(string_agg(token::text, ',' order by id)) as token from data_generation";
/** Read before every cached answer: prepared (prepared.ts). */
const GENERATION_TOKEN = preparedStatement('data_generation_token', GENERATION_TOKEN_SQL);

/**
 * Reads the token. Callers that arrive while a read is in flight share the next one, which starts
 * after they arrived: each sees every write committed before it asked.
 */
export function generationReader(orm: MikroORM): (statements?: StatementCount) => Promise<string> {
  const knex = orm.em.getConnection().getKnex();
  const read = grouped(async () => {
    // knex, not the EntityManager's execute: half the CPU per read (measured), on every cached answer.
    const { rows } = await runPrepared<{ rows: { token: string | null }[] }>(knex, GENERATION_TOKEN, []);
    const token = rows[0]?.token;
    if (!token) throw new Error('data_generation has no row: the migrations did not run');
    return token;
  });
  return (statements) => {
    countShared(statements);
    return read(undefined);
  };
}

/**
 * The database's identity: its cluster's system identifier and its own oid, not the URL that
 * reached it (postgres:// and postgresql://, another host name or user reach the same data).
 */
export async function databaseIdentity(orm: MikroORM): Promise<string> {
  const rows: { system: string; oid: string }[] = await orm.em
    .getConnection()
    .execute(
      `select (select system_identifier::text from pg_control_system()) as system,
              (select oid::text from pg_database where datname = current_database()) as oid`,
    );
  const { system, oid } = rows[0]!;
  return createHash('sha256').update(`${system}/${oid}`).digest('hex').slice(0, 16);
}
