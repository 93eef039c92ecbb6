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
    '.scratch-*/',
    'preview/',
  ]),
  ...obsidianmd.configs.recommended,
  {
    languageOptions: {
      parserOptions: {
        projectService: {
          allowDefaultProject: ['eslint.config.mjs', 'esbuild.config.mjs', 'jest.config.cjs', 'scripts/*.mjs'],
          // Those globs match 13 files; typescript-eslint stops at 8 unless told.
          maximumDefaultProjectFileMatchCount_THIS_WILL_SLOW_DOWN_LINTING: 16,
        },
      },
    },
  },
  {
    rules: {
      // UTC is an acronym and ExecPlan our name: both keep their capitals in UI text.
      'obsidianmd/ui/sentence-case': ['warn', { acronyms: ['UTC', 'YAML', 'ISO'], brands: ['ExecPlan', 'Templater', 'Obsidian'] }],
      // The declarative settings API needs Obsidian 1.13; we support 1.7.2 and up (manifest.json).
      'obsidianmd/settings-tab/prefer-setting-definitions': 'off',
    },
  },
  {
    // The CLI, build scripts, benchmarks and tests run on Node, never inside Obsidian.
    files: ['src/cli/**', 'scripts/**', 'bench/**', 'test/**', '*.mjs', '*.cjs'],
    rules: {
      'obsidianmd/no-nodejs-modules': 'off',
      'import/no-nodejs-modules': 'off',
      'no-undef': 'off',
      'no-console': 'off',
      'no-unsanitized/method': 'off',
      'obsidianmd/rule-custom-message': 'off',
      // Test doubles and Node tools are not plugin UI: the plugin-only rules do not apply.
      'obsidianmd/prefer-window-timers': 'off',
      'obsidianmd/no-global-this': 'off',
      'obsidianmd/prefer-create-el': 'off',
      'obsidianmd/prefer-instanceof': 'off',
      'obsidianmd/prefer-file-manager-trash-file': 'off',
      'obsidianmd/hardcoded-config-path': 'off',
      'obsidianmd/ui/sentence-case': 'off',
    },
  },
]);
