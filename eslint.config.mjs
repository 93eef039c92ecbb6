import { defineConfig, globalIgnores } from 'eslint/config';
import obsidianmd from 'eslint-plugin-obsidianmd';

export default defineConfig([
  globalIgnores([
    'node_modules/',
    'main.js',
    'dist/',
    'coverage/',
    'demo-vault/',
    'preview/dist/',
    '.preview/',
    'test-results/',
    '.agents/',
  ]),
  ...obsidianmd.configs.recommended,
  {
    languageOptions: {
      parserOptions: {
        projectService: {
          allowDefaultProject: ['eslint.config.mjs', 'esbuild.config.mjs', 'jest.config.cjs', 'scripts/*.mjs'],
        },
      },
    },
  },
  {
    // The CLI, build scripts, benchmarks and tests run on Node, never inside Obsidian.
    files: ['src/cli/**', 'scripts/**', 'bench/**', 'test/**', '*.mjs', '*.cjs'],
    rules: {
      'obsidianmd/no-nodejs-modules': 'off',
      'import/no-nodejs-modules': 'off',
      'no-undef': 'off',
    },
  },
]);
