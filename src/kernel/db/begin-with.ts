import type { Knex } from '@mikro-orm/postgresql';

/**
 * A transaction whose BEGIN carries `preamble` in the same round trip: knex sends `BEGIN;`
 * alone, and the statements every transaction of a request must run first (its role and
 * settings) would cost a second round trip on every request. The two go as one simple query
 * (`BEGIN; <preamble>`), which PostgreSQL runs in order, the preamble inside the new transaction.
 * A simple query takes no parameters: the preamble's values must be quoted literals.
 *
 * Going around knex's `transaction()` (and MikroORM's `em.begin()`, whose transaction context
 * this becomes): the instance's `begin` is replaced before it runs (knex begins in a later
 * microtask, once a connection is acquired). Commit, rollback and savepoints are knex's own.
 * Invariant and test: src/performance/README.md.
 */
export function beginWith(knex: Knex, preamble: string): Promise<Knex.Transaction> {
  return new Promise<Knex.Transaction>((resolve, reject) => {
    // As knex.transaction() makes one without a container: the transactor is handed to `resolve`.
    const trx = (knex.client as { transaction(container: unknown, config: object): KnexTransaction }).transaction(resolve, {
      userParams: {},
      doNotRejectOnRollback: true,
    });
    trx.begin = (connection) => trx.query(connection, `BEGIN; ${preamble}`);
    trx.catch(reject);
  });
}

/** The parts of knex's internal Transaction used here. */
interface KnexTransaction {
  begin(connection: unknown): Promise<unknown>;
  query(connection: unknown, sql: string): Promise<unknown>;
  catch(onRejected: (error: unknown) => void): Promise<unknown>;
}
