import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { demoSubject } from '../src/domains/bodies/demo-principals';
import { signLocalToken } from '../src/access/auth/tokens';
import { loadConfig } from '../src/kernel/config';
import { type RunningHub, runHub } from './support/hub-process';

/**
 * `npm run soak`: the hub's maximum throughput on a mixed workload, then SOAK_SECONDS (default
 * 600) at half of it. Passes with zero errors and memory (RSS) growth under 10 % from the end
 * of the first minute to the end. Prints its figures every minute.
 */
const SECONDS = Number(process.env.SOAK_SECONDS ?? 600);
const WARM_UP_SECONDS = Math.min(60, Math.floor(SECONDS / 5));

function rssMiB(hub: RunningHub): number {
  const status = fs.readFileSync(`/proc/${hub.proc.pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

async function main(): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'att-hub-soak-'));
  const env = { HUB_DATA_DIR: dataDir, ...(process.env.DATABASE_URL ? { DATABASE_URL: process.env.DATABASE_URL } : {}) };
  const hub = await runHub(env);
  const auth = loadConfig({ ...process.env, ...env }).auth;
  const tokens = { secretariat: await signLocalToken(auth, demoSubject('secretariat')), vp: await signLocalToken(auth, demoSubject('vp-africa')) };
  // The mix users make: public summaries, a region's context, a state's context, a contribution.
  const requests = [
    { body: '{ participationSummary { statesParties signatories nonSignatories byRegion { region statesParties } } }' },
    { body: '{ region(code: AFRICA) { participation { statesParties } pipeline { tier entries { state { iso3 } stage } } } }', token: tokens.vp },
    { body: '{ state(iso3: "COM") { status actions { kind } currentPriority { tier } nationalProcess { stage } needs { kind } activities(first: 5) { title } } }', token: tokens.secretariat },
    { body: '{ states(first: 50) { edges { node { iso3 name status } } } }' },
  ];
  let sent = 0;
  let errors = 0;
  const errorSamples: string[] = [];
  const send = async () => {
    const r = requests[sent++ % requests.length]!;
    try {
      const res = await fetch(hub.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(r.token ? { authorization: `Bearer ${r.token}` } : {}) },
        body: JSON.stringify({ query: r.body }),
        signal: AbortSignal.timeout(10_000),
      });
      const json = (await res.json()) as { errors?: unknown[] };
      if (res.status !== 200 || json.errors) throw new Error(`HTTP ${res.status} ${JSON.stringify(json.errors ?? '').slice(0, 200)}`);
    } catch (error) {
      errors++;
      if (errorSamples.length < 5) errorSamples.push((error as Error).message);
    }
  };

  try {
    // 1. The maximum: 16 clients as fast as they can, for 10 s.
    const until = Date.now() + 10_000;
    await Promise.all([...Array(16)].map(async () => { while (Date.now() < until) await send(); }));
    const max = sent / 10;
    const rate = Math.max(1, Math.floor(max / 2));
    console.log(`Soak: maximum ${max.toFixed(0)} req/s on the mixed workload; now ${SECONDS} s at ${rate} req/s`);
    sent = 0;
    errors = 0;

    // 2. Half of it, paced, for SOAK_SECONDS.
    const started = Date.now();
    let baseline = 0;
    let peak = 0;
    const inFlight = new Set<Promise<void>>();
    let nextMinute = 60;
    while (Date.now() - started < SECONDS * 1000) {
      const elapsed = (Date.now() - started) / 1000;
      while (sent < elapsed * rate && inFlight.size < 64) {
        const p = send().finally(() => inFlight.delete(p));
        inFlight.add(p);
      }
      const rss = rssMiB(hub);
      peak = Math.max(peak, rss);
      if (!baseline && elapsed >= WARM_UP_SECONDS) baseline = rss;
      if (elapsed >= nextMinute) {
        console.log(`  ${nextMinute / 60} min: ${sent} requests, ${errors} errors, RSS ${rss.toFixed(0)} MiB`);
        nextMinute += 60;
      }
      await new Promise((r) => setTimeout(r, 20));
    }
    await Promise.all(inFlight);
    const end = rssMiB(hub);
    const growth = baseline ? ((end - baseline) / baseline) * 100 : 0;
    console.log(`  ${sent} requests in ${SECONDS} s (${(sent / SECONDS).toFixed(0)} req/s), ${errors} errors`);
    console.log(`  RSS after ${WARM_UP_SECONDS} s ${baseline.toFixed(0)} MiB, at the end ${end.toFixed(0)} MiB (growth ${growth.toFixed(1)} %), peak ${peak.toFixed(0)} MiB`);
    if (errorSamples.length) console.log(`  errors, for example: ${errorSamples.join(' | ')}`);
    const ok = errors === 0 && growth < 10;
    console.log(ok ? '1 passed, 0 failed' : '0 passed, 1 failed');
    if (!ok) process.exitCode = 1;
  } finally {
    await hub.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
