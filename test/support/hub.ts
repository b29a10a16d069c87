import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import pino from 'pino';
import { inject } from 'vitest';
import { demoSubject } from '../../src/domains/bodies/demo-principals';
import { signLocalToken } from '../../src/access/auth/tokens';
import { type HubConfig, loadConfig } from '../../src/kernel/config';
import { createHub, type Hub } from '../../src/hub';
import { copyTemplate, type TestDatabase } from './databases';

export interface GraphQLResponse<T> {
  status: number;
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string } }[];
  headers: Headers;
}

/** A client of one hub: typed operations over HTTP, as any client app would send them. */
export class HubClient {
  constructor(
    readonly url: string,
    readonly token?: string,
  ) {}

  async query<T, V>(document: TypedDocumentNode<T, V>, variables?: V): Promise<GraphQLResponse<T>> {
    return this.post(JSON.stringify({ query: print(document), variables }));
  }

  /** A raw body, for what a well-behaved client would never send. */
  async post(body: string, headers: Record<string, string> = {}): Promise<GraphQLResponse<never>> {
    const res = await fetch(this.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
        ...headers,
      },
      body,
    });
    const text = await res.text();
    let json: Record<string, unknown> = {};
    try {
      json = JSON.parse(text) as Record<string, unknown>;
    } catch {
      json = { errors: [{ message: text }] };
    }
    return { status: res.status, headers: res.headers, ...(json as object) };
  }
}

export interface TestHub {
  /** The anonymous public. */
  client: HubClient;
  /** A client signed in as a demo principal (see src/domains/bodies/demo-principals.ts). */
  as(principal: string): Promise<HubClient>;
  config: HubConfig;
  hub: Hub;
  /** The HTTP origin, e.g. http://127.0.0.1:34567 */
  origin: string;
  stop(): Promise<void>;
}

/**
 * The one way a test file starts a hub in its own process: on a fresh copy of the seeded
 * database (startTestHub), or on a database the test made itself (startHubOn). A hub as a
 * separate process is spawnHub's.
 */
export async function startTestHub(env: Record<string, string> = {}): Promise<TestHub> {
  const database = await copyTemplate(inject('template'));
  return startHubOn(database.env, env, () => database.drop());
}

/** An in-process hub on the database `databaseEnv` names, on a free port; `stop` then runs `dispose`. */
export async function startHubOn(
  databaseEnv: Record<string, string>,
  env: Record<string, string> = {},
  dispose: () => Promise<void> = async () => undefined,
): Promise<TestHub> {
  // No rate limit unless a test sets one: the suites send thousands of requests from one address.
  const settings: Record<string, string> = { ...databaseEnv, PORT: '0', NODE_ENV: 'test', LOG_LEVEL: 'silent', RATE_LIMIT_PER_MINUTE: '0', ...env };
  // A hub started as in production has no demo principals (the setting is refused there).
  if (settings.NODE_ENV === 'production') delete settings.DEMO_PRINCIPALS;
  const config = loadConfig(settings);
  const hub = await createHub(config, pino({ level: 'silent' }));
  const url = await hub.listen();
  return {
    client: new HubClient(url),
    as: async (principal) => new HubClient(url, await signLocalToken(config.auth, demoSubject(principal))),
    config,
    hub,
    origin: new URL(url).origin,
    stop: async () => {
      await hub.close();
      await dispose();
    },
  };
}

export interface HubProcess {
  proc: ChildProcess;
  url: string;
  output: () => string;
  /** Sends the signal and resolves with the exit code. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

const ROOT = path.resolve(__dirname, '../..');

/**
 * The hub in its own process, as `npm start` runs it (by default from the TypeScript through swc, not
 * dist/; `nodeArgs` gives another command line); resolves once it is ready or has exited.
 */
export async function spawnHub(
  env: Record<string, string>,
  nodeArgs: string[] = ['-r', '@swc-node/register', 'src/server.ts'],
): Promise<HubProcess | { exitCode: number | null; output: string }> {
  const proc = spawn(process.execPath, nodeArgs, {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: 'test', PORT: '0', LOG_LEVEL: 'info', DATABASE_URL: '', RATE_LIMIT_PER_MINUTE: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  proc.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  proc.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => proc.once('exit', (code) => resolve(code)));
  const url = await new Promise<string | null>((resolve) => {
    const timer = setInterval(() => {
      const match = /ready at (http:\/\/\S+)"/.exec(output);
      if (match?.[1]) {
        clearInterval(timer);
        resolve(match[1]);
      }
    }, 50);
    void exited.then(() => {
      clearInterval(timer);
      resolve(null);
    });
  });
  if (!url) return { exitCode: await exited, output };
  return {
    proc,
    url,
    output: () => output,
    stop: (signal = 'SIGTERM') => {
      proc.kill(signal);
      return exited;
    },
  };
}

export { copyTemplate, type TestDatabase };
