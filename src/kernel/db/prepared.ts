import { createHash } from 'node:crypto';
import type { Knex } from '@mikro-orm/postgresql';

/**
 * Statements PostgreSQL keeps prepared on each connection: parsed once, and planned once (a
 * generic plan, after five runs) instead of at every run. createActivity's statement spent more
 * of PostgreSQL's time being parsed and planned (1.1–1.5 ms a write) than being run (0.5–0.75 ms):
 * prepared, PostgreSQL alone ran the same transactions about twice as fast (pgbench, bench/README.md).
 *
 * pg prepares a query that has a `name` on the connection that first runs it and, from then on,
 * sends only the name there (its `parsedStatements`). What a statement must be to be prepared:
 * - **one text for every viewer**: declared once, at module level, so each connection holds a
 *   fixed number of them. A viewer's scope is never part of its text (a text per viewer would
 *   fill every connection with statements; use `scopedTable` in an unprepared statement);
 * - **a plan that cannot go wrong with the data**: the generic plan is made once, with the
 *   statistics of that moment (say, an empty table just after the start). Every table it reads
 *   must be reached through a key (or columns that select few rows by nature, such as a person's
 *   offices), never by a scan whose cost grows with the table (createActivity's
 *   idempotency check, looked up with a generic plan made on an empty table, read every record of
 *   the writer: so the check is not part of the prepared statement);
 * - **its columns named**, not `*` or `returning *`: PostgreSQL refuses to run a prepared
 *   statement whose result changed shape, so a column added by a migration while another hub
 *   instance runs would fail that instance's writes until its connections were replaced.
 * `test/api/prepared.test.ts` holds each statement to these: its generic plan on an empty,
 * never-analysed database and on one with data, and that its result names its columns.
 *
 * On the embedded database every connection reaches the same PostgreSQL session (PGlite is one
 * session), so a statement prepared by one connection exists for all: the pool's connections
 * share one record of what is prepared (`oneSession` in orm.ts), or the second
 * would prepare it again and be refused.
 *
 * Going around knex: it has no notion of a prepared statement; the name travels in the query's
 * options, which knex hands to pg unchanged. A pooler in transaction mode between the hub and
 * PostgreSQL must keep prepared statements per server connection (PgBouncer 1.21 or later,
 * `max_prepared_statements`): docs/operations.md.
 */
export interface PreparedStatement {
  /** What pg names it on each connection: derived from the text, so another text is another name. */
  readonly name: string;
  /** With knex's `?` placeholders. */
  readonly text: string;
}

const declared = new Map<string, PreparedStatement>();

/** Declares a prepared statement (at module level: see above). */
export function preparedStatement(label: string, text: string): PreparedStatement {
  if (!/^[a-z][a-z0-9_]*$/.test(label)) throw new Error(`A prepared statement's label is lower-case words: ${label}`);
  const name = `hub_${label}_${createHash('sha256').update(text).digest('hex').slice(0, 12)}`;
  const before = declared.get(label);
  if (before !== undefined && before.name !== name) throw new Error(`Two prepared statements labelled ${label}`);
  const statement = before ?? Object.freeze({ name, text });
  declared.set(label, statement);
  return statement;
}

/** Every prepared statement declared by the modules loaded so far, by label (for the test that holds them). */
export function declaredStatements(): ReadonlyMap<string, PreparedStatement> {
  return declared;
}

/** Runs it through `knex` (a transaction, as a request's statements are). */
export function runPrepared<T = unknown>(knex: Knex | Knex.Transaction, statement: PreparedStatement, values: readonly unknown[]): Promise<T> {
  return knex.raw(statement.text, values as Knex.RawBinding[]).options({ name: statement.name }) as unknown as Promise<T>;
}
