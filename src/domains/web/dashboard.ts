import fs from 'node:fs';
import path from 'node:path';
import express, { type Request, type Response } from 'express';
import { PROJECT_ROOT } from '../../kernel/project-root';

/** Where `npm run build:web` (vite) writes the dashboard. */
export const DASHBOARD_DIST = path.join(PROJECT_ROOT, 'web', 'dist');

/**
 * The page loads only what the hub serves: its own script, style, map data and API. This is
 * stricter than the hub-wide policy (no inline scripts or styles), and a browser refuses any
 * other request the page might make, so the dashboard works offline by construction.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "manifest-src 'none'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/**
 * The dashboard (web/): its page at `/`, its hashed assets at `/assets/`. GraphiQL stays at
 * GET /graphql. The build is read on each request for the page, so a rebuilt dashboard is
 * served without a restart, and a missing build is a clear 503 rather than a failed start.
 */
export function dashboardRouter(dist: string = DASHBOARD_DIST): express.Router {
  const router = express.Router();
  const indexFile = path.join(dist, 'index.html');

  router.get('/', (_req: Request, res: Response) => {
    if (!fs.existsSync(indexFile)) {
      res
        .status(503)
        .type('text/plain')
        .send('The dashboard is not built. Run `npm run build:web` (npm start and npm test run it first).');
      return;
    }
    res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    // The page names its assets by content hash: it must be revalidated, they never.
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(indexFile);
  });

  router.use(
    '/assets',
    express.static(path.join(dist, 'assets'), {
      immutable: true,
      maxAge: '365d',
      index: false,
      redirect: false,
      // Unknown assets fall through to the hub's JSON 404.
      fallthrough: true,
    }),
  );
  return router;
}
