/** The pages of the single-page app, by path: the hub serves the same page for each (and a 404 for an unknown code). */
export type Route = { page: 'dashboard' } | { page: 'state' | 'region' | 'body'; code: string };

const PATTERNS: readonly [RegExp, 'state' | 'region' | 'body'][] = [
  [/^\/states\/([A-Z]{3})\/?$/, 'state'],
  [/^\/regions\/([A-Z]+)\/?$/, 'region'],
  [/^\/bodies\/([A-Z0-9_]+)\/?$/, 'body'],
];

/** The page a path shows, or null for a path that is none of the app's (left to the browser). */
export function routeOf(pathname: string): Route | null {
  if (pathname === '/') return { page: 'dashboard' };
  for (const [pattern, page] of PATTERNS) {
    const code = pattern.exec(pathname)?.[1];
    if (code) return { page, code };
  }
  return null;
}
