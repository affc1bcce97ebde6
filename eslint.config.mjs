import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';

// Which project may import which. Tests may also import the test-only libraries.
function boundaries(testOnly) {
  const deps = (...tags) => [...tags, ...testOnly];
  return {
    enforceBuildableLibDependency: false,
    allow: [],
    depConstraints: [
      {
        sourceTag: 'type:contracts',
        onlyDependOnLibsWithTags: ['type:contracts'],
        bannedExternalImports: [
          '@nestjs/*',
          'mongoose',
          'mongodb',
          '@nats-io/*',
          'fastify',
          'class-validator',
        ],
      },
      { sourceTag: 'type:lib', onlyDependOnLibsWithTags: deps('type:lib', 'type:contracts') },
      { sourceTag: 'type:service', onlyDependOnLibsWithTags: deps('type:lib', 'type:contracts') },
      // The gateway talks request/reply only: the event backbone (outbox, dead-letter store) brings mongoose.
      {
        sourceTag: 'scope:gateway',
        notDependOnLibsWithTags: ['scope:persistence', 'scope:events'],
        bannedExternalImports: [
          'mongoose',
          'mongodb',
          '@nestjs/mongoose',
          '@elo/embedded-mongo',
          '@elo/events',
        ],
      },
      // Request/reply stays free of the database, so that its users (the gateway) do not load it.
      {
        sourceTag: 'scope:rpc',
        notDependOnLibsWithTags: ['scope:persistence', 'scope:events'],
        bannedExternalImports: ['mongoose', 'mongodb', '@nestjs/mongoose'],
      },
      // The console runs in the browser: it talks to the gateway over HTTP only, never imports a library.
      {
        sourceTag: 'scope:console',
        onlyDependOnLibsWithTags: [],
        bannedExternalImports: ['@nestjs/*', 'mongoose', 'mongodb', '@nats-io/*', 'fastify', 'zod', 'node:*'],
      },
      { sourceTag: 'type:test-lib', onlyDependOnLibsWithTags: ['type:lib', 'type:contracts', 'type:tool'] },
      { sourceTag: 'type:tool', onlyDependOnLibsWithTags: deps('type:lib', 'type:contracts', 'type:tool') },
      {
        sourceTag: 'type:e2e',
        onlyDependOnLibsWithTags: ['type:lib', 'type:contracts', 'type:tool', 'type:test-lib'],
      },
    ],
  };
}

// Request/reply handlers go through @RpcHandler, which parses and authorizes with the RPC catalog.
const bareMessagePattern = {
  name: '@nestjs/microservices',
  importNames: ['MessagePattern', 'EventPattern'],
  message: 'Use @RpcHandler from @elo/messaging: it parses and authorizes through the RPC catalog.',
};

// Test-only helpers next to the code they exercise (test-fixtures/ folders, test-support.ts) count as tests.
const testFiles = [
  '**/*.spec.ts',
  '**/*.spec.tsx',
  '**/*.int-spec.ts',
  '**/*.e2e-spec.ts',
  'test/**/*.ts',
  'libs/testing/**/*.ts',
  '**/test-fixtures/**/*.ts',
  '**/test-support.ts',
];

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      'tmp/**',
      '.nx/**',
      '.data/**',
      'coverage/**',
      '**/*.js',
      '**/*.mjs',
      '**/*.cjs',
      // Generated from the OpenAPI document (a spec keeps it current).
      'services/console/src/api/schema.d.ts',
    ],
  },
  ...nx.configs['flat/base'],
  ...tseslint.configs.recommendedTypeChecked,
  prettier,
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: true, requireDefaultForNonUnion: false },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-extraneous-class': 'off',
      '@typescript-eslint/require-await': 'off',
      // Split a file before it grows past this.
      'max-lines': ['error', { max: 300, skipBlankLines: true, skipComments: true }],
      'no-restricted-imports': [
        'error',
        {
          paths: [bareMessagePattern],
          patterns: [
            {
              group: ['../../*'],
              message: 'Do not climb across projects: import through a workspace path (@elo/...).',
            },
            { group: ['@elo/testing'], message: '@elo/testing is for tests only.' },
          ],
        },
      ],
      '@nx/enforce-module-boundaries': ['error', boundaries([])],
    },
  },
  {
    files: testFiles,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [bareMessagePattern],
          patterns: [{ group: ['../../*'], message: 'Import through a workspace path (@elo/...).' }],
        },
      ],
      '@nx/enforce-module-boundaries': ['error', boundaries(['type:test-lib'])],
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  {
    // The one place that may register a message handler.
    files: ['libs/messaging/src/rpc/rpc-handler.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
);
