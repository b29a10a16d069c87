import pg from 'pg';
import { expect, inject, it } from 'vitest';
import { EMBEDDED_SETTINGS, startEmbeddedDatabase } from '../../src/kernel/db/embedded';
import { copyTemplate } from '../support/databases';

// PGlite's memory only grows: PostgreSQL's memory settings are the embedded hub's RSS (embedded.ts).
it.skipIf(inject('template').kind !== 'embedded')('the embedded PostgreSQL runs with the hub\'s memory settings, not PGlite\'s defaults', async () => {
  const database = await copyTemplate(inject('template'));
  const embedded = await startEmbeddedDatabase(database.env.HUB_DATA_DIR!, 1);
  const client = new pg.Client({ host: embedded.host, port: embedded.port, user: 'postgres', database: 'postgres' });
  try {
    await client.connect();
    const names = Object.keys(EMBEDDED_SETTINGS);
    const { rows } = await client.query<{ name: string; setting: string }>(
      `select name, current_setting(name) as setting from pg_settings where name = any($1) order by name`,
      [names],
    );
    expect(Object.fromEntries(rows.map((r) => [r.name, r.setting]))).toEqual(EMBEDDED_SETTINGS);
  } finally {
    await client.end().catch(() => undefined);
    await embedded.close();
    await database.drop();
  }
});
