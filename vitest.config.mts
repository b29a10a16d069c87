import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import swc from 'unplugin-swc';
import { defineConfig, type UserWorkspaceConfig } from 'vitest/config';

/**
 * Most test files share two long-lived processes (`isolate: false`): the hub's modules (type-graphql,
 * MikroORM, Apollo, PGlite and all of src/) load once per process, not once per file, which cost about
 * 9 s a file, a third of the suite's time. Each file still starts its own hub on its own copy of the
 * seeded database, and stops it; what the modules keep between files is the shipped data read once
 * and caches keyed by what they cache (WeakMaps, scoped-sql.ts's SQL by condition), as in one hub's
 * process serving many requests.
 *
 * The files listed here run in a fresh process of their own: they replace a module (`vi.mock`) or a
 * global or environment variable (`vi.stubGlobal`, `vi.stubEnv`), or declare GraphQL types or
 * resolvers of their own (type-graphql keeps every decorated class in one global store: a field
 * declared by a test would appear in the schema every later file builds). In a shared process a mocked
 * module reaches only the files that load it after the mock, and the mock would stay for the files
 * after it. `OWN_PROCESS_NEEDED` below refuses to run when a file does so and is not listed.
 */
const OWN_PROCESS = ['test/api/row-security.test.ts', 'test/unit/policy-coverage.test.ts'];

const OWN_PROCESS_NEEDED = /\bvi\.(mock|doMock|stubGlobal|stubEnv)\(|@(Resolver|FieldResolver|ObjectType|InputType|InterfaceType|ArgsType)\(|\b(registerEnumType|createUnionType)\(/;

const ROOT = fileURLToPath(new URL('.', import.meta.url));

function testFiles(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const file = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) return testFiles(file);
    return entry.name.endsWith('.test.ts') ? [file] : [];
  });
}

const unlisted = testFiles('test').filter(
  (file) => !OWN_PROCESS.includes(file) && OWN_PROCESS_NEEDED.test(fs.readFileSync(path.join(ROOT, file), 'utf8')),
);
if (unlisted.length) {
  throw new Error(`${unlisted.join(', ')}: mocks a module, a global or the environment, or declares GraphQL types; add it to OWN_PROCESS in vitest.config.mts`);
}

// swc, not esbuild: type-graphql and MikroORM decorators need decorator metadata.
const transform: UserWorkspaceConfig = {
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
};

const perFile = {
  setupFiles: ['reflect-metadata'],
  pool: 'forks' as const,
  testTimeout: 60_000,
  hookTimeout: 120_000,
};

export default defineConfig({
  ...transform,
  // Outside node_modules, so that `npm ci` keeps it: vitest starts the files that took longest last
  // time first (a long file started last would leave one worker idle while it runs on the other).
  cacheDir: '.test-data/vite',
  test: {
    // Here only, once per run: the projects below do not extend this config, so they do not seed again.
    globalSetup: ['test/support/global-setup.ts'],
    // Each file starts its own hub on its own copy of the seeded database.
    fileParallelism: true,
    maxWorkers: 2,
    reporters: ['default'],
    // A command line's `--exclude` does not reach the projects: name the folders to run instead (test:server).
    projects: [
      { ...transform, test: { ...perFile, name: 'own-process', include: OWN_PROCESS, isolate: true } },
      { ...transform, test: { ...perFile, name: 'shared-process', include: ['test/**/*.test.ts'], exclude: OWN_PROCESS, isolate: false } },
    ],
  },
});
