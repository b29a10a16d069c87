import type { Express, RequestHandler } from 'express';

/**
 * One step of every request's chain: a handler, for every path or for one path and what is under it.
 * The hub's chain is ONE list of these (hub.ts, requestSteps), mounted by Express in order, and
 * cached answers are served by its last step: a step added to the list is taken by every request
 * it applies to, cached answers included. There is no second entry (the front door that served
 * cached POSTs before Express was removed, bench/README.md 2026-11-30) and no flag saying which
 * steps were taken. An entry that would skip Express's router must run this list, never its own.
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
