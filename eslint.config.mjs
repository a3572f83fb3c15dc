// ESLint for the whole tree (`npm run lint`, which scripts/test.sh runs before the tests):
// JavaScript's and typescript-eslint's recommended rules, React's rules of hooks for the web
// client, and no formatting rules (no formatter is enforced: see README "Style enforced by tools").
// The bar is zero warnings (`--max-warnings 0`). Rules turned off say why.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const readonly = (names) => Object.fromEntries(names.map((name) => [name, 'readonly']));
const node = readonly([
  'require',
  'module',
  'exports',
  'process',
  '__dirname',
  '__filename',
  'console',
  'Buffer',
  'setTimeout',
  'clearTimeout',
  'setInterval',
  'clearInterval',
  'setImmediate',
  'URL',
  'fetch',
  'AbortController',
  'performance',
  'structuredClone',
  'TextEncoder',
  'TextDecoder',
]);

export default tseslint.config(
  { ignores: ['**/node_modules/', 'dist/', '.tmp/', '.data/', '.tools/', 'docs/', 'bench/results/', 'apps/web/public/'] },
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      // `const { secret: _secret, ...shown } = row` leaves a field out of a view on purpose.
      '@typescript-eslint/no-unused-vars': ['error', { varsIgnorePattern: '^_', argsIgnorePattern: '^_', ignoreRestSiblings: true }],
      // Input rules match control characters on purpose: NUL and C0 in text and file names are refused.
      'no-control-regex': 'off',
      // Text folding matches ZWNJ and combining marks inside character classes on purpose.
      'no-misleading-character-class': 'off',
    },
  },
  {
    files: ['apps/web/src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  // Plain Node scripts and benchmarks are CommonJS (they run before anything is built).
  {
    files: ['**/*.js', '**/*.cjs', '**/*.mjs'],
    languageOptions: { globals: node },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  // These two hand functions to page.evaluate: that code runs in the browser.
  {
    files: ['bench/web-slow.bench.js', 'scripts/screenshots.mjs'],
    languageOptions: { globals: readonly(['window', 'document', 'localStorage', 'MutationObserver']) },
  },
  // Tests read wire JSON, whose shape is what they assert; typing every response would restate the DTOs.
  { files: ['test/**/*.ts'], rules: { '@typescript-eslint/no-explicit-any': 'off' } },
);
