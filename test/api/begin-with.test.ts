import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager, Knex } from '@mikro-orm/postgresql';
import pg from 'pg';
import { ANONYMOUS } from '../../src/access/auth/viewer';
import { REQUEST_ROLE } from '../../src/access/policy/row-security';
import { requestTransaction, type RequestTransaction } from '../../src/context';
import { beginWith } from '../../src/kernel/db/begin-with';
import { RequestCancelled } from '../../src/kernel/graphql/errors';
import { State } from '../../src/domains/participation/state.entity';
import { startTestHub, type TestHub } from '../support/hub';

/**
 * A request's BEGIN and its role and settings travel with its first statement (src/kernel/db/begin-with.ts):
 * the statement runs after them, in their transaction, and never without them; a connection goes back to
 * the pool as it came. (test/api/row-security.test.ts: PostgreSQL hides rows only if the role is set.)
 */
describe('the BEGIN goes with the first statement', () => {
  let hub: TestHub;
  let em: EntityManager;
  // One connection: what one transaction leaves on it, the next statement meets.
  beforeAll(async () => {
    hub = await startTestHub({ DB_POOL_MAX: '1' });
    em = hub.hub.database.orm.em.fork();
  }, 120_000);
  afterAll(async () => hub?.stop());

  const owner = async () => (await em.fork().execute<{ role: string }[]>('select current_user as role'))[0]!.role;

  for (const [path, first, values] of [
    ['with parameters (one message sequence)', 'select current_user as role, txid_current()::text as tx, ?::int as n', [7]],
    ['without parameters (one simple query)', 'select current_user as role, txid_current()::text as tx, 7 as n', []],
  ] as const) {
    it(`runs the first statement ${path} under the role, in the transaction the BEGIN opened`, async () => {
      const tx = em.fork();
      const transaction = requestTransaction(tx, ANONYMOUS);
      await transaction.begin();
      try {
        const [row] = await tx.execute<{ role: string; tx: string; n: number }[]>(first, [...values]);
        expect(row).toEqual({ role: REQUEST_ROLE, tx: expect.any(String), n: 7 });
        const [again] = await tx.execute<{ role: string; tx: string }[]>('select current_user as role, txid_current()::text as tx, ?::int as n', [1]);
        expect(again).toMatchObject({ role: REQUEST_ROLE, tx: row!.tx });
      } finally {
        await transaction.end();
      }
      // Back in the pool as it came: the owner, outside any transaction.
      expect(await owner()).not.toBe(REQUEST_ROLE);
    });

    it(`never runs the first statement ${path} when the preamble fails`, async () => {
      const knex = em.getConnection().getKnex();
      const { trx } = await beginWith(knex, "select set_config('role', 'h_w4_no_such_role', true)");
      // Were the statement run, it would fail by dividing by zero.
      const failing = values.length ? trx.raw('select 1 / (?::int - 1) as n', [1]) : trx.raw('select 1 / 0 as n');
      await expect(failing).rejects.toThrow(/h_w4_no_such_role/);
      await trx.rollback();
      expect(await owner()).not.toBe(REQUEST_ROLE);
    });
  }

  it('a transaction that sends no statement sends nothing, and leaves the connection as it was', async () => {
    const statements: string[] = [];
    const knex = em.getConnection().getKnex() as Knex;
    const seen = (query: { sql: string }) => statements.push(query.sql);
    for (const end of ['commit', 'rollback'] as const) {
      const { trx } = await beginWith(knex, "select set_config('role', 'h_w4_no_such_role', true)");
      knex.on('query-response', seen);
      try {
        // The preamble would fail, were it sent: ending succeeds because nothing is.
        await trx[end]();
      } finally {
        knex.off('query-response', seen);
      }
      expect(await owner()).not.toBe(REQUEST_ROLE);
    }
    expect(statements.every((sql) => /^(commit|rollback);?$/i.test(sql))).toBe(true);
  });

  describe("the transactor is built lean (src/kernel/db/lean-transactor.ts)", () => {
    /** Every property name along the chain, up to what every function has, with the kind of its value. */
    const shapeOf = (target: object) => {
      const shape = new Map<string, string>();
      for (let at: object | null = target; at && at !== Function.prototype && at !== Object.prototype; at = Object.getPrototypeOf(at) as object | null) {
        for (const key of Object.getOwnPropertyNames(at)) if (!shape.has(key)) shape.set(key, typeof (target as Record<string, unknown>)[key]);
      }
      return shape;
    };

    it("has every property of knex's own transactor, of the same kind, and its context's", async () => {
      const knex = em.getConnection().getKnex() as Knex;
      const own = await knex.transaction();
      const [ownShape, ownContext] = [shapeOf(own), shapeOf((own as unknown as { context: object }).context)];
      await own.rollback();
      const { trx: lean } = await beginWith(knex, 'select 1');
      const [leanShape, leanContext] = [shapeOf(lean), shapeOf((lean as unknown as { context: object }).context)];
      await lean.rollback();
      // knex's own copies EventEmitter's fields and its internal listeners' list onto each instance; a lean one inherits them.
      for (const [key, kind] of ownShape) expect([key, leanShape.get(key)]).toEqual([key, kind]);
      for (const [key, kind] of ownContext) expect([key, leanContext.get(key)]).toEqual([key, kind]);
      // Its query methods are inherited, not its own (knex's own has a closure of each: some 150 properties).
      expect(Object.getOwnPropertyNames(own).length).toBeGreaterThan(100);
      expect(Object.getOwnPropertyNames(lean).length).toBeLessThan(30);
    });

    it('queries, builds queries, nests a savepoint, tells its events and completes as knex\'s own does', async () => {
      const knex = em.getConnection().getKnex() as Knex;
      const { trx } = await beginWith(knex, 'select 1');
      const heard: string[] = [];
      trx.on('query', (query: { sql: string }) => heard.push(query.sql));
      try {
        const built = await trx('state').select('iso3').where({ iso3: 'FRA' });
        expect(built).toEqual([{ iso3: 'FRA' }]);
        const nested = await trx.transaction();
        const { rows } = (await nested.raw('select ?::int as n', [3])) as { rows: { n: number }[] };
        expect(rows).toEqual([{ n: 3 }]);
        await nested.commit();
        expect(nested.isCompleted()).toBe(true);
        expect(trx.isCompleted()).toBe(false);
        expect(heard.some((sql) => /from "state"/.test(sql))).toBe(true);
        expect(heard.some((sql) => /^savepoint/i.test(sql))).toBe(true);
      } finally {
        await trx.commit();
      }
      expect(trx.isCompleted()).toBe(true);
      await expect(trx.raw('select 1')).rejects.toThrow(/complete/i);
      expect(await owner()).not.toBe(REQUEST_ROLE);
    });
  });

  it("hands a transaction's statements to pg one at a time, in the order they were made, when a request's loaders make them at once", async () => {
    // pg 8 queues a statement made while another waits on its connection, and warns that pg 9 will not.
    const client = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
    const query = client.query;
    const queuedAt: number[] = [];
    client.query = function (this: { _queryQueue: unknown[] }, ...args: unknown[]) {
      queuedAt.push(this._queryQueue.length);
      return query.apply(this, args);
    };
    try {
      const knex = em.getConnection().getKnex() as Knex;
      const { trx } = await beginWith(knex, 'select 1');
      try {
        const answers = await Promise.all([1, 2, 3, 4].map((n) => trx.raw('select ?::int as n', [n]) as Promise<{ rows: { n: number }[] }>));
        expect(answers.map((a) => a.rows[0]!.n)).toEqual([1, 2, 3, 4]);
      } finally {
        await trx.commit();
      }
      // A request as the Secretariat: each state's tier, process and activities, loaded in the same tick.
      const secretariat = await hub.as('secretariat');
      const answer = await secretariat.post(
        JSON.stringify({ query: '{ states(first: 30) { edges { node { iso3 currentPriority { tier } nationalProcess { stage } activities(first: 2) { title } } } } }' }),
      );
      expect(answer.errors).toBeUndefined();
      expect(queuedAt.length).toBeGreaterThan(6);
      expect(queuedAt.filter((waiting) => waiting > 0)).toEqual([]);
    } finally {
      client.query = query;
    }
  });

  describe("the last write's COMMIT travels with it (RequestTransaction.lastWrite)", () => {
    const count = async (n: number) => (await em.fork().execute<{ c: string }[]>('select count(*)::text as c from h_commit_with where n = ?', [n]))[0]!.c;
    beforeAll(async () => {
      const owner = em.fork();
      await owner.execute('create table h_commit_with (n int not null unique)');
      await owner.execute('create table h_commit_with_later (n int references h_commit_with (n) deferrable initially deferred)');
      await owner.execute(`grant select, insert on h_commit_with, h_commit_with_later to ${REQUEST_ROLE}`);
    });

    const INSERTS = [
      ['with parameters', 'insert into h_commit_with (n) values (?::int) returning n, current_user as role, txid_current()::text as tx', (n: number) => [n]],
      ['without parameters', 'insert into h_commit_with (n) values (NUMBER) returning n, current_user as role, txid_current()::text as tx', () => []],
    ] as const;
    const statement = (text: string, n: number) => text.replace('NUMBER', String(n));
    /** A request's transaction on a fork, given back to the pool whatever the test found. */
    const within = async (soleMutation: boolean, test: (tx: EntityManager, transaction: RequestTransaction) => Promise<void>) => {
      const tx = em.fork();
      const transaction = requestTransaction(tx, ANONYMOUS);
      await transaction.begin({ soleMutation });
      try {
        await test(tx, transaction);
      } finally {
        await transaction.rollback().catch(() => undefined);
      }
    };

    for (const [path, text, values] of INSERTS) {
      for (const first of [true, false]) {
        it(`commits ${path}, as the transaction's ${first ? 'first' : 'second'} statement; what follows runs in a new transaction, under the role`, async () => {
          const n = (path === 'with parameters' ? 10 : 20) + (first ? 1 : 2);
          await within(true, async (tx, transaction) => {
            expect(transaction.idle()).toBe(true);
            const earlier = first ? undefined : (await tx.execute<{ tx: string }[]>('select txid_current()::text as tx'))[0]!.tx;
            // Open in PostgreSQL once a statement went (group commit takes only an idle request's write).
            expect(transaction.idle()).toBe(first);
            expect(transaction.lastWrite()).toBe(true);
            const [written] = await tx.execute<{ n: number; role: string; tx: string }[]>(statement(text, n), [...values(n)]);
            expect(written).toEqual({ n, role: REQUEST_ROLE, tx: earlier ?? expect.any(String) });
            expect(transaction.idle()).toBe(true);
            const [after] = await tx.execute<{ role: string; tx: string }[]>('select current_user as role, txid_current()::text as tx');
            expect(transaction.idle()).toBe(false);
            expect(after!.role).toBe(REQUEST_ROLE);
            expect(after!.tx).not.toBe(written!.tx);
            // Committed with its statement: rolling the request back now undoes only what came after.
            await transaction.rollback();
          });
          expect(await count(n)).toBe('1');
          expect(await owner()).not.toBe(REQUEST_ROLE);
        });
      }

      it(`rolls the whole transaction back when the statement ${path} fails, and begins anew after it`, async () => {
        await within(true, async (tx, transaction) => {
          await tx.execute('insert into h_commit_with (n) values (?)', [31]);
          transaction.lastWrite();
          // 11 was written above: the unique index refuses it.
          await expect(tx.execute(statement(text, 11), [...values(11)])).rejects.toThrow(/unique|duplicate/i);
          const [after] = await tx.execute<{ role: string }[]>('select current_user as role');
          expect(after!.role).toBe(REQUEST_ROLE);
          await transaction.end();
        });
        expect(await count(31)).toBe('0');
        expect(await owner()).not.toBe(REQUEST_ROLE);
      });
    }

    it('a last write announced but never sent: the COMMIT at the end goes alone and commits', async () => {
      await within(true, async (tx, transaction) => {
        await tx.execute('insert into h_commit_with (n) values (?)', [61]);
        transaction.lastWrite();
        await transaction.end();
      });
      expect(await count(61)).toBe('1');
      expect(await owner()).not.toBe(REQUEST_ROLE);
    });

    it('writes nothing when the COMMIT itself fails (a deferred check)', async () => {
      await within(true, async (tx, transaction) => {
        await tx.execute('insert into h_commit_with (n) values (?)', [41]);
        transaction.lastWrite();
        // No row 999 in h_commit_with: the statement passes, its COMMIT fails.
        await expect(tx.execute('insert into h_commit_with_later (n) values (?)', [999])).rejects.toThrow(/foreign key/i);
        const [after] = await tx.execute<{ role: string }[]>('select current_user as role');
        expect(after!.role).toBe(REQUEST_ROLE);
        await transaction.end();
      });
      expect(await count(41)).toBe('0');
      expect(await owner()).not.toBe(REQUEST_ROLE);
    });

    describe('a client gone before its answer (RequestTransaction.cancel)', () => {
      it('rolls back what the request wrote, and no statement of it runs afterwards, on this connection or another', async () => {
        const tx = em.fork();
        const transaction = requestTransaction(tx, ANONYMOUS);
        await transaction.begin({ soleMutation: false });
        await tx.execute('insert into h_commit_with (n) values (?)', [71]);
        await transaction.cancel();
        // Not on another connection as the owner: the rolled-back transaction refuses it.
        await expect(tx.execute('insert into h_commit_with (n) values (?)', [72])).rejects.toThrow(/complete/i);
        await expect(transaction.begin()).rejects.toBeInstanceOf(RequestCancelled);
        // The answer's end, after: nothing to commit.
        await transaction.end();
        expect(await count(71)).toBe('0');
        expect(await count(72)).toBe('0');
        expect(await owner()).not.toBe(REQUEST_ROLE);
      });

      it('stops a request between two steps: its next begin refuses', async () => {
        const tx = em.fork();
        const transaction = requestTransaction(tx, ANONYMOUS);
        await transaction.begin();
        await tx.execute('insert into h_commit_with (n) values (?)', [73]);
        await transaction.pause();
        await transaction.cancel();
        await expect(transaction.begin()).rejects.toBeInstanceOf(RequestCancelled);
        // What a step committed before stays (an import's batches each commit).
        expect(await count(73)).toBe('1');
      });

      it('changes nothing after the answer', async () => {
        await within(false, async (tx, transaction) => {
          await tx.execute('insert into h_commit_with (n) values (?)', [74]);
          await transaction.end();
          await transaction.cancel();
        });
        expect(await count(74)).toBe('1');
      });
    });

    for (const [why, soleMutation, load] of [
      ['the operation is not one mutation field', false, false],
      ['a record was loaded (a flush might write it)', true, true],
    ] as const) {
      it(`keeps the COMMIT for the end when ${why}`, async () => {
        const n = load ? 52 : 51;
        await within(soleMutation, async (tx, transaction) => {
          if (load) await tx.findOneOrFail(State, { iso3: 'FRA' });
          expect(transaction.lastWrite()).toBe(false);
          await tx.execute('insert into h_commit_with (n) values (?)', [n]);
          await transaction.rollback();
        });
        expect(await count(n)).toBe('0');
      });
    }
  });
});
