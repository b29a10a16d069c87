import { defineConfig } from 'vite';

/**
 * The dashboard build: web/index.html and its script, style and map data into web/dist/,
 * which the hub serves at `/` (src/domains/web/dashboard.ts). Everything comes from npm packages
 * bundled here; the page loads nothing from anywhere but the hub.
 */
export default defineConfig({
  root: import.meta.dirname,
  base: '/',
  // No public folder: every file the page uses is imported, hashed and served from /assets/.
  publicDir: false,
  logLevel: 'warn',
  // `npx vite --config web/vite.config.mts`: the page with live reload, the API from a hub on :4000.
  server: {
    proxy: Object.fromEntries(['/graphql', '/exports', '/demo'].map((p) => [p, 'http://127.0.0.1:4000'])),
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Nothing inlined as data: URLs; the page's Content-Security-Policy allows only its own files.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    target: 'es2022',
    sourcemap: false,
  },
});
