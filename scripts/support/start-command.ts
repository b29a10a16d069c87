import fs from 'node:fs';
import path from 'node:path';

/**
 * `npm start`'s command line, read from package.json, for the tools that run the hub as it does
 * (the benchmark, the flag tests): the environment it sets (`NAME=value` words before `node`),
 * node's flags and the script.
 */
export interface StartCommand {
  /** The whole script, as package.json holds it. */
  text: string;
  env: Record<string, string>;
  /** Node's flags (every word between `node` and the script). */
  flags: string[];
  script: string;
}

const ROOT = path.resolve(__dirname, '../..');

export function parseStartCommand(text: string): StartCommand {
  const words = text.trim().split(/\s+/);
  const env: Record<string, string> = {};
  let word = words.shift();
  for (let assignment: RegExpExecArray | null; word && (assignment = /^([A-Z_][A-Z0-9_]*)=(\S*)$/.exec(word)); word = words.shift()) {
    env[assignment[1]!] = assignment[2]!;
  }
  if (word !== 'node') throw new Error(`package.json's start script does not run node: ${text}`);
  const script = words.pop();
  if (!script || script.startsWith('-') || words.some((flag) => !flag.startsWith('--'))) {
    throw new Error(`package.json's start script is not "[NAME=value …] node [--flag …] script": ${text}`);
  }
  return { text, env, flags: words, script };
}

/**
 * The command line of `npm start` (the embedded database, or any) or of `npm run start:server`
 * (a PostgreSQL server: the same, with a larger young generation, src/performance/README.md).
 */
export function startCommand(script: 'start' | 'start:server' = 'start'): StartCommand {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
  const text = pkg.scripts[script];
  if (!text) throw new Error(`package.json has no ${script} script`);
  return parseStartCommand(text);
}
