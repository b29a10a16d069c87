import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

/**
 * `npm run start-time [-- --clone] [--warm N] [--out FILE]`: how long `npm start` takes to its
 * first answer, for the README. Each start is timed from the spawn of `npm start` to the first
 * 200 on /healthz and to the first GraphQL answer, with the CPU time the start used (npm and the
 * hub: user + system, from /proc, Linux only) and the phases the hub's "ready" line lists.
 *
 * - fresh: a new data folder (the embedded database is created, migrated and seeded);
 * - warm: `npm start` again on that folder (nothing to build, migrate or seed), --warm N times;
 * - --clone: also `git clone` of this checkout's HEAD into a temporary folder, `npm ci` there,
 *   then its first `npm start`: the path of a new user (needs the network for npm ci).
 *
 * Wall times depend on the machine's load: run it on a quiet machine for the README, and read
 * the CPU times when it is not.
 */
const ROOT = path.resolve(__dirname, '..');
const QUERY = '{ state(iso3: "KHM") { iso3 name status } }';

interface StartTime {
  label: string;
  healthzMs: number;
  graphqlMs: number;
  /** CPU time (user + system) of npm and the hub up to the first GraphQL answer. */
  cpuMs: number | null;
  /** The hub's own account (its "ready" log line): milliseconds per phase. */
  phases: Record<string, number> | null;
  /** The CPU milliseconds of each phase (the same line): steadier than the wall times on a loaded machine. */
  phasesCpu: Record<string, number> | null;
}

function options(argv: string[]): { clone: boolean; warm: number; out: string | null } {
  const result = { clone: false, warm: 2, out: null as string | null };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--clone') result.clone = true;
    else if (arg === '--warm') result.warm = Math.max(1, Number(argv[++i]) || 1);
    else if (arg === '--out') result.out = path.resolve(argv[++i] ?? 'start-time.json');
    else {
      console.error('Usage: npm run start-time [-- --clone] [--warm N] [--out FILE]');
      process.exit(2);
    }
  }
  return result;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/** user + system ticks of a process and all its descendants (Linux /proc), in milliseconds. */
function treeCpuMs(pid: number): number | null {
  const tick = 1000 / 100; // USER_HZ is 100 on Linux
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    let total = (Number(fields[11]) + Number(fields[12])) * tick;
    for (const task of fs.readdirSync(`/proc/${pid}/task`)) {
      const children = fs.readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').trim();
      for (const child of children ? children.split(' ') : []) total += treeCpuMs(Number(child)) ?? 0;
    }
    return total;
  } catch {
    return null;
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function answers(url: string, init?: RequestInit): Promise<boolean> {
  try {
    const response = await fetch(url, { ...init, signal: AbortSignal.timeout(5000) });
    if (!response.ok) return false;
    if (!init) return true;
    const body = (await response.json()) as { data?: { state?: { iso3?: string } } };
    return body.data?.state?.iso3 === 'KHM';
  } catch {
    return false;
  }
}

/** The process and its descendants (npm, its shell, the hub), from /proc. */
function processTree(pid: number): number[] {
  try {
    const children = fs
      .readdirSync(`/proc/${pid}/task`)
      .flatMap((task) => fs.readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').trim().split(' ').filter(Boolean).map(Number));
    return [pid, ...children.flatMap(processTree)];
  } catch {
    return [];
  }
}

async function stop(proc: ChildProcess): Promise<void> {
  if (proc.exitCode !== null || proc.signalCode !== null || !proc.pid) return;
  // The hub itself is signalled (npm may exit before it): it drains, closes the database and releases the folder.
  const pids = processTree(proc.pid);
  for (const pid of pids.reverse()) {
    try {
      process.kill(pid, 'SIGTERM');
    } catch {
      // gone already
    }
  }
  const deadline = Date.now() + 30_000;
  while (pids.some((pid) => fs.existsSync(`/proc/${pid}`))) {
    if (Date.now() > deadline) throw new Error(`the hub did not stop within 30 s of SIGTERM (pids ${pids.join(', ')})`);
    await sleep(50);
  }
}

/** One `npm start` in `cwd` on `dataDir`, timed to its first answers, then stopped. */
async function timeStart(label: string, cwd: string, dataDir: string): Promise<StartTime> {
  const port = await freePort();
  const started = performance.now();
  const proc = spawn('npm', ['start', '--silent'], {
    cwd,
    env: { ...process.env, HUB_DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'info', DATABASE_URL: '', REDIS_URL: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  proc.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  proc.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const base = `http://127.0.0.1:${port}`;
  const deadline = started + 600_000;
  try {
    const until = async (check: () => Promise<boolean>) => {
      while (!(await check())) {
        if (proc.exitCode !== null) throw new Error(`npm start exited with code ${proc.exitCode}:\n${output.slice(-2000)}`);
        if (performance.now() > deadline) throw new Error(`no answer within 10 minutes:\n${output.slice(-2000)}`);
        await sleep(20);
      }
      return Math.round(performance.now() - started);
    };
    const healthzMs = await until(() => answers(`${base}/healthz`));
    const graphqlMs = await until(() =>
      answers(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: QUERY }) }),
    );
    const cpuMs = proc.pid ? treeCpuMs(proc.pid) : null;
    const ready = output.split('\n').find((line) => line.includes('ready at'));
    const line = ready ? (JSON.parse(ready) as { phases?: Record<string, number>; phasesCpu?: Record<string, number> }) : {};
    return { label, healthzMs, graphqlMs, cpuMs, phases: line.phases ?? null, phasesCpu: line.phasesCpu ?? null };
  } finally {
    await stop(proc);
  }
}

function run(command: string, args: string[], cwd: string): number {
  const started = performance.now();
  const result = spawnSync(command, args, { cwd, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed in ${cwd}`);
  return Math.round(performance.now() - started);
}

function show(result: StartTime): void {
  const cpu = result.cpuMs === null ? '' : `, CPU ${(result.cpuMs / 1000).toFixed(1)} s`;
  console.log(`${result.label}: /healthz after ${(result.healthzMs / 1000).toFixed(1)} s, first GraphQL answer after ${(result.graphqlMs / 1000).toFixed(1)} s${cpu}`);
  if (result.phases) console.log(`  phases (ms): ${Object.entries(result.phases).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  if (result.phasesCpu) console.log(`  CPU per phase (ms): ${Object.entries(result.phasesCpu).map(([k, v]) => `${k} ${v}`).join(', ')}`);
}

async function main(): Promise<void> {
  const opts = options(process.argv.slice(2));
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'att-hub-start-'));
  const results: StartTime[] = [];
  const report: Record<string, unknown> = {
    date: new Date().toISOString(),
    machine: `${os.cpus()[0]?.model ?? '?'}, ${os.cpus().length} cores, Node ${process.version}`,
    loadAverageAtStart: os.loadavg().map((x) => x.toFixed(2)).join(' '),
  };
  try {
    // The builds first (npm start's own step, a no-op afterwards), so that the fresh start below measures the hub, not tsc and vite.
    run('node', ['scripts/build-changed.mjs'], ROOT);
    const dataDir = path.join(scratch, 'data');
    results.push(await timeStart('first start, new data folder', ROOT, dataDir));
    show(results.at(-1)!);
    for (let i = 1; i <= opts.warm; i++) {
      results.push(await timeStart(`start ${i + 1}, same data folder (warm)`, ROOT, dataDir));
      show(results.at(-1)!);
    }
    if (opts.clone) {
      const clone = path.join(scratch, 'clone');
      const cloned = run('git', ['clone', '--quiet', '--no-hardlinks', ROOT, clone], scratch);
      const ci = run('npm', ['ci', '--no-audit', '--no-fund'], clone);
      const first = await timeStart('fresh clone: first npm start (builds the web bundle and the server)', clone, path.join(clone, '.data'));
      show(first);
      const second = await timeStart('fresh clone: second npm start', clone, path.join(clone, '.data'));
      show(second);
      results.push(first, second);
      report.clone = { gitCloneMs: cloned, npmCiMs: ci, npmCiAndStartToFirstAnswerMs: ci + first.graphqlMs };
      console.log(`fresh clone: npm ci ${(ci / 1000).toFixed(1)} s + first npm start ${(first.graphqlMs / 1000).toFixed(1)} s = ${((ci + first.graphqlMs) / 1000).toFixed(1)} s to the first answer`);
    }
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
  report.loadAverageAtEnd = os.loadavg().map((x) => x.toFixed(2)).join(' ');
  report.starts = results;
  console.log(`load average ${report.loadAverageAtStart as string} at the start, ${report.loadAverageAtEnd as string} at the end`);
  if (opts.out) fs.writeFileSync(opts.out, `${JSON.stringify(report, null, 2)}\n`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
