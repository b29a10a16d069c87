import express, { type Request, type Response } from 'express';
import { DEMO_PRINCIPALS, demoSubject } from '../bodies/demo-principals';
import { signLocalToken } from '../../access/auth/tokens';
import type { HubConfig } from '../../kernel/config';

/**
 * Demo sign-in for the dashboard on the embedded default: lists the demo principals and issues
 * a token for one, as `npm run token` does. Only where the hub signs its own tokens (no identity
 * provider) and has demo principals (DEMO_PRINCIPALS: the embedded database, never production);
 * elsewhere both routes answer 404, so the dashboard offers only the token field.
 *
 * A demo token is a Secretariat's key, so it is handed only to a browser or tool on the hub's own
 * machine (see `localOnly`): a page elsewhere that reaches the hub through the user's browser, by
 * a cross-site POST or by DNS rebinding (its own name resolved to 127.0.0.1), gets a 403.
 */
export const DEMO_PRINCIPALS_PATH = '/demo/principals';
export const DEMO_TOKEN_PATH = '/demo/token';

/** Short-lived: a demo session, not a credential to keep. */
const DEMO_TOKEN_LIFETIME = '2h';

export function demoTokensAvailable(config: HubConfig): boolean {
  return config.auth.kind === 'local' && config.demoPrincipals && config.nodeEnv !== 'production';
}

const LOOPBACK_HOST = /^(localhost|127(\.\d{1,3}){3}|\[::1\])(:\d{1,5})?$/i;
const isLoopbackAddress = (address: string | undefined): boolean => !!address && (address === '::1' || /^(::ffff:)?127\./.test(address));
/** Sec-Fetch-Site values of a request the hub's own page (or no page: curl, the address bar) sent. */
const OWN_FETCH_SITES = new Set(['same-origin', 'none']);

/**
 * Why this request may not have a demo token, or undefined when it may: its peer is on this
 * machine (no proxy in between is trusted), its Host names this machine (a DNS-rebinding page
 * sends its own name), and it comes from the hub's own page or from no page at all.
 */
export function localOnly(req: Request): string | undefined {
  if (!isLoopbackAddress(req.socket.remoteAddress)) {
    return 'Demo tokens are issued only to clients on the hub\'s own machine.';
  }
  const host = req.headers.host ?? '';
  if (!LOOPBACK_HOST.test(host)) {
    return `Demo tokens are issued only at localhost, 127.0.0.1 or [::1]; this request was addressed to "${host.slice(0, 100)}".`;
  }
  const origin = req.headers.origin;
  const site = req.headers['sec-fetch-site'];
  if ((origin !== undefined && origin.toLowerCase() !== `http://${host.toLowerCase()}`) || (site !== undefined && !OWN_FETCH_SITES.has(site))) {
    return `Demo tokens are issued only to the hub's own pages; this request came from ${origin ? `"${origin.slice(0, 100)}"` : `a ${String(site)} page`}.`;
  }
  return undefined;
}

function refuse(res: Response, status: number, code: string, message: string): void {
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
}

export function demoTokenRouter(config: HubConfig): express.Router {
  const router = express.Router();
  const available = demoTokensAvailable(config);
  const unavailable = (_req: Request, res: Response) =>
    refuse(res, 404, 'NOT_FOUND', 'Demo sign-in is not offered here: tokens come from the identity provider.');

  const forbidden = (req: Request, res: Response): boolean => {
    const reason = localOnly(req);
    if (reason) refuse(res, 403, 'FORBIDDEN', reason);
    return reason !== undefined;
  };

  // Listed only where a token can be had, so the dashboard elsewhere offers only the token field.
  router.get(DEMO_PRINCIPALS_PATH, (req, res) => {
    if (!available) return unavailable(req, res);
    if (forbidden(req, res)) return;
    res.setHeader('Cache-Control', 'no-store');
    res.json({ principals: DEMO_PRINCIPALS.map(({ principal, name, sees }) => ({ principal, name, sees })) });
  });

  // JSON only: a cross-site form cannot post it without a CORS preflight the hub does not grant.
  router.post(DEMO_TOKEN_PATH, express.json({ limit: '1kb', type: 'application/json' }), async (req, res, next) => {
    if (!available || config.auth.kind !== 'local') return unavailable(req, res);
    if (forbidden(req, res)) return;
    if (!req.is('application/json')) return refuse(res, 415, 'BAD_REQUEST', 'Send {"principal": "<name>"} as application/json.');
    const principal = (req.body as { principal?: unknown } | undefined)?.principal;
    if (typeof principal !== 'string' || !DEMO_PRINCIPALS.some((p) => p.principal === principal)) {
      return refuse(res, 400, 'BAD_USER_INPUT', `No demo principal "${String(principal)}".`);
    }
    try {
      const token = await signLocalToken(config.auth, demoSubject(principal), { expiresIn: DEMO_TOKEN_LIFETIME });
      res.setHeader('Cache-Control', 'no-store');
      res.json({ principal, token });
    } catch (error) {
      next(error);
    }
  });
  return router;
}
