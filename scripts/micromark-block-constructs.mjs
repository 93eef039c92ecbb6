// esbuild plugin: micromark's parse.js gets src/core/micromark-block-constructs.ts for its
// `import * as defaultConstructs from './constructs.js'`. That import bundles every inline
// construct (attention, links, autolinks, inline HTML, code spans …: about 12 KB minified)
// although the engine's parse disables them all (see the module for what it keeps and why).
// An alias cannot do this (it matches package paths, not a relative import), hence a plugin,
// narrowed to that one import of that one file. Jest does the same with moduleNameMapper.
import { fileURLToPath } from 'node:url';

export const BLOCK_CONSTRUCTS = fileURLToPath(new URL('../src/core/micromark-block-constructs.ts', import.meta.url));

const PARSE = /[\\/]micromark[\\/](?:dev[\\/])?lib[\\/]parse\.js$/;

export const micromarkBlockConstructs = {
  name: 'micromark-block-constructs',
  setup(build) {
    build.onResolve({ filter: /^\.\/constructs\.js$/ }, (args) =>
      PARSE.test(args.importer) ? { path: BLOCK_CONSTRUCTS } : undefined,
    );
  },
};
