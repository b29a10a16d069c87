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
      // Known debt (ARCHITECTURE.md, "Dependency rules"): the ORM settings read the entity list
      // (src/entities.ts, built from the domain registry). The seeds are handed to the database layer.
      from: { path: '^src/kernel/', pathNot: '^src/kernel/db/orm\\.ts$' },
      to: { path: '^src/(domains|access|performance)/|^src/[^/]+\\.ts$' },
    },
    {
      name: 'access-imports-only-kernel',
      severity: 'error',
      comment: 'access/ (viewer, policy table, audit) imports kernel/ only.',
      // Known debt (ARCHITECTURE.md, "Dependency rules"): the viewer is built from office holdings
      // and organisations (bodies/, organisations/) and speaks of regions (participation/enums);
      // the shield and scope-of read a state's scope through the participation loaders; the
      // audit entity bounds its list by the answer limit. Any other file of access/ is held to the rule.
      from: {
        path: '^src/access/',
        pathNot: '^src/access/(auth/(viewer|viewer\\.resolver|demo-principals)|policy/(levels|scope-of|shield)|audit/audit-event\\.entity)\\.ts$',
      },
      to: { path: '^src/(domains|performance)/|^src/[^/]+\\.ts$' },
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
