import fs from 'node:fs';
import readline from 'node:readline';
import zlib from 'node:zlib';
import { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import { migrationsList } from '../../../migrations';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  type BackupHeader,
  type BackupTrailer,
  exactTextSettings,
  shapeDifferences,
  type TableShape,
  tableShapes,
} from './backup-catalog';
import { type DatabaseLocation, type OpenedDatabase, openForRestore } from './backup-connection';
import { withMigrations } from './migrator';
import { ormOptions } from './orm';
import { DataGeneration } from './data-generation.entity';
import { DatasetLoad } from './dataset-load.entity';
import { RateLimitWindow } from './rate-limit-window.entity';

export interface RestoreSummary {
  rows: Record<string, number>;
  /** Migrations newer than the backup, applied after its rows were loaded. */
  migrated: string[];
  ms: number;
}

export class BackupFileError extends Error {
  constructor(file: string, problem: string) {
    super(`${file}: ${problem}`);
    this.name = 'BackupFileError';
  }
}

/** Rows sent to the database per statement: a few hundred kilobytes of JSON. */
const BATCH_BYTES = 512 * 1024;

/**
 * `npm run restore`: a backup into a new data folder or a new (or empty) server database. The
 * schema is first migrated to the backup's migrations, so the rows meet the tables they came from;
 * then every row is loaded in one transaction, with the tables' own triggers off (the tables they
 * keep, such as activity_target, come from the same snapshot), every foreign key checked and the
 * sequences set as they were; then migrations newer than the backup run on the restored data as
 * on any upgrade. A restore that fails removes what it created.
 */
export async function restore(file: string, location: DatabaseLocation, options: { replace?: boolean } = {}): Promise<RestoreSummary> {
  const started = Date.now();
  const lines = backupLines(file);
  const header = checkHeader(file, await lines.next());
  const { database, discard } = await openForRestore(location, options.replace ?? false);
  let rows: Record<string, number>;
  let migrated: string[];
  try {
    await migrate(database, header.migrations.at(-1));
    rows = await loadRows(file, database, header, lines);
    migrated = await migrate(database);
  } catch (error) {
    await discard().catch(() => undefined);
    await database.close().catch(() => undefined);
    throw error;
  }
  await database.close();
  return { rows, migrated, ms: Date.now() - started };
}

function backupLines(file: string): AsyncIterator<string> {
  const input = fs.createReadStream(file);
  const gunzip = zlib.createGunzip();
  input.on('error', (error) => gunzip.destroy(error));
  input.pipe(gunzip);
  return readline.createInterface({ input: gunzip, crlfDelay: Infinity })[Symbol.asyncIterator]();
}

function checkHeader(file: string, first: IteratorResult<string>): BackupHeader {
  let header: Partial<BackupHeader> = {};
  try {
    header = first.done ? {} : (JSON.parse(first.value) as Partial<BackupHeader>);
  } catch {
    // not JSON: not a backup
  }
  if (header.format !== BACKUP_FORMAT) throw new BackupFileError(file, 'not a backup of the hub (npm run backup writes them).');
  if (header.version !== BACKUP_VERSION) throw new BackupFileError(file, `backup format ${header.version}; this hub reads format ${BACKUP_VERSION}.`);
  const known = migrationsList.map((m) => m.name);
  const theirs = header.migrations ?? [];
  const unknown = theirs.find((name, i) => known[i] !== name);
  if (unknown || !theirs.length) {
    throw new BackupFileError(file, `made by a hub whose schema this one does not know (migration ${unknown ?? 'none'}): restore it with that version of the hub or a newer one.`);
  }
  return header as BackupHeader;
}

function connection(database: OpenedDatabase) {
  const s = database.settings;
  return 'connectionString' in s ? { clientUrl: s.connectionString } : { host: s.host, port: s.port };
}

/** Applies the migrations up to `to` (all of them without it); resolves with their names. */
async function migrate(database: OpenedDatabase, to?: string): Promise<string[]> {
  // Migrations read no entity: the kernel's own are mapped so that the ORM starts (it refuses an empty list).
  const mapping = { entities: [DatasetLoad, DataGeneration, RateLimitWindow] };
  const orm = await MikroORM.init(withMigrations(ormOptions({ ...connection(database), poolMax: 1, statementTimeoutMs: 600_000 }, mapping)));
  try {
    const applied = await orm.getMigrator().up(to ? { to } : undefined);
    return applied.map((m) => m.name);
  } finally {
    await orm.close(true);
  }
}

async function loadRows(file: string, database: OpenedDatabase, header: BackupHeader, lines: AsyncIterator<string>): Promise<Record<string, number>> {
  const client = new pg.Client(database.settings);
  await client.connect();
  try {
    await client.query('begin');
    await exactTextSettings(client);
    const shapes = await tableShapes(client);
    const differences = shapeDifferences(header.tables, shapes);
    if (differences.length) throw new BackupFileError(file, `the schema differs from the backup's: ${differences.join('; ')}.`);
    const tables = shapes.map((s) => pg.escapeIdentifier(s.table));
    // Emptied of what the migrations may have written; the backup's rows replace it.
    await client.query(`truncate ${tables.join(', ')}`);
    for (const table of tables) await client.query(`alter table ${table} disable trigger user`);

    const loaded: Record<string, number> = {};
    let shape: TableShape | undefined;
    let batch: string[] = [];
    let bytes = 0;
    const flush = async () => {
      if (shape && batch.length) await insertRows(client, shape, batch);
      batch = [];
      bytes = 0;
    };
    let trailer: BackupTrailer | undefined;
    for (let next = await lines.next(); !next.done; next = await lines.next()) {
      const line = next.value;
      if (line.startsWith('[')) {
        if (!shape) throw new BackupFileError(file, 'a row before any table.');
        batch.push(line);
        loaded[shape.table]! += 1;
        bytes += line.length;
        if (bytes >= BATCH_BYTES) await flush();
        continue;
      }
      await flush();
      const marker = JSON.parse(line) as { table?: string } & Partial<BackupTrailer>;
      if (marker.end) {
        trailer = marker as BackupTrailer;
        break;
      }
      shape = header.tables.find((s) => s.table === marker.table);
      if (!shape) throw new BackupFileError(file, `rows of a table the header does not list (${marker.table}).`);
      loaded[shape.table] = 0;
    }
    if (!trailer) throw new BackupFileError(file, 'the file ends before its last line: it is incomplete.');
    for (const { table } of header.tables) {
      if (loaded[table] !== trailer.rows[table]) {
        throw new BackupFileError(file, `table ${table}: ${loaded[table] ?? 0} rows read, the backup counted ${trailer.rows[table]}.`);
      }
    }
    for (const seq of header.sequences) {
      await client.query('select setval($1::regclass, $2::bigint, $3)', [pg.escapeIdentifier(seq.name), seq.lastValue, seq.isCalled]);
    }
    for (const table of tables) await client.query(`alter table ${table} enable trigger user`);
    await client.query('commit');
    return loaded;
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}

/** One statement for a batch of rows: each a JSON array of the columns' text forms, cast back to their types. */
async function insertRows(client: pg.ClientBase, shape: TableShape, rows: string[]): Promise<void> {
  const columns = shape.columns.map((c) => pg.escapeIdentifier(c.name)).join(', ');
  const values = shape.columns.map((c, i) => `(r->>${i})::${c.type}`).join(', ');
  const overriding = shape.columns.some((c) => c.identity) ? 'overriding system value' : '';
  await client.query(
    `insert into ${pg.escapeIdentifier(shape.table)} (${columns}) ${overriding} select ${values} from json_array_elements($1::json) r`,
    [`[${rows.join(',')}]`],
  );
}
