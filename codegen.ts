import type { CodegenConfig } from '@graphql-codegen/cli';

/** The settings every target shares: plain types, string enums, dates as strings. */
const typesConfig = {
  useTypeImports: true,
  enumsAsTypes: true,
  scalars: { Date: 'string', DateTimeISO: 'string', JSONObject: 'Record<string, unknown>' },
};

/**
 * Typed documents for the `graphql(...)` operations of each client of the committed contract,
 * schema/schema.graphql. Each target reads only its own folder's documents, so one client's
 * operations never leak into another's generated module.
 */
const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  ignoreNoDocuments: false,
  generates: {
    // The test suite: the first client built on the contract.
    'test/gql/': {
      documents: ['test/**/*.ts', '!test/gql/**'],
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { Date: 'string' },
      },
    },
    // The dashboard: documents as strings, so the page ships no GraphQL parser or printer.
    'web/src/gql/': {
      documents: ['web/src/**/*.ts', '!web/src/gql/**'],
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: { ...typesConfig, documentMode: 'string' },
    },
    // The typed client other TypeScript apps import (client/README.md).
    'client/gql/': {
      documents: ['client/operations.ts'],
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: typesConfig,
    },
    // The exports run these through the hub's schema with the viewer's own context.
    'src/domains/exports/gql/': {
      documents: ['src/domains/exports/operations.ts'],
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: typesConfig,
    },
  },
  hooks: {},
};

export default config;
