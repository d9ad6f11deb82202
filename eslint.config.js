// ESLint (flat config): JavaScript's and typescript-eslint's recommended rules, and
// eslint-plugin-astro's for .astro files. Formatting is Prettier's job (.prettierrc.json).
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig([
  globalIgnores(['dist/', '.astro/', 'bench/out/', 'screenshots/']),
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      // Tests match YAML by regular expression, where two spaces of indentation read as such.
      'no-regex-spaces': 'off',
      // `const { omitted, ...rest } = value` is how a field is left out of a copy.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
    },
  },
]);
