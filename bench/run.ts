/**
 * The benchmark: the hub, PostGraphile v4 and the floor (one hand-written SQL statement per
 * answer) on the same new PostgreSQL database, the same workloads, measured in one run, side by
 * side and alternating. See bench/README.md.
 *
 *   node -r @swc-node/register bench/run.ts [--quick] [--rounds 3] [--duration 5] [--warmup 3]
 *        [--max-round 30] [--connections 16] [--pool 8] [--seed-factor 1]
 *        [--only W1,W3,IMPORT] [--out bench/results.local.json] [--embedded]
 *
 * BENCH_ADMIN_URL (default postgres://postgres@127.0.0.1:5432/postgres) is where the throwaway
 * database bench_<timestamp> is created, and dropped at the end, on failure and on Ctrl-C too.
 * --embedded measures the hub alone on its embedded database (PGlite) in a temporary data folder.
 */
import 'reflect-metadata';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { demoSubject } from '../src/domains/bodies/demo-principals';
import { signLocalToken } from '../src/access/auth/tokens';
import { loadConfig } from '../src/kernel/config';
import { openDatabase } from '../src/kernel/db/database';
import { SEEDING } from '../src/seeds';
import { createLogger } from '../src/kernel/log';
import { startCommand } from '../scripts/support/start-command';
import { parseFactors, scaleCurve } from './scale-curve';
import { SERVERS, serversOf, WORKLOADS, type BenchContext, type RequestSpec, type ServerName, type Workload } from './workloads';
import { type ImportFigures, importTable, measureImports } from './import-workload';

const ROOT = path.resolve(__dirname, '..');
const BENCH = __dirname;
const TOOLS = path.join(BENCH, 'postgraphile');
/**
 * The hub's command line, as its operators run it: `npm start` on the embedded database,
 * `npm run start:server` on a PostgreSQL server (the same flags but a larger young generation).
 */
const hubStart = (embedded: boolean) => (embedded ? { name: 'npm start', ...startCommand('start') } : { name: 'npm run start:server', ...startCommand('start:server') });

// ---------------------------------------------------------------------------------------------
// Options

interface Options {
  warmup: number;
  rounds: number;
  duration: number;
  connections: number;
  only: Set<string> | null;
  out: string;
  dbPoolMax: number;
  seedFactor: number;
  /** Longest warm-up or round, for a server whose requests take long (see lengthFor). */
  maxRound: number;
  /** The hub alone, on its embedded database (PostGraphile and the floor need a server). */
  embedded: boolean;
  /** The hub alone, on the server (no PostGraphile, no floor). */
  hubOnly: boolean;
  /** Skip the build (`scripts/build-changed.mjs`: a caller has built). */
  noBuild: boolean;
  /** An existing database to use and keep (bench/scale-curve.ts), instead of a new one. */
  database: string | null;
  /** `--scale-curve 1,10,30`: the factors of bench/scale-curve.ts. */
  scaleCurve: number[] | null;
}

function parseOptions(argv: string[]): Options {
  const options: Options = {
    warmup: 3,
    rounds: 3,
    duration: 5,
    connections: 16,
    only: null,
    out: path.join(BENCH, 'results.local.json'),
    dbPoolMax: 8,
    seedFactor: 1,
    maxRound: 30,
    embedded: false,
    hubOnly: false,
    noBuild: false,
    database: null,
    scaleCurve: null,
  };
  const number = (name: string, raw: string | undefined, min: number): number => {
    const value = Number(raw);
    if (raw === undefined || !Number.isFinite(value) || value < min) usage(`${name} needs a number of at least ${min}`);
    return value;
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const next = () => argv[++i];
    switch (arg) {
      case '--embedded':
        options.embedded = true;
        break;
      case '--quick':
        Object.assign(options, { warmup: 1, rounds: 1, duration: 2, maxRound: 8 });
        break;
      case '--warmup':
        options.warmup = number(arg, next(), 0);
        break;
      case '--rounds':
        options.rounds = Math.round(number(arg, next(), 1));
        break;
      case '--duration':
        options.duration = number(arg, next(), 1);
        break;
      case '--connections':
        options.connections = Math.round(number(arg, next(), 1));
        break;
      case '--max-round':
        options.maxRound = number(arg, next(), 1);
        break;
      case '--pool':
        options.dbPoolMax = Math.round(number(arg, next(), 1));
        break;
      case '--seed-factor':
        options.seedFactor = number(arg, next(), 0);
        break;
      case '--hub-only':
        options.hubOnly = true;
        break;
      case '--no-build':
        options.noBuild = true;
        break;
      case '--database':
        options.database = next() ?? usage('--database needs a name');
        break;
      case '--scale-curve':
        options.scaleCurve = parseFactors(next() ?? usage('--scale-curve needs factors, e.g. 1,10,30'));
        break;
      case '--only':
        options.only = new Set((next() ?? '').toUpperCase().split(',').filter(Boolean));
        break;
      case '--out':
        options.out = path.resolve(next() ?? usage('--out needs a file'));
        break;
      case '--help':
      case '-h':
        usage();
        break;
      default:
        usage(`unknown option ${arg}`);
    }
  }
  return options;
}

function usage(problem?: string): never {
  if (problem) console.error(problem);
  console.error(
    'Usage: node -r @swc-node/register bench/run.ts [--quick] [--warmup S] [--rounds N] [--duration S]\n' +
      '       [--max-round S] [--connections N] [--pool N] [--seed-factor F] [--only W1,W2] [--out FILE] [--embedded]\n' +
      '       [--hub-only] [--scale-curve 1,10,30] (see bench/scale-curve.ts)',
  );
  process.exit(problem ? 2 : 0);
}

// ---------------------------------------------------------------------------------------------
// Clean-up: servers stopped, database dropped, temp folder removed, whatever happens.

class Fatal extends Error {}

const cleanups: { label: string; run: () => Promise<void> | void }[] = [];
const children = new Set<ChildProcess>();
let cleaningUp: Promise<void> | null = null;
/** Set on SIGINT or SIGTERM: what fails after it is the servers stopping, not news. */
let interrupted = false;

function onCleanup(label: string, run: () => Promise<void> | void): void {
  cleanups.push({ label, run });
}

function cleanup(): Promise<void> {
  cleaningUp ??= (async () => {
    for (const { label, run } of cleanups.reverse()) {
      try {
        await run();
      } catch (error) {
        console.error(`clean-up: ${label} failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  })();
  return cleaningUp;
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (interrupted) return;
    interrupted = true;
    console.error(`\n${signal}: stopping the servers and dropping the database…`);
    void cleanup().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  });
}
// A closed stdout (e.g. `| head`) must not kill the run before it cleans up.
for (const stream of [process.stdout, process.stderr]) stream.on('error', () => undefined);
process.on('uncaughtException', (error) => {
  if (!interrupted) console.error('Unexpected error:', error);
  void cleanup().finally(() => process.exit(1));
});
// Last resort if the process dies without the clean-up: no server outlives the run.
process.on('exit', () => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
});

// ---------------------------------------------------------------------------------------------
// The load generator (autocannon, installed with the bench's own lock file in bench/postgraphile).

interface Histogram {
  average: number;
  mean: number;
  total: number;
  p50: number;
  p99: number;
  max: number;
}

interface AutocannonResult {
  duration: number;
  errors: number;
  timeouts: number;
  mismatches: number;
  non2xx: number;
  '2xx': number;
  latency: Histogram;
  requests: Histogram;
  throughput: Histogram;
}

interface AutocannonRequest {
  method?: string;
  path?: string;
  headers?: Record<string, string>;
  body?: string;
  setupRequest?: (request: AutocannonRequest) => AutocannonRequest;
  onResponse?: (status: number, body: string) => void;
}

interface AutocannonOptions {
  url: string;
  connections: number;
  duration: number;
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  requests?: AutocannonRequest[];
  timeout?: number;
}

type Autocannon = (options: AutocannonOptions, done: (error: Error | null, result: AutocannonResult) => void) => { stop(): void };

function ensureTools(): void {
  const installed = ['autocannon', 'postgraphile', 'graphile-utils'].every((name) =>
    fs.existsSync(path.join(TOOLS, 'node_modules', name, 'package.json')),
  );
  if (installed) return;
  console.log('Installing the benchmark tools (npm ci in bench/postgraphile)…');
  const result = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: TOOLS, stdio: 'inherit' });
  if (result.status !== 0) throw new Fatal('npm ci in bench/postgraphile failed');
}

function loadAutocannon(): Autocannon {
  return createRequire(path.join(TOOLS, 'package.json'))('autocannon') as Autocannon;
}

// ---------------------------------------------------------------------------------------------
// Processes

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Server {
  name: ServerName;
  label: string;
  url: string;
  proc: ChildProcess;
  pid: number;
  logFile: string;
  tail: string[];
}

interface StartSpec {
  name: ServerName;
  label: string;
  args: string[];
  cwd: string;
  env: Record<string, string>;
  port: number;
  /** GET path answering 200 once the server is up, polled as well as watching for a "ready at" line. */
  health: string | null;
  logDir: string;
  timeoutMs: number;
}

function remember(tail: string[], text: string): void {
  for (const line of text.split('\n')) if (line.trim()) tail.push(line.length > 400 ? `${line.slice(0, 400)}…` : line);
  if (tail.length > 30) tail.splice(0, tail.length - 30);
}

async function startServer(spec: StartSpec): Promise<Server> {
  const logFile = path.join(spec.logDir, `${spec.name}.log`);
  const log = fs.createWriteStream(logFile);
  const tail: string[] = [];
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) if (value !== undefined) env[key] = value;
  const proc = spawn(process.execPath, spec.args, { cwd: spec.cwd, env: { ...env, ...spec.env }, stdio: ['ignore', 'pipe', 'pipe'] });
  children.add(proc);
  const url = `http://127.0.0.1:${spec.port}`;
  let ready = false;
  let exited: string | null = null;
  const watch = (chunk: Buffer) => {
    const text = chunk.toString('utf8');
    log.write(text);
    remember(tail, text);
    if (/ready at/.test(text)) ready = true;
  };
  proc.stdout!.on('data', watch);
  proc.stderr!.on('data', watch);
  proc.on('exit', (code, signal) => {
    exited = signal ? `killed by ${signal}` : `exited with code ${code}`;
    children.delete(proc);
    log.end();
  });
  const server: Server = { name: spec.name, label: spec.label, url, proc, pid: proc.pid ?? 0, logFile, tail };
  onCleanup(`stop ${spec.label}`, () => stopServer(server));

  const deadline = Date.now() + spec.timeoutMs;
  while (!ready) {
    if (exited) throw new Fatal(`${spec.label} did not start: it ${exited}.\n${indent(tail.slice(-15).join('\n'))}`);
    if (Date.now() > deadline) {
      throw new Fatal(`${spec.label} did not start within ${spec.timeoutMs / 1000} s.\n${indent(tail.slice(-15).join('\n'))}`);
    }
    if (spec.health) {
      try {
        const response = await fetch(url + spec.health, { signal: AbortSignal.timeout(1000) });
        if (response.ok) ready = true;
      } catch {
        // not listening yet
      }
    }
    if (!ready) await sleep(200);
  }
  return server;
}

async function stopServer(server: Server): Promise<void> {
  const { proc } = server;
  if (proc.exitCode !== null || proc.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => proc.once('exit', () => resolve()));
  proc.kill('SIGTERM');
  const inTime = await Promise.race([exited.then(() => true), sleep(20_000).then(() => false)]);
  if (!inTime) {
    console.error(`${server.label} did not stop within 20 s of SIGTERM; killing it`);
    proc.kill('SIGKILL');
    await exited;
  }
}

function runScript(label: string, args: string[], env: Record<string, string>, logFile: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const tail: string[] = [];
    const log = fs.createWriteStream(logFile);
    const proc = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    children.add(proc);
    const watch = (chunk: Buffer) => {
      log.write(chunk);
      remember(tail, chunk.toString('utf8'));
    };
    proc.stdout!.on('data', watch);
    proc.stderr!.on('data', watch);
    proc.on('error', reject);
    proc.on('exit', (code, signal) => {
      children.delete(proc);
      log.end();
      if (code === 0) resolve();
      else reject(new Fatal(`${label} failed (${signal ?? `exit code ${code}`}).\n${indent(tail.slice(-15).join('\n'))}`));
    });
  });
}

const indent = (text: string) => text.replace(/^/gm, '    ');

// ---------------------------------------------------------------------------------------------
// Memory: VmRSS polled every 100 ms while a server is under load, VmHWM (its peak) at the end.

function procStatusKiB(pid: number, field: 'VmRSS' | 'VmHWM'): number | null {
  try {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : null;
  } catch {
    return null;
  }
}

function sampleRss(pid: number): () => number | null {
  let peak: number | null = procStatusKiB(pid, 'VmRSS');
  const timer = setInterval(() => {
    const rss = procStatusKiB(pid, 'VmRSS');
    if (rss !== null && (peak === null || rss > peak)) peak = rss;
  }, 100);
  return () => {
    clearInterval(timer);
    const rss = procStatusKiB(pid, 'VmRSS');
    if (rss !== null && (peak === null || rss > peak)) peak = rss;
    return peak;
  };
}

/** CPU time (user + system) of a process, in clock ticks (1/100 s). */
function cpuTicks(pid: number): number | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return null;
  }
}

/**
 * After a run, the requests autocannon left in flight are still being answered (to closed
 * sockets); they must not load the next server's round. Waits until the database runs no query
 * (cancelling, after a grace period, those still running) and the server's CPU is idle.
 * Returns the seconds it took. (The embedded database runs in the hub's process: its CPU says it all.)
 */
async function settle(db: pg.Client | null, database: string, pid: number): Promise<number> {
  const started = Date.now();
  const active = async () =>
    db
      ? (
          await db.query<{ pid: number }>(
            `select pid from pg_stat_activity where datname = $1 and state <> 'idle' and pid <> pg_backend_pid() and backend_type = 'client backend'`,
            [database],
          )
        ).rows.map((r) => r.pid)
      : [];
  for (;;) {
    const busy = await active();
    const elapsed = Date.now() - started;
    if (db && busy.length && elapsed > 3000) {
      await db.query('select pg_cancel_backend(pid) from unnest($1::int[]) as pid', [busy]);
    }
    const before = cpuTicks(pid);
    await sleep(250);
    const after = cpuTicks(pid);
    const idle = before === null || after === null || after - before <= 2;
    if (!busy.length && idle) break;
    if (Date.now() - started > 60_000) {
      console.warn('  (the server did not settle within 60 s; going on)');
      break;
    }
  }
  return (Date.now() - started) / 1000;
}

const mib = (kib: number | null) => (kib === null ? null : Math.round((kib / 1024) * 10) / 10);

// ---------------------------------------------------------------------------------------------
// Requests

const bodyOf = (spec: RequestSpec): string | undefined => (typeof spec.body === 'function' ? spec.body() : spec.body);

async function send(server: Server, spec: RequestSpec): Promise<{ status: number; text: string; headers: Headers }> {
  const response = await fetch(server.url + spec.path, {
    method: spec.method,
    headers: spec.headers,
    body: bodyOf(spec),
    signal: AbortSignal.timeout(30_000),
  });
  return { status: response.status, text: await response.text(), headers: response.headers };
}

/** A GraphQL error, a user error, or none (the floor's errors are HTTP statuses). */
function looksFailed(body: string): boolean {
  return body.includes('"errors":') || body.includes('"errors" :') || /"userErrors"\s*:\s*\[\s*\{/.test(body);
}

interface Load {
  result: AutocannonResult;
  /** Answers that were not a 2xx, or carried GraphQL errors or userErrors. */
  failed: number;
  /** The first of them, shortened. */
  sample: string | null;
}

/** Load for `seconds`, or (null) until stopped: then it resolves with what was answered. */
function startLoad(
  autocannon: Autocannon,
  server: Server,
  spec: RequestSpec,
  seconds: number | null,
  connections: number,
): { done: Promise<Load>; stop(): Promise<Load> } {
  let failed = 0;
  let sample: string | null = null;
  const onResponse = (status: number, body: string) => {
    if (status >= 200 && status < 300 && !looksFailed(body)) return;
    failed++;
    sample ??= `HTTP ${status} ${body.slice(0, 200)}`;
  };
  const base: AutocannonRequest = { method: spec.method, path: spec.path, headers: spec.headers, onResponse };
  const make = spec.body;
  const requests: AutocannonRequest[] =
    typeof make === 'function'
      ? [{ ...base, setupRequest: (request) => ({ ...request, body: make() }) }]
      : [{ ...base, ...(make !== undefined ? { body: make } : {}) }];
  let instance: { stop(): void } | undefined;
  const done = new Promise<Load>((resolve, reject) => {
    instance = autocannon(
      // Until stopped: a day at most; a background request (a large import) may take long under load.
      { url: server.url, connections, duration: seconds ?? 86_400, requests, timeout: seconds === null ? 300 : 30 },
      (error, result) => (error ? reject(error) : resolve({ result, failed, sample })),
    );
  });
  return {
    done,
    stop: () => {
      instance?.stop();
      return done;
    },
  };
}

function runLoad(autocannon: Autocannon, server: Server, spec: RequestSpec, seconds: number, connections: number): Promise<Load> {
  return startLoad(autocannon, server, spec, seconds, connections).done;
}

// ---------------------------------------------------------------------------------------------
// Comparing answers: the first place two JSON values differ, if any.

function firstDifference(a: unknown, b: unknown, at = ''): string | null {
  if (a === b) return null;
  if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object') {
    return `${at || '.'}: ${JSON.stringify(a)?.slice(0, 80)} ≠ ${JSON.stringify(b)?.slice(0, 80)}`;
  }
  if (Array.isArray(a) !== Array.isArray(b)) return `${at}: array ≠ object`;
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return `${at}: ${a.length} items ≠ ${b.length}`;
    for (let i = 0; i < a.length; i++) {
      const d = firstDifference(a[i], b[i], `${at}[${i}]`);
      if (d) return d;
    }
    return null;
  }
  const ao = a as Record<string, unknown>;
  const bo = b as Record<string, unknown>;
  for (const key of new Set([...Object.keys(ao), ...Object.keys(bo)])) {
    const d = firstDifference(ao[key], bo[key], `${at}.${key}`);
    if (d) return d;
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Statistics

const median = (values: number[]): number => {
  const sorted = [...values].sort((x, y) => x - y);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const mean = (values: number[]) => values.reduce((s, v) => s + v, 0) / values.length;
const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

interface RoundResult {
  seconds: number;
  rps: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  errors: number;
  /** The first failed answer, if any. */
  firstError?: string;
  peakRssMiB: number | null;
}

interface Check {
  ok: boolean;
  status?: number;
  bytes?: number;
  summary?: string;
  error?: string;
}

interface ServerFigures {
  check: Check;
  /** One request alone, median of 3, after the check. */
  singleRequestMs?: number;
  warmupSeconds?: number;
  roundSeconds?: number;
  /** Fewer completed requests than connections in some round: its figures are rough. */
  fewSamples?: boolean;
  sqlStatementsPerRequest?: number | 'n/a';
  rps?: number;
  latencyP50Ms?: number;
  latencyP99Ms?: number;
  errors?: number;
  peakRssMiB?: number | null;
  rounds?: RoundResult[];
  /** The load sent alongside the measured requests (W5), and how it was answered. */
  background?: {
    title: string;
    connections: number;
    completed: number;
    errors: number;
    firstError?: string;
    /** The same requests without the background load, just before it. */
    without: { rps: number; latencyP50Ms: number; latencyP99Ms: number };
  };
}

interface WorkloadResult {
  id: string;
  title: string;
  principal: string;
  servers: Partial<Record<ServerName, ServerFigures>>;
  ratios: { hubToPostgraphileRps: number | null; hubToFloorRps: number | null };
  floorMatchesHub?: boolean | null;
  floorDifference?: string | null;
}

// ---------------------------------------------------------------------------------------------
// The run

const LABELS: Record<ServerName, string> = { hub: 'hub', postgraphile: 'PostGraphile', floor: 'floor' };

/** The tables whose sizes the results record. */
const COUNTED_TABLES = [
  'state', 'activity', 'organisation', 'priority_assessment', 'national_process', 'engagement',
  'assistance_need', 'assistance_offer', 'assistance_match', 'assistance_project', 'audit_event',
];

/** What the run needs to know of the data: the demo principals' records, the tables' sizes. */
interface RunFacts {
  partner: { person_id: string; organisation_id: string; organisation_name: string };
  vp: { id: string };
  counts: Record<string, number>;
}

type Query = (sql: string, params: unknown[]) => Promise<Record<string, unknown>[]>;

async function readFacts(query: Query): Promise<RunFacts> {
  const [partner] = (await query(
    `select p.id as person_id, o.id as organisation_id, o.name as organisation_name
       from person p join organisation o on o.id = p.organisation_id where p.subject = $1`,
    [demoSubject('partner-cso')],
  )) as RunFacts['partner'][];
  const [vp] = (await query('select id from person where subject = $1', [demoSubject('vp-africa')])) as RunFacts['vp'][];
  if (!partner || !vp) throw new Fatal('the demo principals partner-cso and vp-africa are not in the database (NODE_ENV=test seeds them)');
  const counts: Record<string, number> = {};
  for (const table of COUNTED_TABLES) counts[table] = Number((await query(`select count(*)::text as n from "${table}"`, []))[0]!.n);
  return { partner, vp, counts };
}

async function main(): Promise<number> {
  const startedAt = Date.now();
  const options = parseOptions(process.argv.slice(2));
  if (options.scaleCurve) {
    try {
      return await scaleCurve(options.scaleCurve, process.argv.slice(2), options.out, onCleanup);
    } finally {
      await cleanup();
    }
  }
  const workloads = WORKLOADS.filter((w) => !options.only || options.only.has(w.id.toUpperCase()));
  // IMPORT measures rows per second, not requests: bench/import-workload.ts, after the others.
  const withImport = !options.only || options.only.has('IMPORT');
  if (!workloads.length && !withImport) throw new Fatal(`no workload matches --only ${[...(options.only ?? [])].join(',')}`);
  const elapsed = () => `${((Date.now() - startedAt) / 1000).toFixed(0)} s`;
  const step = (text: string) => console.log(`[${elapsed().padStart(5)}] ${text}`);

  ensureTools();
  const autocannon = loadAutocannon();
  const loadAtStart = os.loadavg().map((x) => round(x, 2));
  if (loadAtStart[0]! > os.cpus().length / 2) {
    console.warn(
      `WARNING: the machine is busy (load average ${loadAtStart.join(', ')} on ${os.cpus().length} cores): ` +
        'other processes will share the CPU with the servers and skew the figures.',
    );
  }

  const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'att-bench-'));
  onCleanup('remove the temp folder', () => fs.rmSync(tmp, { recursive: true, force: true }));
  const dataDir = path.join(tmp, 'hub-data');
  const logDir = path.join(tmp, 'logs');
  fs.mkdirSync(logDir);

  // 1. A new database: on the PostgreSQL server, or (--embedded) the hub's own, in its data folder.
  let database = '';
  let DATABASE_URL = '';
  let postgresVersion: string;
  if (options.embedded) {
    postgresVersion = 'embedded (PGlite)';
    step(`the hub's embedded database, in ${dataDir}`);
  } else {
    const adminUrl = process.env.BENCH_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
    database = options.database ?? `bench_${stamp}_${process.pid}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    try {
      await admin.connect();
    } catch (error) {
      throw new Fatal(`cannot reach PostgreSQL at ${adminUrl}: ${error instanceof Error ? error.message : String(error)}`);
    }
    postgresVersion = (await admin.query<{ server_version: string }>('show server_version')).rows[0]!.server_version;
    if (options.database) {
      onCleanup('close the admin client', () => admin.end());
    } else {
      await admin.query(`create database "${database}"`);
      onCleanup(`drop database ${database}`, async () => {
        await admin.query(`drop database if exists "${database}" with (force)`);
        await admin.end();
        step(`dropped database ${database}`);
      });
    }
    const databaseUrl = new URL(adminUrl);
    databaseUrl.pathname = `/${database}`;
    DATABASE_URL = databaseUrl.toString();
    step(`${options.database ? 'using' : 'created'} database ${database} (PostgreSQL ${postgresVersion})`);
  }

  // 2. The hub: it migrates and seeds; then the synthetic data.
  const pool = String(options.dbPoolMax);
  const hubEnv = {
    // Empty: the embedded database in HUB_DATA_DIR.
    DATABASE_URL,
    HUB_DATA_DIR: dataDir,
    NODE_ENV: 'test',
    // The workloads sign in as demo principals.
    DEMO_PRINCIPALS: 'true',
    LOG_LEVEL: 'warn',
    HOST: '127.0.0.1',
    DB_POOL_MAX: pool,
    SHUTDOWN_GRACE_SECONDS: '5',
    // As a deployment of several instances runs: the response cache and the rate limits in Redis.
    // One embedded hub is one instance: its cache in the process, as `npm start` runs it.
    REDIS_URL: options.embedded ? '' : (process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379'),
    // The limiter still counts every request (its cost is the hub's), but never refuses the load.
    RATE_LIMIT_PER_MINUTE: '1000000',
  };
  // As its operators run it: what changed built first (npm start's build step), then its own command line (node flags included).
  const built = options.noBuild ? { status: 0 } : spawnSync('node', ['scripts/build-changed.mjs'], { cwd: ROOT, stdio: 'inherit' });
  if (built.status !== 0) throw new Fatal('the build failed (scripts/build-changed.mjs)');
  const HUB_START = hubStart(options.embedded);
  const startArgs = [...HUB_START.flags, HUB_START.script];
  step(`built what changed (scripts/build-changed.mjs); the hub runs as ${HUB_START.name} does: ${HUB_START.text}`);
  const startHub = async () => {
    const hubPort = await freePort();
    const started = await startServer({
      name: 'hub',
      label: 'the hub',
      args: startArgs,
      cwd: ROOT,
      env: { ...hubEnv, ...HUB_START.env, PORT: String(hubPort) },
      port: hubPort,
      health: '/healthz',
      logDir,
      timeoutMs: 120_000,
    });
    step(`hub ready at ${started.url} (pid ${started.pid})`);
    return started;
  };
  const addSyntheticData = async (): Promise<string> => {
    const seedScript = path.join(ROOT, 'scripts', 'seed-scale.ts');
    if (!fs.existsSync(seedScript)) {
      console.warn(`WARNING: scripts/seed-scale.ts does not exist yet: no synthetic data, only the hub's own seed.`);
      return 'skipped: scripts/seed-scale.ts does not exist';
    }
    const seedStart = Date.now();
    await runScript(
      'scripts/seed-scale.ts',
      ['-r', '@swc-node/register', 'scripts/seed-scale.ts', '--factor', String(options.seedFactor)],
      hubEnv,
      path.join(logDir, 'seed-scale.log'),
    );
    const done = `scripts/seed-scale.ts --factor ${options.seedFactor} (${((Date.now() - seedStart) / 1000).toFixed(1)} s)`;
    step(`synthetic data added: ${done}`);
    return done;
  };
  const config = loadConfig({ ...process.env, ...hubEnv });
  let hub: Server;
  let seed: string;
  let facts: RunFacts;
  /** The server's client, to see what runs there (settle); none on the embedded database, which only the hub can open. */
  let db: pg.Client | null = null;
  if (options.embedded) {
    // The seed script opens the data folder itself (migrations, seeds, then the synthetic data),
    // and the facts are read before the hub takes the folder.
    seed = await addSyntheticData();
    const opened = await openDatabase(config, createLogger({ logLevel: 'warn' }), SEEDING);
    try {
      const connection = opened.orm.em.getConnection();
      facts = await readFacts(async (sql, params) => connection.execute(sql.replace(/\$\d+/g, '?'), params));
    } finally {
      await opened.close();
    }
    hub = await startHub();
  } else {
    hub = await startHub();
    seed = await addSyntheticData();
    const client = new pg.Client({ connectionString: DATABASE_URL });
    await client.connect();
    onCleanup('close the database client', () => client.end());
    db = client;
    facts = await readFacts(async (sql, params) => (await client.query(sql, params)).rows);
  }

  // The run's context: tokens signed with the hub's secret, the demo records' ids.
  const { partner, vp, counts } = facts;
  const sign = (principal: string) => signLocalToken(config.auth, demoSubject(principal), { expiresIn: '2h' });
  const ctx: BenchContext = {
    today: new Date().toISOString().slice(0, 10),
    tokens: { secretariat: await sign('secretariat'), vpAfrica: await sign('vp-africa'), partnerCso: await sign('partner-cso') },
    partner: { organisationId: partner.organisation_id, organisationName: partner.organisation_name, personId: partner.person_id },
    vpAfricaPersonId: vp.id,
    runId: `${stamp}-${process.pid}`,
  };
  step(`data: ${Object.entries(counts).map(([t, n]) => `${n} ${t}`).join(', ')}`);

  // 3. PostGraphile and the floor (they need a PostgreSQL server).
  const servers: Partial<Record<ServerName, Server>> = { hub };
  if (!options.embedded && !options.hubOnly) {
    const pgPort = await freePort();
    const postgraphile = await startServer({
      name: 'postgraphile',
      label: 'PostGraphile',
      args: [path.join(TOOLS, 'server.js')],
      cwd: TOOLS,
      env: { DATABASE_URL, PORT: String(pgPort), HOST: '127.0.0.1', DB_POOL_MAX: pool, NODE_ENV: 'production' },
      port: pgPort,
      health: null,
      logDir,
      timeoutMs: 60_000,
    });
    await checkPostgraphileSchema(postgraphile);
    step(`PostGraphile ready at ${postgraphile.url} (pid ${postgraphile.pid}), exposing ${POSTGRAPHILE_FIELDS.length} expected fields`);
    const floorPort = await freePort();
    const floor = await startServer({
      name: 'floor',
      label: 'the floor',
      args: ['-r', '@swc-node/register', path.join('bench', 'floor.ts')],
      cwd: ROOT,
      env: { DATABASE_URL, PORT: String(floorPort), HOST: '127.0.0.1', DB_POOL_MAX: pool },
      port: floorPort,
      health: '/healthz',
      logDir,
      timeoutMs: 60_000,
    });
    step(`floor ready at ${floor.url} (pid ${floor.pid})`);
    Object.assign(servers, { postgraphile, floor });
  }
  const present = SERVERS.filter((name) => servers[name]);
  /** The servers a workload runs on in this run. */
  const measuredOn = (workload: Workload) => serversOf(workload).filter((name) => servers[name]);

  // Each server answers each workload once, correctly.
  step('checking the answers:');
  const results: WorkloadResult[] = [];
  let failures = 0;
  for (const workload of workloads) {
    const result: WorkloadResult = {
      id: workload.id,
      title: workload.title,
      principal: workload.principal,
      servers: {},
      ratios: { hubToPostgraphileRps: null, hubToFloorRps: null },
    };
    const answers: Partial<Record<ServerName, unknown>> = {};
    for (const name of measuredOn(workload)) {
      const check = await checkAnswer(workload, name, servers[name]!, ctx);
      result.servers[name] = { check: check.check };
      answers[name] = check.data;
      if (!check.check.ok) failures++;
      const size = check.check.bytes !== undefined ? `${(check.check.bytes / 1024).toFixed(1)} kB` : '';
      console.log(
        `  ${workload.id}  ${LABELS[name].padEnd(12)} ${String(check.check.status ?? '---').padEnd(4)}` +
          `${size.padStart(9)}  ${check.check.ok ? check.check.summary : `FAILED: ${check.check.error}`}`,
      );
    }
    const hubSummary = result.servers.hub?.check.summary;
    for (const name of ['postgraphile', 'floor'] as const) {
      const summary = result.servers[name]?.check.summary;
      if (hubSummary && summary && summary !== hubSummary) console.log(`      note: ${LABELS[name]}'s answer holds other counts than the hub's`);
    }
    if (!workload.writes && answers.hub !== undefined && answers.floor !== undefined) {
      const difference = firstDifference(answers.hub, answers.floor);
      result.floorMatchesHub = difference === null;
      result.floorDifference = difference;
      console.log(`      floor's JSON ${difference ? `differs from the hub's at ${difference}` : "is the hub's, value for value"}`);
    }
    // The hub's SQL statements per request, from its x-sql-statements header.
    if (result.servers.hub?.check.ok) result.servers.hub.sqlStatementsPerRequest = await sqlStatements(workload, hub, ctx);
    const alone: string[] = [];
    for (const name of measuredOn(workload)) {
      const figures = result.servers[name]!;
      if (!figures.check.ok) continue;
      figures.singleRequestMs = await singleRequestMs(workload, servers[name]!, name, ctx);
      alone.push(`${LABELS[name]} ${figures.singleRequestMs} ms`);
    }
    if (alone.length) console.log(`      one request alone: ${alone.join(', ')}`);
    results.push(result);
  }

  // 4. Warm-up, then rounds alternating hub → PostGraphile → floor.
  let planned = 0;
  for (const result of results) {
    const connections = workloads.find((w) => w.id === result.id)!.connections ?? options.connections;
    for (const name of present) {
      const figures = result.servers[name];
      if (!figures?.check.ok || figures.singleRequestMs === undefined) continue;
      // Warm-up: the code paths and caches warm; a slow server gets twice its time alone (what is
      // left in flight after it is cancelled when the server settles).
      figures.warmupSeconds =
        options.warmup > 0 ? Math.min(options.maxRound, Math.max(options.warmup, Math.ceil((2 * figures.singleRequestMs) / 1000))) : 0;
      figures.roundSeconds = lengthFor(figures.singleRequestMs, options.duration, 3, connections, options);
      planned += figures.warmupSeconds + options.rounds * figures.roundSeconds;
    }
  }
  step(
    `measuring: ${options.connections} connections, warm-up ${options.warmup} s, ${options.rounds} rounds of ${options.duration} s ` +
      `per server (longer, up to ${options.maxRound} s, for slow answers): about ${Math.ceil(planned / 60)} min of load`,
  );
  for (const workload of workloads) {
    const result = results.find((r) => r.id === workload.id)!;
    const ready = measuredOn(workload).filter((name) => result.servers[name]?.check.ok);
    const specs = Object.fromEntries(ready.map((name) => [name, workload.request[name]!(ctx)])) as Record<ServerName, RequestSpec>;
    const connections = workload.connections ?? options.connections;
    const longer = ready.filter((name) => result.servers[name]!.roundSeconds! > options.duration);
    if (longer.length) {
      console.log(
        `  ${workload.id}: longer runs for ${longer
          .map((name) => `${LABELS[name]} (warm-up ${result.servers[name]!.warmupSeconds} s, rounds ${result.servers[name]!.roundSeconds} s)`)
          .join(', ')}`,
      );
    }
    // Under background load the server never settles (and settling cancels long statements): only after it.
    const warmUp = async (name: ServerName, settleAfter: boolean) => {
      const seconds = result.servers[name]!.warmupSeconds!;
      if (seconds <= 0) return;
      await runLoad(autocannon, servers[name]!, specs[name], seconds, connections);
      if (settleAfter) await settle(db, database, servers[name]!.pid);
    };
    const rounds: Partial<Record<ServerName, RoundResult[]>> = {};
    const firstErrors: string[] = [];
    /** One round on one server, kept in `into`; what the progress line says of it. */
    const measure = async (name: ServerName, settleAfter: boolean, into = rounds): Promise<string> => {
      const seconds = result.servers[name]!.roundSeconds!;
      const stopSampling = sampleRss(servers[name]!.pid);
      const { result: run, failed, sample } = await runLoad(autocannon, servers[name]!, specs[name], seconds, connections);
      const peak = stopSampling();
      const waited = settleAfter ? await settle(db, database, servers[name]!.pid) : 0;
      const completed = run.requests.total;
      const round: RoundResult = {
        seconds: run.duration,
        rps: completed / run.duration,
        p50Ms: run.latency.p50,
        p99Ms: run.latency.p99,
        requests: completed,
        errors: run.errors + run.timeouts + failed,
        ...(sample ? { firstError: sample } : {}),
        peakRssMiB: mib(peak),
      };
      if (sample) firstErrors.push(`${workload.id} ${LABELS[name]}: ${sample}`);
      (into[name] ??= []).push(round);
      return (
        `${LABELS[name]} ${round.rps.toFixed(round.rps < 10 ? 1 : 0)} req/s, p99 ${round.p99Ms} ms` +
        `${round.errors ? ` (${round.errors} errors)` : ''}${waited > 2 ? ` [settled in ${waited.toFixed(0)} s]` : ''}`
      );
    };
    const { background } = workload;
    if (background) {
      // One server at a time: the same rounds without the background load, then under it from
      // the warm-up to the last round, so the two compare on a machine as busy as it is.
      const quiet: Partial<Record<ServerName, RoundResult[]>> = {};
      for (const name of ready) {
        await warmUp(name, true);
        for (let r = 1; r <= options.rounds; r++) {
          step(`${workload.id} without the background, round ${r}/${options.rounds}: ${await measure(name, true, quiet)}`);
        }
        const list = quiet[name]!;
        const load = startLoad(autocannon, servers[name]!, background.request(ctx), null, background.connections);
        step(`${workload.id} ${LABELS[name]}: background load started: ${background.title}`);
        await warmUp(name, false);
        for (let r = 1; r <= options.rounds; r++) step(`${workload.id} round ${r}/${options.rounds}: ${await measure(name, false)}`);
        const { result: run, failed, sample } = await load.stop();
        const waited = await settle(db, database, servers[name]!.pid);
        result.servers[name]!.background = {
          title: background.title,
          connections: background.connections,
          completed: run.requests.total,
          errors: run.errors + run.timeouts + failed,
          ...(sample ? { firstError: sample } : {}),
          without: {
            rps: round(mean(list.map((x) => x.rps)), 2),
            latencyP50Ms: round(median(list.map((x) => x.p50Ms)), 2),
            latencyP99Ms: round(Math.max(...list.map((x) => x.p99Ms)), 2),
          },
        };
        step(
          `${workload.id} ${LABELS[name]}: background load stopped: ${run.requests.total} requests answered, ` +
            `${run.errors + run.timeouts + failed} errors${sample ? ` (first: ${sample})` : ''}; settled in ${waited.toFixed(0)} s`,
        );
      }
    } else {
      for (const name of ready) await warmUp(name, true);
      for (let r = 1; r <= options.rounds; r++) {
        const line: string[] = [];
        for (const name of ready) line.push(await measure(name, true));
        step(`${workload.id} round ${r}/${options.rounds}: ${line.join(', ')}`);
      }
    }
    for (const error of new Set(firstErrors.map((e) => e.replace(/\d+ s\./g, '… s.')))) console.log(`      first error: ${error}`);
    for (const name of ready) {
      const list = rounds[name]!;
      const peaks = list.map((x) => x.peakRssMiB).filter((x): x is number => x !== null);
      Object.assign(result.servers[name]!, {
        rps: round(mean(list.map((x) => x.rps)), 2),
        latencyP50Ms: round(median(list.map((x) => x.p50Ms)), 2),
        latencyP99Ms: round(Math.max(...list.map((x) => x.p99Ms)), 2),
        errors: list.reduce((n, x) => n + x.errors, 0),
        peakRssMiB: peaks.length ? Math.max(...peaks) : null,
        fewSamples: list.some((x) => x.requests < connections),
        rounds: list.map((x) => ({ ...x, rps: round(x.rps, 2), p50Ms: round(x.p50Ms, 2), p99Ms: round(x.p99Ms, 2) })),
      } satisfies Partial<ServerFigures>);
    }
    const rps = (name: ServerName) => result.servers[name]?.rps;
    const ratio = (a?: number, b?: number) => (a !== undefined && b ? round(a / b, 3) : null);
    result.ratios = { hubToPostgraphileRps: ratio(rps('hub'), rps('postgraphile')), hubToFloorRps: ratio(rps('hub'), rps('floor')) };
  }

  let imports: ImportFigures | null = null;
  if (withImport) {
    const w2 = WORKLOADS.find((w) => w.id === 'W2')!.request.hub!(ctx);
    imports = await measureImports({
      hubUrl: hub.url,
      hubCpuTicks: () => cpuTicks(hub.pid),
      token: ctx.tokens.partnerCso,
      databaseUrl: options.embedded ? null : DATABASE_URL,
      partner: ctx.partner,
      runId: ctx.runId,
      rounds: options.rounds,
      roundSeconds: options.duration,
      log: step,
      measureW2: async (seconds) => {
        const { result: run, failed } = await runLoad(autocannon, hub, w2, seconds, options.connections);
        const rps = run.requests.total / run.duration;
        return { rps: round(rps, 2), p50Ms: run.latency.p50, p99Ms: run.latency.p99, requests: run.requests.total, errors: run.errors + run.timeouts + failed };
      },
    });
  }

  // 5. Results.
  const vmHwm = Object.fromEntries(present.map((name) => [name, mib(procStatusKiB(servers[name]!.pid, 'VmHWM'))])) as Partial<Record<ServerName, number | null>>;
  const cpus = os.cpus();
  const report = {
    date: new Date(startedAt).toISOString(),
    durationSeconds: 0,
    machine: {
      os: `${os.type()} ${os.release()} ${os.arch()}`,
      cpu: cpus[0]?.model.trim() ?? 'unknown',
      cores: cpus.length,
      memoryGiB: round(os.totalmem() / 2 ** 30, 1),
      node: process.version,
      postgres: postgresVersion,
      /** 1, 5 and 15 minutes: other work on the machine shares the CPU with the servers. */
      loadAverageAtStart: loadAtStart,
      loadAverageAtEnd: os.loadavg().map((x) => round(x, 2)),
    },
    settings: {
      connections: options.connections,
      warmupSeconds: options.warmup,
      rounds: options.rounds,
      roundSeconds: options.duration,
      maxRoundSeconds: options.maxRound,
      dbPoolMax: options.dbPoolMax,
      database: options.embedded ? 'the hub\'s embedded database (PGlite), the hub alone' : 'a new database on the PostgreSQL server',
      order:
        'per workload: warm-up of each server, then rounds alternating hub → PostGraphile → floor; ' +
        'a workload with background load: each server in turn, under that load from its warm-up to its last round',
      syntheticData: seed,
      rows: counts,
      versions: {
        postgraphile: packageVersion('postgraphile'),
        autocannon: packageVersion('autocannon'),
      },
    },
    servers: {
      hub: { command: `scripts/build-changed.mjs, then ${HUB_START.text} (as ${HUB_START.name})`, vmHwmMiB: vmHwm.hub },
      ...(servers.postgraphile ? { postgraphile: { command: 'node bench/postgraphile/server.js', vmHwmMiB: vmHwm.postgraphile } } : {}),
      ...(servers.floor ? { floor: { command: 'node -r @swc-node/register bench/floor.ts', vmHwmMiB: vmHwm.floor } } : {}),
    },
    workloads: results,
    ...(imports ? { import: imports } : {}),
  };

  // 6. Stop the servers, drop the database.
  await cleanup();
  report.durationSeconds = Math.round((Date.now() - startedAt) / 1000);
  fs.writeFileSync(options.out, `${JSON.stringify(report, null, 2)}\n`);
  console.log('');
  console.log(table(results));
  console.log('');
  if (imports) console.log(`${importTable(imports)}\n`);
  console.log(
    `Peak memory over each server's life (VmHWM): ${present.map((n) => `${LABELS[n]} ${vmHwm[n] ?? '?'} MiB`).join(', ')}.`,
  );
  console.log(
    `${report.machine.cpu}, ${report.machine.cores} cores, ${report.machine.memoryGiB} GiB, Node ${report.machine.node}, ` +
      `PostgreSQL ${postgresVersion}; ${options.connections} connections; synthetic data: ${seed}; ` +
      `load average ${report.machine.loadAverageAtStart.join(' ')} at the start, ${report.machine.loadAverageAtEnd.join(' ')} at the end.`,
  );
  console.log(`Wrote ${path.relative(process.cwd(), options.out) || options.out}; the run took ${report.durationSeconds} s.`);
  if (failures) console.error(`${failures} check(s) failed: those servers were not measured on those workloads.`);
  return failures ? 1 : 0;
}

/** What PostGraphile must expose: the tables the workloads read and write, participation_as_of, createActivity. */
const POSTGRAPHILE_FIELDS = [
  'Query.allStates', 'Query.stateByIso3', 'Query.allActivities', 'Query.allOrganisations', 'Query.allPriorityAssessments',
  'Query.allNationalProcesses', 'Query.allEngagements', 'Query.allAssistanceNeeds', 'Query.allAssistanceOffers',
  'Query.allAssistanceMatches', 'Query.allAssistanceProjects', 'Query.allTreatyActions',
  'Query.allOfficeHoldings', 'Query.participationAsOf', 'Mutation.createActivity',
];

async function checkPostgraphileSchema(server: Server): Promise<void> {
  const query = '{ __schema { queryType { fields { name } } mutationType { fields { name } } } }';
  const { status, text } = await send(server, {
    method: 'POST',
    path: '/graphql',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  if (status !== 200) throw new Fatal(`PostGraphile's schema could not be read: HTTP ${status} ${text.slice(0, 200)}`);
  const schema = (JSON.parse(text) as { data: { __schema: Record<'queryType' | 'mutationType', { fields: { name: string }[] } | null> } }).data.__schema;
  const have = new Set([
    ...(schema.queryType?.fields ?? []).map((f) => `Query.${f.name}`),
    ...(schema.mutationType?.fields ?? []).map((f) => `Mutation.${f.name}`),
  ]);
  const missing = POSTGRAPHILE_FIELDS.filter((f) => !have.has(f));
  if (missing.length) throw new Fatal(`PostGraphile does not expose ${missing.join(', ')}`);
}

function packageVersion(name: string): string | null {
  try {
    return (JSON.parse(fs.readFileSync(path.join(TOOLS, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return null;
  }
}

async function checkAnswer(
  workload: Workload,
  name: ServerName,
  server: Server,
  ctx: BenchContext,
): Promise<{ check: Check; data?: unknown }> {
  try {
    const { status, text } = await send(server, workload.request[name]!(ctx));
    const bytes = Buffer.byteLength(text);
    if (status !== 200) return { check: { ok: false, status, bytes, error: `HTTP ${status}: ${text.slice(0, 300)}` } };
    const json = JSON.parse(text) as { data?: unknown; errors?: { message: string }[] };
    if (json.errors?.length) return { check: { ok: false, status, bytes, error: json.errors.map((e) => e.message).join('; ').slice(0, 300) } };
    if (!json.data) return { check: { ok: false, status, bytes, error: 'no data' } };
    return { check: { ok: true, status, bytes, summary: workload.describe[name]!(json.data) }, data: json.data };
  } catch (error) {
    return { check: { ok: false, error: error instanceof Error ? error.message : String(error) } };
  }
}

/**
 * How long a round lasts for a server: at least `base` seconds, and at least `times` the latency
 * a request can expect under load, so that slow answers still complete in numbers and the first
 * wave of requests is a small part of a round; never more than --max-round. That latency is taken
 * at its worst, one request alone × connections, as for a server whose one JavaScript thread
 * does all the work.
 */
function lengthFor(singleMs: number, base: number, times: number, connections: number, options: Options): number {
  const underLoad = (singleMs / 1000) * connections;
  return Math.min(options.maxRound, Math.max(base, Math.ceil(times * underLoad)));
}

async function singleRequestMs(workload: Workload, server: Server, name: ServerName, ctx: BenchContext): Promise<number> {
  const spec = workload.request[name]!(ctx);
  const times: number[] = [];
  for (let i = 0; i < 3; i++) {
    const started = process.hrtime.bigint();
    await send(server, spec);
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  return round(median(times), 1);
}

async function sqlStatements(workload: Workload, hub: Server, ctx: BenchContext): Promise<number | 'n/a'> {
  const spec = workload.request.hub!(ctx);
  const counts: number[] = [];
  for (let i = 0; i < 5; i++) {
    const { headers } = await send(hub, spec);
    const value = headers.get('x-sql-statements');
    if (value === null || !Number.isFinite(Number(value))) return 'n/a';
    counts.push(Number(value));
  }
  return median(counts);
}

// ---------------------------------------------------------------------------------------------
// The table

function table(results: WorkloadResult[]): string {
  const header = ['workload', 'server', 'req/s', 'p50 ms', 'p99 ms', 'errors', 'peak RSS MiB', 'SQL/req', 'alone ms', 'hub ÷ this (req/s)'];
  const rows: string[][] = [];
  for (const result of results) {
    for (const name of SERVERS) {
      const figures = result.servers[name];
      if (!figures) continue;
      const measured = figures.rps !== undefined;
      const vs =
        name === 'hub' ? '' : name === 'postgraphile' ? result.ratios.hubToPostgraphileRps : result.ratios.hubToFloorRps;
      rows.push([
        name === 'hub' ? result.id : '',
        LABELS[name],
        measured ? `${figures.rps!.toFixed(figures.rps! < 10 ? 2 : 1)}${figures.fewSamples ? '*' : ''}` : 'not measured',
        measured ? figures.latencyP50Ms!.toFixed(1) : '',
        measured ? figures.latencyP99Ms!.toFixed(1) : '',
        measured ? String(figures.errors) : '',
        measured ? String(figures.peakRssMiB ?? '?') : '',
        name === 'hub' ? String(figures.sqlStatementsPerRequest ?? 'n/a') : name === 'floor' ? '1' : 'n/a',
        figures.singleRequestMs !== undefined ? figures.singleRequestMs.toFixed(1) : '',
        vs === null || vs === '' ? '' : `${vs.toFixed(3)}`,
      ]);
      const quiet = figures.background?.without;
      if (quiet) {
        rows.push(['', `${LABELS[name]}, quiet`, quiet.rps.toFixed(quiet.rps < 10 ? 2 : 1), quiet.latencyP50Ms.toFixed(1), quiet.latencyP99Ms.toFixed(1), '', '', '', '', '']);
      }
    }
  }
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const numeric = new Set([2, 3, 4, 5, 6, 7, 8, 9]);
  const format = (cells: string[]) =>
    cells.map((c, i) => (numeric.has(i) ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ').trimEnd();
  const lines = [format(header), widths.map((w) => '-'.repeat(w)).join('  ')];
  let last = '';
  for (const row of rows) {
    if (row[0] && last) lines.push('');
    if (row[0]) last = row[0];
    lines.push(format(row));
  }
  const titles = results.map((r) => `${r.id}: ${r.title}`);
  const notes = [
    'req/s: mean of the rounds; p50: median of the rounds; p99: worst round; errors: non-2xx, GraphQL errors,',
    'userErrors, timeouts and socket errors, all rounds; peak RSS: highest VmRSS while under load;',
    "SQL/req: the hub's x-sql-statements header (median of 5), the floor sends one statement;",
    'alone ms: one request with no other load (median of 3).',
  ];
  if (results.some((r) => Object.values(r.servers).some((f) => f?.background))) {
    notes.push('quiet: the same requests without the background load, measured just before it, for comparison.');
  }
  if (results.some((r) => Object.values(r.servers).some((f) => f?.fewSamples))) {
    notes.push('*: fewer completed requests than connections in some round; a rough figure.');
  }
  return [...lines, '', ...titles, '', ...notes].join('\n');
}

main()
  .then((code) => {
    if (!interrupted) process.exit(code);
  })
  .catch(async (error: unknown) => {
    if (interrupted) return; // the signal handler cleans up and exits
    console.error(error instanceof Fatal ? `\nThe benchmark stopped: ${error.message}` : error);
    await cleanup();
    process.exit(1);
  });
