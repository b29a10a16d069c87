/**
 * A workload's cost per request, insensitive to a loaded machine: CPU time (utime + stime from
 * /proc) of the hub and of its PostgreSQL backends per request, and its SQL statements
 * (x-sql-statements) and the time a client waits for each (p50, p99), for one or two builds side by side,
 * alternating bursts in the same minutes.
 * W4 (createActivity, the default) or W1-fresh (`--workload W1-fresh`: W1 computed for every answer).
 *
 *   node -r @swc-node/register bench/w4-cpu.ts --build A=dist --build B=/tmp/before/dist \
 *        [--workload W4|W1-fresh] [--writes 1500] [--connections 16] [--alternations 3] [--prefix h_w4] \
 *        [--sql B=STATEMENT] [--seed-factor N] [--cpu-prof DIR] \
 *        [--node-flag B=--max-semi-space-size=16] [--env B=MAX_CONCURRENT_REQUESTS=4]
 *
 * Each build gets its own new database (`<prefix>_<name>`, dropped at the end) and its own hub,
 * started as `npm run start:server` runs it. Synthetic data (`scripts/seed-scale.ts --factor N`) only for
 * W1-fresh by default, whose answer depends on it (a write's cost hardly does).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { loadConfig } from '../src/kernel/config';
import { signLocalToken } from '../src/access/auth/tokens';
import { demoSubject } from '../src/domains/bodies/demo-principals';
import { startCommand } from '../scripts/support/start-command';
import { W1_HUB_QUERY, W4_HUB_MUTATION } from './workloads';

const ROOT = path.resolve(__dirname, '..');
const ADMIN = process.env.BENCH_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const START = startCommand('start:server');

interface Hub { name: string; database: string; port: number; proc: ChildProcess; token: string; sent: number }

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1]! : fallback;
}
const builds = process.argv.flatMap((a, i) => (process.argv[i - 1] === '--build' ? [a.split('=') as [string, string]] : []));
// `--sql NAME=STATEMENT`: run on that build's database once its hub is up (a database-side variant of one build).
const setups = new Map(process.argv.flatMap((a, i) => (process.argv[i - 1] === '--sql' ? [[a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] as const] : [])));
// `--node-flag NAME=--flag`: a node flag added to that build's command line (after the start command's, so it wins).
const nodeFlags = process.argv.flatMap((a, i) => (process.argv[i - 1] === '--node-flag' ? [[a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] as const] : []));
// `--env NAME=VAR=value`: an environment variable for that build's hub.
const envs = process.argv.flatMap((a, i) => (process.argv[i - 1] === '--env' ? [a.split(/=(.*)/s) as [string, string]] : []));
const WRITES = Number(option('--writes', '1500'));
const CONNECTIONS = Number(option('--connections', '16'));
const ALTERNATIONS = Number(option('--alternations', '3'));
const PREFIX = option('--prefix', 'h_w4');
const PROFILE = option('--cpu-prof', '');
const WORKLOAD = option('--workload', 'W4');
if (WORKLOAD !== 'W4' && WORKLOAD !== 'W1-fresh') throw new Error('--workload is W4 or W1-fresh');
const SEED_FACTOR = Number(option('--seed-factor', WORKLOAD === 'W4' ? '0' : '1'));

const ticks = (pid: number): number => {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return 0;
  }
};
const TICK_MS = 10;

async function backends(admin: pg.Client, database: string): Promise<number[]> {
  const { rows } = await admin.query<{ pid: number }>('select pid from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()', [database]);
  return rows.map((r) => r.pid);
}

async function startHub(admin: pg.Client, name: string, dist: string): Promise<Hub> {
  const database = `${PREFIX}_${name.toLowerCase()}`;
  await admin.query(`drop database if exists ${database} with (force)`);
  await admin.query(`create database ${database}`);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `${PREFIX}-${name}-`));
  const port = 40000 + Math.floor(Math.random() * 20000);
  const env = {
    ...process.env,
    ...START.env,
    DATABASE_URL: `postgres://postgres@127.0.0.1:5432/${database}`,
    HUB_DATA_DIR: dataDir,
    NODE_ENV: 'test',
    DEMO_PRINCIPALS: 'true',
    LOG_LEVEL: 'warn',
    HOST: '127.0.0.1',
    DB_POOL_MAX: '8',
    PORT: String(port),
    REDIS_URL: 'redis://127.0.0.1:6379',
    RATE_LIMIT_PER_MINUTE: '1000000',
  };
  for (const [build, assignment] of envs) {
    if (build === name) Object.assign(env, { [assignment.slice(0, assignment.indexOf('='))]: assignment.slice(assignment.indexOf('=') + 1) });
  }
  const args = [...START.flags, ...nodeFlags.filter(([build]) => build === name).map(([, flag]) => flag)];
  // The hub itself from that build (npm start's scripts/start.mjs would build and run dist/).
  const script = path.join(dist, 'src/server.js');
  const extra = PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${PROFILE}/${name}`] : [];
  const proc = spawn(process.execPath, [...args, ...extra, script], { cwd: ROOT, env, stdio: ['ignore', fs.openSync(`${dataDir}/stdout`, 'w'), fs.openSync(`${dataDir}/stderr`, 'w')] });
  for (let i = 0; ; i++) {
    if (proc.exitCode != null) throw new Error(`${name} exited; see ${dataDir}/stderr`);
    const ok = await new Promise<boolean>((resolve) =>
      http.get({ host: '127.0.0.1', port, path: '/healthz' }, (res) => { res.resume(); resolve(res.statusCode === 200); }).on('error', () => resolve(false)),
    );
    if (ok) break;
    if (i > 600) throw new Error(`${name} did not start`);
    await new Promise((r) => setTimeout(r, 500));
  }
  if (SEED_FACTOR > 0) {
    const seeded = spawnSync(process.execPath, ['-r', '@swc-node/register', 'scripts/seed-scale.ts', '--factor', String(SEED_FACTOR)], { cwd: ROOT, env, stdio: 'ignore' });
    if (seeded.status !== 0) throw new Error(`seed-scale failed for ${name}`);
  }
  const config = loadConfig(env);
  const token = await signLocalToken(config.auth, demoSubject(WORKLOAD === 'W4' ? 'partner-cso' : 'secretariat'), { expiresIn: '2h' });
  const setup = setups.get(name);
  if (setup) {
    const db = new pg.Client({ connectionString: env.DATABASE_URL });
    await db.connect();
    await db.query(setup).finally(() => db.end());
  }
  return { name, database, port, proc, token, sent: 0 };
}

const agent = new http.Agent({ keepAlive: true, maxSockets: CONNECTIONS });

/** One request of the workload; its SQL statements and its time (ms). */
function write(hub: Hub): Promise<{ statements: number; ms: number }> {
  const sent = process.hrtime.bigint();
  const n = ++hub.sent;
  const key = `w4cpu-${process.pid}-${hub.name}-${n}`;
  const body =
    WORKLOAD === 'W4'
      ? JSON.stringify({ query: W4_HUB_MUTATION, variables: { i: { kind: 'WORKSHOP', title: `Workshop ${key}`, idempotencyKey: key } } })
      : JSON.stringify({ query: W1_HUB_QUERY });
  const fresh = WORKLOAD === 'W4' ? {} : { 'cache-control': 'no-cache' };
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port: hub.port, path: '/graphql', method: 'POST', agent, headers: { 'content-type': 'application/json', authorization: `Bearer ${hub.token}`, ...fresh } },
      (res) => {
        let text = '';
        res.on('data', (c: Buffer) => (text += c));
        res.on('end', () => {
          const answer = JSON.parse(text) as { data?: { createActivity?: { activity?: { id: string } }; states?: { edges: unknown[] } }; errors?: unknown };
          const answered = WORKLOAD === 'W4' ? answer.data?.createActivity?.activity?.id : answer.data?.states?.edges.length && !answer.errors;
          if (!answered) return reject(new Error(`not answered: ${text.slice(0, 500)}`));
          resolve({ statements: Number(res.headers['x-sql-statements']), ms: Number(process.hrtime.bigint() - sent) / 1e6 });
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

async function burst(admin: pg.Client, hub: Hub, writes: number) {
  const pids = await backends(admin, hub.database);
  const before = { hub: ticks(hub.proc.pid!), db: pids.map(ticks) };
  const [xact0] = (await admin.query<{ c: string }>('select xact_commit::text c from pg_stat_database where datname = $1', [hub.database])).rows;
  const statements: number[] = [];
  const times: number[] = [];
  let next = 0;
  const started = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      while (next < writes) {
        next++;
        const done = await write(hub);
        statements.push(done.statements);
        times.push(done.ms);
      }
    }),
  );
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  // Backends the pool opened during the burst count whole (their start included).
  const opened = (await backends(admin, hub.database)).filter((p) => !pids.includes(p));
  const dbTicks = pids.reduce((sum, pid, i) => sum + ticks(pid) - before.db[i]!, 0) + opened.reduce((sum, pid) => sum + ticks(pid), 0);
  await new Promise((r) => setTimeout(r, 1200)); // pg_stat_database is flushed at most every second
  const [xact1] = (await admin.query<{ c: string }>('select xact_commit::text c from pg_stat_database where datname = $1', [hub.database])).rows;
  statements.sort((a, b) => a - b);
  times.sort((a, b) => a - b);
  const percentile = (p: number) => +times[Math.min(times.length - 1, Math.floor(times.length * p))]!.toFixed(1);
  return {
    hub: hub.name,
    writes,
    reqPerS: +(writes / seconds).toFixed(1),
    hubCpuMs: +(((ticks(hub.proc.pid!) - before.hub) * TICK_MS) / writes).toFixed(2),
    dbCpuMs: +((dbTicks * TICK_MS) / writes).toFixed(2),
    statementsMedian: statements[statements.length >> 1],
    p50Ms: percentile(0.5),
    p99Ms: percentile(0.99),
    commitsPerWrite: +((Number(xact1!.c) - Number(xact0!.c)) / writes).toFixed(2),
    newBackends: opened.length,
    load: os.loadavg()[0]!.toFixed(1),
  };
}

async function main() {
  if (!builds.length) throw new Error('--build NAME=DIST at least once');
  const admin = new pg.Client({ connectionString: ADMIN });
  await admin.connect();
  const hubs: Hub[] = [];
  try {
    for (const [name, dist] of builds) hubs.push(await startHub(admin, name, path.resolve(ROOT, dist)));
    for (const hub of hubs) await burst(admin, hub, WORKLOAD === 'W4' ? 200 : 60); // warm-up
    for (let round = 0; round < ALTERNATIONS; round++) {
      for (const hub of round % 2 ? [...hubs].reverse() : hubs) console.log(JSON.stringify(await burst(admin, hub, WRITES)));
    }
  } finally {
    for (const hub of hubs) {
      hub.proc.kill('SIGTERM');
      await new Promise((r) => hub.proc.once('exit', r));
      await admin.query(`drop database if exists ${hub.database} with (force)`);
    }
    await admin.end();
    agent.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
