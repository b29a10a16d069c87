import express, { type Request, type Response } from 'express';
import { DEMO_PRINCIPALS, demoSubject } from '../auth/demo-principals';
import { signLocalToken } from '../auth/tokens';
import type { HubConfig } from '../config';

/**
 * Demo sign-in for the dashboard on the embedded default: lists the demo principals and issues
 * a token for one, as `npm run token` does. Only where the hub signs its own tokens (no identity
 * provider) and never in production, where demo principals are not even seeded; elsewhere both
 * routes answer 404, so the dashboard offers only the token field.
 */
export const DEMO_PRINCIPALS_PATH = '/demo/principals';
export const DEMO_TOKEN_PATH = '/demo/token';

/** Short-lived: a demo session, not a credential to keep. */
const DEMO_TOKEN_LIFETIME = '2h';

export function demoTokensAvailable(config: HubConfig): boolean {
  return config.auth.kind === 'local' && config.nodeEnv !== 'production';
}

function refuse(res: Response, status: number, code: string, message: string): void {
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
}

export function demoTokenRouter(config: HubConfig): express.Router {
  const router = express.Router();
  const available = demoTokensAvailable(config);
  const unavailable = (_req: Request, res: Response) =>
    refuse(res, 404, 'NOT_FOUND', 'Demo sign-in is not offered here: tokens come from the identity provider.');

  router.get(DEMO_PRINCIPALS_PATH, (req, res) => {
    if (!available) return unavailable(req, res);
    res.setHeader('Cache-Control', 'no-store');
    res.json({ principals: DEMO_PRINCIPALS.map(({ principal, name, sees }) => ({ principal, name, sees })) });
  });

  // JSON only: a cross-site form cannot post it without a CORS preflight the hub does not grant.
  router.post(DEMO_TOKEN_PATH, express.json({ limit: '1kb', type: 'application/json' }), async (req, res, next) => {
    if (!available || config.auth.kind !== 'local') return unavailable(req, res);
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
