import js from '@eslint/js';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeBuiltins = { group: ['node:*'], message: 'This layer must not use Node: keep it pure (domain) or go through the operation contract (renderer).' };
const electronLayer = { group: ['**/electron/**', '../electron', '../../electron'], message: 'Only the main process may import from electron/.' };
const coreLayer = { group: ['**/core/**', '../core', '../../core'], message: 'domain/ and renderer/ must not import the Node core.' };
const rendererLayer = { group: ['**/renderer/**'], message: 'domain/ must not import from the renderer.' };
const electronModule = { name: 'electron', message: 'Import electron only in the shell files (main, preload, ipc, window, desktop-bridge).' };
const bareBuiltins = ['fs', 'path', 'os', 'child_process', 'crypto', 'http', 'net', 'url', 'util'].map((name) => ({
  name,
  message: 'Use no Node built-ins in this layer.',
}));

export default tseslint.config(
  {
    ignores: ['node_modules/', 'dist/', '.vite/', 'out/', 'test-results/', 'playwright-report/', 'coverage/', 'templates/**/*.pdf'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node }, ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', { selector: 'CallExpression[callee.property.name="exec"][arguments.0.type="TemplateLiteral"][arguments.0.expressions.length>0]', message: 'Build no SQL from values: use prepared statements.' }],
    },
  },
  {
    files: ['domain/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [electronModule, ...bareBuiltins], patterns: [nodeBuiltins, electronLayer, coreLayer, rendererLayer] }],
    },
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    ignores: ['renderer/vite.config.mts'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      'react-hooks/set-state-in-effect': 'off',
      'react-hooks/refs': 'off',
      'no-restricted-imports': ['error', { paths: [electronModule, ...bareBuiltins], patterns: [nodeBuiltins, electronLayer, coreLayer] }],
    },
  },
  {
    // Importing electron in modules that tests load would try to download its binary: only the shell may.
    files: ['electron/**/*.ts', 'core/**/*.ts', 'scripts/**/*.ts', 'bench/**/*.ts', 'templates/**/*.ts'],
    ignores: ['electron/main.ts', 'electron/preload.ts', 'electron/ipc.ts', 'electron/window.ts', 'electron/desktop-bridge.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [electronModule] }] },
  },
);
