import { once } from 'node:events';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import pg from 'pg';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  type BackupHeader,
  type BackupTrailer,
  exactTextSettings,
  sequenceValues,
  tableShapes,
} from './backup-catalog';
import { type DatabaseLocation, openExisting } from './backup-connection';
import { MIGRATIONS_TABLE } from './orm';

export interface BackupSummary {
  file: string;
  bytes: number;
  rows: Record<string, number>;
  migrations: number;
  ms: number;
}

const ROWS_PER_FETCH = 2000;

/**
 * `npm run backup`: one consistent copy of the hub's database while it runs. Every table is read
 * inside one REPEATABLE READ, READ ONLY transaction, so the copy is the database as it stood at
 * one instant: a write and its audit entry are both in it or both not. It is written owner-only
 * (it holds RESTRICTED facts), to a temporary name renamed into place once complete.
 */
export async function backup(location: DatabaseLocation, file: string): Promise<BackupSummary> {
  const started = Date.now();
  const target = path.resolve(file);
  if (fs.existsSync(target)) throw new Error(`${target} exists already: name a new file.`);
  const partial = `${target}.partial-${process.pid}`;
  const database = await openExisting(location);
  const client = new pg.Client(database.settings);
  let out: fs.WriteStream | undefined;
  try {
    await client.connect();
    out = fs.createWriteStream(partial, { flags: 'wx', mode: 0o600 });
    const gzip = zlib.createGzip();
    // A failing disk fails the backup (a write waiting for 'drain' then sees the error).
    out.on('error', (error) => gzip.destroy(error));
    gzip.pipe(out);
    const write = async (value: unknown) => {
      if (!gzip.write(`${JSON.stringify(value)}\n`)) await once(gzip, 'drain');
    };
    await client.query('begin isolation level repeatable read read only');
    await exactTextSettings(client);
    const tables = await tableShapes(client);
    const { rows: versions } = await client.query<{ server_version: string }>('show server_version');
    const { rows: applied } = await client.query<{ name: string }>(`select name from ${pg.escapeIdentifier(MIGRATIONS_TABLE)} order by id`);
    const header: BackupHeader = {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      createdAt: new Date().toISOString(),
      source: { kind: database.kind, serverVersion: versions[0]!.server_version },
      migrations: applied.map((m) => m.name),
      tables,
      sequences: await sequenceValues(client),
    };
    await write(header);
    const counts: Record<string, number> = {};
    for (const { table, columns } of tables) {
      await write({ table });
      counts[table] = 0;
      const texts = columns.map((c) => `${pg.escapeIdentifier(c.name)}::text`).join(', ');
      await client.query(`declare backup_rows no scroll cursor for select array[${texts}] as r from ${pg.escapeIdentifier(table)}`);
      for (;;) {
        const { rows } = await client.query<{ r: (string | null)[] }>(`fetch forward ${ROWS_PER_FETCH} from backup_rows`);
        for (const row of rows) await write(row.r);
        counts[table] += rows.length;
        if (rows.length < ROWS_PER_FETCH) break;
      }
      await client.query('close backup_rows');
    }
    await client.query('commit');
    const trailer: BackupTrailer = { end: true, rows: counts };
    await write(trailer);
    gzip.end();
    await once(out, 'close');
    const fd = fs.openSync(partial, 'r');
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fs.renameSync(partial, target);
    return { file: target, bytes: fs.statSync(target).size, rows: counts, migrations: header.migrations.length, ms: Date.now() - started };
  } catch (error) {
    // Ended explicitly: the embedded database serves every connection from one session.
    await client.query('rollback').catch(() => undefined);
    out?.destroy();
    fs.rmSync(partial, { force: true });
    throw error;
  } finally {
    await client.end().catch(() => undefined);
    await database.close();
  }
}
