// Lint: typescript-eslint's recommended set plus the project's safety rules.
// Page content is hostile (requirements, design.md): nothing may reach the DOM as HTML.
// Import boundaries: generated from the map's block in docs/architecture.md (scripts/architecture.mjs).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import { boundaryConfigs } from './scripts/architecture.mjs';

const htmlSinks = [
  { selector: "AssignmentExpression[left.property.name='innerHTML']", message: 'Never assign innerHTML: page text is hostile; build DOM nodes or Preact elements.' },
  { selector: "AssignmentExpression[left.property.name='outerHTML']", message: 'Never assign outerHTML.' },
  { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'Never insertAdjacentHTML.' },
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Never dangerouslySetInnerHTML.' },
  { selector: "CallExpression[callee.object.name='document'][callee.property.name='write']", message: 'Never document.write.' },
];

export default tseslint.config(
  { ignores: ['.output/**', '.output-test/**', '.output-demo/**', '.output-*/**', '.wxt/**', 'node_modules/**', 'demo/**/*.min.js', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node, ...globals.webextensions } },
    rules: {
      'no-restricted-syntax': ['error', ...htmlSinks],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Test fixtures and demo pages may build hostile markup on purpose (XSS tests) — but the
    // extension's own code (entrypoints, components, lib) may not.
    files: ['tests/**', 'demo/**'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  // One config per folder and part: the parts it may not import (docs/architecture.md).
  ...boundaryConfigs(),
);
