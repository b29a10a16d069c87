import type { NextFunction, Request, Response } from 'express';

/**
 * Security headers on every response. The pages the hub serves (GraphiQL, the dashboard) load
 * only their own assets; GraphiQL needs inline module scripts and blob workers.
 */
export function securityHeaders(production: boolean) {
  return (_req: Request, res: Response, next: NextFunction) => {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('X-Frame-Options', 'DENY');
    res.setHeader('Referrer-Policy', 'no-referrer');
    res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
    res.setHeader(
      'Content-Security-Policy',
      "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
        "font-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; frame-ancestors 'none'; base-uri 'none'",
    );
    if (production) res.setHeader('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
    next();
  };
}

/** CORS for the origins in CORS_ORIGINS only; other origins get no CORS headers, so browsers refuse. */
export function corsAllowList(origins: readonly string[]) {
  const allowed = new Set(origins);
  return (req: Request, res: Response, next: NextFunction) => {
    const origin = req.header('origin');
    if (origin && allowed.has(origin)) {
      res.setHeader('Access-Control-Allow-Origin', origin);
      res.setHeader('Vary', 'Origin');
      res.setHeader('Access-Control-Allow-Headers', 'authorization, content-type, apollo-require-preflight, x-request-id');
      res.setHeader('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
      res.setHeader('Access-Control-Expose-Headers', 'x-request-id, ratelimit-limit, ratelimit-remaining, ratelimit-reset');
      res.setHeader('Access-Control-Max-Age', '600');
    }
    if (req.method === 'OPTIONS') {
      res.status(origin && allowed.has(origin) ? 204 : 403).end();
      return;
    }
    next();
  };
}

/** Content types a cross-site page can send without a CORS preflight (Fetch standard). */
const SIMPLE_CONTENT_TYPES = new Set(['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain']);
/** Headers only a script can set, each of which makes the browser ask (preflight) first: Apollo's own pair. */
const PREFLIGHT_HEADERS = ['apollo-require-preflight', 'x-apollo-operation-name'];

/**
 * The hub's CSRF rule, in place of Apollo's `csrfPrevention` (same refusal, narrower trigger).
 *
 * Cross-site request forgery rides on credentials the browser adds by itself: cookies, HTTP
 * Basic or client-certificate sessions (or a proxy that turns a cookie into a token). The hub
 * reads none of them: its only credential is `Authorization: Bearer`, which a browser never adds
 * by itself and which only a script can set, forcing a preflight that CORS_ORIGINS governs. So a
 * simple request (no preflight) is refused only when it carries an ambient credential (a Cookie,
 * or an Authorization that is not Bearer) and nothing that proves a preflight; the rest is read
 * as the credential it carries, or as the anonymous public that any page could ask as itself.
 *
 * Why not Apollo's rule: it refuses every GET without `apollo-require-preflight`, including
 * urql's default (GET for queries, only a CORS-safelisted Accept header), which therefore cannot
 * be told from a cross-site simple GET by its headers; what tells them apart is what they carry.
 * A deployment whose proxy adds cookie sessions stays protected: those requests carry the cookie.
 */
export function crossSiteRequests() {
  return (req: Request, res: Response, next: NextFunction) => {
    const contentType = req.header('content-type')?.split(';')[0]?.trim().toLowerCase();
    const preflighted =
      (contentType !== undefined && contentType !== '' && !SIMPLE_CONTENT_TYPES.has(contentType)) ||
      PREFLIGHT_HEADERS.some((name) => (req.header(name) ?? '') !== '');
    const authorization = req.header('authorization');
    const ambient = req.header('cookie') !== undefined || (authorization !== undefined && !/^Bearer /.test(authorization));
    if (preflighted || !ambient) return next();
    res.status(400).json({
      errors: [
        {
          message:
            'This request carries credentials a browser adds by itself (a cookie, or an Authorization that is not Bearer) without a header that proves a CORS preflight, so it has been ' +
            'blocked as a potential cross-site request forgery. The hub reads only "Authorization: Bearer <token>": send it ' +
            'without cookies, or add the header "apollo-require-preflight: true".',
          extensions: { code: 'BAD_REQUEST' },
        },
      ],
    });
  };
}
