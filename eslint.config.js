// Lint rules: typescript-eslint's recommended set, plus the import direction of DESIGN.md
// (matching imports nothing of ours; dialogs never import a platform SDK).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

const platformSdks = ['botbuilder', 'botbuilder-*', '@microsoft/teams-ai', '@slack/*'];

// Product code never leans on test or benchmark code: fakes, fixtures and harnesses live in testing/,
// benchmarks in bench/, and only tests, harnesses and benchmarks import them.
const testCode = { group: ['**/testing/*', '**/bench/*', '**/test/*'], message: 'Product code never imports test or benchmark code (testing/, bench/, test/).' };
const testFiles = ['**/*.test.ts', '**/testing/**', '**/bench/**', 'test/**', 'matching/cli/**'];
const layers = {
  matching: [
    { group: ['../bot/*', '../../bot/*', '../dialogs/*', '../../dialogs/*', '../adapters/*', '../../adapters/*'], message: 'matching/ is pure: it imports nothing of ours.' },
    { group: ['node:*', 'fs', 'path', 'http', 'https', 'net', 'child_process', ...platformSdks, 'lowdb', 'lowdb/*', 'express'], message: 'matching/ is pure: no I/O and no platform.' },
  ],
  dialogs: [
    { group: platformSdks, message: 'dialogs/ know no platform: speak the neutral turn/reply vocabulary.' },
    { group: ['../adapters/*', '../../adapters/*'], message: 'Imports point adapters → dialogs, never back.' },
  ],
  bot: [{ group: ['../adapters/*', '../../adapters/*', '../dialogs/*', '../../dialogs/*'], message: 'bot/ is below dialogs and adapters; only the composition root knows them.' }],
};

export default tseslint.config(
  { ignores: ['node_modules/**', 'data/**', 'coverage/**', 'dist/**', 'devTools/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  // No import cycles: a newcomer reads a file's imports before the file, never in a circle.
  {
    files: ['**/*.ts'],
    plugins: { 'import-x': importX },
    settings: { ...importX.flatConfigs.typescript.settings, 'import-x/resolver-next': [createTypeScriptImportResolver()] },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', setInterval: 'readonly', clearInterval: 'readonly', URL: 'readonly', Buffer: 'readonly', performance: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['matching/**/*.ts'],
    ignores: ['matching/**/*.test.ts', 'matching/cli/**', 'matching/bench/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: layers.matching }] },
  },
  {
    files: ['dialogs/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: layers.dialogs }] },
  },
  {
    // Tests too: bot/ has its own data builders (bot/testing/), never the dialogs' harnesses.
    files: ['bot/**/*.ts'],
    ignores: ['bot/main.ts', 'bot/composition-root.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: layers.bot }] },
  },
  // The same layers for product files, and no test code in them (a later entry replaces the rule's options).
  {
    files: ['matching/**/*.ts'],
    ignores: [...testFiles, 'matching/bench/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [...layers.matching, testCode] }] },
  },
  {
    files: ['dialogs/**/*.ts'],
    ignores: testFiles,
    rules: { 'no-restricted-imports': ['error', { patterns: [...layers.dialogs, testCode] }] },
  },
  {
    files: ['bot/**/*.ts'],
    ignores: [...testFiles, 'bot/main.ts', 'bot/composition-root.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [...layers.bot, testCode] }] },
  },
  {
    files: ['bot/main.ts', 'bot/composition-root.ts', 'adapters/**/*.ts'],
    ignores: testFiles,
    rules: { 'no-restricted-imports': ['error', { patterns: [testCode] }] },
  },
);
