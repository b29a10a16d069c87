import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager, Knex } from '@mikro-orm/postgresql';
import { ANONYMOUS } from '../../src/access/auth/viewer';
import { REQUEST_ROLE } from '../../src/access/policy/row-security';
import { requestTransaction } from '../../src/context';
import { beginWith } from '../../src/kernel/db/begin-with';
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
      const trx = await beginWith(knex, "select set_config('role', 'h_w4_no_such_role', true)");
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
      const trx = await beginWith(knex, "select set_config('role', 'h_w4_no_such_role', true)");
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
});
