import js from '@eslint/js';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import tseslint from 'typescript-eslint';

// The layer rules. Each relative import is resolved against the importing file, so `../x` and `../../core/x` are judged
// by the folder they reach, not by how the path is spelt; paths are taken from this file's folder, not the working
// directory, so `cd domain && npx eslint .` judges the same.
const projectRoot = path.dirname(fileURLToPath(import.meta.url));
const shellFiles = [
  'electron/main.ts',
  'electron/preload.ts',
  'electron/ipc.ts',
  'electron/window.ts',
  'electron/desktop-bridge.ts',
];
// Packages that need Node or belong to the core's work (storage, PDF rendering): the pure layers must not reach them.
const nodeOnlyPackages = ['better-sqlite3-multiple-ciphers', 'pg', 'pdf-lib', '@pdf-lib/fontkit'];
// Files outside electron/ that may still load the shell's pure policy module, and only that module.
const shellPolicyReaders = { 'tests/unit/electron-security.test.ts': ['electron/security'] };

const layerMessages = {
  domainImport:
    'domain/ is pure: it imports only its own files, the templates\' JSON mappings and its npm dependencies, not "{{source}}" ({{target}}).',
  rendererImport:
    'renderer/ imports only domain/ and its own files, not "{{source}}" ({{target}}): reach the core through the operation contract.',
  nodeBuiltin: '{{layer}}/ must not use Node: "{{source}}" is a Node built-in.',
  nodeOnlyPackage: '{{layer}}/ must not import "{{source}}": it needs Node or belongs to the core.',
  servicesTransport:
    'core/services/ must not import the transport ("{{source}}"): the transport calls the services, not the other way round.',
  storePdf: 'core/store/ must not import the PDF rendering ("{{source}}").',
  pdfStore: 'core/pdf/ must not import the store ("{{source}}"): it renders what it is given.',
  electronFolder: 'Only the shell (electron/) imports from electron/, not this file ("{{source}}").',
  electronModule: 'Only the shell files (main, preload, ipc, window, desktop-bridge) may import electron.',
};

const builtins = new Set(builtinModules);
const isBuiltin = (source) => source.startsWith('node:') || builtins.has(source);
const packageName = (source) =>
  source
    .split('/')
    .slice(0, source.startsWith('@') ? 2 : 1)
    .join('/');
const inFolder = (file, folder) => file === folder || file.startsWith(`${folder}/`);

/** What one import reaches: a project path (relative to the root, no extension check), a Node built-in or a package. */
function classify(source, fromFile) {
  const bare = source.replace(/[?#].*$/, '');
  if (bare.startsWith('.') || bare.startsWith('/')) {
    const target = bare.startsWith('/')
      ? path.posix.normalize(bare)
      : path.posix.normalize(path.posix.join(path.posix.dirname(fromFile), bare));
    return { kind: 'project', target };
  }
  if (isBuiltin(bare)) return { kind: 'builtin' };
  return { kind: 'package', name: packageName(bare) };
}

/** The message id for an import that breaks a layer rule, or null. `file` and targets are relative to the project root. */
function layerBreach(file, reached) {
  const pureLayer = inFolder(file, 'domain')
    ? 'domain'
    : inFolder(file, 'renderer') && file !== 'renderer/vite.config.mts'
      ? 'renderer'
      : null;
  if (reached.kind === 'package' && reached.name === 'electron') return shellFiles.includes(file) ? null : 'electronModule';
  if (pureLayer && reached.kind === 'builtin') return 'nodeBuiltin';
  if (pureLayer && reached.kind === 'package' && nodeOnlyPackages.includes(reached.name)) return 'nodeOnlyPackage';
  if (reached.kind !== 'project') return null;
  const { target } = reached;
  const templateData = inFolder(target, 'templates') && target.endsWith('.json');
  if (pureLayer === 'domain' && !inFolder(target, 'domain') && !templateData) return 'domainImport';
  if (pureLayer === 'renderer' && !inFolder(target, 'domain') && !inFolder(target, 'renderer')) return 'rendererImport';
  if (inFolder(target, 'electron') && !inFolder(file, 'electron')) {
    const allowed = (shellPolicyReaders[file] ?? []).some((module) => target === module || target === `${module}.ts`);
    if (!allowed) return 'electronFolder';
  }
  if (inFolder(file, 'core/services') && inFolder(target, 'core/transport')) return 'servicesTransport';
  if (inFolder(file, 'core/store') && inFolder(target, 'core/pdf')) return 'storePdf';
  if (inFolder(file, 'core/pdf') && inFolder(target, 'core/store')) return 'pdfStore';
  return null;
}

const layersRule = {
  meta: {
    type: 'problem',
    docs: { description: 'Keep each layer to the imports the architecture allows it.' },
    schema: [],
    messages: layerMessages,
  },
  create(context) {
    const file = path.relative(projectRoot, context.filename).split(path.sep).join('/');
    if (file.startsWith('..')) return {};
    const check = (node) => {
      if (!node || node.type !== 'Literal' || typeof node.value !== 'string') return;
      const reached = classify(node.value, file);
      const messageId = layerBreach(file, reached);
      if (messageId)
        context.report({
          node,
          messageId,
          data: { source: node.value, target: reached.target ?? node.value, layer: file.split('/')[0] },
        });
    };
    return {
      ImportDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
      TSExternalModuleReference: (node) => check(node.expression),
      TSImportType: (node) => check(node.argument.type === 'TSLiteralType' ? node.argument.literal : node.argument),
      CallExpression: (node) => {
        if (node.callee.type === 'Identifier' && node.callee.name === 'require') check(node.arguments[0]);
      },
    };
  },
};

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      '.vite/',
      'out/',
      'test-results/',
      'playwright-report/',
      'coverage/',
      'templates/**/*.pdf',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node }, ecmaVersion: 2023, sourceType: 'module' },
    plugins: { crossings: { rules: { layers: layersRule } } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        {
          selector:
            'CallExpression[callee.property.name="exec"][arguments.0.type="TemplateLiteral"][arguments.0.expressions.length>0]',
          message: 'Build no SQL from values: use prepared statements.',
        },
      ],
      'crossings/layers': 'error',
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
    },
  },
);
