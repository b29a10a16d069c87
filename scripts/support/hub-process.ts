import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { startCommand } from './start-command';
import { freePort } from './temp-postgres';

/** The hub in its own process, as `npm start` runs it (its environment too; from the TypeScript through swc, not dist/), for the operations scripts. */
export interface RunningHub {
  proc: ChildProcess;
  url: string;
  origin: string;
  output(): string;
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

const ROOT = path.resolve(__dirname, '../..');

export async function runHub(env: Record<string, string>, timeoutMs = 60_000): Promise<RunningHub> {
  const port = env.PORT ?? String(await freePort());
  const origin = `http://127.0.0.1:${port}`;
  const proc = spawn(process.execPath, ['-r', '@swc-node/register', 'src/server.ts'], {
    cwd: ROOT,
    // Warnings and errors only: request logs of a load test would bury them. The checks sign in as
    // demo principals, on a server database too.
    env: { ...process.env, ...startCommand().env, LOG_LEVEL: 'warn', NODE_ENV: 'test', RATE_LIMIT_PER_MINUTE: '0', DEMO_PRINCIPALS: 'true', ...env, PORT: port },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  // Request logs run on for as long as the hub does: keep the last part only.
  const keep = (c: Buffer) => (output = (output + c.toString()).slice(-200_000));
  proc.stdout?.on('data', keep);
  proc.stderr?.on('data', keep);
  const exited = new Promise<number | null>((resolve) => proc.once('exit', (code) => resolve(code)));
  const started = Date.now();
  const ready = async () => (await fetch(`${origin}/healthz`).catch(() => undefined))?.status === 200;
  while (!(await ready())) {
    if (proc.exitCode !== null || proc.signalCode !== null) throw new Error(`The hub exited before it was ready:\n${output}`);
    if (Date.now() - started > timeoutMs) {
      proc.kill('SIGKILL');
      throw new Error(`The hub was not ready after ${timeoutMs} ms:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    proc,
    url: `${origin}/graphql`,
    origin,
    output: () => output,
    stop: (signal = 'SIGTERM') => {
      proc.kill(signal);
      return exited;
    },
  };
}
