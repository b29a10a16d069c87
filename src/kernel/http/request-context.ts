import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import type { Logger } from 'pino';
import { newStatementCount, type StatementCount } from '../db/statement-count';

/** The hub's id of a request, and the client's own if it sent one. */
export interface RequestIds {
  requestId: string;
  clientRequestId: string | null;
  /** The SQL statements the request has sent so far (`x-sql-statements`). */
  statements?: StatementCount;
}

/** The ids `requestContext` gave this request. */
export function requestIds(res: Response): RequestIds {
  return {
    requestId: res.locals.requestId as string,
    clientRequestId: (res.locals.clientRequestId as string | null) ?? null,
    statements: res.locals.statements as StatementCount | undefined,
  };
}

/** The longest client request id kept; longer ones are cut. */
const MAX_CLIENT_REQUEST_ID = 128;

/**
 * The client's `x-request-id`, kept beside the hub's own id (never in its place: a client must not
 * choose the id its entries in the access log are filed under). Printable ASCII only, at most
 * 128 characters; null when nothing is left.
 */
export function clientRequestId(given: string | string[] | undefined): string | null {
  if (typeof given !== 'string') return null;
  const kept = given.replace(/[^\x20-\x7e]/g, '').trim().slice(0, MAX_CLIENT_REQUEST_ID);
  return kept || null;
}

/**
 * Every request's id (generated here, returned in `x-request-id`), the client's own id if it sent
 * one, its logger, its line in the request log once answered, and the count of the SQL statements
 * it runs (`x-sql-statements`).
 */
export function requestContext(log: Logger) {
  return (req: Request, res: Response, next: NextFunction) => {
    const requestId = randomUUID();
    const clientId = clientRequestId(req.headers['x-request-id']);
    res.locals.requestId = requestId;
    res.locals.clientRequestId = clientId;
    res.locals.log = log.child(clientId ? { requestId, clientRequestId: clientId } : { requestId });
    res.setHeader('x-request-id', requestId);
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      (res.locals.log as Logger).info(
        { method: req.method, path: (req.originalUrl ?? req.url).split('?')[0], status: res.statusCode, ms: Math.round(ms * 10) / 10 },
        'request',
      );
    });
    res.locals.statements = newStatementCount();
    next();
  };
}
