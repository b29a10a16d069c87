import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { expect, inject, it } from 'vitest';
import { copyTemplate, spawnHub } from '../support/hub';

it('a port in use is said in one line, before the database is opened, and leaves no lock', async () => {
  const squatter = http.createServer((_req, res) => res.end('not the hub'));
  await new Promise<void>((resolve) => squatter.listen(0, '127.0.0.1', resolve));
  const { port } = squatter.address() as AddressInfo;
  const database = await copyTemplate(inject('template'));
  try {
    const started = Date.now();
    const hub = await spawnHub({ ...database.env, HOST: '127.0.0.1', PORT: String(port) });
    const elapsed = Date.now() - started;
    if ('proc' in hub) {
      await hub.stop('SIGTERM');
      throw new Error('The hub started on a port in use');
    }
    expect(hub.exitCode).toBe(1);
    const lines = hub.output.trim().split('\n');
    expect(lines).toEqual([`Port ${port} on 127.0.0.1 is already in use (another hub?): stop what holds it, or start with PORT=<another port>.`]);
    // Before the database: no migration, no load, no lock taken on the data folder.
    if (database.env.HUB_DATA_DIR) expect(fs.existsSync(path.join(database.env.HUB_DATA_DIR, 'hub.lock'))).toBe(false);
    expect(elapsed).toBeLessThan(10_000);
  } finally {
    squatter.close();
    await database.drop();
  }
});
