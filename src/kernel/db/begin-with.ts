import type { Knex } from '@mikro-orm/postgresql';
import pg from 'pg';

/**
 * A transaction whose BEGIN and `preamble` (the statements every transaction of a request must run
 * first: its role and settings) travel with its first statement, in one round trip: knex sends
 * `BEGIN;` alone, then each statement waits for the one before. A write of one statement (W4)
 * took three round trips (BEGIN, the write, COMMIT); it takes two.
 *
 * Nothing is sent when the transaction begins. The first statement sent on its connection goes
 * with the BEGIN and the preamble ahead of it, in one message sequence that PostgreSQL runs in
 * order, up to one Sync (extended protocol), or as one simple query when the statement has no
 * parameters; if the BEGIN or the preamble fails, PostgreSQL skips the statement (it never runs
 * without its role). A transaction that ends before sending anything sends nothing at all.
 * The preamble's values must be quoted literals: it takes no parameters.
 *
 * Going around knex's `transaction()` (and MikroORM's `em.begin()`, whose transaction context
 * this becomes): the instance's `begin` is replaced before it runs (knex begins in a later
 * microtask, once a connection is acquired), and the connection's next `query` is taken over
 * once. Commit, rollback and savepoints are knex's own. Invariant and test: src/performance/README.md.
 */
export function beginWith(knex: Knex, preamble: string): Promise<Knex.Transaction> {
  return new Promise<Knex.Transaction>((resolve, reject) => {
    // As knex.transaction() makes one without a container: the transactor is handed to `resolve`.
    const trx = (knex.client as { transaction(container: unknown, config: object): KnexTransaction }).transaction(resolve, {
      userParams: {},
      doNotRejectOnRollback: true,
    });
    trx.begin = (connection) => {
      beginWithFirstStatement(connection as pg.Client, preamble, () => trx.isCompleted());
      return Promise.resolve();
    };
    trx.catch(reject);
  });
}

/** The results the BEGIN and the preamble add before the statement's own. */
const PRELUDE_RESULTS = 2;
/** How knex ends a transaction (transaction.js): with nothing sent, there is nothing to end. */
const ENDS = /^(commit|rollback);?$/i;

type QueryCallback = (error: Error | null, result?: unknown) => void;

/** Takes over `connection.query` for the transaction's first statement only. */
function beginWithFirstStatement(connection: pg.Client, preamble: string, completed: () => boolean): void {
  const own = connection as unknown as { query: (...args: unknown[]) => unknown };
  const before = Object.getOwnPropertyDescriptor(connection, 'query');
  own.query = function firstStatement(config: unknown, values?: unknown, callback?: unknown) {
    // Once: every later statement is the client's own.
    if (before) Object.defineProperty(connection, 'query', before);
    else delete (own as { query?: unknown }).query;
    const plain = typeof config === 'object' && config !== null && typeof (config as { submit?: unknown }).submit !== 'function';
    if (completed()) return connection.query(config as never, values as never, callback as never);
    if (plain && typeof values === 'function') {
      const { text } = config as { text?: unknown };
      if (typeof text === 'string' && ENDS.test(text.trim())) {
        process.nextTick(values as QueryCallback, null, { command: text.replace(/;$/, '').toUpperCase(), rows: [], rowCount: null, fields: [] });
        return undefined;
      }
      return connection.query(new FirstStatement(preamble, config as pg.QueryConfig, values as QueryCallback) as never);
    }
    // Anything else (a stream, a promise-style call): the BEGIN goes ahead of it, as its own query.
    // If it fails, the transaction is aborted and the statement after it fails too.
    connection.query(`BEGIN; ${preamble}`).catch(() => undefined);
    return connection.query(config as never, values as never, callback as never);
  };
}

/** pg's Query, internals used here (pg 8: lib/query.js). */
interface PgQuery {
  text: string;
  values?: unknown[];
  _results: unknown;
  requiresPreparation(): boolean;
  submit(connection: PgConnection): Error | null;
  handleReadyForQuery(connection: PgConnection): void;
}
interface PgConnection {
  stream: { cork?: () => void; uncork?: () => void };
  parse(config: { text: string }): void;
  bind(config: object): void;
  describe(config: { type: 'P'; name: string }): void;
  execute(config: object): void;
}
const Query = pg.Query as unknown as new (config: pg.QueryConfig, values: undefined, callback: QueryCallback) => PgQuery;

/** The statement, with the BEGIN and the preamble ahead of it in the same round trip. */
class FirstStatement extends Query {
  constructor(
    private readonly preamble: string,
    config: pg.QueryConfig,
    callback: QueryCallback,
  ) {
    super(config, undefined, callback);
  }

  override submit(connection: PgConnection): Error | null {
    if (typeof this.text !== 'string' || (this.values && !Array.isArray(this.values))) return super.submit(connection);
    if (!this.requiresPreparation()) {
      // No parameters: one simple query, as the BEGIN went before.
      this.text = `BEGIN; ${this.preamble}; ${this.text}`;
      return super.submit(connection);
    }
    // Written together (the stream is corked until the statement's own Sync is written).
    connection.stream.cork?.();
    try {
      connection.parse({ text: 'BEGIN' });
      connection.bind({});
      connection.execute({});
      connection.parse({ text: this.preamble });
      connection.bind({});
      connection.describe({ type: 'P', name: '' });
      connection.execute({});
      return super.submit(connection);
    } finally {
      connection.stream.uncork?.();
    }
  }

  override handleReadyForQuery(connection: PgConnection): void {
    // The caller sees the statement's own result(s), as if it had been sent alone.
    if (Array.isArray(this._results)) {
      const own = (this._results as unknown[]).slice(PRELUDE_RESULTS);
      this._results = own.length === 1 ? own[0] : own;
    }
    super.handleReadyForQuery(connection);
  }
}

/** The parts of knex's internal Transaction used here. */
interface KnexTransaction {
  begin(connection: unknown): Promise<unknown>;
  isCompleted(): boolean;
  catch(onRejected: (error: unknown) => void): Promise<unknown>;
}
