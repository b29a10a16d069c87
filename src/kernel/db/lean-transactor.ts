import { EventEmitter } from 'node:events';
import { createRequire } from 'node:module';

// knex's own builder of knex instances (knex 3 has no `exports` map, and no types for this file).
const makeKnex = createRequire(__filename)('knex/lib/knex-builder/make-knex') as (client: object) => { context: object };

/**
 * A knex transaction whose transactor (the knex instance handed to the container: MikroORM's
 * transaction context, `trx.raw`, query builders `transacting` it) costs a few objects instead of
 * some 150. knex 3 builds each transactor with `makeKnex`, which gives the new instance its own
 * copy of every query method (about a hundred closures), of the context's methods and of
 * EventEmitter's: 13 % of the bytes a W4 write allocated (bench/README.md, 1 Dec 2026), on the
 * hub's one thread, where a third of a write's time is garbage collection.
 *
 * Here those methods are inherited, once, from a template knex instance built by knex's own
 * `makeKnex`: every one of them reads `this` (`this.queryBuilder()`, `this.context.client`), so a
 * transactor sees its own context and client through them. What each transactor owns is what
 * knex's `makeTransactor` gives it: its context (client, user params, nested `transaction`), its
 * events (forwarded from its client, as `makeKnex` forwards them), `commit`, `rollback`,
 * `savepoint`, `isCompleted`, `isTransaction`.
 *
 * Going around knex: `_onAcquire` and `makeTxClient` below are knex 3.2.10's
 * (lib/execution/transaction.js), with `makeTransactor` replaced, and the transaction's statements
 * handed to pg one at a time (test/api/begin-with.test.ts holds it). Invariant and test
 * (src/performance/README.md, test/unit/lean-transactor.test.ts): a lean transactor has every
 * property of knex's own, of the same kind; the two knex files it follows are the ones it was
 * written against (their digests); and the whole suite runs every request's transaction through it.
 */

/** The parts of knex's internal Transaction (lib/execution/transaction.js) this uses. */
export interface KnexTransactionInternals extends EventEmitter {
  client: KnexClient;
  outerTx: (KnexTransactionInternals & { transactor?: LeanTransactor }) | null;
  userParams?: Record<string, unknown>;
  trxClient?: KnexClient;
  transactor?: LeanTransactor;
  _resolver: (value?: unknown) => void;
  _rejecter: (error: unknown) => void;
  _onAcquire(container: (transactor: LeanTransactor) => unknown, connection: unknown): Promise<unknown>;
  begin(connection: unknown): Promise<unknown>;
  savepoint(connection: unknown): Promise<unknown>;
  commit(connection: unknown, value?: unknown): Promise<unknown>;
  release(connection: unknown, value?: unknown): Promise<unknown>;
  rollback(connection: unknown, error?: unknown): Promise<unknown>;
  rollbackTo(connection: unknown, error?: unknown): Promise<unknown>;
  isCompleted(): boolean;
}

type KnexClient = EventEmitter & {
  constructor: { prototype: object };
  transacting?: boolean;
  version?: unknown;
  config: { debug?: boolean };
  driver: unknown;
  connectionSettings: unknown;
  valueForUndefined: unknown;
  logger: unknown;
  query(connection: unknown, obj: unknown): Promise<unknown>;
  stream(connection: unknown, obj: unknown, stream: unknown, options: unknown): Promise<unknown>;
  acquireConnection(): Promise<unknown>;
  releaseConnection(connection?: unknown): Promise<unknown>;
};

type KnexContext = Record<string, unknown> & {
  client: KnexClient;
  userParams: Record<string, unknown>;
  queryBuilder(): { table(name: unknown, options: unknown): unknown };
  _transaction(container: unknown, config: unknown, outerTx: unknown): unknown;
};

/** What the container receives: a knex instance bound to the transaction's connection. */
export type LeanTransactor = ((tableName?: unknown, options?: unknown) => unknown) &
  EventEmitter & {
    context: KnexContext;
    client: KnexClient;
    userParams: Record<string, unknown>;
    isTransaction: true;
    parentTransaction?: LeanTransactor;
    executionPromise?: Promise<unknown>;
    transaction(container?: unknown, options?: unknown): unknown;
    savepoint(container?: unknown, options?: unknown): unknown;
    commit(value?: unknown): Promise<unknown>;
    rollback(error?: unknown): Promise<unknown>;
    isCompleted(): boolean;
  };

/** The events knex forwards from a client to its instance (make-knex.js, `redefineProperties`). */
const FORWARDED = ['start', 'query', 'query-error', 'query-response'] as const;

/** One template per kind of client: the inherited methods. */
const templates = new WeakMap<object, { knex: object; context: object }>();

function templateFor(client: KnexClient): { knex: object; context: object } {
  const prototype = client.constructor.prototype;
  let template = templates.get(prototype);
  if (!template) {
    // A client of the same kind that is never used: makeKnex attaches its forwarding listeners to it.
    const knex = makeKnex(Object.create(prototype) as object);
    template = { knex, context: knex.context };
    templates.set(prototype, template);
  }
  return template;
}

/** As knex's transactor says it: user params are the main instance's. */
function refuseUserParams(): never {
  throw new Error('Cannot set user params on a transaction - it can only inherit params from main knex instance');
}

function leanTransactor(trx: KnexTransactionInternals, connection: unknown, trxClient: KnexClient): LeanTransactor {
  const template = templateFor(trxClient);
  // As makeKnex's `knex(tableName)`: a query builder on this transaction (createQueryBuilder).
  const transactor = function knex(tableName?: unknown, options?: unknown): unknown {
    const builder = transactor.context.queryBuilder();
    if (!tableName) (transactor.client.logger as { warn(m: string): void }).warn('calling knex without a tableName is deprecated. Use knex.queryBuilder() instead.');
    return tableName ? builder.table(tableName, options) : builder;
  } as LeanTransactor;
  Object.setPrototypeOf(transactor, template.knex);
  const context = Object.create(template.context) as KnexContext;
  context.client = trxClient;
  context.userParams = trx.userParams || {};
  context.withUserParams = refuseUserParams;
  // A nested transaction (a savepoint) of this one.
  context.transaction = function (this: KnexContext, container: unknown, options?: { doNotRejectOnRollback?: boolean }) {
    const config = options ? { ...options, doNotRejectOnRollback: options.doNotRejectOnRollback ?? true } : { doNotRejectOnRollback: true };
    return this._transaction(container, config, trx);
  };
  transactor.context = context;
  EventEmitter.call(transactor);
  for (const event of FORWARDED) trxClient.on(event, (...args: unknown[]) => transactor.emit(event, ...args));
  transactor.isTransaction = true;
  transactor.savepoint = (container, options) => transactor.transaction(container, options);
  if (trx.client.transacting) {
    transactor.commit = (value) => trx.release(connection, value);
    transactor.rollback = (error) => trx.rollbackTo(connection, error);
  } else {
    transactor.commit = (value) => trx.commit(connection, value);
    transactor.rollback = (error) => trx.rollback(connection, error);
  }
  transactor.isCompleted = () => trx.isCompleted();
  return transactor;
}

/** knex 3.2.10's makeTxClient: a client that always uses the transaction's connection. */
function makeTxClient(trx: KnexTransactionInternals, client: KnexClient, connection: unknown): KnexClient {
  const trxClient = Object.create(client.constructor.prototype) as KnexClient;
  trxClient.version = client.version;
  trxClient.config = client.config;
  trxClient.driver = client.driver;
  trxClient.connectionSettings = client.connectionSettings;
  trxClient.transacting = true;
  trxClient.valueForUndefined = client.valueForUndefined;
  trxClient.logger = client.logger;
  for (const event of FORWARDED) {
    trxClient.on(event, (...args: unknown[]) => {
      trx.emit(event, ...args);
      client.emit(event, ...args);
    });
  }
  const query = trxClient.query;
  // One change to knex's: a statement made while another of this transaction awaits its answer is
  // handed to pg once that one is answered. A request's loaders query in the same tick inside its
  // transaction; pg 8 queued them itself, in the same order, but that is deprecated (it warns, and
  // pg 9 removes it). A statement made with none awaited is handed over at once, as knex does: the
  // COMMIT or ROLLBACK that ends the transaction reaches begin-with's hook before knex marks the
  // transaction completed, so a COMMIT already sent with the last write is not sent again.
  let awaited = 0;
  let lastAnswered: Promise<unknown> = Promise.resolve();
  trxClient.query = function (conn, obj) {
    const completed = trx.isCompleted();
    const hand = () =>
      new Promise((resolve, reject) => {
        try {
          if (conn !== connection) throw new Error('Invalid connection for transaction query.');
          if (completed) completedError();
          resolve(query.call(trxClient, conn, obj));
        } catch (e) {
          reject(e);
        }
      });
    const answered = awaited === 0 ? hand() : lastAnswered.then(hand);
    awaited++;
    const settled = () => {
      awaited--;
    };
    lastAnswered = answered.then(settled, settled);
    return answered;
  };
  const stream = trxClient.stream;
  trxClient.stream = function (conn, obj, target, options) {
    const completed = trx.isCompleted();
    return new Promise((resolve, reject) => {
      try {
        if (conn !== connection) throw new Error('Invalid connection for transaction query.');
        if (completed) completedError();
        resolve(stream.call(trxClient, conn, obj, target, options));
      } catch (e) {
        reject(e);
      }
    });
  };
  trxClient.acquireConnection = () => Promise.resolve(connection);
  trxClient.releaseConnection = () => Promise.resolve();
  return trxClient;
}

function completedError(): never {
  throw new Error('Transaction query already complete, run with DEBUG=knex:tx for more info');
}

/**
 * knex 3.2.10's `Transaction.prototype._onAcquire`, building a lean transactor. Set on one
 * transaction (`trx._onAcquire = leanOnAcquire`) before it acquires its connection.
 */
export function leanOnAcquire(
  this: KnexTransactionInternals,
  container: (transactor: LeanTransactor) => unknown,
  connection: unknown,
): Promise<unknown> {
  const trxClient = (this.trxClient = makeTxClient(this, this.client, connection));
  const init = this.client.transacting ? this.savepoint(connection) : this.begin(connection);
  const executionPromise = new Promise((resolve, reject) => {
    this._resolver = resolve;
    this._rejecter = reject;
  });
  init
    .then(() => leanTransactor(this, connection, trxClient))
    .then((transactor) => {
      this.transactor = transactor;
      if (this.outerTx) transactor.parentTransaction = this.outerTx.transactor;
      transactor.executionPromise = executionPromise;
      let result: unknown;
      try {
        result = container(transactor);
      } catch (error) {
        result = Promise.reject(error);
      }
      if (result && typeof (result as Promise<unknown>).then === 'function') {
        (result as Promise<unknown>).then((value) => transactor.commit(value)).catch((error: unknown) => transactor.rollback(error));
      }
      return null;
    })
    .catch((error: unknown) => this._rejecter(error));
  return executionPromise;
}
