// `npm test`'s static checks, two at a time: each is one single-threaded process (tsc, eslint,
// dependency-cruiser, vite), so on a 2-core machine two side by side take half the time of one
// after the other. The schema checks and codegen come first: the others read what codegen writes.
// Plain JavaScript, as build-changed.mjs: no swc hook to load. Each check's output is printed
// whole once it is done, so that two checks' lines do not interleave; the first failure fails all.
import { spawn } from 'node:child_process';
import os from 'node:os';

const FIRST = ['schema:check', 'schema:lint', 'codegen'];
// The slowest first, so that the other lane has the rest to do meanwhile.
const THEN = ['typecheck:node', 'lint', 'typecheck:web', 'depcheck', 'build:web'];
const LANES = Math.max(1, Math.min(2, os.availableParallelism()));

function run(script) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn('npm', ['run', '--silent', script], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => {
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      process.stdout.write(`== ${script} (${seconds} s)${code === 0 ? '' : `: failed (exit ${code})`}\n${output}`);
      resolve(code === 0);
    });
  });
}

for (const script of FIRST) if (!(await run(script))) process.exit(1);

const queue = [...THEN];
let ok = true;
await Promise.all(
  Array.from({ length: LANES }, async () => {
    for (let script = queue.shift(); script && ok; script = queue.shift()) ok = (await run(script)) && ok;
  }),
);
process.exit(ok ? 0 : 1);
