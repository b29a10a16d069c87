import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express, { type RequestHandler } from 'express';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { requestSteps } from '../../src/hub';
import { appliesTo, mountSteps, runSteps, type Step, stepsFor } from '../../src/http/chain';
import { frontDoor } from '../../src/http/front-door';

const pass: RequestHandler = (_req, _res, next) => next();

describe('the chain builder', () => {
  it('applies a step to its path and what is under it, as Express mounts it', () => {
    expect(appliesTo(undefined, '/anything')).toBe(true);
    expect(appliesTo('/graphql', '/graphql')).toBe(true);
    expect(appliesTo('/graphql', '/graphql/x')).toBe(true);
    expect(appliesTo('/graphql', '/graphqlx')).toBe(false);
    expect(appliesTo('/graphql', '/')).toBe(false);
  });

  it('keeps the list’s order and only the steps of the path', () => {
    const a = pass;
    const b: RequestHandler = (_req, _res, next) => next();
    const c: RequestHandler = (_req, _res, next) => next();
    expect(stepsFor([{ handler: a }, { path: '/exports', handler: b }, { path: '/graphql', handler: c }], '/graphql')).toEqual([a, c]);
  });

  it('runs the steps in order, stops at an error or at a step that answers', () => {
    const seen: string[] = [];
    const step =
      (name: string, outcome: 'next' | 'error' | 'answer' = 'next'): RequestHandler =>
      (_req, _res, next) => {
        seen.push(name);
        if (outcome === 'next') next();
        if (outcome === 'error') next(new Error(name));
      };
    const done: unknown[] = [];
    const req = {} as never;
    const res = {} as never;
    runSteps([step('a'), step('b')], req, res, (e) => done.push(e ?? 'done'));
    runSteps([step('c', 'error'), step('d')], req, res, (e) => done.push((e as Error).message));
    runSteps([step('e', 'answer'), step('f')], req, res, () => done.push('never'));
    const rejects: RequestHandler = async () => {
      throw new Error('async');
    };
    runSteps([rejects], req, res, (e) => done.push((e as Error).message));
    return new Promise<void>((resolve) =>
      setImmediate(() => {
        expect(seen).toEqual(['a', 'b', 'c', 'e']);
        expect(done).toEqual(['done', 'c', 'async']);
        resolve();
      }),
    );
  });
});

/**
 * The hub's own list of steps (hub.ts, requestSteps), with a step added to it, served as the hub
 * serves it (Express, and the front door for POSTs): a cached answer is served by the list's last
 * step, so the added step is taken by a cached POST whichever entry runs it.
 */
describe('a step added to the hub’s list', () => {
  const servers: http.Server[] = [];
  afterEach(() => {
    for (const server of servers.splice(0)) server.close();
  });

  const serve = async (listener: http.RequestListener) => {
    const server = http.createServer(listener);
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  };

  const build = () => {
    const taken: string[] = [];
    const cached: RequestHandler = (req, res) => {
      // Stands in for the cache step: every POST is a hit here.
      res.setHeader('x-cache', 'hit');
      res.json({ data: { echo: (req.body as { query: string }).query } });
    };
    const steps: Step[] = requestSteps({ nodeEnv: 'test', corsOrigins: [], graphiql: false }, pino({ level: 'silent' }), {
      limiter: pass,
      admission: pass,
      cached,
    });
    // Added later by someone, anywhere before the cache step: here, just before it.
    steps.splice(steps.length - 1, 0, {
      path: '/graphql',
      handler: (req, _res, next) => {
        taken.push(`${req.method} ${req.originalUrl ?? req.url}`);
        next();
      },
    });
    const app = express();
    mountSteps(app, steps);
    const endpoint: RequestHandler = (_req, res) => void res.status(418).end();
    app.use('/graphql', endpoint);
    return { app, steps, endpoint, taken };
  };

  const post = (origin: string) =>
    fetch(`${origin}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ a }' }) });

  it('is taken by a cached POST through Express', async () => {
    const { app, taken } = build();
    const res = await post(await serve(app));
    expect(res.headers.get('x-cache')).toBe('hit');
    expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(taken).toEqual(['POST /graphql']);
  });

  it('is taken by a cached POST through the front door, which runs the same list', async () => {
    const { app, steps, endpoint, taken } = build();
    const origin = await serve(frontDoor({ app, path: '/graphql', steps, endpoint, lastResort: (_e, _q, res) => void res.status(500).end() }));
    const res = await post(origin);
    expect(res.headers.get('x-cache')).toBe('hit');
    expect(await res.json()).toEqual({ data: { echo: '{ a }' } });
    expect(res.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
    expect(taken).toEqual(['POST /graphql']);
  });
});
