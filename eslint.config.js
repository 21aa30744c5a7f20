import js from '@eslint/js';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const FEATURES = ['composer', 'preview', 'connection', 'library'];

/** Import fences: the domain stays pure, features never import each other (src/app composes them). */
const featureFences = FEATURES.map((feature) => ({
  files: [`src/features/${feature}/**/*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: FEATURES.filter((other) => other !== feature).map((other) => ({
          group: [`**/features/${other}/**`, `../${other}/**`, `../../${other}/**`],
          message: `Features never import each other: compose "${feature}" and "${other}" in src/app.`,
        })),
      },
    ],
  },
}));

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'coverage', 'test-results', 'playwright-report', 'e2e/artifacts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { ecmaVersion: 2023, globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
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
            {
              group: ['**/features/**', '**/components/**', '**/api/**', '**/app/**', '**/i18n/**'],
              message: 'src/domain must not depend on the layers above it.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...[
          'window',
          'document',
          'fetch',
          'localStorage',
          'sessionStorage',
          'navigator',
          'XMLHttpRequest',
        ].map((name) => ({ name, message: 'src/domain is pure: no DOM, storage or network.' })),
      ],
    },
  },
  ...featureFences,
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
    files: ['sandbox/**/*.ts', 'scripts/**/*.{ts,mjs}', 'e2e/**/*.ts', '*.config.{ts,js}'],
    languageOptions: { globals: { ...globals.node } },
    rules: { 'no-console': 'off' },
  },
  {
    // Scripts drive a browser: code passed to page.evaluate runs there.
    files: ['scripts/**/*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['**/*.test.{ts,tsx}', 'e2e/**/*.ts'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
);
