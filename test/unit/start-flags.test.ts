import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';

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
const START = (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: { start: string } }).scripts.start;
const FLAGS = START.split(/\s+/).filter((part) => part.startsWith('--'));

function run(flags: string[], script: string) {
  return spawnSync(process.execPath, [...flags, '-e', script], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
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
