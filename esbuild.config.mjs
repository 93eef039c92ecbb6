import esbuild from 'esbuild';
import process from 'node:process';
import { builtinModules } from 'node:module';
import { chmodSync } from 'node:fs';

// Two bundles from one engine: main.js for Obsidian (browser platform, so a Node API slips in
// only as a build error, keeping the plugin mobile-safe) and dist/cli.js for Node.
const production = process.argv[2] === 'production';

const plugin = {
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
  logLevel: 'info',
  sourcemap: production ? false : 'inline',
  treeShaking: true,
  minify: production,
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

if (production) {
  await Promise.all([esbuild.build(plugin), esbuild.build(cli)]);
  chmodSync(cli.outfile, 0o755); // runnable as ./dist/cli.js, not only through npm's bin link
} else {
  const contexts = await Promise.all([esbuild.context(plugin), esbuild.context(cli)]);
  await Promise.all(contexts.map((c) => c.watch()));
}
