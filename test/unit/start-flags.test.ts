import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { parseStartCommand, startCommand } from '../../scripts/support/start-command';

/**
 * The V8 flags in `npm start` (src/performance/README.md says why each is there), in a fresh Node
 * process with exactly that command line's flags. `--wasm-lazy-validation` goes around V8's usual
 * order: a WebAssembly function is validated when it is first compiled, not when the module is.
 * Its invariant: PGlite's own pglite.wasm is valid, so deferring the check changes when an invalid
 * function would be reported, never what runs. These tests fail if Node stops accepting a flag
 * (`npm start` would then exit with "bad option"), if the flag stops deferring validation (the
 * saving is gone: drop it), or if PGlite no longer opens and answers under these flags.
 */
const ROOT = path.resolve(__dirname, '../..');
const START = startCommand();
const FLAGS = START.flags;

/** A fresh Node process with these flags, in npm start's environment unless given another (whole). */
function run(flags: string[], script: string, env: NodeJS.ProcessEnv = { ...process.env, ...START.env }) {
  return spawnSync(process.execPath, [...flags, '-e', script], { cwd: ROOT, encoding: 'utf8', timeout: 60_000, env });
}

// A module whose only function returns an i32 from an empty body: invalid.
const INVALID = 'new Uint8Array([0,97,115,109,1,0,0,0,1,5,1,96,0,1,127,3,2,1,0,10,4,1,2,0,11])';

it('npm start runs node with --wasm-lazy-validation, which defers a function\'s validation to its first compile', () => {
  expect(FLAGS).toContain('--wasm-lazy-validation');
  const compiles = `try { new WebAssembly.Module(${INVALID}); console.log('compiled') } catch (e) { console.log(e.constructor.name) }`;
  const withFlags = run(FLAGS, compiles);
  expect(withFlags.stderr).toBe('');
  expect(withFlags.stdout.trim()).toBe('compiled');
  // Without the flag V8 rejects the module at once: the test above is about the flag, not the module.
  expect(run(FLAGS.filter((flag) => flag !== '--wasm-lazy-validation'), compiles).stdout.trim()).toBe('CompileError');
});

it('PGlite opens and answers under npm start\'s flags', () => {
  const script = `require('@electric-sql/pglite').PGlite.create().then(async (db) => {
    const { rows } = await db.query("select count(*)::int as n from pg_class where relname like 'pg_%'");
    console.log(rows[0].n > 0 ? 'answered' : 'empty'); await db.close();
  }).catch((e) => { console.log('failed: ' + e.message); process.exitCode = 1; })`;
  const result = run(FLAGS, script);
  expect(result.stdout.trim()).toBe('answered');
  expect(result.status).toBe(0);
}, 60_000);

/**
 * `npm start` fixes glibc's mmap threshold (`MALLOC_MMAP_THRESHOLD_`, src/performance/README.md).
 * By default glibc raises the threshold to the size of each large mapped block freed (up to 32 MB), so
 * after the first one, the answers' and the database wire's buffers of 64–300 kB (three for each W1
 * answer) come from the program's heap, between small blocks that live on, and stay resident after
 * they are freed: about 17 MiB more at the embedded hub's peak. Fixed, each is its own mapping,
 * returned when freed. The script below does what a fresh answer does to the allocator; the test
 * fails if the setting is dropped from `npm start` or stops having its effect.
 */
const glibc = process.platform === 'linux' && !!(process.report.getReport() as { header?: { glibcVersionRuntime?: string } }).header?.glibcVersionRuntime;

const FRAGMENTS = `
  const fs = require('fs');
  const heapMiB = () => { const maps = fs.readFileSync('/proc/self/smaps', 'utf8'); const at = maps.indexOf('[heap]'); return at < 0 ? 0 : Number(/Rss:\\s+(\\d+)/.exec(maps.slice(at))[1]) / 1024; };
  const before = heapMiB();
  let large = Buffer.allocUnsafeSlow(1024 * 1024).fill(1); large = null; gc();
  const kept = [];
  for (let round = 0; round < 40; round++) {
    const answers = [];
    for (let i = 0; i < 8; i++) { answers.push(Buffer.allocUnsafeSlow(230 * 1024).fill(1)); kept.push(Buffer.allocUnsafeSlow(2048)); }
  }
  gc(); gc();
  console.log(heapMiB() - before);`;

it.skipIf(!glibc)('npm start fixes glibc\'s mmap threshold: freed answer-sized buffers leave the heap as it was', () => {
  expect(START.env.MALLOC_MMAP_THRESHOLD_).toBe('131072');
  const grown = (env?: NodeJS.ProcessEnv) => {
    const result = run([...FLAGS, '--expose-gc'], FRAGMENTS, env);
    expect(result.stderr).toBe('');
    return Number(result.stdout.trim());
  };
  expect(grown()).toBeLessThan(4);
  // Without the setting the same work leaves tens of MiB resident: the check above is about the setting.
  const { MALLOC_MMAP_THRESHOLD_: _, ...unset } = process.env;
  expect(grown(unset)).toBeGreaterThan(16);
});

it('reads npm start\'s environment, flags and script, and refuses another shape', () => {
  expect(parseStartCommand('A_B=1 C=x node --f --g=2 dist/s.js')).toEqual({ text: 'A_B=1 C=x node --f --g=2 dist/s.js', env: { A_B: '1', C: 'x' }, flags: ['--f', '--g=2'], script: 'dist/s.js' });
  expect(parseStartCommand('node dist/s.js').env).toEqual({});
  expect(() => parseStartCommand('tsx src/server.ts')).toThrow(/does not run node/);
  expect(() => parseStartCommand('node --f')).toThrow(/is not/);
  expect(() => parseStartCommand('node -r x dist/s.js')).toThrow(/is not/);
});

/**
 * `npm run start:server` (a PostgreSQL server) is `npm start` with a larger young generation, an
 * earlier optimisation of hot functions (`--interrupt-budget`, a quarter of V8's), garbage collected
 * with one helper thread (`--v8-pool-size=1`) instead of on the main thread alone (`--single-threaded-gc`),
 * and nothing else:
 * a flag added to one start script and not the other would make the benchmark's server hub and
 * the embedded one measure different programs. The young generation really is larger under it
 * (V8 sizes its new space from the flag), and both run scripts/start.mjs: what changed is built,
 * then the hub runs in the same process (no prestart step: one Node start fewer).
 */
it('npm run start:server is npm start with a larger young generation, an earlier optimisation and one GC helper, and nothing else', () => {
  const server = startCommand('start:server');
  const semiSpace = (flags: string[]) => flags.find((f) => f.startsWith('--max-semi-space-size='));
  const budget = (flags: string[]) => flags.find((f) => f.startsWith('--interrupt-budget='));
  expect(semiSpace(START.flags)).toBe('--max-semi-space-size=8');
  expect(semiSpace(server.flags)).toBe('--max-semi-space-size=32');
  // Only on a server: on the embedded database more optimised code would be more of the hub's RSS.
  expect(budget(START.flags)).toBeUndefined();
  expect(budget(server.flags)).toBe('--interrupt-budget=32768');
  // On the embedded database PostgreSQL runs in the hub's process, and the collector keeps to its thread (RSS);
  // on a server the other core has time to spare for one helper (docs/operations.md).
  expect(START.flags).toContain('--single-threaded-gc');
  expect(server.flags).not.toContain('--single-threaded-gc');
  expect(server.flags).toContain('--v8-pool-size=1');
  const gc = (f: string) => f === '--single-threaded-gc' || f === '--v8-pool-size=1';
  const others = (flags: string[]) => flags.filter((f) => f !== semiSpace(flags) && f !== budget(flags) && !gc(f));
  expect(others(server.flags)).toEqual(others(START.flags));
  // Node accepts every flag of it (a flag it refused would stop the start with "bad option").
  expect(run(server.flags, "console.log('started')").stdout.trim()).toBe('started');
  expect(server.env).toEqual(START.env);
  expect(server.script).toBe(START.script);
  // The new space's size once enough short-lived objects were made to grow it to its limit.
  const grownNewSpace = (flags: string[]) =>
    Number(
      run(flags, "let k = []; for (let i = 0; i < 2e6; i++) { k.push({ i }); if (k.length > 3e5) k = []; } console.log(require('v8').getHeapSpaceStatistics().find((s) => s.space_name === 'new_space').space_size)").stdout.trim(),
    );
  expect(grownNewSpace(server.flags)).toBeGreaterThan(grownNewSpace(START.flags));
  expect(START.script).toBe('scripts/start.mjs');
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
  expect(pkg.scripts.prestart).toBeUndefined();
  expect(pkg.scripts['prestart:server']).toBeUndefined();
});
