// ESLint: TypeScript rules plus the layering of DEVELOPERS.md, enforced by import bans.
//   shared/         imports nothing from Node, the DOM, Electron, or the other layers
//   electron/core/  plain Node: never `electron`, never the renderer
//   renderer/       only shared/ and its own files: no Node, no Electron, no core
//   electron/main.ts, preload.ts, menu.ts: the only files that may import `electron`
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { builtinModules } from 'node:module';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];
const ELECTRON_SHELL = ['electron/main.ts', 'electron/preload.ts', 'electron/menu.ts'];

const noElectron = { name: 'electron', message: 'Only electron/main.ts, preload.ts and menu.ts may import electron (DEVELOPERS.md).' };

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'out/', 'test-results/', 'playwright-report/', '.bench/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-control-regex': 'off',
      'no-irregular-whitespace': 'off',
    },
  },
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': ['error', {
        paths: [noElectron, ...nodeBuiltins.map((name) => ({ name, message: 'shared/ must not import Node modules: it runs in the renderer too.' }))],
        patterns: [{ group: ['**/electron/**', '**/renderer/**'], message: 'shared/ imports nothing from electron/ or renderer/.' }],
      }],
    },
  },
  {
    files: ['electron/**/*.ts'],
    ignores: ELECTRON_SHELL,
    rules: {
      'no-restricted-imports': ['error', {
        paths: [noElectron],
        patterns: [{ group: ['**/renderer/**'], message: 'electron/ code never imports the renderer; use shared/.' }],
      }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': ['error', {
        paths: [noElectron, ...nodeBuiltins.map((name) => ({ name, message: 'The renderer has no Node: reach the core through the client.' }))],
        patterns: [{ group: ['**/electron/**'], message: 'The renderer reaches the core only through the contract client (shared/).' }],
      }],
    },
  },
  {
    files: ['tests/**/*.ts', 'bench/**/*.ts', 'scripts/**/*.{js,ts}'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'electron', message: 'No test or script may import electron: its runtime is not available here.' }] }],
    },
  },
);
