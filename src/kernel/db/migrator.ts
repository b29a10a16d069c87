import type { MikroORM } from '@mikro-orm/postgresql';
import type { Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { migrationsList } from '../../../migrations';

/**
 * The migrator and the migrations, apart from the ORM's settings (orm.ts): loading them costs a
 * tenth of a warm start, which applies none, so the hub loads this module only when a migration
 * is pending (database.ts). Scripts, the CLI and tests that migrate use withMigrations.
 */
export function withMigrations(options: Options): Options {
  return { ...options, extensions: [...(options.extensions ?? []), Migrator], migrations: { ...options.migrations, migrationsList } };
}

/** The migrator of an ORM started without it (the hub): the migrations listed, the extension registered. */
export function migratorOf(orm: MikroORM): Migrator {
  if (!orm.config.get('migrations').migrationsList) {
    orm.config.set('migrations', { ...orm.config.get('migrations'), migrationsList });
    Migrator.register(orm);
  }
  return orm.migrator as Migrator;
}
