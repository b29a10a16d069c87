import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed documents for the operations written with `graphql(...)` in the tests: the test suite
 * is the first client built on the committed contract, schema/schema.graphql.
 */
const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  documents: ['test/**/*.ts', '!test/gql/**'],
  ignoreNoDocuments: false,
  generates: {
    'test/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { Date: 'string' },
      },
    },
  },
  hooks: {},
};

export default config;
