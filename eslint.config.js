import js from '@eslint/js';
import i18next from 'eslint-plugin-i18next';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const noElectron = {
  name: 'electron',
  message:
    'Only electron/main/ and electron/preload/ may import electron: shared/, node/, cli/ and the IPC handlers must run in plain Node.',
};

/**
 * Engine modules an IPC handler may not import at run time: engine work goes through the engine host
 * (`node/engine-host/`, worker threads), so that Electron's main loop stays free. Type-only imports are fine.
 */
const engineModules = {
  group: [
    '**/shared/article/*',
    '**/shared/claims/*',
    '**/shared/compare/*',
    '**/shared/report/*',
    '!**/shared/report/file-name',
    '**/shared/story/*',
    '!**/shared/story/export-options',
    '**/shared/text/*',
    '**/node/analyze-folder',
    '**/node/decode',
    '**/node/export-report',
    '**/node/extract-html',
    '**/node/read-article',
    '**/node/scan-folder',
    '**/node/story-analysis',
    '**/node/engine-host/tasks',
    '**/node/engine-host/worker',
  ],
  allowTypeImports: true,
  message:
    'IPC handlers do no engine work: run it through services.engine (node/engine-host/), so that the main loop stays free. Type-only imports are fine.',
};

/** Lint rules, including where `electron` and `ipcMain` may be imported and what IPC handlers may not import. */
export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'node_modules/**',
      'test-results/**',
      'coverage/**',
      'tests/fixtures/**',
      'resources/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-imports': ['error', { paths: [noElectron] }],
    },
  },
  {
    files: ['electron/main/**/*.ts', 'electron/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              importNames: ['ipcMain'],
              message:
                'ipcMain is used only in electron/main/ipc/register.ts, which registers the handler table.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/main/ipc/register.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['electron/main/ipc/**/*.ts'],
    ignores: ['electron/main/ipc/register.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [noElectron] }] },
  },
  {
    files: ['electron/main/ipc/**/*.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: [engineModules] }] },
  },
  {
    files: ['renderer/**/*.{ts,tsx}', 'tests/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['renderer/**/*.tsx'],
    ...i18next.configs['flat/recommended'],
    rules: { 'i18next/no-literal-string': ['error', { mode: 'jsx-text-only' }] },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.node } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['tests/e2e/bridge-entry.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
);
