import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import type { Logger } from 'pino';
import { withStatementCount } from '../db/statement-count';

/**
 * Every request's id (the client's `x-request-id` if it is sensible), its logger, its line in the
 * request log once answered, and the count of the SQL statements it runs (`x-sql-statements`).
 */
export function requestContext(log: Logger) {
  return (req: Request, res: Response, next: NextFunction) => {
    const given = req.headers['x-request-id'];
    const requestId = typeof given === 'string' && /^[\w.-]{1,64}$/.test(given) ? given : randomUUID();
    res.locals.requestId = requestId;
    res.locals.log = log.child({ requestId });
    res.setHeader('x-request-id', requestId);
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      (res.locals.log as Logger).info(
        { method: req.method, path: (req.originalUrl ?? req.url).split('?')[0], status: res.statusCode, ms: Math.round(ms * 10) / 10 },
        'request',
      );
    });
    // Everything this request runs counts its SQL statements.
    withStatementCount(() => next());
  };
}
