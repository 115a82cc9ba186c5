// ESLint flat config: JavaScript and TypeScript (typescript-eslint), Astro components
// (eslint-plugin-astro) and accessibility in templates (its jsx-a11y config, served by
// eslint-plugin-jsx-a11y-x, which supports ESLint 10). Run with `npm run lint`.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import kb from './config/eslint/no-ui-text.js';

/**
 * Editorial pages: their prose is content written as a template (the programme's history, the
 * accessibility statement, the editors' guide, the method), not UI text; see src/i18n/nb.ts.
 */
const CONTENT_PAGES = [
  'src/pages/om/index.astro',
  'src/pages/om/publisere.astro',
  'src/pages/tilgjengelighet/index.astro',
  'src/pages/resultater/slik-beregner-vi.astro',
];

export default tseslint.config(
  {
    ignores: ['dist/', '.astro/', 'node_modules/', 'bench/', 'tests/.output/', 'public/', 'src/env.d.ts'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  ...astro.configs['jsx-a11y-recommended'],
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      // A scrollable table region must take focus so keyboard users can scroll it (WCAG 2.1.1;
      // axe's scrollable-region-focusable): a labelled <section> with tabindex="0".
      'astro/jsx-a11y/no-noninteractive-tabindex': ['error', { tags: ['section'], roles: ['tabpanel'] }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // No UI text in templates: it lives in src/i18n (config/eslint/no-ui-text.js).
    files: ['src/**/*.astro'],
    ignores: CONTENT_PAGES,
    plugins: { kb },
    rules: { 'kb/no-ui-text': 'error' },
  },
);
