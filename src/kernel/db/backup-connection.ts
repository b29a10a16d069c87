import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import type { HubConfig } from '../config';
import { dataFolderHolder } from './data-folder-lock';
import { SOCKET_PORT, startEmbeddedDatabase } from './embedded';
import { createServerDatabase, databaseName, dropServerDatabase, serverDatabaseExists } from './server-database';

/** Where a hub keeps its data: the server of DATABASE_URL, or the embedded database in HUB_DATA_DIR. */
export type DatabaseLocation = { kind: 'server'; url: string } | { kind: 'embedded'; dataDir: string };

export const locationOf = (config: Pick<HubConfig, 'databaseUrl' | 'dataDir'>): DatabaseLocation =>
  config.databaseUrl ? { kind: 'server', url: config.databaseUrl } : { kind: 'embedded', dataDir: config.dataDir };

export const describeLocation = (location: DatabaseLocation): string =>
  location.kind === 'server' ? `database ${databaseName(location.url)} on ${new URL(location.url).host}` : `data folder ${location.dataDir}`;

export interface OpenedDatabase {
  kind: DatabaseLocation['kind'];
  /** For `pg` (and, as host and port or URL, for MikroORM). */
  settings: pg.ClientConfig & ({ connectionString: string } | { host: string; port: number });
  /** Whether a running hub serves it (then only one transaction at a time gets through on the embedded database). */
  throughRunningHub: boolean;
  close(): Promise<void>;
}

const EMBEDDED_USER = { user: 'postgres', database: 'postgres' };

function hasEmbeddedDatabase(dataDir: string): boolean {
  const pgdata = path.join(dataDir, 'pgdata');
  return fs.existsSync(pgdata) && fs.readdirSync(pgdata).length > 0;
}

/**
 * The database of a hub, to read a backup from. A running embedded hub holds its folder's lock,
 * so its database is reached through the socket it announced; otherwise the folder is opened here
 * (and locked meanwhile, so no hub starts on it halfway through).
 */
export async function openExisting(location: DatabaseLocation): Promise<OpenedDatabase> {
  if (location.kind === 'server') {
    if (!(await serverDatabaseExists(location.url))) throw new Error(`The ${describeLocation(location)} does not exist.`);
    return { kind: 'server', settings: { connectionString: location.url }, throughRunningHub: false, close: async () => undefined };
  }
  const holder = dataFolderHolder(location.dataDir);
  if (holder) {
    if (!holder.socket) throw new Error(`The hub using ${location.dataDir} (pid ${holder.pid}) is still starting; try again in a moment.`);
    return { kind: 'embedded', settings: { host: holder.socket, port: SOCKET_PORT, ...EMBEDDED_USER }, throughRunningHub: true, close: async () => undefined };
  }
  if (!hasEmbeddedDatabase(location.dataDir)) throw new Error(`There is no embedded database in ${location.dataDir} (set HUB_DATA_DIR or DATABASE_URL).`);
  return openEmbedded(location.dataDir);
}

async function openEmbedded(dataDir: string): Promise<OpenedDatabase> {
  const embedded = await startEmbeddedDatabase(dataDir, 2);
  return {
    kind: 'embedded',
    settings: { host: embedded.host, port: embedded.port, ...EMBEDDED_USER },
    throughRunningHub: false,
    close: () => embedded.close(),
  };
}

/**
 * The database a backup is restored into: a new data folder (or one with no database yet) or a
 * server database, created if missing. `replace` lets an existing one's contents be dropped first.
 * `discard` removes what this call created, for a restore that fails: a half-restored database is
 * never left behind as if it were whole.
 */
export async function openForRestore(location: DatabaseLocation, replace: boolean): Promise<{ database: OpenedDatabase; discard(): Promise<void> }> {
  if (location.kind === 'server') {
    const created = !(await serverDatabaseExists(location.url));
    if (created) await createServerDatabase(location.url);
    else await emptyServerDatabase(location, replace);
    const database: OpenedDatabase = { kind: 'server', settings: { connectionString: location.url }, throughRunningHub: false, close: async () => undefined };
    return { database, discard: async () => (created ? dropServerDatabase(location.url) : undefined) };
  }
  const holder = dataFolderHolder(location.dataDir);
  if (holder) throw new Error(`A hub (pid ${holder.pid}) is using ${location.dataDir}: stop it before restoring into its folder.`);
  const pgdata = path.join(location.dataDir, 'pgdata');
  if (hasEmbeddedDatabase(location.dataDir)) {
    if (!replace) throw new NotEmptyError(location);
    fs.rmSync(pgdata, { recursive: true, force: true });
  }
  const database = await openEmbedded(location.dataDir);
  return {
    database,
    discard: async () => {
      await database.close();
      fs.rmSync(pgdata, { recursive: true, force: true });
    },
  };
}

/** A server database with nothing in its schema is empty; with `replace`, its schema is made so. */
async function emptyServerDatabase(location: Extract<DatabaseLocation, { kind: 'server' }>, replace: boolean): Promise<void> {
  const client = new pg.Client({ connectionString: location.url });
  await client.connect();
  try {
    const { rows } = await client.query<{ schema: string; objects: number }>(
      `select current_schema() as schema, (select count(*)::int from pg_class where relnamespace = current_schema()::regnamespace) as objects`,
    );
    const { schema, objects } = rows[0]!;
    if (!objects) return;
    if (!replace) throw new NotEmptyError(location);
    const name = pg.escapeIdentifier(schema);
    await client.query(`begin; drop schema ${name} cascade; create schema ${name}; commit`);
  } finally {
    await client.end();
  }
}

export class NotEmptyError extends Error {
  constructor(location: DatabaseLocation) {
    super(
      `The ${describeLocation(location)} already holds data: restore into a new one, or add --replace to drop its contents first.`,
    );
    this.name = 'NotEmptyError';
  }
}
