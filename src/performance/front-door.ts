import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import type { Express, NextFunction, Request, RequestHandler, Response } from 'express';

type ErrorHandler = (error: Error & { status?: number; type?: string }, req: Request, res: Response, next: NextFunction) => void;

/** Set on a request whose first steps the front door took: Express passes it on without them. */
const STEPS_TAKEN = 'frontDoorTookSteps';

/** A step both the front door and Express have in their chains: Express skips it where the front door took it. */
export function frontDoorStep(step: RequestHandler): RequestHandler {
  return (req, res, next) => (res.locals[STEPS_TAKEN] === true ? next() : step(req, res, next));
}

const JSON_TYPE = /^application\/json\s*(;\s*charset="?utf-8"?\s*)?$/i;

/**
 * The hub's HTTP entry. A plain JSON POST to /graphql (what clients send) goes through the same
 * steps as in Express (`steps`, each wrapped in `frontDoorStep`), has its body read here and
 * meets `answer`, which serves what the response cache holds. The rest, and whatever `answer`
 * passes on, goes to the Express app, which skips the steps already taken. A cached public answer
 * so skips Express's router and body parser: about a fifth of its CPU (profiled).
 */
export function frontDoor(options: {
  app: Express;
  steps: RequestHandler[];
  answer: RequestHandler;
  maxBodyBytes: number;
  /** Express's last error handler: a body that is not JSON gets the same answer here. */
  lastResort: ErrorHandler;
}): RequestListener {
  const { app, steps, answer, maxBodyBytes, lastResort } = options;
  return (rawReq: IncomingMessage, rawRes: ServerResponse) => {
    const length = Number(rawReq.headers['content-length']);
    const taken =
      rawReq.method === 'POST' &&
      rawReq.url === '/graphql' &&
      JSON_TYPE.test(rawReq.headers['content-type'] ?? '') &&
      rawReq.headers['content-encoding'] === undefined &&
      // An empty body is Apollo's to explain; a larger one, express.json()'s to refuse.
      Number.isInteger(length) &&
      length > 0 &&
      length <= maxBodyBytes;
    if (!taken) return void app(rawReq, rawRes);
    // What Express does to every request it handles (app.handle), so the steps see the same objects.
    const req = Object.setPrototypeOf(rawReq, app.request) as Request;
    const res = Object.setPrototypeOf(rawRes, app.response) as Response;
    req.res = res;
    res.req = req;
    res.locals = Object.create(null) as Response['locals'];
    const toExpress = () => void app(req, res);
    // The body first: its events come from the socket, outside the async context the steps open
    // (the statement count), which must reach the answer.
    readBody(req, (failure, body) => {
      let step = 0;
      const next = (error?: unknown) => {
        if (error) return lastResort(error as Error, req, res, toExpress);
        const current = steps[step++];
        if (current) return void current(req, res, next);
        res.locals[STEPS_TAKEN] = true;
        if (failure) return lastResort(failure, req, res, toExpress);
        req.body = body;
        void answer(req, res, toExpress);
      };
      next();
    });
  };
}

/** The whole body as JSON, as express.json() in strict mode reads it: an object or an array. */
function readBody(req: Request, done: (error: (Error & { status: number; type: string }) | undefined, body?: unknown) => void): void {
  const chunks: Buffer[] = [];
  req.on('data', (chunk: Buffer) => chunks.push(chunk));
  req.on('error', () => undefined);
  req.on('end', () => {
    const text = Buffer.concat(chunks).toString('utf8');
    let body: unknown;
    try {
      if (!/^\s*[{[]/.test(text)) throw new SyntaxError('not a JSON object or array');
      body = JSON.parse(text);
    } catch {
      return done(Object.assign(new Error('The request body is not valid JSON.'), { status: 400, type: 'entity.parse.failed' }));
    }
    done(undefined, body);
  });
}
