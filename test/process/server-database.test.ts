import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { maintenanceUrl } from '../../src/kernel/db/server-database';
import { withDatabase } from '../support/databases';
import { spawnHub } from '../support/hub';

/**
 * DATABASE_URL naming a database that does not exist (a typo) must not start a hub on a new,
 * freshly seeded one: it looks like lost data. And a server database gets no demo principals
 * unless DEMO_PRINCIPALS asks. Run where a PostgreSQL server is (the server run of the suite).
 */
const template = inject('template');
const serverUrl = template.kind === 'server' ? template.url : undefined;
const name = `att_hub_typo_${process.pid}`;
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'att-hub-missing-db-'));

async function onServer<T>(sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: maintenanceUrl(serverUrl!) });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}
const exists = async () => (await onServer(`select 1 from pg_database where datname = $1`, [name])).length === 1;

afterAll(async () => {
  if (serverUrl) await onServer(`drop database if exists "${name}" with (force)`);
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe.runIf(serverUrl)('a DATABASE_URL naming a database that does not exist', () => {
  it('is refused with a message naming it, and nothing is created', async () => {
    const hub = await spawnHub({ DATABASE_URL: withDatabase(serverUrl!, name), HUB_DATA_DIR: dataDir, CREATE_DATABASE: '' });
    if ('proc' in hub) {
      await hub.stop();
      throw new Error(`The hub started on a database that did not exist:\n${hub.output()}`);
    }
    expect(hub.exitCode).toBe(1);
    expect(hub.output).toContain(`The database "${name}" does not exist`);
    expect(hub.output).toContain('CREATE_DATABASE=true');
    expect(hub.output).not.toMatch(/\bat \S+\.(ts|js):\d+/); // no stack trace
    expect(await exists()).toBe(false);
  });

  it('is created when CREATE_DATABASE=true asks, without demo principals unless DEMO_PRINCIPALS does', async () => {
    // DEMO_PRINCIPALS empty: the default for a server database, whatever the suite's environment says.
    const hub = await spawnHub({ DATABASE_URL: withDatabase(serverUrl!, name), HUB_DATA_DIR: dataDir, CREATE_DATABASE: 'true', DEMO_PRINCIPALS: '' });
    if (!('proc' in hub)) throw new Error(`The hub did not start:\n${hub.output}`);
    try {
      expect(hub.output()).toContain('created the database (CREATE_DATABASE)');
      expect(await exists()).toBe(true);
      const origin = new URL(hub.url).origin;
      expect((await fetch(`${origin}/demo/principals`)).status).toBe(404);
      const token = await fetch(`${origin}/demo/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"principal":"secretariat"}' });
      expect(token.status).toBe(404);
      const client = new pg.Client({ connectionString: withDatabase(serverUrl!, name) });
      await client.connect();
      try {
        const people = await client.query<{ demo: string; states: string }>(
          `select (select count(*) from person where demo or subject like 'demo:%') as demo, (select count(*) from state) as states`,
        );
        expect(people.rows[0]).toEqual({ demo: '0', states: '196' });
      } finally {
        await client.end();
      }
      expect(await hub.stop()).toBe(0);
    } finally {
      if (hub.proc.exitCode === null) await hub.stop('SIGKILL');
    }
  });
});
