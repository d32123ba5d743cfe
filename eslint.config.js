// ESLint: TypeScript rules plus the layering of DEVELOPERS.md, enforced by import bans.
//   shared/         imports nothing from Node, the DOM, Electron, or the other layers
//   electron/core/  plain Node: never `electron`, never the renderer
//   renderer/       only shared/ and its own files: no Node, no Electron, no core
//   electron/main.ts, preload.ts, menu.ts: the only files that may import `electron`
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import regexp from 'eslint-plugin-regexp';
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
    // A regular expression whose time grows faster than linearly hangs an import on a crafted file (issue #20).
    files: ['electron/**/*.ts', 'shared/**/*.ts', 'renderer/**/*.{ts,tsx}'],
    plugins: { regexp },
    rules: {
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-super-linear-move': 'error',
    },
  },
  {
    // Text from documents, requests and users is never looked up in a plain object, where "constructor" or
    // "__proto__" finds what Object.prototype holds (issue #20): tables of words are Maps or Sets.
    files: ['electron/core/**/*.ts', 'shared/**/*.ts', 'renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': ['error',
        {
          selector: "BinaryExpression[operator='in']:not([left.type='Literal'])",
          message: '`key in object` also finds Object.prototype names (constructor, toString): use a Map or Set, or Object.hasOwn.',
        },
        {
          // A lookup table: a module's constant, or a filled literal anywhere (an empty one in a function collects SQL parameters).
          selector: ':matches(:matches(Program, ExportNamedDeclaration) > VariableDeclaration > VariableDeclarator, VariableDeclarator[init.properties.length>0])'
            + "[init.type='ObjectExpression'][id.typeAnnotation.typeAnnotation.typeName.name='Record']"
            + "[id.typeAnnotation.typeAnnotation.typeArguments.params.0.type='TSStringKeyword']",
          message: 'A table keyed by any string finds Object.prototype names (constructor, __proto__): make it a Map, or key it by a union of literals.',
        },
      ],
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
