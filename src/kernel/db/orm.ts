import fs from 'node:fs';
import path from 'node:path';
import { defineConfig, type MikroORM, type Options } from '@mikro-orm/postgresql';
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
  /**
   * Every connection reaches the same PostgreSQL session (the embedded database: PGlite is one
   * session): what one prepares, all have (prepared.ts).
   */
  oneSession?: boolean;
}

/**
 * MikroORM settings shared by the hub, the CLI and the tests. Entities are listed explicitly
 * (no folder scanning), so the same settings work under swc, vitest and tsc; the migrations are
 * added by withMigrations or migratorOf (migrator.ts), loaded only when they are needed.
 */
export function ormOptions(connection: ConnectionSettings, mapping: OrmMapping): Options {
  // pg's record of the statements prepared on a connection, one for all the pool's connections
  // when they share a session (else the second to run a statement would prepare it again, refused).
  const prepared = connection.oneSession ? {} : undefined;
  return defineConfig({
    ...(connection.clientUrl
      ? { clientUrl: connection.clientUrl }
      : { host: connection.host, port: connection.port, user: 'postgres', dbName: 'postgres' }),
    entities: [...mapping.entities],
    filters: mapping.filters ?? {},
    subscribers: mapping.subscribers ?? [],
    // Never create DATABASE_URL's database behind the user's back (see server-database.ts).
    ensureDatabase: false,
    discovery: { requireEntitiesArray: true },
    pool: {
      min: 0,
      max: connection.poolMax,
      // No JIT: the hub's statements are short, and row-level security's filters raise their
      // estimated cost past jit_above_cost, where compiling took 40 ms of a 45 ms statement.
      afterCreate: (conn: PgClient, done: (err?: Error) => void) => {
        if (prepared) conn.connection.parsedStatements = prepared;
        conn.query(`set statement_timeout = ${Math.floor(connection.statementTimeoutMs ?? 10_000)}; set jit = off`, done);
      },
    },
    forceUtcTimezone: true,
    allowGlobalContext: false,
    debug: false,
    migrations: {
      tableName: MIGRATIONS_TABLE,
      path: 'migrations',
      pathTs: 'migrations',
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      emit: 'ts',
      silent: true,
    },
  });
}

/** The parts of pg's Client used here (pg 8: lib/client.js, lib/connection.js). */
interface PgClient {
  query(sql: string, done: (err?: Error) => void): void;
  connection: { parsedStatements: Record<string, string> };
}

/** The migrations' folder: beside src/, in the TypeScript tree as in dist/. */
const MIGRATIONS_FOLDER = path.resolve(__dirname, '../../../migrations');

/**
 * Whether a migration file in the folder is not yet recorded as applied: one query instead of
 * loading the migrator and its migrations. The folder lists every migration (the contract test
 * checks migrations/index.ts against it); a file it holds beyond the list (a stale compiled one)
 * only makes the start load the migrator, which then applies what is listed.
 */
export async function migrationsPending(orm: MikroORM): Promise<boolean> {
  const files = fs
    .readdirSync(MIGRATIONS_FOLDER)
    .map((file) => /^(Migration\d+\w*)\.(js|ts)$/.exec(file)?.[1])
    .filter((name): name is string => name !== undefined);
  const connection = orm.em.getConnection();
  const [table] = await connection.execute<{ recorded: string | null }[]>(`select to_regclass('${MIGRATIONS_TABLE}') as recorded`);
  if (!table?.recorded) return true;
  const rows = await connection.execute<{ name: string }[]>(`select name from ${MIGRATIONS_TABLE}`);
  // MikroORM records a name without its extension (older versions kept it).
  const applied = new Set(rows.map((row) => row.name.replace(/\.(js|ts)$/, '')));
  return files.some((name) => !applied.has(name));
}
