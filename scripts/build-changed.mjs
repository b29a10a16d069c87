// `npm start`'s build step (scripts/start.mjs runs it, then the hub): builds the dashboard (vite) and the server (tsc) only when
// an input changed since their last build, so a second start on the same folder goes straight to
// the hub. Plain JavaScript, not TypeScript through swc: loading swc's hook alone costs ~1 s.
//
// How "changed" is told: each build leaves a stamp file dated as its newest input once it is
// done (the build itself moves folder dates, e.g. vite recreating web/dist); a file or folder
// under the inputs newer than the stamp means a rebuild. A folder's date moves when a file is
// added, removed or renamed in it, so deletions count too.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const root = path.resolve(import.meta.dirname, '..');
const SKIP = new Set(['node_modules', 'dist', '.git']);

/** The newest modification time (ms) of a path and everything under it, skipping outputs. */
function newest(target) {
  let stat;
  try {
    stat = fs.statSync(target);
  } catch {
    return 0;
  }
  let latest = stat.mtimeMs;
  if (stat.isDirectory()) {
    for (const entry of fs.readdirSync(target)) if (!SKIP.has(entry)) latest = Math.max(latest, newest(path.join(target, entry)));
  }
  return latest;
}

const builds = [
  {
    name: 'dashboard (vite)',
    stamp: 'web/dist/.build-stamp',
    inputs: ['web', 'package-lock.json'],
    command: ['npm', ['run', '--silent', 'build:web']],
  },
  {
    name: 'server (tsc)',
    stamp: 'dist/.build-stamp',
    inputs: ['src', 'migrations', 'tsconfig.json', 'tsconfig.build.json', 'package-lock.json'],
    command: ['npm', ['run', '--silent', 'build']],
  },
];

/** Builds what changed; exits the process with the build's status if a build fails. */
export function buildChanged() {
  for (const build of builds) {
    const stamp = path.join(root, build.stamp);
    const built = fs.existsSync(stamp) ? fs.statSync(stamp).mtimeMs : 0;
    const changed = Math.max(...build.inputs.map((input) => newest(path.join(root, input))));
    if (built && changed <= built) continue;
    console.log(`building the ${build.name}: ${built ? 'its inputs changed' : 'no build yet'}`);
    const run = spawnSync(build.command[0], build.command[1], { cwd: root, stdio: 'inherit' });
    if (run.status !== 0) process.exit(run.status ?? 1);
    fs.mkdirSync(path.dirname(stamp), { recursive: true });
    // A millisecond past the newest input: file dates are finer than the milliseconds utimes sets.
    const asOf = new Date(Math.ceil(Math.max(...build.inputs.map((input) => newest(path.join(root, input))))) + 1);
    fs.writeFileSync(stamp, `built from inputs as of ${asOf.toISOString()}\n`);
    fs.utimesSync(stamp, asOf, asOf);
  }
}

// Run on its own (`node scripts/build-changed.mjs`, as start-time.ts does): the same builds.
if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) buildChanged();
