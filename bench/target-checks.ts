/**
 * Issue #18's five targets, read from the parts of one `npm run bench` (bench/targets.ts): the
 * side-by-side comparison, the embedded hub's run, the start times and the scale curve. Pure:
 * it only reads the parts' JSON, so test/unit/bench-targets.test.ts can feed it any figures.
 */

interface HubRun {
  workloads: { id: string; servers: Partial<Record<'hub' | 'postgraphile' | 'floor', { rps?: number; peakRssMiB?: number | null }>> }[];
  servers?: { hub?: { vmHwmMiB?: number | null } };
  import?: { hubToFloor: number | null; w2: { latencyP99Ms: number | null } };
}

interface StartReport {
  starts: { label: string; graphqlMs: number }[];
}

interface CurvePoint {
  factor: number;
  workloads: Record<string, { toFirstFactor?: number | null }>;
  import?: { toFirstFactor?: number | null } | null;
  accessLog?: { partitions?: number } | null;
}

export interface BenchParts {
  comparison: HubRun | null;
  embedded: HubRun | null;
  startTime: StartReport | null;
  scaleCurve: { scaleCurve: CurvePoint[] } | null;
}

export interface TargetResult {
  target: number;
  what: string;
  goal: string;
  /** The figures, in words; "not measured" when the part is missing. */
  measured: string;
  /** null: some figure the target needs was not measured. */
  met: boolean | null;
}

const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;

/** hub ÷ PostGraphile in requests per second, from one run. */
function hubToPostgraphile(run: HubRun | null, id: string): { ratio: number; hub: number; postgraphile: number } | null {
  const servers = run?.workloads.find((w) => w.id === id)?.servers;
  const hub = servers?.hub?.rps;
  const postgraphile = servers?.postgraphile?.rps;
  if (!hub || !postgraphile) return null;
  // Unrounded: 599 against 600 is not 1.0 ×.
  return { ratio: hub / postgraphile, hub, postgraphile };
}

function ratioTarget(target: number, run: HubRun | null, id: string, what: string, least: number): TargetResult {
  const r = hubToPostgraphile(run, id);
  return {
    target,
    what,
    goal: `≥ ${least.toFixed(1)} × PostGraphile`,
    measured: r ? `${r.hub} against ${r.postgraphile} req/s: ${r.ratio.toFixed(2)} ×` : 'not measured',
    met: r ? r.ratio >= least : null,
  };
}

function importTarget(run: HubRun | null): TargetResult {
  const figures = run?.import;
  const share = figures?.hubToFloor ?? null;
  const p99 = figures?.w2.latencyP99Ms ?? null;
  return {
    target: 2,
    what: 'bulk import, and W2 while 4 imports run',
    goal: '≥ 0.25 × the floor; W2 p99 < 100 ms',
    measured: figures ? `${share ?? '?'} × the floor; W2 p99 ${p99 ?? '?'} ms` : 'not measured',
    met: share === null || p99 === null ? null : share >= 0.25 && p99 < 100,
  };
}

const SCALED = ['W1-fresh', 'W3', 'W4'];

function scaleTarget(curve: BenchParts['scaleCurve']): TargetResult {
  const points = curve?.scaleCurve ?? [];
  const last = points.at(-1);
  const goal = 'W1-fresh, W3, W4, IMPORT ≤ 1.5 × factor 1';
  if (!last || points.length < 2) return { target: 3, what: 'thirty-fold data', goal, measured: 'not measured', met: null };
  const ratios: [string, number | null][] = SCALED.map((id) => [id, last.workloads[id]?.toFirstFactor ?? null]);
  ratios.push(['IMPORT', last.import?.toFirstFactor ?? last.workloads.IMPORT?.toFirstFactor ?? null]);
  const words = ratios.map(([id, r]) => `${id} ${r ?? 'not measured'}`).join(', ');
  const missing = ratios.some(([, r]) => r === null);
  return {
    target: 3,
    what: `${last.factor} × the data`,
    goal,
    measured: `factor ${last.factor} ÷ factor ${points[0]!.factor}: ${words}`,
    met: missing ? null : ratios.every(([, r]) => r! <= 1.5),
  };
}

function memoryAndStartTarget(parts: BenchParts): TargetResult {
  const server = parts.comparison?.servers?.hub?.vmHwmMiB ?? null;
  const embedded = parts.embedded?.servers?.hub?.vmHwmMiB ?? null;
  const warm = (parts.startTime?.starts ?? []).filter((s) => /warm/.test(s.label)).map((s) => s.graphqlMs);
  const warmMs = warm.length ? [...warm].sort((a, b) => a - b)[Math.floor(warm.length / 2)]! : null;
  const measured = [
    `peak RSS ${server ?? 'not measured'} MiB on the server, ${embedded ?? 'not measured'} MiB embedded`,
    `warm start ${warmMs === null ? 'not measured' : `${round(warmMs / 1000, 1)} s`}${warm.length > 1 ? ` (median of ${warm.length})` : ''}`,
  ].join('; ');
  const known = server !== null && embedded !== null && warmMs !== null;
  return {
    target: 5,
    what: 'memory and start',
    goal: 'peak RSS < 256 MiB; warm start < 3 s',
    measured,
    met: known ? Math.max(server, embedded) < 256 && warmMs < 3000 : null,
  };
}

export function checkTargets(parts: BenchParts): TargetResult[] {
  return [
    ratioTarget(1, parts.comparison, 'W4', 'writes (W4)', 1.0),
    importTarget(parts.comparison),
    scaleTarget(parts.scaleCurve),
    ratioTarget(4, parts.comparison, 'W1-fresh', 'computed reads (W1-fresh)', 2.0),
    memoryAndStartTarget(parts),
  ];
}

export function targetsTable(results: TargetResult[]): string {
  const mark = (met: boolean | null) => (met === null ? 'not measured' : met ? 'met' : 'not met');
  return [
    '| # | target | goal | measured | |',
    '|---|---|---|---|---|',
    ...results.map((r) => `| ${r.target} | ${r.what} | ${r.goal} | ${r.measured} | ${mark(r.met)} |`),
  ].join('\n');
}
