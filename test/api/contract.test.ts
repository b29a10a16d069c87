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
    // The start's cheap check (it loads the migrator only when a migration is pending) agrees.
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
