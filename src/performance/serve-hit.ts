import { promisify } from 'node:util';
import zlib from 'node:zlib';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Request, Response } from 'express';
import { logRestrictedReads } from '../access/audit/audit-trail';
import type { Viewer } from '../access/auth/viewer';
import { requestIds } from '../kernel/http/request-context';
import { isDatabaseUnavailable } from '../kernel/graphql/errors';
import { type Answer, cacheDirectives } from './response-cache';

/**
 * The one way a cached answer is served (`serveHit`), and the pure decisions it rests on: what a
 * request asks of the cache (`whatIsAsked`) and how the bytes go out (`compressHit`). The chain's
 * cache step (cached-answers.ts) is the only caller, for every request that reaches it: POST and
 * GET alike.
 */

export const MEDIA_TYPES = ['application/json', 'application/graphql-response+json'];
/** Smaller answers are sent as they are: compressing them saves less than it costs. */
export const MIN_GZIP_BYTES = 4096;

/** A GraphQL request as sent over HTTP (Apollo's shape), before any lookup. */
export interface AskedRequest {
  query?: unknown;
  variables?: unknown;
  operationName?: unknown;
  extensions?: { persistedQuery?: { version?: unknown; sha256Hash?: unknown } };
}

export type Asked =
  | { kind: 'pass'; why: string }
  | { kind: 'ask'; request: AskedRequest; mediaType: string; read: boolean; write: boolean };

/** Content types a browser sends cross-origin without a preflight (Apollo's CSRF rule, after the Fetch standard). */
const SIMPLE_TYPES = new Set(['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data']);

/**
 * Whether the cache may answer this request, and what it asks: decided from the request alone.
 * Anything the cache step does not fully understand is passed on to Apollo, which answers or
 * explains (it also refuses what this step lets through for a reason of its own, as for a fresh answer).
 *
 * A GET is a "simple" request a foreign page can make; Apollo's CSRF prevention refuses one
 * without a preflight header or a non-simple content type, even for a query. The cache would
 * otherwise answer (and log a read for) what Apollo refuses: such a GET is passed on.
 */
export function whatIsAsked(req: {
  method: string;
  header: (name: string) => string | undefined;
  /** The media type the client accepts among MEDIA_TYPES (Express's `req.accepts`), or false. */
  mediaType: string | false;
  body?: unknown;
  query?: Record<string, unknown>;
}): Asked {
  let request: AskedRequest;
  if (req.method === 'POST') {
    if (typeof req.body !== 'object' || req.body === null || Array.isArray(req.body)) return { kind: 'pass', why: 'no JSON object body' };
    request = req.body as AskedRequest;
  } else if (req.method === 'GET') {
    const contentType = req.header('content-type')?.split(';')[0]?.trim().toLowerCase();
    const preflighted =
      !!req.header('apollo-require-preflight') || !!req.header('x-apollo-operation-name') || (!!contentType && !SIMPLE_TYPES.has(contentType));
    if (!preflighted) return { kind: 'pass', why: 'a GET without a preflight header (CSRF prevention)' };
    const params = req.query ?? {};
    try {
      request = {
        query: params.query,
        operationName: params.operationName,
        variables: typeof params.variables === 'string' ? (JSON.parse(params.variables) as unknown) : params.variables,
        extensions: typeof params.extensions === 'string' ? (JSON.parse(params.extensions) as AskedRequest['extensions']) : undefined,
      };
    } catch {
      return { kind: 'pass', why: 'parameters that are not JSON' };
    }
  } else {
    return { kind: 'pass', why: `method ${req.method}` };
  }
  if (!req.mediaType) return { kind: 'pass', why: 'no acceptable media type' };
  if (request.operationName !== undefined && request.operationName !== null && typeof request.operationName !== 'string') {
    return { kind: 'pass', why: 'an operationName that is not a string' };
  }
  const { read, write } = cacheDirectives(req.header('cache-control'));
  if (!read && !write) return { kind: 'pass', why: 'Cache-Control: no-store' };
  return { kind: 'ask', request, mediaType: req.mediaType, read, write };
}

/** Whether a hit of `bytes` goes out gzipped, given what the client accepts (Express's `acceptsEncodings`). */
export function compressHit(bytes: number, acceptedEncoding: string | false): boolean {
  return bytes >= MIN_GZIP_BYTES && acceptedEncoding === 'gzip';
}

/** The answer given instead of one whose RESTRICTED reads could not be logged: it is withheld. */
export function withheldAnswer(error: unknown): { status: number; body: { errors: { message: string; extensions: { code: string } }[] } } {
  const down = isDatabaseUnavailable(error);
  return {
    status: down ? 503 : 500,
    body: {
      errors: [
        down
          ? { message: 'The database is unavailable; try again shortly.', extensions: { code: 'UNAVAILABLE' } }
          : { message: 'Internal server error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } },
      ],
    },
  };
}

const gzip = promisify(zlib.gzip);
// Each kept answer is compressed once, for the clients that accept gzip (browsers do): writing a
// 230 kB answer to the socket was a quarter of a cached hit's time (profiled); gzipped it is ~25 kB.
const gzipped = new WeakMap<Answer, Promise<Buffer>>();
const gzipOf = (answer: Answer) => {
  let bytes = gzipped.get(answer);
  if (!bytes) gzipped.set(answer, (bytes = gzip(answer.body)));
  return bytes;
};

/**
 * Serves a cached answer: its RESTRICTED reads are logged in the access log first (served again,
 * so read again; not logged, not answered), then the bytes first sent go out, with the headers of
 * any answer (media type, `x-cache: hit`, `x-sql-statements`).
 */
export async function serveHit(
  answer: Answer,
  context: { req: Request; res: Response; em: EntityManager; viewer: Viewer; mediaType: string },
): Promise<void> {
  const { req, res, em, viewer, mediaType } = context;
  try {
    await logRestrictedReads(em, { actor: viewer.subject, ...requestIds(res), operation: answer.operation }, answer.reads ?? []);
  } catch (error) {
    (res.locals.log as { warn: (o: object, m: string) => void } | undefined)?.warn({ err: error }, 'could not log restricted reads; answer withheld');
    const { status, body } = withheldAnswer(error);
    res.status(status).json(body);
    return;
  }
  const compress = compressHit(answer.body.length, req.acceptsEncodings(['identity', 'gzip']));
  const bytes = compress ? await gzipOf(answer) : answer.body;
  res.status(200);
  res.setHeader('content-type', `${mediaType}; charset=utf-8`);
  if (compress) res.setHeader('content-encoding', 'gzip');
  res.vary('Accept-Encoding');
  res.setHeader('x-cache', 'hit');
  res.setHeader('x-sql-statements', String(requestIds(res).statements?.statements ?? 0));
  res.end(bytes);
}
