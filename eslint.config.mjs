import nextVitals from 'eslint-config-next/core-web-vitals'
import nextTypescript from 'eslint-config-next/typescript'

const config = [
  ...nextVitals,
  ...nextTypescript,
  {
    rules: {
      eqeqeq: ['error', 'smart'],
      'no-console': ['error', { allow: ['warn', 'error'] }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // Schemas take z from lib/zod.ts, which turns off zod's eval probe before any schema exists.
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { paths: [{ name: 'zod', message: 'Importer z depuis lib/zod.ts.', allowTypeImports: true }] },
      ],
    },
  },
  {
    files: ['lib/zod.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': 'off' },
  },
  {
    files: ['scripts/**', 'e2e/**', '**/*.test.ts', 'bench/**'],
    rules: { 'no-console': 'off' },
  },
  {
    ignores: [
      '.next/**',
      'out/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'next-env.d.ts',
      'public/pdf-worker.js',
    ],
  },
]

export default config
