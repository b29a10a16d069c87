import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { copyTemplate, spawnHub } from '../support/hub';

/**
 * The embedded database's files hold RESTRICTED facts (engagement notes, national-process obstacles,
 * in the tables and in the write-ahead log): no other local user may read or write any of them.
 */

/** Every path under `dir` (itself included) whose mode lets a group or other users in, with its mode. */
function openToOthers(dir: string): string[] {
  const found: string[] = [];
  const walk = (file: string) => {
    const stat = fs.lstatSync(file);
    if (!stat.isSymbolicLink() && stat.mode & 0o077) found.push(`${(stat.mode & 0o777).toString(8)} ${path.relative(dir, file) || '.'}`);
    if (stat.isDirectory()) for (const name of fs.readdirSync(file)) walk(path.join(file, name));
  };
  walk(dir);
  return found;
}

function loosen(file: string): void {
  const stat = fs.lstatSync(file);
  fs.chmodSync(file, stat.isDirectory() ? 0o777 : 0o666);
  if (stat.isDirectory()) for (const name of fs.readdirSync(file)) loosen(path.join(file, name));
}

const template = inject('template');

describe('the data folder is owner-only', () => {
  it.runIf(template.kind === 'embedded')('a new folder: PGlite files, write-ahead log, lock and signing secret', () => {
    // The template was made by a fresh start of the embedded database (test/support/global-setup.ts).
    const dir = (template as { dir: string }).dir;
    expect(fs.readdirSync(path.join(dir, 'pgdata', 'pg_wal')).length).toBeGreaterThan(0);
    expect(fs.statSync(dir).mode & 0o777).toBe(0o700);
    expect(openToOthers(dir)).toEqual([]);
  });

  it('an existing folder left open to everyone is made owner-only at start, and stays so while the hub writes', async () => {
    const database = await copyTemplate(template);
    const dataDir = database.env.HUB_DATA_DIR!;
    if (!database.env.DATABASE_URL) {
      // As an older hub left it: folders 0777 and files 0666, the signing secret too.
      fs.writeFileSync(path.join(dataDir, 'auth-secret'), 'b2xkIHNlY3JldCBmcm9tIGFuIG9sZGVyIGh1Yg==');
      loosen(dataDir);
      expect(openToOthers(dataDir).length).toBeGreaterThan(900);
      // Files PostgreSQL writes anew once the hub runs (through fopen, which PGlite's file system would make 0644).
      const caches = [path.join(dataDir, 'pgdata', 'global', 'pg_internal.init')];
      for (const db of fs.readdirSync(path.join(dataDir, 'pgdata', 'base'))) caches.push(path.join(dataDir, 'pgdata', 'base', db, 'pg_internal.init'));
      for (const file of caches) fs.rmSync(file, { force: true });
    }
    const hub = await spawnHub(database.env);
    try {
      if (!('proc' in hub)) throw new Error(`The hub did not start:\n${hub.output}`);
      // While it runs: the lock, the socket, the signing secret it created or found.
      expect(openToOthers(dataDir)).toEqual([]);
      expect(fs.readdirSync(dataDir)).toContain('auth-secret');
      if (!database.env.DATABASE_URL) {
        expect(hub.output()).toContain('the data folder was open to other users: made owner-only');
        expect(fs.readdirSync(dataDir)).toEqual(expect.arrayContaining(['hub.lock', '.s.PGSQL.5432']));
      }
      expect(await hub.stop('SIGTERM')).toBe(0);
      // After the checkpoint at the stop, which writes the WAL and the relation files again.
      expect(openToOthers(dataDir)).toEqual([]);
    } finally {
      if ('proc' in hub && hub.proc.exitCode === null) await hub.stop('SIGKILL');
      await database.drop();
    }
  });
});
