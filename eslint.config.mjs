import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['node_modules/', 'dist/', 'dist-*/', 'test/gql/', '.data/', '.test-data/', 'bench/',
      // Generated: typed documents (npm run codegen) and the dashboard build (npm run build:web).
      'web/src/gql/', 'web/dist/', 'client/gql/', 'src/domains/exports/gql/'],
  },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
);
