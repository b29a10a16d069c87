import type { Knex } from '@mikro-orm/postgresql';
import pg from 'pg';
import { type KnexTransactionInternals, leanOnAcquire } from './lean-transactor';

/**
 * A transaction whose BEGIN and `preamble` (the statements every transaction of a request must run
 * first: its role and settings) travel with its first statement, in one round trip: knex sends
 * `BEGIN;` alone, then each statement waits for the one before. A write of one statement (W4)
 * took three round trips (BEGIN, the write, COMMIT); it takes two, or one when its COMMIT travels
 * with it too (`commitWithNext`).
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
 * once, each time a statement needs something sent with it. Commit, rollback and savepoints are
 * knex's own. Invariant and test: src/performance/README.md.
 */
export interface BegunTransaction {
  trx: Knex.Transaction;
  /**
   * The next statement carries the COMMIT in its round trip (after it, before its Sync): the
   * transaction commits with it, or, if it or the COMMIT fails, is rolled back whole (a ROLLBACK
   * follows). Either way the transaction then begins anew, as at first: the statement after it, if
   * any, goes with a new BEGIN and the preamble, and knex's own COMMIT or ROLLBACK at the end is
   * sent only if one was. For a request's last write (`RequestTransaction.lastWrite`).
   */
  commitWithNext(): void;
  /**
   * Whether nothing of a PostgreSQL transaction is open on its connection: nothing sent since it
   * began, or since a statement that carried the COMMIT. Such a transaction holds no lock, and on
   * the embedded database not the session either.
   */
  idle(): boolean;
}

export function beginWith(knex: Knex, preamble: string): Promise<BegunTransaction> {
  return new Promise<BegunTransaction>((resolve, reject) => {
    let lane: LazyTransaction | undefined;
    // As knex.transaction() makes one without a container: the transactor is handed to the container.
    const trx = (knex.client as { transaction(container: unknown, config: object): KnexTransaction }).transaction(
      (transactor: Knex.Transaction) =>
        resolve({ trx: transactor, commitWithNext: () => lane?.commitWithNext(), idle: () => !lane?.open }),
      { userParams: {}, doNotRejectOnRollback: true },
    );
    // Its transactor built lean (lean-transactor.ts); set before knex acquires the connection, a microtask later.
    (trx as unknown as KnexTransactionInternals)._onAcquire = leanOnAcquire;
    trx.begin = (connection) => {
      // Called before the container: `lane` is set when the transaction is handed over.
      lane = new LazyTransaction(connection as pg.Client, preamble, () => trx.isCompleted());
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
type QueryMethod = (...args: unknown[]) => unknown;

/** One knex transaction on its connection: what must go with the next statement sent. */
class LazyTransaction {
  /** Whether the PostgreSQL transaction is open (its BEGIN sent). */
  private begun = false;
  private commitNext = false;
  private hooked = false;

  constructor(
    private readonly connection: pg.Client,
    private readonly preamble: string,
    private readonly completed: () => boolean,
  ) {
    this.hook();
  }

  /** Whether its BEGIN was sent and no COMMIT or ROLLBACK since. */
  get open(): boolean {
    return this.begun;
  }

  commitWithNext(): void {
    if (this.completed()) return;
    this.commitNext = true;
    this.hook();
  }

  /** Takes over `connection.query` for the next statement only (idempotent). */
  private hook(): void {
    if (this.hooked) return;
    this.hooked = true;
    const own = this.connection as unknown as { query: QueryMethod };
    const before = Object.getOwnPropertyDescriptor(this.connection, 'query');
    own.query = (config: unknown, values?: unknown, callback?: unknown) => {
      // Once: every later statement is the client's own, unless something must go with it again.
      if (before) Object.defineProperty(this.connection, 'query', before);
      else delete (own as { query?: unknown }).query;
      this.hooked = false;
      return this.send(config, values, callback);
    };
  }

  private send(config: unknown, values?: unknown, callback?: unknown): unknown {
    const { connection } = this;
    const plain = typeof config === 'object' && config !== null && typeof (config as { submit?: unknown }).submit !== 'function';
    if (this.completed()) return connection.query(config as never, values as never, callback as never);
    if (plain && typeof values === 'function') {
      const { text } = config as { text?: unknown };
      if (typeof text === 'string' && ENDS.test(text.trim())) {
        // knex ends the transaction: nothing goes with its COMMIT or ROLLBACK, and with nothing sent, nothing is.
        this.commitNext = false;
        if (this.begun) return connection.query(config as never, values as QueryCallback);
        process.nextTick(values as QueryCallback, null, { command: text.replace(/;$/, '').toUpperCase(), rows: [], rowCount: null, fields: [] });
        return undefined;
      }
      const prelude = this.begun ? null : this.preamble;
      // A statement read in pages (`rows`) has several Syncs: its COMMIT stays knex's.
      const commit = this.commitNext && (config as { rows?: unknown }).rows == null;
      this.begun = true;
      this.commitNext = false;
      if (!prelude && !commit) return connection.query(config as never, values as QueryCallback);
      const answer = commit ? this.afterCommit(values as QueryCallback) : (values as QueryCallback);
      return connection.query(new EnclosedStatement(prelude, commit, config as pg.QueryConfig, answer) as never);
    }
    // Anything else (a stream, a promise-style call): the BEGIN goes ahead of it, as its own query,
    // and its COMMIT, if asked for, at the end. If the BEGIN fails, the statement after it fails too.
    this.commitNext = false;
    if (!this.begun) {
      this.begun = true;
      connection.query(`BEGIN; ${this.preamble}`).catch(() => undefined);
    }
    return connection.query(config as never, values as never, callback as never);
  }

  /** After a statement that carried the COMMIT: a new transaction begins with the next one. */
  private afterCommit(callback: QueryCallback): QueryCallback {
    return (error, result) => {
      this.begun = false;
      // The statement or the COMMIT failed: whatever is left of the transaction is rolled back
      // (queued ahead of anything the caller sends next; a warning only if nothing is left).
      if (error) this.connection.query('ROLLBACK').catch(() => undefined);
      if (!this.completed()) this.hook();
      callback(error, result);
    };
  }
}

/** pg's Query, internals used here (pg 8: lib/query.js). */
interface PgQuery {
  text: string;
  values?: unknown[];
  portal: string;
  _results: unknown;
  requiresPreparation(): boolean;
  submit(connection: PgConnection): Error | null;
  handleReadyForQuery(connection: PgConnection): void;
  _getRows(connection: PgConnection, rows?: number): void;
}
interface PgConnection {
  stream: { cork?: () => void; uncork?: () => void };
  parse(config: { text: string }): void;
  bind(config: object): void;
  describe(config: { type: 'P'; name: string }): void;
  execute(config: object): void;
  sync(): void;
}
const Query = pg.Query as unknown as new (config: pg.QueryConfig, values: undefined, callback: QueryCallback) => PgQuery;

/** The statement, with the BEGIN and the preamble ahead of it and/or the COMMIT after it, in one round trip. */
class EnclosedStatement extends Query {
  constructor(
    private readonly prelude: string | null,
    private readonly commit: boolean,
    config: pg.QueryConfig,
    callback: QueryCallback,
  ) {
    super(config, undefined, callback);
  }

  override submit(connection: PgConnection): Error | null {
    if (typeof this.text !== 'string' || (this.values && !Array.isArray(this.values))) return super.submit(connection);
    if (!this.requiresPreparation()) {
      // No parameters: one simple query (PostgreSQL skips the rest of it after an error).
      this.text = [...(this.prelude ? ['BEGIN', this.prelude] : []), this.text, ...(this.commit ? ['COMMIT'] : [])].join('; ');
      return super.submit(connection);
    }
    // Written together (the stream is corked until the statement's own Sync is written).
    connection.stream.cork?.();
    try {
      if (this.prelude) {
        connection.parse({ text: 'BEGIN' });
        connection.bind({});
        connection.execute({});
        connection.parse({ text: this.prelude });
        connection.bind({});
        connection.describe({ type: 'P', name: '' });
        connection.execute({});
      }
      return super.submit(connection);
    } finally {
      connection.stream.uncork?.();
    }
  }

  /** pg ends a statement with its Sync here; the COMMIT goes before it (skipped if the statement failed). */
  override _getRows(connection: PgConnection, rows?: number): void {
    if (!this.commit || rows) return super._getRows(connection, rows);
    connection.execute({ portal: this.portal, rows });
    connection.parse({ text: 'COMMIT' });
    connection.bind({});
    connection.execute({});
    connection.sync();
  }

  override handleReadyForQuery(connection: PgConnection): void {
    // The caller sees the statement's own result(s), as if it had been sent alone.
    if (Array.isArray(this._results)) {
      const results = this._results as unknown[];
      const own = results.slice(this.prelude ? PRELUDE_RESULTS : 0, this.commit ? results.length - 1 : results.length);
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
