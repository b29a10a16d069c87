import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';

// swc, not esbuild: type-graphql and MikroORM decorators need decorator metadata.
export default defineConfig({
  // Outside node_modules, so that `npm ci` keeps it: vitest starts the files that took longest last
  // time first (a long file started last would leave one worker idle while it runs on the other).
  cacheDir: '.test-data/vite',
  plugins: [swc.vite({ module: { type: 'es6' } })],
  // One graphql instance: the code vitest transforms would otherwise get graphql's ESM build
  // while type-graphql and Apollo (loaded by Node) get the CommonJS one.
  // graphql-query-complexity's ESM build imports graphql's ESM build in any case: use its CommonJS one.
  resolve: {
    alias: [
      { find: /^graphql$/, replacement: 'graphql/index.js' },
      { find: /^graphql-query-complexity$/, replacement: 'graphql-query-complexity/cjs' },
    ],
  },
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    setupFiles: ['reflect-metadata'],
    pool: 'forks',
    // Each file starts its own hub on its own copy of the seeded database.
    fileParallelism: true,
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    reporters: ['default'],
  },
});
