import type { Express, NextFunction, Request, RequestHandler, Response } from 'express';

/**
 * One step of every request's chain: a handler, for every path or for one path and what is under it.
 * The hub's chain is ONE list of these (hub.ts, requestSteps), mounted in order, and cached
 * answers are served by its last step: a step added to the list is taken by every request it
 * applies to, cached answers included. There is no second entry (the front door that served
 * cached POSTs before Express was removed, bench/README.md 2026-11-30) and no flag saying which
 * steps were taken. An entry that would skip Express's router must run this list, never its own.
 */
export interface Step {
  /** Taken by this path and what is under it (as Express's `app.use(path, …)` matches); by every request without one. */
  path?: string;
  handler: RequestHandler;
}

/**
 * Mounts the steps on `app` as one of Express's layers, which runs them in order (`chainOf`).
 * Express's router gave each step a layer of its own: its path matched by a regular expression,
 * the URL trimmed and restored around it, a parameters object, for each of a dozen steps: 13 % of
 * the bytes a W4 write allocated (bench/README.md, 1 Dec 2026).
 */
export function mountSteps(app: Express, steps: readonly Step[]): void {
  app.use(chainOf(steps));
}

/**
 * The steps as one handler: each step whose path the request's path is, or is under (segment by
 * segment, letter case aside, as `app.use(path, …)` matches), in the list's order. A step passes
 * the request on with `next()`; an error, given to `next` or thrown or rejected, goes to Express's
 * error handling as from any handler, and the steps after it are not taken. Unlike Express, a
 * step mounted at a path sees the request's whole URL: the hub's steps read headers and the
 * body, never the URL's path (request-context.ts reads `originalUrl`, as Express leaves it).
 */
export function chainOf(steps: readonly Step[]): RequestHandler {
  const chain = steps.map(({ path, handler }) => ({ handler, prefix: path === undefined || path === '/' ? undefined : path.replace(/\/+$/, '').toLowerCase() }));
  return (req: Request, res: Response, done: NextFunction) => {
    const path = req.path.toLowerCase();
    let at = 0;
    const next = (error?: unknown): void => {
      if (error !== undefined && error !== null) return done(error);
      while (at < chain.length) {
        const { handler, prefix } = chain[at++]!;
        if (prefix && !(path === prefix || path.startsWith(`${prefix}/`))) continue;
        try {
          const returned = handler(req, res, next) as unknown;
          if (returned instanceof Promise) returned.catch((rejected: unknown) => next(rejected ?? new Error('A step rejected without a reason.')));
        } catch (thrown) {
          next(thrown);
        }
        return;
      }
      done();
    };
    next();
  };
}
