import { describe, expect, it } from 'vitest';
import { compressHit, MIN_GZIP_BYTES, whatIsAsked, withheldAnswer } from '../../src/performance/serve-hit';

const ask = (req: { method?: string; headers?: Record<string, string>; mediaType?: string | false; body?: unknown; query?: Record<string, unknown> }) =>
  whatIsAsked({
    method: req.method ?? 'POST',
    header: (name) => req.headers?.[name.toLowerCase()],
    mediaType: req.mediaType === undefined ? 'application/json' : req.mediaType,
    body: req.body,
    query: req.query,
  });

describe('what a request asks of the cache (the serveHit decision)', () => {
  it('a JSON POST asks, to read and to keep', () => {
    const body = { query: '{ a }', variables: { n: 1 } };
    expect(ask({ body })).toEqual({ kind: 'ask', request: body, mediaType: 'application/json', read: true, write: true });
  });

  it('Cache-Control: no-cache asks for a fresh answer that is still kept; no-store passes', () => {
    expect(ask({ body: { query: '{ a }' }, headers: { 'cache-control': 'no-cache' } })).toMatchObject({ kind: 'ask', read: false, write: true });
    expect(ask({ body: { query: '{ a }' }, headers: { 'cache-control': 'no-store' } }).kind).toBe('pass');
  });

  it('a body that is not a JSON object, a client accepting no JSON, another method, a bad operationName: passed on to Apollo', () => {
    expect(ask({ body: undefined }).kind).toBe('pass');
    expect(ask({ body: [{ query: '{ a }' }] }).kind).toBe('pass');
    expect(ask({ body: 'query' }).kind).toBe('pass');
    expect(ask({ body: { query: '{ a }' }, mediaType: false }).kind).toBe('pass');
    expect(ask({ method: 'PUT', body: { query: '{ a }' } }).kind).toBe('pass');
    expect(ask({ body: { query: '{ a }', operationName: 3 } }).kind).toBe('pass');
  });

  it('a GET without a preflight header is passed on: Apollo refuses it (CSRF), the cache must not answer it', () => {
    const query = { query: '{ a }' };
    expect(ask({ method: 'GET', query }).kind).toBe('pass');
    expect(ask({ method: 'GET', query, headers: { 'content-type': 'text/plain' } }).kind).toBe('pass');
    expect(ask({ method: 'GET', query, headers: { 'apollo-require-preflight': 'true' } }).kind).toBe('ask');
    expect(ask({ method: 'GET', query, headers: { 'x-apollo-operation-name': 'A' } }).kind).toBe('ask');
    expect(ask({ method: 'GET', query, headers: { 'content-type': 'application/json' } }).kind).toBe('ask');
  });

  it('a GET has its variables and extensions read from JSON, as Apollo reads them', () => {
    const asked = ask({
      method: 'GET',
      headers: { 'apollo-require-preflight': 'true' },
      query: { query: '{ a }', variables: '{"n":2}', extensions: '{"persistedQuery":{"version":1,"sha256Hash":"x"}}', operationName: 'A' },
    });
    expect(asked).toMatchObject({ kind: 'ask', request: { query: '{ a }', variables: { n: 2 }, operationName: 'A', extensions: { persistedQuery: { sha256Hash: 'x' } } } });
    expect(ask({ method: 'GET', headers: { 'apollo-require-preflight': 'true' }, query: { query: '{ a }', variables: '{n' } }).kind).toBe('pass');
  });
});

describe('how a hit goes out', () => {
  it('gzipped only when large enough and the client takes gzip', () => {
    expect(compressHit(MIN_GZIP_BYTES, 'gzip')).toBe(true);
    expect(compressHit(MIN_GZIP_BYTES - 1, 'gzip')).toBe(false);
    expect(compressHit(MIN_GZIP_BYTES * 10, 'identity')).toBe(false);
    expect(compressHit(MIN_GZIP_BYTES * 10, false)).toBe(false);
  });

  it('an answer whose reads cannot be logged is withheld: 503 when the database is away, else 500, never data', () => {
    const down = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    const other = withheldAnswer(new Error('boom'));
    expect(other).toEqual({ status: 500, body: { errors: [{ message: 'Internal server error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] } });
    expect(withheldAnswer(down)).toEqual({
      status: 503,
      body: { errors: [{ message: 'The database is unavailable; try again shortly.', extensions: { code: 'UNAVAILABLE' } }] },
    });
  });
});
