import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { demoSubject } from '../src/domains/bodies/demo-principals';
import { signLocalToken } from '../src/access/auth/tokens';
import { loadConfig } from '../src/kernel/config';
import { runHub } from './support/hub-process';
import { startTempPostgres } from './support/temp-postgres';

/**
 * `npm run test:outage`: the database server is stopped and started again while clients keep
 * asking. Meanwhile the hub answers with a clear UNAVAILABLE error (HTTP 503) and /healthz says
 * the database is down; afterwards it answers again, without being restarted. Prints its figures.
 */
type Phase = 'before' | 'outage' | 'after';
/** Answers to requests that were under way when the database went down or came back. */
type Tallied = Phase | 'changing';
const tally: Record<Tallied, Map<string, number>> = { before: new Map(), outage: new Map(), after: new Map(), changing: new Map() };
const health: Record<Phase, Map<number, number>> = { before: new Map(), outage: new Map(), after: new Map() };
const add = <K>(m: Map<K, number>, k: K) => m.set(k, (m.get(k) ?? 0) + 1);

async function main(): Promise<void> {
  const pg = await startTempPostgres();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'att-hub-outage-'));
  const hub = await runHub({ DATABASE_URL: pg.url(), HUB_DATA_DIR: dataDir, STATEMENT_TIMEOUT_MS: '5000' }).catch((e) => {
    pg.destroy();
    throw e;
  });
  let failed = false;
  try {
    // A signed-in viewer: its answers are never served from the cache, so each one needs the database.
    const token = await signLocalToken(loadConfig({ HUB_DATA_DIR: dataDir }).auth, demoSubject('secretariat'));
    const body = JSON.stringify({ query: '{ state(iso3: "COM") { name nationalProcess { stage } } }' });
    let phase: Phase = 'before';
    let running = true;
    const client = async () => {
      while (running) {
        const current = phase;
        try {
          const res = await fetch(hub.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body, signal: AbortSignal.timeout(10_000) });
          const json = (await res.json()) as { data?: { state?: { name?: string } }; errors?: { message?: string; extensions?: { code?: string } }[] };
          const code = json.errors?.[0]?.extensions?.code ?? 'no code';
          const outcome = json.data?.state?.name === 'Comoros' && !json.errors ? 'ok' : `${res.status} ${code}`;
          add(tally[phase === current ? current : 'changing'], outcome);
          if (outcome !== 'ok' && code !== 'UNAVAILABLE') console.error(`unexpected answer (${current}): ${JSON.stringify(json)}`);
        } catch (error) {
          add(tally[phase === current ? current : 'changing'], `request failed: ${(error as Error).name}`);
        }
        await new Promise((r) => setTimeout(r, 20));
      }
    };
    const watcher = async () => {
      while (running) {
        const current = phase;
        const res = await fetch(`${hub.origin}/healthz`).catch(() => undefined);
        add(health[current], res?.status ?? 0);
        await new Promise((r) => setTimeout(r, 250));
      }
    };
    const clients = [...Array(4)].map(client).concat(watcher());
    await new Promise((r) => setTimeout(r, 3000));

    phase = 'outage';
    const stoppedAt = Date.now();
    pg.stop();
    await new Promise((r) => setTimeout(r, 5000));
    pg.start();
    phase = 'after';
    const restartedAt = Date.now();
    // Recovered: the first good answer after the restart.
    while (!tally.after.get('ok') && Date.now() - restartedAt < 30_000) await new Promise((r) => setTimeout(r, 50));
    const recoveredMs = Date.now() - restartedAt;
    await new Promise((r) => setTimeout(r, 3000));
    running = false;
    await Promise.all(clients);

    const show = (m: Map<unknown, number>) => [...m].map(([k, v]) => `${k}: ${v}`).join(', ') || 'none';
    console.log(`Database outage of ${restartedAt - stoppedAt} ms under load (4 clients):`);
    for (const p of ['before', 'outage', 'after'] as Phase[]) {
      console.log(`  ${p.padEnd(7)} answers: ${show(tally[p])} | /healthz: ${show(health[p])}`);
    }
    console.log(`  under way at a change: ${show(tally.changing)}`);
    console.log(`  answering again ${recoveredMs} ms after the database came back, without a restart of the hub`);
    const outageCodes = [...tally.outage.keys()].filter((k) => k !== 'ok');
    const problems = [
      ...[...tally.before.keys()].filter((k) => k !== 'ok').map((k) => `bad answer before the outage: ${k}`),
      ...[...tally.changing.keys()].filter((k) => k !== 'ok' && k !== '503 UNAVAILABLE').map((k) => `unclear answer at a change: ${k}`),
      ...outageCodes.filter((k) => k !== '503 UNAVAILABLE').map((k) => `unclear answer during the outage: ${k}`),
      ...(outageCodes.length ? [] : ['no UNAVAILABLE answer during the outage']),
      ...(health.outage.get(503) ? [] : ['/healthz never said the database was down']),
      ...(tally.after.get('ok') ? [] : ['the hub did not recover']),
      ...(hub.proc.exitCode !== null ? ['the hub exited'] : []),
    ];
    if (problems.length) {
      failed = true;
      console.error(`FAILED:\n  - ${problems.join('\n  - ')}\nThe hub's warnings and errors:\n${hub.output().slice(-6000)}`);
    } else console.log('1 passed, 0 failed');
  } finally {
    await hub.stop();
    pg.destroy();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
  if (failed) process.exit(1);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
