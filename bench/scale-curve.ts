/**
 * `bench/run.ts --scale-curve 1,10,30 [--only W1-fresh,W3,W4] [other run options]`: the hub's
 * figures as the data grows (issue #18, target 3). See bench/README.md, "The scale curve".
 *
 * One database for the whole curve: for each factor, in increasing order, one run of
 * `bench/run.ts --database <it> --hub-only --seed-factor F`, which starts the hub on it, tops
 * the synthetic data up to factor F (`seed-scale` adds only the missing rows) and measures the
 * workloads. The access log the runs write stays, so it grows under load from factor to factor,
 * as it would in use. After each run, the tables' and indexes' sizes are read. The results file
 * gets `scaleCurve`: per factor, the seeding time, row counts, sizes, and each workload's hub
 * figures, with the ratio of its time per request to the first factor's.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { type ServerActivity, watchServerActivity } from './server-activity';

const ROOT = path.resolve(__dirname, '..');

export function parseFactors(raw: string): number[] {
  const factors = raw.split(',').map((x) => Number(x.trim()));
  if (!factors.length || factors.some((f) => !Number.isFinite(f) || f <= 0)) {
    throw new Error(`--scale-curve needs positive factors, e.g. 1,10,30 (got "${raw}")`);
  }
  for (let i = 1; i < factors.length; i++) {
    if (factors[i]! <= factors[i - 1]!) throw new Error('--scale-curve: the factors must increase (each run adds to the last)');
  }
  return factors;
}

/** The tables whose growth the curve follows. */
const TABLES = ['activity', 'activity_target', 'engagement', 'assistance_need', 'assistance_match', 'audit_event'];

interface TableSize {
  rows: number;
  tableMiB: number;
  indexesMiB: number;
  totalMiB: number;
  /** Each index's size (MiB). */
  indexes: Record<string, number>;
}

const mib = (bytes: string | number) => Math.round((Number(bytes) / 2 ** 20) * 10) / 10;

/** One partition of the audit trail (the access log with the CHANGE entries): its month, rows and size. */
interface PartitionSize {
  name: string;
  bounds: string;
  rows: number;
  readRows: number;
  totalMiB: number;
}

/** The audit trail's partitions (by month, and the default one), oldest first. */
async function auditPartitions(client: pg.Client): Promise<PartitionSize[]> {
  const { rows } = await client.query<{ name: string; bounds: string; rows: string; reads: string; total: string }>(
    `select c.relname as name, pg_get_expr(c.relpartbound, c.oid) as bounds, coalesce(n.rows, 0)::text as rows,
            coalesce(n.reads, 0)::text as reads, pg_total_relation_size(c.oid)::text as total
       from pg_inherits i join pg_class c on c.oid = i.inhrelid
       left join (select tableoid, count(*) as rows, count(*) filter (where kind = 'READ') as reads from audit_event group by 1) n on n.tableoid = c.oid
      where i.inhparent = 'audit_event'::regclass
      order by c.relname = 'audit_event_default', c.relname`,
  );
  return rows.map((r) => ({ name: r.name, bounds: r.bounds, rows: Number(r.rows), readRows: Number(r.reads), totalMiB: mib(r.total) }));
}

async function sizes(
  client: pg.Client,
): Promise<{ tables: Record<string, TableSize>; accessLogRows: number; accessLogPartitions: PartitionSize[]; databaseMiB: number }> {
  const tables: Record<string, TableSize> = {};
  for (const table of TABLES) {
    // A partitioned table's figures are its partitions' (pg_partition_tree lists the table itself too).
    const { rows } = await client.query<{ rows: string; heap: string; idx: string; total: string }>(
      `select (select count(*) from "${table}")::text as rows,
              sum(pg_relation_size(relid) + pg_relation_size(relid, 'fsm') + coalesce(pg_total_relation_size(c.reltoastrelid), 0))::text as heap,
              sum(pg_indexes_size(relid))::text as idx, sum(pg_total_relation_size(relid))::text as total
         from (select $1::regclass as relid union select relid from pg_partition_tree($1::regclass)) p
         join pg_class c on c.oid = p.relid`,
      [table],
    );
    // A partitioned index's size is its partitions' indexes'.
    const indexes = await client.query<{ name: string; bytes: string }>(
      `select i.indexrelid::regclass::text as name,
              (select sum(pg_relation_size(p.relid)) from (select i.indexrelid::regclass as relid union select relid from pg_partition_tree(i.indexrelid)) p)::text as bytes
         from pg_index i where i.indrelid = $1::regclass order by 1`,
      [table],
    );
    const row = rows[0]!;
    tables[table] = {
      rows: Number(row.rows),
      tableMiB: mib(row.heap),
      indexesMiB: mib(row.idx),
      totalMiB: mib(row.total),
      indexes: Object.fromEntries(indexes.rows.map((r) => [r.name, mib(r.bytes)])),
    };
  }
  const access = await client.query<{ n: string }>(`select count(*)::text as n from audit_event where kind = 'READ'`);
  const db = await client.query<{ size: string }>('select pg_database_size(current_database())::text as size');
  return { tables, accessLogRows: Number(access.rows[0]!.n), accessLogPartitions: await auditPartitions(client), databaseMiB: mib(db.rows[0]!.size) };
}

/** run.ts's options that a curve passes on to each run, less its own. */
function passedOn(argv: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (['--scale-curve', '--out', '--seed-factor', '--database'].includes(arg)) i++;
    else if (!['--hub-only', '--no-build', '--embedded'].includes(arg)) out.push(arg);
  }
  return out;
}

interface HubFigures {
  rps?: number;
  latencyP50Ms?: number;
  latencyP99Ms?: number;
  singleRequestMs?: number;
  sqlStatementsPerRequest?: number | 'n/a';
  errors?: number;
  check?: { ok: boolean };
}

function runOnce(args: string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-r', '@swc-node/register', path.join('bench', 'run.ts'), ...args], {
      cwd: ROOT,
      stdio: 'inherit',
    });
    child.on('error', reject);
    child.on('exit', (code) => resolve(code ?? 1));
  });
}

export async function scaleCurve(
  factors: number[],
  argv: string[],
  out: string,
  onCleanup: (label: string, run: () => Promise<void> | void) => void,
): Promise<number> {
  const startedAt = Date.now();
  const adminUrl = process.env.BENCH_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const database = `bench_curve_${new Date().toISOString().replace(/\D/g, '').slice(0, 14)}_${process.pid}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database "${database}"`);
  onCleanup(`drop database ${database}`, async () => {
    await admin.query(`drop database if exists "${database}" with (force)`);
    await admin.end();
    console.log(`dropped database ${database}`);
  });
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  const built = spawnSync('node', ['scripts/build-changed.mjs'], { cwd: ROOT, stdio: 'inherit' });
  if (built.status !== 0) throw new Error('the build failed (scripts/build-changed.mjs)');
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'att-curve-'));
  onCleanup('remove the curve temp folder', () => fs.rmSync(tmp, { recursive: true, force: true }));

  const points: Record<string, unknown>[] = [];
  const first: Record<string, number> = {};
  let failures = 0;
  for (const factor of factors) {
    console.log(`\n=== scale curve: factor ${factor} (${((Date.now() - startedAt) / 1000).toFixed(0)} s so far) ===`);
    const file = path.join(tmp, `factor-${factor}.json`);
    const watch = await watchServerActivity(adminUrl, database);
    const code = await runOnce([...passedOn(argv), '--database', database, '--hub-only', '--no-build', '--seed-factor', String(factor), '--out', file]);
    const serverActivity = await watch.stop();
    if (code !== 0) failures++;
    if (!fs.existsSync(file)) throw new Error(`the run at factor ${factor} wrote no results (exit code ${code})`);
    const run = JSON.parse(fs.readFileSync(file, 'utf8')) as {
      durationSeconds: number;
      machine: { loadAverageAtStart: number[]; loadAverageAtEnd: number[] };
      settings: Record<string, unknown> & { syntheticData: string; rows: Record<string, number> };
      workloads: { id: string; servers: { hub?: HubFigures } }[];
      import?: { hub: { rowsPerSecond: number; seconds: number; sqlStatementsPerRow: number | null } };
    };
    const client = new pg.Client({ connectionString: url.toString() });
    await client.connect();
    const measured = await sizes(client).finally(() => client.end());
    const workloads: Record<string, HubFigures & { msPerRequest?: number; toFirstFactor?: number | null }> = {};
    for (const w of run.workloads) {
      const hub = w.servers.hub ?? {};
      // Time per request at the run's concurrency: what "within 1.5 × of factor 1" compares.
      const msPerRequest = hub.rps ? Math.round((1000 / hub.rps) * 100) / 100 : undefined;
      if (msPerRequest !== undefined && first[w.id] === undefined) first[w.id] = msPerRequest;
      workloads[w.id] = {
        rps: hub.rps,
        msPerRequest,
        toFirstFactor: msPerRequest !== undefined && first[w.id] ? Math.round((msPerRequest / first[w.id]!) * 100) / 100 : null,
        latencyP50Ms: hub.latencyP50Ms,
        latencyP99Ms: hub.latencyP99Ms,
        singleRequestMs: hub.singleRequestMs,
        sqlStatementsPerRequest: hub.sqlStatementsPerRequest,
        errors: hub.errors,
      };
    }
    // IMPORT (with --only …,IMPORT): time per good row of one 10,000-row import, against the first factor's.
    let imported: { rowsPerSecond: number; msPerRow: number; toFirstFactor: number | null; sqlStatementsPerRow: number | null } | null = null;
    if (run.import?.hub.rowsPerSecond) {
      const msPerRow = 1000 / run.import.hub.rowsPerSecond;
      first.IMPORT ??= msPerRow;
      imported = {
        rowsPerSecond: run.import.hub.rowsPerSecond,
        msPerRow: Math.round(msPerRow * 1000) / 1000,
        toFirstFactor: Math.round((msPerRow / first.IMPORT) * 100) / 100,
        sqlStatementsPerRow: run.import.hub.sqlStatementsPerRow,
      };
    }
    points.push({
      factor,
      runSeconds: run.durationSeconds,
      syntheticData: run.settings.syntheticData,
      loadAverage: { start: run.machine.loadAverageAtStart, end: run.machine.loadAverageAtEnd },
      ...measured,
      workloads,
      import: imported,
      serverActivity,
    });
  }
  const report = {
    date: new Date(startedAt).toISOString(),
    durationSeconds: Math.round((Date.now() - startedAt) / 1000),
    machine: { cpu: os.cpus()[0]?.model.trim() ?? 'unknown', cores: os.cpus().length, node: process.version },
    settings: {
      factors,
      runOptions: passedOn(argv).join(' ') || '(defaults)',
      how: 'one database; per factor, in increasing order, bench/run.ts --hub-only tops the synthetic data up and measures; sizes read after each run',
    },
    scaleCurve: points,
  };
  fs.writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\n${curveTable(points)}\nWrote ${path.relative(process.cwd(), out) || out}; the curve took ${report.durationSeconds} s.`);
  return failures ? 1 : 0;
}

function curveTable(points: Record<string, unknown>[]): string {
  const lines = ['factor  workload   req/s  ms/req  × first  p99 ms  alone ms  SQL/req'];
  for (const p of points) {
    for (const [id, w] of Object.entries(p.workloads as Record<string, Record<string, unknown>>)) {
      const cell = (v: unknown, width: number) => String(v ?? '-').padStart(width);
      lines.push(
        `${cell(p.factor, 6)}  ${id.padEnd(8)} ${cell(w.rps, 7)} ${cell(w.msPerRequest, 7)} ${cell(w.toFirstFactor, 8)} ` +
          `${cell(w.latencyP99Ms, 7)} ${cell(w.singleRequestMs, 9)} ${cell(w.sqlStatementsPerRequest, 8)}`,
      );
    }
    const imported = p.import as { rowsPerSecond: number; msPerRow: number; toFirstFactor: number | null } | null;
    if (imported) {
      lines.push(`${String(p.factor).padStart(6)}  IMPORT   ${String(imported.rowsPerSecond).padStart(7)} rows/s, ${imported.msPerRow} ms/row, × first ${imported.toFirstFactor ?? '-'}`);
    }
    const t = p.tables as Record<string, TableSize>;
    lines.push(
      `        sizes: ${Object.entries(t).map(([name, s]) => `${name} ${s.rows} rows ${s.totalMiB} MiB (indexes ${s.indexesMiB})`).join('; ')}; ` +
        `access log ${String(p.accessLogRows)} rows; database ${String(p.databaseMiB)} MiB`,
    );
    // The audit trail's partitions: how many, the largest month and the default partition (which should stay empty).
    const parts = p.accessLogPartitions as PartitionSize[];
    const months = parts.filter((x) => x.name !== 'audit_event_default');
    const largest = months.reduce<PartitionSize | undefined>((a, b) => (!a || b.totalMiB > a.totalMiB ? b : a), undefined);
    const spare = parts.find((x) => x.name === 'audit_event_default');
    lines.push(
      `        audit_event partitions: ${months.length} months` +
        (largest ? `, largest ${largest.name} ${largest.rows} rows (${largest.readRows} READ) ${largest.totalMiB} MiB` : '') +
        (spare ? `; default ${spare.rows} rows` : '; not partitioned'),
    );
    const activity = p.serverActivity as ServerActivity;
    const seeding = /\(([\d.]+) s\)/.exec(String(p.syntheticData));
    const workers = Object.entries(activity.autovacuum).map(([statement, seconds]) => `${statement.replace(/^autovacuum: /, '')} ~${seconds} s`);
    lines.push(
      `        beside the run (${activity.seconds} s from the hub's start, seeding ${seeding?.[1] ?? '?'} s of it, first): ${activity.checkpoints ?? '?'} checkpoints` +
        (activity.checkpointsAtSeconds.length ? ` (ended at ${activity.checkpointsAtSeconds.join(', ')} s)` : '') +
        `; ` +
        `autovacuum ${workers.length ? workers.join(', ') : 'none seen'}`,
    );
  }
  return lines.join('\n');
}
