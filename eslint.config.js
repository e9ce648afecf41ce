import tseslint from 'typescript-eslint';
import { boundaryConfigs } from './eslint.boundaries.js';

export default tseslint.config(
  { ignores: ['dist/**', 'dist-*/**', 'out/**', 'node_modules/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: "MemberExpression[property.name='innerHTML']", message: 'Page and note text must stay text: no innerHTML.' },
        { selector: "MemberExpression[property.name='outerHTML']", message: 'Page and note text must stay text: no outerHTML.' },
        { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'No HTML from strings.' },
      ],
    },
  },
  {
    // Tests read the page's markup to prove that cleaning and restoring leave it exactly as it was.
    files: ['tests/**/*.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  ...boundaryConfigs,
  {
    files: ['src/core/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'chrome', message: 'src/core must not use extension APIs.' },
        { name: 'browser', message: 'src/core must not use extension APIs.' },
      ],
    },
  },
);
