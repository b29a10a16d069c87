/**
 * `npm run bench`: issue #18's five targets from one run, into bench/results.json.
 *
 *   node -r @swc-node/register bench/targets.ts [--out bench/results.json] [--factors 1,10,30]
 *        [--quick] [--skip PART,PART]   (parts: comparison, embedded, start, scale)
 *
 * The parts run one after another, each as its own process, so no part shares the CPU with
 * another:
 * 1. comparison: bench/run.ts, the hub, PostGraphile and the floor side by side (W1–W5, IMPORT);
 * 2. embedded: bench/run.ts --embedded, the hub alone on PGlite (its memory under every workload);
 * 3. start: scripts/start-time.ts, a start on a new data folder, then three warm starts;
 * 4. scale: bench/run.ts --scale-curve, W1-fresh, W3, W4 and IMPORT at each factor.
 * The results file holds each part's own report and `targets` (bench/target-checks.ts).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type BenchParts, checkTargets, targetsTable } from './target-checks';

const ROOT = path.resolve(__dirname, '..');
const PARTS = ['comparison', 'embedded', 'start', 'scale'] as const;
type Part = (typeof PARTS)[number];

interface Options {
  out: string;
  factors: string;
  quick: boolean;
  skip: Set<Part>;
}

function parseOptions(argv: string[]): Options {
  const options: Options = { out: path.join(ROOT, 'bench', 'results.json'), factors: '1,10,30', quick: false, skip: new Set() };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const next = () => argv[++i] ?? usage(`${arg} needs a value`);
    if (arg === '--out') options.out = path.resolve(next());
    else if (arg === '--factors') options.factors = next();
    else if (arg === '--quick') options.quick = true;
    else if (arg === '--skip') {
      for (const part of next().split(',')) {
        if (!(PARTS as readonly string[]).includes(part)) usage(`--skip: no part "${part}" (parts: ${PARTS.join(', ')})`);
        options.skip.add(part as Part);
      }
    } else usage(`unknown option ${arg}`);
  }
  return options;
}

function usage(problem: string): never {
  console.error(`${problem}\nUsage: npm run bench [-- --out FILE] [--factors 1,10,30] [--quick] [--skip ${PARTS.join(',')}]`);
  process.exit(2);
}

let current: ReturnType<typeof spawn> | null = null;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  // The part cleans up after itself (its database, its servers) when it gets the signal too.
  process.on(signal, () => {
    current?.kill(signal);
    process.exitCode = 130;
  });
}

function runPart(script: string, args: string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    current = spawn(process.execPath, ['-r', '@swc-node/register', script, ...args], { cwd: ROOT, stdio: 'inherit' });
    current.on('error', reject);
    current.on('exit', (code) => resolve(code ?? 1));
  });
}

function readJson<T>(file: string): T | null {
  return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as T) : null;
}

async function main(): Promise<number> {
  const options = parseOptions(process.argv.slice(2));
  const startedAt = Date.now();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'att-bench-targets-'));
  const file = (part: Part) => path.join(tmp, `${part}.json`);
  const quick = options.quick ? ['--quick'] : [];
  const plan: Record<Part, [string, string[]]> = {
    comparison: ['bench/run.ts', [...quick, '--out', file('comparison')]],
    embedded: ['bench/run.ts', [...quick, '--embedded', '--only', 'W1,W1-fresh,W2,W3,W4,W5', '--out', file('embedded')]],
    start: ['scripts/start-time.ts', ['--warm', '3', '--out', file('start')]],
    scale: ['bench/run.ts', [...quick, '--scale-curve', options.factors, '--only', 'W1-fresh,W3,W4,IMPORT', '--out', file('scale')]],
  };
  const exitCodes: Partial<Record<Part, number>> = {};
  try {
    for (const part of PARTS) {
      if (options.skip.has(part)) continue;
      if (process.exitCode) break;
      console.log(`\n##### ${part} (${Math.round((Date.now() - startedAt) / 1000)} s so far)\n`);
      exitCodes[part] = await runPart(...plan[part]);
    }
    const parts: BenchParts = {
      comparison: readJson(file('comparison')),
      embedded: readJson(file('embedded')),
      startTime: readJson(file('start')),
      scaleCurve: readJson(file('scale')),
    };
    const targets = checkTargets(parts);
    const report = {
      date: new Date(startedAt).toISOString(),
      durationSeconds: Math.round((Date.now() - startedAt) / 1000),
      how: 'npm run bench (bench/targets.ts): the parts one after another on one machine; each part is its own report below',
      exitCodes,
      targets,
      ...parts,
    };
    fs.writeFileSync(options.out, `${JSON.stringify(report, null, 2)}\n`);
    console.log(`\n${targetsTable(targets)}\n\nWrote ${path.relative(process.cwd(), options.out)}; the run took ${report.durationSeconds} s.`);
    return Object.values(exitCodes).some((code) => code !== 0) ? 1 : 0;
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(process.exitCode || code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
