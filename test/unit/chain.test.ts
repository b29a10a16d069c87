import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express, { type RequestHandler } from 'express';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { requestSteps } from '../../src/hub';
import { mountSteps, type Step } from '../../src/kernel/http/chain';

const pass: RequestHandler = (_req, _res, next) => next();

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

describe('the chain builder', () => {
  it('mounts the steps in the list’s order, each at its path', async () => {
    const seen: string[] = [];
    const step =
      (name: string): RequestHandler =>
      (_req, _res, next) => {
        seen.push(name);
        next();
      };
    const app = express();
    mountSteps(app, [{ handler: step('every') }, { path: '/exports', handler: step('exports') }, { path: '/graphql', handler: step('graphql') }, { handler: step('last') }]);
    app.use((_req, res) => void res.status(204).end());
    const origin = await serve(app);
    await fetch(`${origin}/graphql`);
    await fetch(`${origin}/graphqlx`);
    await fetch(`${origin}/exports/x`);
    expect(seen).toEqual(['every', 'graphql', 'last', 'every', 'last', 'every', 'exports', 'last']);
  });
});

/**
 * The hub's own list of steps (hub.ts, requestSteps), with a step added to it, served as the hub
 * serves it: a cached answer is served by the list's last step, so the added step is taken by a
 * cached POST. (Before, a front door served cached POSTs from its own copy of the first steps.)
 */
describe('a step added to the hub’s list', () => {
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
    return { app, taken };
  };

  const post = (origin: string) =>
    fetch(`${origin}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ a }' }) });

  it('is taken by a cached POST through Express', async () => {
    const { app, taken } = build();
    const res = await post(await serve(app));
    expect(res.headers.get('x-cache')).toBe('hit');
    expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(taken).toEqual(['POST /graphql']);
    expect(await res.json()).toEqual({ data: { echo: '{ a }' } });
  });
});

describe('the steps as one layer (chainOf)', () => {
  it('matches a path as Express does: itself and what is under it, any letter case, never a longer name', async () => {
    const paths = ['/graphql', '/graphql/', '/GraphQL?query=x', '/graphql/x/y', '/graphqlx', '/x/graphql', '/', '/graphql%2Fx'];
    const taken = async (mount: (app: express.Express, step: RequestHandler) => void) => {
      const seen: string[] = [];
      const app = express();
      mount(app, (req, _res, next) => (seen.push(req.originalUrl), next()));
      app.use((_req, res) => void res.status(204).end());
      const origin = await serve(app);
      for (const path of paths) await fetch(`${origin}${path}`);
      return seen;
    };
    const ours = await taken((app, handler) => mountSteps(app, [{ path: '/graphql', handler }]));
    expect(ours).toEqual(['/graphql', '/graphql/', '/GraphQL?query=x', '/graphql/x/y']);
    expect(ours).toEqual(await taken((app, handler) => app.use('/graphql', handler)));
  });

  for (const [how, handler] of [
    ['given to next', ((_req, _res, next) => next(new Error('refused'))) as RequestHandler],
    ['thrown', (() => {
      throw new Error('refused');
    }) as RequestHandler],
    ['rejected', (async () => {
      throw new Error('refused');
    }) as RequestHandler],
  ] as const) {
    it(`hands an error ${how} to Express's error handling, and takes no step after it`, async () => {
      const seen: string[] = [];
      const app = express();
      mountSteps(app, [{ handler }, { handler: (_req, _res, next) => (seen.push('after'), next()) }]);
      app.use((_req, res) => void res.status(204).end());
      app.use((error: Error, _req: express.Request, res: express.Response, _next: express.NextFunction) => void res.status(500).json({ message: error.message }));
      const res = await fetch(await serve(app));
      expect([res.status, await res.json()]).toEqual([500, { message: 'refused' }]);
      expect(seen).toEqual([]);
    });
  }
});
