import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import prettier from 'eslint-config-prettier'

const ioModules = [
  'fs',
  'fs/promises',
  'node:fs',
  'node:fs/promises',
  'child_process',
  'node:child_process'
]

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'node_modules/',
      'coverage/',
      'bench-cache/',
      'bench-results/',
      'demo-restore/'
    ]
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }
      ],
      'no-constant-condition': ['error', { checkLoops: false }]
    }
  },
  {
    // Only the action talks to GitHub.
    files: ['src/**/*.ts'],
    ignores: ['src/action/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['@actions/*'], message: 'Only src/action imports @actions/*.' }] }
      ]
    }
  },
  {
    // Pure codecs: bytes in, bytes out; no file or process I/O.
    files: [
      'src/lib/bolt/**/*.ts',
      'src/lib/wal/**/*.ts',
      'src/lib/snap/**/*.ts',
      'src/lib/proto/**/*.ts',
      'src/lib/cluster/**/*.ts'
    ],
    // The one bbolt file writer (issue 24: a bolt noun, so on the bolt floor): appends pages to
    // new files through node:fs. Everything else in bolt/ reads and writes through a PageSource.
    ignores: ['src/lib/bolt/page-writer.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ioModules.map((name) => ({
            name,
            message: 'Codecs do no I/O: take a PageSource/sink instead.'
          })),
          patterns: [{ group: ['@actions/*'] }]
        }
      ]
    }
  },
  {
    // Issue 24: no function in src/ over 100 lines.
    files: ['src/**/*.ts'],
    rules: {
      'max-lines-per-function': [
        'error',
        { max: 100, skipBlankLines: true, skipComments: true, IIFEs: true }
      ]
    }
  },
  {
    files: ['scripts/**/*.mjs', 'bin/*', '*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } }
  }
)
