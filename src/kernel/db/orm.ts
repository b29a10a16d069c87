import { defineConfig, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { migrationsList } from '../../../migrations';
import type { OrmMapping } from '../domain';

/** Where MikroORM records the migrations applied (a backup records them too). */
export const MIGRATIONS_TABLE = 'mikro_orm_migrations';

export interface ConnectionSettings {
  clientUrl?: string;
  host?: string;
  port?: number;
  poolMax: number;
  /** Longest one statement may run before PostgreSQL cancels it. */
  statementTimeoutMs?: number;
}

/**
 * MikroORM settings shared by the hub, the CLI and the tests. Entities and migrations are
 * listed explicitly (no folder scanning), so the same settings work under swc, vitest and tsc.
 */
export function ormOptions(connection: ConnectionSettings, mapping: OrmMapping): Options {
  return defineConfig({
    ...(connection.clientUrl
      ? { clientUrl: connection.clientUrl }
      : { host: connection.host, port: connection.port, user: 'postgres', dbName: 'postgres' }),
    entities: [...mapping.entities],
    filters: mapping.filters ?? {},
    extensions: [Migrator],
    subscribers: mapping.subscribers ?? [],
    // Never create DATABASE_URL's database behind the user's back (see server-database.ts).
    ensureDatabase: false,
    discovery: { requireEntitiesArray: true },
    pool: {
      min: 0,
      max: connection.poolMax,
      // No JIT: the hub's statements are short, and row-level security's filters raise their
      // estimated cost past jit_above_cost, where compiling took 40 ms of a 45 ms statement.
      afterCreate: (conn: { query(sql: string, done: (err?: Error) => void): void }, done: (err?: Error) => void) =>
        conn.query(`set statement_timeout = ${Math.floor(connection.statementTimeoutMs ?? 10_000)}; set jit = off`, done),
    },
    forceUtcTimezone: true,
    allowGlobalContext: false,
    debug: false,
    migrations: {
      tableName: MIGRATIONS_TABLE,
      path: 'migrations',
      pathTs: 'migrations',
      migrationsList,
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      emit: 'ts',
      silent: true,
    },
  });
}
