import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['*.tmp.mjs', 'dist', 'dist-extras', 'bench-results', 'node_modules', 'test-results', 'playwright-report', 'public'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // Plain scripts of the test host pages run in a browser.
    files: ['tests/browser/hosts/**/*.js'],
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // The Cytoscape instance has one owner, graph/GraphController.ts: components and entry points use its
    // commands (useGraph()), never the instance. Only the canvas host mounts it (GraphCanvas, WebglCytoscape), and the element types its public `cy`.
    files: ['src/ui/**/*.{ts,tsx}', 'src/app/**/*.{ts,tsx}', 'src/embed/**/*.{ts,tsx}'],
    ignores: ['src/ui/GraphCanvas.tsx', 'src/ui/WebglCytoscape.tsx', 'src/embed/quoteGraphElement.tsx'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { paths: [{ name: 'cytoscape', message: 'Use the graph controller (useGraph() / graphFor(store)), not the Cytoscape instance.' }] },
      ],
    },
  },
);
