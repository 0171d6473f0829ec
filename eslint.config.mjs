// Lint rules. The one that matters most: the analysis core stays pure
// (no editor, no protocol, no file system), so the CLI, the server and the
// tests all run the very same code.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const hostOnly = ['fs', 'node:fs', 'fs/promises', 'node:fs/promises', 'path', 'node:path',
  'os', 'node:os', 'child_process', 'node:child_process', 'worker_threads', 'node:worker_threads',
  'http', 'node:http', 'https', 'node:https', 'net', 'node:net'];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'scratch/**', 'test/e2e/.code-server/**', '**/*.js', '**/*.mjs', '.vscode-test/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['server/src/analysis/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: hostOnly.map((name) => ({ name, message: 'The analysis core is pure: file access belongs in server/src/host.' })),
        patterns: [
          { group: ['vscode', 'vscode-*', 'vscode-languageserver*', 'vscode-languageclient*'], message: 'The analysis core knows nothing of the editor or LSP.' },
          { group: ['**/host/**', '**/cli/**', '**/lsp/**'], message: 'The analysis core does not depend on its adapters.' },
        ],
      }],
      'no-restricted-globals': ['error', { name: 'process', message: 'The analysis core has no process, clock or environment.' }],
    },
  },
);
