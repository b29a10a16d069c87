import type { Express, NextFunction, Request, RequestHandler, Response } from 'express';

/**
 * One step of every request's chain: a handler, for every path or for one path and what is under it.
 * The hub's chain is ONE list of these (hub.ts). Express mounts it in order; whatever else answers
 * a request (the front door, when it is on) runs the same list's steps for its path. So a step
 * added to the list is taken by every request it applies to, cached answers included: there is no
 * second list to forget it in, and no flag saying which steps were taken.
 */
export interface Step {
  /** Mounted at this path (Express's `app.use(path, …)`); every request without one. */
  path?: string;
  handler: RequestHandler;
}

/** Mounts the steps on `app`, in order. */
export function mountSteps(app: Express, steps: readonly Step[]): void {
  for (const { path, handler } of steps) {
    if (path === undefined) app.use(handler);
    else app.use(path, handler);
  }
}

/** Whether a step mounted at `mounted` applies to a request for `path` (Express's prefix match on segments). */
export function appliesTo(mounted: string | undefined, path: string): boolean {
  if (mounted === undefined || mounted === '/') return true;
  const prefix = mounted.replace(/\/+$/, '');
  return path === prefix || path.startsWith(`${prefix}/`);
}

/** The handlers of the steps that apply to requests for `path`, in the list's order. */
export function stepsFor(steps: readonly Step[], path: string): RequestHandler[] {
  return steps.filter((s) => appliesTo(s.path, path)).map((s) => s.handler);
}

/**
 * Runs `handlers` in order as Express would: each calls `next()` to go on, `next(error)` to stop
 * with an error; a handler that answers calls neither. `done` is called after the last one, or
 * with the error.
 */
export function runSteps(handlers: readonly RequestHandler[], req: Request, res: Response, done: (error?: unknown) => void): void {
  let at = 0;
  const next: NextFunction = (error?: unknown) => {
    // Express's own convention: next('route') and next('router') leave the chain without an error.
    if (error !== undefined && error !== 'route' && error !== 'router') return done(error);
    const handler = handlers[at++];
    if (!handler) return done();
    try {
      const result = handler(req, res, next) as unknown;
      // Express 5 passes a rejected promise on as an error.
      if (result && typeof (result as Promise<unknown>).then === 'function') (result as Promise<unknown>).then(undefined, (e: unknown) => next(e ?? new Error('rejected')));
    } catch (e) {
      next(e);
    }
  };
  next();
}
