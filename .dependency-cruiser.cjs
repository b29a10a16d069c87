/**
 * The hub's layers (ARCHITECTURE.md, "Layout and dependency rules"), checked in `npm test`.
 * Type-only imports count: a cycle through `import type` still ties the files together for a reader.
 */
module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      severity: 'error',
      comment: 'A file must not reach itself through its imports, type imports included.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'kernel-knows-no-domain',
      severity: 'error',
      comment: 'kernel/ (database, HTTP, GraphQL plumbing) imports nothing above it.',
      // No exception: the ORM mapping (entities, record filters, subscribers) and the seeds are
      // handed to the database layer by the wiring (src/orm-mapping.ts, src/seeds.ts).
      from: { path: '^src/kernel/' },
      to: { path: '^src/(domains|access|performance)/|^src/[^/]+\\.ts$' },
    },
    {
      name: 'access-imports-only-kernel',
      severity: 'error',
      comment: 'access/ (viewer, policy table, audit) imports kernel/ only.',
      // No exception: which office gives which rights is the bodies domain's (viewer-rights.ts,
      // handed to the authenticator), the viewer query and the demo principals live there too,
      // and a scope path's references are loaded through the context's `loadReference`.
      from: { path: '^src/access/' },
      to: { path: '^src/(domains|performance)/|^src/[^/]+\\.ts$' },
    },
    {
      name: 'performance-knows-no-domain',
      severity: 'error',
      comment: 'performance/ (compiled execution, caches, cost) goes around libraries, never into a domain.',
      from: { path: '^src/performance/' },
      to: { path: '^src/domains/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)gql/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};
