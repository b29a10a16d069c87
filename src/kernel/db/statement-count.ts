import { AsyncLocalStorage } from 'node:async_hooks';
import type { MikroORM } from '@mikro-orm/postgresql';

/**
 * Counts the SQL statements each request sends, so batching can be measured (the benchmark and
 * a test read it from the `x-sql-statements` response header). The count follows the request's
 * async context; statements outside any request are not counted.
 */
const perRequest = new AsyncLocalStorage<{ statements: number }>();

export function countStatements(orm: MikroORM): void {
  orm.em.getKnex().on('query', () => {
    const store = perRequest.getStore();
    if (store) store.statements++;
  });
}

export function withStatementCount<T>(work: () => T): T {
  return perRequest.run({ statements: 0 }, work);
}

export function statementsSoFar(): number | undefined {
  return perRequest.getStore()?.statements;
}

/** Runs `work` outside the request's count (bookkeeping such as rate limits is not the request's SQL). */
export function uncounted<T>(work: () => T): T {
  return perRequest.exit(work);
}

/** Counts a statement sent for this request together with other requests' (one round trip for several). */
export function countShared(): void {
  const store = perRequest.getStore();
  if (store) store.statements++;
}
