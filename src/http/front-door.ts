import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import type { Express, NextFunction, Request, RequestHandler, Response } from 'express';
import { runSteps, type Step, stepsFor } from './chain';

type ErrorHandler = (error: Error & { status?: number; type?: string }, req: Request, res: Response, next: NextFunction) => void;

/**
 * The hub's HTTP entry: a POST to `path` runs the chain's steps for that path (the same list
 * Express mounts, see chain.ts), then `endpoint`, without Express's router; anything else goes to
 * the Express app.
 */
export function frontDoor(options: { app: Express; path: string; steps: readonly Step[]; endpoint: RequestHandler; lastResort: ErrorHandler }): RequestListener {
  const { app, path, endpoint, lastResort } = options;
  const handlers = stepsFor(options.steps, path);
  return (rawReq: IncomingMessage, rawRes: ServerResponse) => {
    if (rawReq.method !== 'POST' || rawReq.url !== path) return void app(rawReq, rawRes);
    // What Express does to every request it handles (app.handle), so the steps see the same objects.
    const req = Object.setPrototypeOf(rawReq, app.request) as Request;
    const res = Object.setPrototypeOf(rawRes, app.response) as Response;
    req.res = res;
    res.req = req;
    res.locals = Object.create(null) as Response['locals'];
    const fail = (error: unknown) => lastResort(error as Error, req, res, () => undefined);
    runSteps([...handlers, endpoint], req, res, (error) => {
      if (error) return fail(error);
      if (!res.headersSent) fail(Object.assign(new Error('not answered'), { status: 500 }));
    });
  };
}
