import type { Knex } from '@mikro-orm/postgresql';

/**
 * Counts the SQL statements each request sends, so batching can be measured (the benchmark and
 * tests read it from the `x-sql-statements` response header).
 *
 * The count is carried by the request (`res.locals`, the GraphQL context), not by an
 * AsyncLocalStorage: while any AsyncLocalStorage is entered, Node 20 runs a hook at every
 * promise the process makes (a seventh of a fresh W1 answer's garbage). A request's own
 * statements are those of its transaction, savepoints included (`countTransaction`); a statement
 * shared by several requests (the viewer's read, the data generation, the access log) is counted
 * once for each request it served (`countShared`). Statements of no request are not counted.
 */
export interface StatementCount {
  statements: number;
}

export function newStatementCount(): StatementCount {
  return { statements: 0 };
}

/**
 * Counts every statement `trx` sends (knex's `query` event on the transactor, which its
 * savepoints' statements reach too). Its BEGIN travels with its first statement (begin-with.ts).
 */
export function countTransaction(trx: Knex.Transaction, count: StatementCount | undefined): void {
  if (count) trx.on('query', () => count.statements++);
}

/** Counts a statement sent for this request together with other requests' (one round trip for several). */
export function countShared(count: StatementCount | undefined): void {
  if (count) count.statements++;
}
