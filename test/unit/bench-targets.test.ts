import { describe, expect, it } from 'vitest';
import { type BenchParts, checkTargets, targetsTable } from '../../bench/target-checks';

/** Figures shaped as bench/run.ts, scripts/start-time.ts and bench/scale-curve.ts write them. */
function parts(overrides: Partial<{ w4: number; fresh: number; share: number; p99: number; rss: number; warmMs: number[]; scale: number }> = {}): BenchParts {
  const o = { w4: 600, fresh: 21, share: 0.44, p99: 53, rss: 240, warmMs: [2500, 2900, 3100], scale: 1.1, ...overrides };
  const run = (hubRss: number) => ({
    workloads: [
      { id: 'W4', servers: { hub: { rps: o.w4 }, postgraphile: { rps: 600 } } },
      { id: 'W1-fresh', servers: { hub: { rps: o.fresh }, postgraphile: { rps: 10 } } },
    ],
    servers: { hub: { vmHwmMiB: hubRss } },
    import: { hubToFloor: o.share, w2: { latencyP99Ms: o.p99 } },
  });
  const point = (factor: number, ratio: number) => ({
    factor,
    workloads: { 'W1-fresh': { toFirstFactor: ratio }, W3: { toFirstFactor: ratio }, W4: { toFirstFactor: ratio } },
    import: { toFirstFactor: ratio },
  });
  return {
    comparison: run(200),
    embedded: run(o.rss),
    startTime: { starts: [{ label: 'first start, new data folder', graphqlMs: 9000 }, ...o.warmMs.map((ms, i) => ({ label: `start ${i + 2}, same data folder (warm)`, graphqlMs: ms }))] },
    scaleCurve: { scaleCurve: [point(1, 1), point(10, 1), point(30, o.scale)] },
  };
}

const met = (p: BenchParts) => checkTargets(p).map((t) => t.met);

describe("issue #18's targets, read from one run", () => {
  it('says each target is met when every figure is within it', () => {
    expect(met(parts())).toEqual([true, true, true, true, true]);
  });

  it('fails each target on its own figure, at its bound', () => {
    expect(met(parts({ w4: 599 }))[0]).toBe(false);
    expect(met(parts({ share: 0.24 }))[1]).toBe(false);
    expect(met(parts({ p99: 100 }))[1]).toBe(false);
    expect(met(parts({ scale: 1.51 }))[2]).toBe(false);
    expect(met(parts({ fresh: 19.9 }))[3]).toBe(false);
    expect(met(parts({ rss: 256 }))[4]).toBe(false);
  });

  it('takes the median of the warm starts, not the first start nor the best', () => {
    expect(met(parts({ warmMs: [2000, 3100, 3200] }))[4]).toBe(false);
    expect(met(parts({ warmMs: [2900, 2950, 9000] }))[4]).toBe(true);
  });

  it('says "not measured", never "met", when a part of the run is missing', () => {
    const p = parts();
    const results = checkTargets({ ...p, scaleCurve: null, embedded: null });
    expect(results[2]).toMatchObject({ met: null, measured: 'not measured' });
    expect(results[4]!.met).toBeNull();
    expect(results[4]!.measured).toMatch(/not measured MiB embedded/);
    expect(targetsTable(results)).toMatch(/\| 3 \|.*\| not measured \|/);
  });

  it('counts an import ratio missing from the curve as not measured', () => {
    const p = parts();
    for (const point of p.scaleCurve!.scaleCurve) delete point.import;
    expect(checkTargets(p)[2]).toMatchObject({ met: null });
    expect(checkTargets(p)[2]!.measured).toMatch(/IMPORT not measured/);
  });
});
