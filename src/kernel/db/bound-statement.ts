import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Runs a statement with its parameters sent apart from the text (PostgreSQL's bind message),
 * in `em`'s transaction if it has one. MikroORM's `execute` writes every parameter into the text,
 * quoting it character by character: for an import batch's rows, sent as one JSON parameter of
 * hundreds of kilobytes, that quoting was a tenth of the hub's time (profiled). Counted as any
 * statement (the `x-sql-statements` header): knex reports it. The database's refusals are
 * MikroORM's exceptions, as from `execute`.
 */
export async function executeBound(em: EntityManager, sql: string, params: readonly unknown[]): Promise<void> {
  const query = em.getKnex().raw(sql, params as never);
  const trx = em.getTransactionContext();
  if (trx) query.transacting(trx as never);
  try {
    await query;
  } catch (error) {
    // As MikroORM reports a refusal (a unique key taken, a constraint): its own exception types.
    throw error instanceof Error ? em.getPlatform().getExceptionConverter().convertException(error) : error;
  }
}
