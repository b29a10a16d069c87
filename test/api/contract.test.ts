import fs from 'node:fs';
import path from 'node:path';
import { MikroORM } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migratorOf } from '../../src/kernel/db/migrator';
import { migrationsPending } from '../../src/kernel/db/orm';
import { migrationsList } from '../../migrations';
import { printHubSchema, SCHEMA_FILE } from '../../scripts/print-schema';
import { startTestHub, type TestHub } from '../support/hub';

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(async () => {
  await hub?.stop();
});

describe('the contract', () => {
  it('schema/schema.graphql is the schema the code builds', async () => {
    expect(fs.readFileSync(SCHEMA_FILE, 'utf8')).toBe(await printHubSchema());
  });

  it('the entities and the migrations agree: the schema diff after migrating is empty', async () => {
    // The hub has applied every migration to this database at start.
    const orm = hub.hub.database.orm as MikroORM;
    const diff = await orm.schema.getUpdateSchemaSQL({ wrap: false, safe: false, dropTables: true });
    expect(diff.trim()).toBe('');
    const pending = await migratorOf(orm).getPendingMigrations();
    expect(pending).toEqual([]);
    // The start's cheap check (it loads the migrator only when a migration is pending) agrees,
    // and sees a migration whose record is missing.
    expect(await migrationsPending(orm)).toBe(false);
    const connection = orm.em.getConnection();
    const [last] = await connection.execute<{ name: string; executed_at: Date }[]>('select name, executed_at from mikro_orm_migrations order by id desc limit 1');
    await connection.execute('delete from mikro_orm_migrations where name = ?', [last!.name]);
    try {
      expect(await migrationsPending(orm)).toBe(true);
    } finally {
      await connection.execute('insert into mikro_orm_migrations (name, executed_at) values (?, ?)', [last!.name, last!.executed_at]);
    }
    expect(await migrationsPending(orm)).toBe(false);
  });

  it('the migrations list names every migration file', () => {
    const files = fs
      .readdirSync(path.resolve(__dirname, '../../migrations'))
      .filter((f) => /^Migration\d+.*\.ts$/.test(f))
      .map((f) => f.replace(/\.ts$/, ''));
    const listed = migrationsList.map((m) => m.name);
    expect(listed).toEqual(files.sort());
  });
});
