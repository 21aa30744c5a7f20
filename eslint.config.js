import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const FEATURES = ['composer', 'preview', 'connection', 'library'];

/**
 * One-way import zones, lowest layer first: each layer imports only from the layers before it.
 * domain ← lib, config ← components, api, i18n ← features ← app (← main.tsx). Features never import each other:
 * src/app composes them.
 */
const LAYERS = [
  ['src/domain'],
  ['src/lib', 'src/config'],
  ['src/components', 'src/api', 'src/i18n'],
  ['src/features'],
  ['src/app'],
];
const layerZones = LAYERS.slice(0, -1).flatMap((layer, index) => {
  const above = LAYERS.slice(index + 1).flat();
  return layer.map((target) => ({
    target: `./${target}`,
    from: above.map((dir) => `./${dir}`),
    message: `${target} is below ${above.join(', ')}: it must not import upward.`,
  }));
});
const featureZones = FEATURES.map((feature) => ({
  target: `./src/features/${feature}`,
  from: './src/features',
  except: [`./${feature}`],
  message: `Features never import each other: compose "${feature}" with the others in src/app.`,
}));

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-server',
      'node_modules',
      'coverage',
      'test-results',
      'playwright-report',
      'e2e/artifacts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { ecmaVersion: 2023, globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y, 'import-x': importX },
    settings: { 'import-x/resolver-next': [createNodeResolver()] },
    rules: {
      'import-x/no-duplicates': ['error', { 'prefer-inline': true }],
      // One order everywhere: Node's modules, packages, then the project's (farther before nearer), each group
      // alphabetical. Side-effect imports (main.tsx's first line, CSS) keep their place: their order is behaviour.
      'import-x/order': [
        'error',
        {
          groups: ['builtin', 'external', 'internal', 'parent', 'sibling', 'index'],
          'newlines-between': 'never',
          alphabetize: { order: 'asc', caseInsensitive: true },
        },
      ],
      'import-x/no-restricted-paths': [
        'error',
        { basePath: import.meta.dirname, zones: [...layerZones, ...featureZones] },
      ],
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      // `import { type A }` keeps `import 'a'` under verbatimModuleSyntax: a module wanted for its types alone
      // would be loaded (and bundled) for nothing. A type-only import says `import type`.
      '@typescript-eslint/no-import-type-side-effects': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // react-hook-form's context value changes with the form state, and each reader renders again with it: the
      // composer's fields read the stable methods from useComposerForm (src/features/composer/composer-form.ts).
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'react-hook-form',
              importNames: ['FormProvider', 'useFormContext'],
              message:
                'Use useComposerForm(): its value never changes, so its readers do not re-render with it.',
            },
          ],
        },
      ],
      eqeqeq: ['error', 'smart'],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    languageOptions: { globals: { ...globals.es2023 } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-*', 'react/*', '@tanstack/*', 'leaflet', 'leaflet/*', '@hookform/*'],
              message: 'src/domain is pure TypeScript: no React, Query, forms or Leaflet.',
            },
          ],
        },
      ],
    },
  },
  {
    // Every word the interface shows goes through the catalog (src/i18n), so French, English and Arabic stay
    // complete: no letters in JSX text, in a string child, or in a labelling attribute's literal. Punctuation,
    // symbols and digits may stay (·, ✓, /, …).
    files: ['src/**/*.tsx'],
    ignores: ['src/**/*.test.tsx', 'src/**/test-utils.tsx'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'JSXText[value=/\\p{L}/u]',
          message: "UI text goes through the catalog: t('…') instead of words in JSX.",
        },
        {
          selector: 'JSXExpressionContainer > Literal[value=/\\p{L}/u]',
          message: "UI text goes through the catalog: t('…') instead of a string literal.",
        },
        {
          selector:
            'JSXAttribute[name.name=/^(aria-label|aria-description|aria-valuetext|aria-roledescription|title|alt|placeholder|label)$/] > Literal[value=/\\p{L}/u]',
          message: "Accessible names and hints go through the catalog: t('…').",
        },
      ],
    },
  },
  {
    files: ['sandbox/**/*.ts', 'server/**/*.ts', 'scripts/**/*.{ts,mjs}', 'e2e/**/*.ts', '*.config.{ts,js}'],
    languageOptions: { globals: { ...globals.node } },
    rules: { 'no-console': 'off' },
  },
  {
    // Scripts drive a browser: code passed to page.evaluate runs there.
    files: ['scripts/**/*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    // One door to browser storage (src/lib/storage.ts): versioned records and settings, never a raw try/catch.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/lib/storage.ts', 'src/**/*.test.{ts,tsx}', 'src/test/**'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'localStorage', message: 'Go through src/lib/storage.ts.' },
        { name: 'sessionStorage', message: 'Go through src/lib/storage.ts.' },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'window', property: 'localStorage', message: 'Go through src/lib/storage.ts.' },
        { object: 'window', property: 'sessionStorage', message: 'Go through src/lib/storage.ts.' },
      ],
    },
  },
  {
    files: ['**/*.test.{ts,tsx}', 'e2e/**/*.ts'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
);
