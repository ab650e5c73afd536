// ESLint for the whole monorepo (each workspace runs `eslint src test`; `npm run lint` runs them all).
// typescript-eslint's recommended rules without type information, to stay fast, plus the import
// boundaries of ARCHITECTURE §1. Formatting is Prettier's job (.prettierrc.json); neither ESLint 10
// nor typescript-eslint's recommended set has formatting rules, so nothing here fights it.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const ROOT = path.dirname(fileURLToPath(import.meta.url));

/** `packages/core`, `apps/api`, `plugins/food-safety`: the workspace a file belongs to, or null. */
function workspaceOf(file) {
  const rel = path.relative(ROOT, file).split(path.sep);
  return rel.length >= 2 && ['packages', 'apps', 'plugins'].includes(rel[0]) ? `${rel[0]}/${rel[1]}` : null;
}

const SRC_OR_DIST = '(src|dist)(/.*)?$';
const DEEP_MESSAGE = 'Import a package through its public entry (`@schoolbridge/<name>`), never its src/ or dist/ (ARCHITECTURE §1).';
/** Core's public entries are `@schoolbridge/core` and, for tests, `@schoolbridge/core/testing`. */
const CORE_DEEP = {
  regex: '^@schoolbridge/core/(?!testing$|src(/|$)|dist(/|$)).+',
  message: 'Import `@schoolbridge/core` (or `@schoolbridge/core/testing` in tests), never a deep path into it (ARCHITECTURE §1).',
};

/** Deep imports into another package: only its public entry (and core's test harness) may be imported. */
const DEEP_IMPORTS = [{ regex: `^@schoolbridge/[^/]+/${SRC_OR_DIST}`, message: DEEP_MESSAGE }, CORE_DEEP];

/** Plugin packages by name: `@schoolbridge/plugin-*`, and the plugins ARCHITECTURE names. */
const PLUGIN = '(plugin-[^/]+|food-safety[^/]*|nutrition[^/]*)';

/** What packages/core may not import: any plugin (with its own message), and no workspace package but shared. */
const CORE_IMPORTS = [
  {
    regex: `^@schoolbridge/${PLUGIN}(/.*)?$`,
    message: 'packages/core never imports a plugin: plugins depend on core, not the other way (ARCHITECTURE §1). Publish an extension point instead.',
  },
  { regex: `^@schoolbridge/(?!${PLUGIN}(/|$))[^/]+/${SRC_OR_DIST}`, message: DEEP_MESSAGE },
  CORE_DEEP,
  {
    regex: `^@schoolbridge/(?!(shared|core|${PLUGIN})(/|$))[^/]+(/(?!src(/|$)|dist(/|$)).*)?$`,
    message: 'packages/core imports only @schoolbridge/shared among the workspace packages (ARCHITECTURE §1).',
  },
];

/** What packages/shared may not import: it runs on both sides. */
const SHARED_IMPORTS = [
  {
    group: ['@nestjs/*', 'typeorm', 'typeorm/*'],
    message: 'packages/shared has no Nest or TypeORM in it: both the server and the admin use it (ARCHITECTURE §1).',
  },
  { group: ['react', 'react/*', 'react-dom', 'react-dom/*'], message: 'packages/shared has no React in it: the server uses it too (ARCHITECTURE §1).' },
];

/** What admin code may not import: it runs in the browser (ARCHITECTURE §1). */
const ADMIN_IMPORTS = [
  {
    group: ['@nestjs/*', 'typeorm', 'typeorm/*', '@schoolbridge/core', '@schoolbridge/core/*'],
    message: 'Admin code never imports Nest, TypeORM or the server core: talk to the API through @schoolbridge/api-client (ARCHITECTURE §1).',
  },
];

/**
 * Relative imports must stay inside their own workspace: `../../core/src/…` or `../../../plugins/x`
 * reach around a package's public entry. Resolved against the importing file, so core's own
 * `./plugins/` folder (the plugin host) is not mistaken for the repository's `plugins/`.
 */
const noRelativeCrossPackage = {
  meta: {
    type: 'problem',
    docs: { description: 'forbid relative imports that leave the workspace package' },
    schema: [],
    messages: {
      crossPackage: 'Relative import reaches into {{target}}: import its package entry instead (ARCHITECTURE §1).',
      coreImportsPlugin: 'packages/core never imports a plugin ({{target}}): plugins depend on core, not the other way (ARCHITECTURE §1).',
    },
  },
  create(context) {
    const file = context.filename;
    const own = workspaceOf(file);
    const check = (node) => {
      const source = node?.source?.value ?? node?.value;
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const target = workspaceOf(path.resolve(path.dirname(file), source));
      if (!target || target === own) return;
      const report = own === 'packages/core' && target.startsWith('plugins/') ? 'coreImportsPlugin' : 'crossPackage';
      context.report({ node: node.source ?? node, messageId: report, data: { target } });
    };
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: (node) => node.source && check(node),
      ExportAllDeclaration: check,
      ImportExpression: (node) => node.source.type === 'Literal' && check(node.source),
    };
  },
};

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', '**/coverage/**', '**/.turbo/**', 'data/**', '**/*.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module', globals: { ...globals.node } },
    plugins: { schoolbridge: { rules: { 'no-relative-cross-package': noRelativeCrossPackage } } },
    rules: {
      'no-restricted-imports': ['error', { patterns: DEEP_IMPORTS }],
      'schoolbridge/no-relative-cross-package': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    files: ['packages/core/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: CORE_IMPORTS }] },
  },
  {
    files: ['packages/ui/**', 'apps/admin/**', 'plugins/*/src/admin/**'],
    languageOptions: { globals: { ...globals.browser } },
    rules: { 'no-restricted-imports': ['error', { patterns: [...DEEP_IMPORTS, ...ADMIN_IMPORTS] }] },
  },
  {
    // Cross-cutting suites (tests/*.test.ts) span workspaces: they import fixtures and sources of
    // other packages by relative path on purpose. Bare imports still go through public entries.
    files: ['tests/*.ts', 'tests/support/**'],
    rules: { 'schoolbridge/no-relative-cross-package': 'off' },
  },
  {
    files: ['packages/shared/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [...DEEP_IMPORTS, ...SHARED_IMPORTS] }] },
  },
);
