import fs from 'node:fs';
import path from 'node:path';
import { expect, inject, it } from 'vitest';
import { startCommand } from '../../scripts/support/start-command';
import { copyTemplate, spawnHub } from '../support/hub';

/**
 * `npm start` itself: its command line (scripts/start.mjs with the start script's flags and
 * environment) builds what changed, then runs the compiled hub in the same process. The compiled
 * hub remembers where its requires resolved (src/performance/remembered-resolutions.ts): the next
 * start answers them from that record and serves the same answers. Embedded only: the start's
 * command is the same on a server, and building dist/ once per run is enough.
 */
const ROOT = path.resolve(__dirname, '../..');
const RECORD = path.join(ROOT, 'dist/.resolutions.json');
const QUERY = '{ state(iso3: "KHM") { iso3 name status } }';

it.skipIf(inject('template').kind !== 'embedded')('npm start builds what changed and serves; its next start answers its requires from the record', async () => {
  const start = startCommand();
  const database = await copyTemplate(inject('template'));
  const env = { ...start.env, ...database.env, HOST: '127.0.0.1', REDIS_URL: '' };
  const startOnce = async () => {
    const hub = await spawnHub(env, [...start.flags, start.script]);
    if (!('proc' in hub)) throw new Error(`npm start's command exited with ${hub.exitCode}:\n${hub.output.slice(-3000)}`);
    try {
      const ready = JSON.parse(hub.output().split('\n').find((line) => line.includes('ready at'))!) as { resolutionsRemembered?: number };
      const response = await fetch(hub.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: QUERY }) });
      return { remembered: ready.resolutionsRemembered, answer: await response.json() };
    } finally {
      expect(await hub.stop('SIGTERM')).toBe(0);
    }
  };
  try {
    // What a build left from another run is not this test's: the first start resolves everything through Node.
    fs.rmSync(RECORD, { force: true });
    const first = await startOnce();
    expect(first.remembered).toBe(0);
    expect(first.answer).toMatchObject({ data: { state: { iso3: 'KHM', name: 'Cambodia', status: expect.any(String) } } });
    expect(fs.existsSync(RECORD)).toBe(true);
    const second = await startOnce();
    // Everything the hub loads to its first answer: some 1,900 modules.
    expect(second.remembered).toBeGreaterThan(1000);
    expect(second.answer).toEqual(first.answer);
  } finally {
    await database.drop();
  }
}, 300_000);
