import pg from 'pg';

/**
 * DATABASE_URL names a database the hub does not create by itself: a typo in the name would
 * otherwise start a hub on a new, freshly seeded database, and look like lost data. It is created
 * only when CREATE_DATABASE asks for it (or by `npm run restore`, whose point is a new database).
 */
export class MissingDatabaseError extends Error {
  constructor(readonly database: string, server: string) {
    super(
      `The database "${database}" does not exist on ${server} (DATABASE_URL). Check the name; ` +
        `create it (createdb ${database}) or set CREATE_DATABASE=true to let the hub create it.`,
    );
    this.name = 'MissingDatabaseError';
  }
}

/** PostgreSQL's SQLSTATE for "database does not exist". */
const INVALID_CATALOG_NAME = '3D000';

/** The database a URL names; without one, PostgreSQL takes the user's name (as libpq does). */
export function databaseName(url: string): string {
  const u = new URL(url);
  return decodeURIComponent(u.pathname.slice(1)) || decodeURIComponent(u.username) || 'postgres';
}

/** The same server with its maintenance database, to create or drop another one from. */
export function maintenanceUrl(url: string): string {
  const u = new URL(url);
  u.pathname = '/postgres';
  return u.toString();
}

/** Whether DATABASE_URL's database exists; any other failure to connect is thrown as it is. */
export async function serverDatabaseExists(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
    return true;
  } catch (error) {
    if ((error as { code?: string }).code === INVALID_CATALOG_NAME) return false;
    throw error;
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function onMaintenanceDatabase(url: string, sql: string): Promise<void> {
  const admin = new pg.Client({ connectionString: maintenanceUrl(url) });
  await admin.connect();
  try {
    await admin.query(sql);
  } finally {
    await admin.end();
  }
}

export const createServerDatabase = (url: string) => onMaintenanceDatabase(url, `create database ${pg.escapeIdentifier(databaseName(url))}`);

export const dropServerDatabase = (url: string) =>
  onMaintenanceDatabase(url, `drop database if exists ${pg.escapeIdentifier(databaseName(url))} with (force)`);

/**
 * Refuses to go on when DATABASE_URL's database is missing, unless `create` (CREATE_DATABASE) is
 * set; then creates it. Resolves with whether it created it.
 */
export async function requireServerDatabase(url: string, create: boolean): Promise<boolean> {
  if (await serverDatabaseExists(url)) return false;
  const name = databaseName(url);
  if (!create) throw new MissingDatabaseError(name, new URL(url).host);
  try {
    await createServerDatabase(url);
  } catch (error) {
    // Another instance starting at the same time created it first.
    if ((error as { code?: string }).code !== '42P04') throw error;
  }
  return true;
}
