import { randomUUID } from 'node:crypto';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { loadConfig } from '../../src/kernel/config';
import { type Database, openDatabase } from '../../src/kernel/db/database';
import { SEEDING } from '../../src/seeds';
import { isReadOnlyRecord, ReadOnlyRecordError, readOnlyRecords } from '../../src/performance/read-only-records';
import { State } from '../../src/domains/participation/state.entity';
import { PriorityAssessment } from '../../src/domains/universalization/priority-assessment.entity';
import { PriorityTier } from '../../src/domains/universalization/enums';
import { copyTemplate, type TestDatabase } from '../support/databases';
import { requestTransaction } from '../../src/context';
import { ANONYMOUS } from '../../src/access/auth/viewer';
import { Organisation } from '../../src/domains/organisations/organisation.entity';

/** Records built for reading only bypass the identity map: writing one must fail, not insert it again. */
let database: TestDatabase;
let db: Database;

beforeAll(async () => {
  database = await copyTemplate(inject('template'));
  db = await openDatabase(loadConfig({ ...database.env, NODE_ENV: 'test', LOG_LEVEL: 'silent' }), pino({ level: 'silent' }), SEEDING);
});

afterAll(async () => {
  await db?.close();
  await database?.drop();
});

const count = async (table: string) => {
  const [row] = await db.orm.em.getConnection().execute<{ n: string }[]>(`select count(*)::text as n from ${table}`);
  return Number(row!.n);
};

describe('read-only records', () => {
  it('persisting one fails the flush with a clear message, and nothing is written', async () => {
    const em = db.orm.em.fork();
    const rows = await em.getConnection().execute<Record<string, unknown>[]>('select * from state order by iso3 limit 1');
    const [state] = readOnlyRecords(em, State, rows);
    expect(isReadOnlyRecord(state)).toBe(true);
    const before = await count('state');
    em.persist(state!);
    await expect(em.flush()).rejects.toThrow(ReadOnlyRecordError);
    await expect(em.flush()).rejects.toThrow(/read-only record of State .*must not be persisted/);
    expect(await count('state')).toBe(before);
  });

  it('assigning a reference a read-only record holds to a record being written fails too', async () => {
    const em = db.orm.em.fork();
    const rows = await em.getConnection().execute<Record<string, unknown>[]>('select * from priority_assessment limit 1');
    const [assessment] = readOnlyRecords(em, PriorityAssessment, rows);
    expect(isReadOnlyRecord(assessment!.state)).toBe(true);
    const before = await count('priority_assessment');
    em.create(PriorityAssessment, {
      id: randomUUID(),
      state: assessment!.state,
      tier: PriorityTier.TIER_1_SIGNATORY,
      rationale: 'Read-only guard test',
      assessedOn: '2026-11-30',
      source: 'test',
    });
    await expect(em.flush()).rejects.toThrow(ReadOnlyRecordError);
    expect(await count('priority_assessment')).toBe(before);
  });

  it('the same record loaded through the EntityManager is written as usual', async () => {
    const em = db.orm.em.fork();
    const rows = await em.getConnection().execute<Record<string, unknown>[]>('select * from priority_assessment limit 1');
    const [readOnly] = readOnlyRecords(em, PriorityAssessment, rows);
    const before = await count('priority_assessment');
    em.create(PriorityAssessment, {
      id: randomUUID(),
      state: em.getReference(State, readOnly!.state.iso3),
      tier: PriorityTier.TIER_1_SIGNATORY,
      rationale: 'Read-only guard test',
      assessedOn: '2026-11-30',
      source: 'test',
    });
    await em.flush();
    expect(await count('priority_assessment')).toBe(before + 1);
  });

  // A query's transaction ends without MikroORM's flush (a query writes nothing): what it touched is let go.
  it('a query ends its request transaction without writing what it touched; any other end writes it', async () => {
    const nameOf = async (id: string) => (await db.orm.em.fork().findOneOrFail(Organisation, id)).name;
    const endWith = async (readOnly: boolean) => {
      const em = db.orm.em.fork();
      const transaction = requestTransaction(em, ANONYMOUS);
      await transaction.begin();
      const [organisation] = await em.find(Organisation, {}, { orderBy: { id: 'asc' }, limit: 1 });
      const before = organisation!.name;
      organisation!.name = `${before} (touched)`;
      await transaction.end({ readOnly });
      return { id: organisation!.id, before };
    };
    const query = await endWith(true);
    expect(await nameOf(query.id)).toBe(query.before);
    const other = await endWith(false);
    expect(await nameOf(other.id)).toBe(`${other.before} (touched)`);
  });
});

