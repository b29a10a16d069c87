import fs from 'node:fs';
import path from 'node:path';
import express, { type Request, type Response } from 'express';
import { PROJECT_ROOT } from '../../kernel/project-root';
import { BodyCode } from '../bodies/enums';
import { AttRegion } from '../participation/enums';

/** The states the hub ships (data/att-participation.csv): a state page exists for these only. */
const PARTICIPATION_CSV = path.join(PROJECT_ROOT, 'data', 'att-participation.csv');

/** The ISO3 codes of the shipped data's first column, read once. */
export function knownStates(file: string = PARTICIPATION_CSV): ReadonlySet<string> {
  const rows = fs.readFileSync(file, 'utf8').split(/\r?\n/).slice(1);
  return new Set(rows.map((r) => r.split(',')[0]?.trim() ?? '').filter((c) => /^[A-Z]{3}$/.test(c)));
}

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
export function dashboardRouter(dist: string = DASHBOARD_DIST, states: ReadonlySet<string> = knownStates()): express.Router {
  const router = express.Router();
  const indexFile = path.join(dist, 'index.html');

  // A state's, region's or body's page is the same single page, which reads the path; an unknown code is a 404 page.
  const pages: [string, ReadonlySet<string>, string, string][] = [
    ['/states/:code', states, 'No such state', 'The hub holds no state with this ISO 3166-1 alpha-3 code.'],
    ['/regions/:code', new Set<string>(Object.values(AttRegion)), 'No such region', 'The ATT regions are AFRICA, AMERICAS, ASIA, EUROPE and OCEANIA.'],
    ['/bodies/:code', new Set<string>(Object.values(BodyCode)), 'No such body', 'The hub holds no ATT body with this code.'],
  ];
  for (const [route, known, title, text] of pages) {
    router.get(route, (req: Request, res: Response, next) => {
      if (known.has(String(req.params.code))) return next();
      res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
      res
        .status(404)
        .type('html')
        .send(
          `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head>` +
            `<body><h1>${title}</h1><p>${text} <a href="/">Back to the dashboard</a>.</p></body></html>`,
        );
    });
  }

  router.get(['/', ...pages.map(([route]) => route), '/workspace', '/desk', '/changes'], (_req: Request, res: Response) => {
    if (!fs.existsSync(indexFile)) {
      res.status(503).type('text/plain').send('The dashboard is not built. Run `npm run build:web` (npm start and npm test run it first).');
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
