import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// The shared contract (src/shared) is imported by the PWA and the server alike, so it must
// stay free of frameworks, storage and I/O: this rule is what keeps that true.
const sharedForbidden = {
  paths: ['react', 'react-dom', 'dexie', 'dexie-react-hooks', 'zustand', 'fs', 'path', 'workbox-window'],
  patterns: [
    { group: ['node:*'], message: 'src/shared must not use Node APIs.' },
    { group: ['react/*', 'react-dom/*', 'dexie/*'], message: 'src/shared must stay framework-free.' },
    { group: ['**/db/**', '**/app/**', '**/features/**', '**/ui/**', '**/sync/**', '**/sync-server/**'] },
  ],
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'data/**', 'dev-dist/**', '.tmp/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
  {
    files: ['src/shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': ['error', sharedForbidden],
      // DOM and Node globals are not available to shared code on the other side.
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'navigator',
        'localStorage',
        'indexedDB',
        'process',
        'Buffer',
      ],
    },
  },
);
