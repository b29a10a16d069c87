import 'reflect-metadata';
import { MikroORM } from '@mikro-orm/postgresql';
import { withMigrations } from '../src/kernel/db/migrator';
import { ormOptions } from '../src/kernel/db/orm';
import { ormMapping } from '../src/orm-mapping';

/**
 * Writes a migration for the difference between the entities and the migrations so far.
 * Run against an empty scratch database: DATABASE_URL=postgres://... npm run migration:create
 * Then add the new class to migrations/index.ts.
 */
async function main(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('Set DATABASE_URL to an empty scratch database.');
  const orm = await MikroORM.init(withMigrations(ormOptions({ clientUrl: url, poolMax: 2 }, ormMapping())));
  try {
    const migrator = orm.getMigrator();
    await migrator.up();
    const result = await migrator.createMigration('migrations', false, (await migrator.getExecutedMigrations()).length === 0);
    console.log(result.fileName ? `wrote migrations/${result.fileName}` : 'no changes');
  } finally {
    await orm.close(true);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
