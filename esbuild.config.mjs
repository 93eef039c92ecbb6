import esbuild from 'esbuild';
import process from 'node:process';
import { builtinModules } from 'node:module';
import { chmodSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { mangleProps } from './scripts/mangle-props.mjs';

// Two bundles from one engine: main.js for Obsidian (browser platform, so a Node API slips in
// only as a build error, keeping the plugin mobile-safe) and dist/cli.js for Node.
const production = process.argv[2] === 'production';

// One `require("obsidian")` in main.js: esbuild gives each module that imports obsidian a
// `var x=require("obsidian")` of its own (23 of them); imported through one module that
// re-exports obsidian, they share one. The imports are all named ones (no default import).
const obsidianOnce = {
  name: 'obsidian-once',
  setup(build) {
    build.onResolve({ filter: /^obsidian$/ }, (args) =>
      args.namespace === 'obsidian-once' ? { path: 'obsidian', external: true } : { path: 'obsidian', namespace: 'obsidian-once' },
    );
    build.onLoad({ filter: /^obsidian$/, namespace: 'obsidian-once' }, () => ({ contents: "export * from 'obsidian';", loader: 'js' }));
  },
};

/** main.js; scripts/check-mangle-props.mjs reads its inputs from these options. */
export const pluginOptions = {
  entryPoints: ['main.ts'],
  bundle: true,
  platform: 'browser',
  external: [
    'obsidian',
    'electron',
    '@codemirror/autocomplete',
    '@codemirror/collab',
    '@codemirror/commands',
    '@codemirror/language',
    '@codemirror/lint',
    '@codemirror/search',
    '@codemirror/state',
    '@codemirror/view',
    '@lezer/common',
    '@lezer/highlight',
    '@lezer/lr',
  ],
  format: 'cjs',
  target: 'es2020',
  plugins: [obsidianOnce],
  logLevel: 'info',
  sourcemap: production ? false : 'inline',
  treeShaking: true,
  minify: production,
  // Our own property names that nothing outside the bundle reads (scripts/mangle-props.mjs,
  // each proven by scripts/check-mangle-props.mjs) become one or two letters.
  mangleProps: production ? mangleProps : undefined,
  // Section names and status words in eight languages: as UTF-8 a CJK character is 3 bytes, as
  // an ASCII escape 6. Obsidian reads main.js as UTF-8.
  charset: 'utf8',
  outfile: 'main.js',
};

const cli = {
  entryPoints: ['src/cli/main.ts'],
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  logLevel: 'info',
  external: [...builtinModules, ...builtinModules.map((m) => `node:${m}`)],
  banner: { js: '#!/usr/bin/env node' },
  minify: production,
  outfile: 'dist/cli.js',
};

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  if (production) {
    await Promise.all([esbuild.build(pluginOptions), esbuild.build(cli)]);
    chmodSync(cli.outfile, 0o755); // runnable as ./dist/cli.js, not only through npm's bin link
  } else {
    const contexts = await Promise.all([esbuild.context(pluginOptions), esbuild.context(cli)]);
    await Promise.all(contexts.map((c) => c.watch()));
  }
}
