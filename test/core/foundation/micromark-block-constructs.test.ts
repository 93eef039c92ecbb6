/**
 * The bundles and Jest give micromark's parse src/core/micromark-block-constructs.ts instead of
 * micromark's full default constructs (see scripts/micromark-block-constructs.mjs). These tests
 * hold the swap to "changes the bundle, not the parse": the same notes parsed with either
 * module give deep-equal mdast trees, positions included.
 */
import { spawnSync } from 'child_process';
import type { Root } from 'mdast';
import fc from 'fast-check';
import { runs } from '../../support/property-runs';
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Extension } from 'micromark-util-types';
import path from 'path';
import { PARSE_OPTIONS } from '../../../src/core/markdown';
import { REFERENCE_OPTIONS } from '../../support/reference-tree';
import * as blockConstructs from '../../../src/core/micromark-block-constructs';
import { testOnSampleNotes } from '../../support/sample-notes';

const root = path.resolve(__dirname, '../../..');
const BLOCK_MODULE = '../../../src/core/micromark-block-constructs';
// micromark's own constructs.js, by file: its package exports do not name it.
const FULL_MODULE = path.join(path.dirname(require.resolve('micromark')), 'lib/constructs.js');
// micromark comes with mdast-util-from-markdown (not a direct dependency of the project).
const { parse } = jest.requireActual<typeof import('micromark')>('micromark');

type Parser = (text: string) => Root;

/**
 * fromMarkdown in a module registry of its own where micromark gets its full constructs, with
 * that registry's micromark `parse` (to check that the swap back took).
 */
function fullParser(): { parser: Parser; micromarkParse: typeof parse } {
  let made: { parser: Parser; micromarkParse: typeof parse } | undefined;
  jest.isolateModules(() => {
    jest.doMock(BLOCK_MODULE, () => jest.requireActual<Extension>(FULL_MODULE));
    const isolated = jest.requireActual<typeof import('mdast-util-from-markdown')>('mdast-util-from-markdown');
    const micromark = jest.requireActual<typeof import('micromark')>('micromark');
    made = { parser: (text) => isolated.fromMarkdown(text, REFERENCE_OPTIONS), micromarkParse: micromark.parse };
  });
  if (!made) throw new Error('isolateModules did not run');
  return made;
}

const withBlocks: Parser = (text) => fromMarkdown(text, REFERENCE_OPTIONS);
const full = fullParser();
const withAll = full.parser;

function expectSameTree(text: string): void {
  expect(withBlocks(text)).toStrictEqual(withAll(text));
}

/** The constructs of every content type in a constructs module, by name. */
function constructNames(module: Extension): Set<string> {
  const names = new Set<string>();
  const maps = [module.document, module.contentInitial, module.flowInitial, module.flow, module.string, module.text];
  for (const map of maps) {
    for (const entry of Object.values(map ?? {})) {
      for (const construct of Array.isArray(entry) ? entry : entry ? [entry] : []) {
        if (construct.name) names.add(construct.name);
      }
    }
  }
  return names;
}


describe('the swap is in effect', () => {
  test("Jest's micromark parses with the block constructs", () => {
    const { constructs } = parse();
    expect(constructs.text[42]).toBeUndefined(); // attention
    expect(constructs.document[45]).toEqual([blockConstructs.document[45]]);
  });

  test('the reference registry really has the full constructs (else the comparisons prove nothing)', () => {
    const { constructs } = full.micromarkParse();
    expect(constructs.text[42]).toEqual([expect.objectContaining({ name: 'attention' })]);
    expect(constructs.document[45]).toEqual([expect.objectContaining({ name: 'list' })]);
  });

  test('the esbuild plugin replaces the import in a bundle of the engine', () => {
    // In a child Node process: the plugin is an ES module of the build scripts, not Jest's.
    const script = `
      import { build } from 'esbuild';
      import { micromarkBlockConstructs } from './scripts/micromark-block-constructs.mjs';
      const result = await build({
        stdin: { contents: "export { parseMarkdown } from './src/core/markdown';", resolveDir: process.cwd(), loader: 'ts' },
        bundle: true, write: false, metafile: true, platform: 'browser', format: 'esm',
        plugins: [micromarkBlockConstructs], logLevel: 'silent',
      });
      // Files with bytes in the bundle (micromark-core-commonmark's index loads every construct
      // file; tree shaking drops the unused ones).
      const [output] = Object.values(result.metafile.outputs);
      process.stdout.write(JSON.stringify(Object.entries(output.inputs).filter(([, i]) => i.bytesInOutput > 0).map(([f]) => f)));
    `;
    const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' });
    if (child.status !== 0) throw new Error(child.stderr);
    const inputs = (JSON.parse(child.stdout) as string[]).map((input) => input.replace(/\\/g, '/'));
    expect(inputs).toContain('src/core/micromark-block-constructs.ts');
    expect(inputs.some((input) => input.endsWith('micromark/lib/parse.js'))).toBe(true);
    expect(inputs.filter((input) => /micromark\/lib\/constructs\.js$|core-commonmark\/lib\/attention\.js$/.test(input))).toEqual([]);
  });

  test('every construct left out is one that markdown.ts disables', () => {
    const full = constructNames(jest.requireActual<Extension>(FULL_MODULE));
    const kept = constructNames(blockConstructs);
    const disabled = new Set(PARSE_OPTIONS.extensions.flatMap((extension: Extension) => extension.disable?.null ?? []));
    const missing = [...full].filter((name) => !kept.has(name));
    expect(missing.length).toBeGreaterThan(0);
    expect(missing.filter((name) => !disabled.has(name))).toEqual([]);
  });
});

describe('block constructs parse exactly as the full constructs', () => {
  testOnSampleNotes('block constructs', expectSameTree);

  test.each([
    ['inline syntax of every kind', '*a* _b_ **c** [l](u "t") ![i](s) [r][ref] <http://x.y> <a href="x">h</a> `code` \\* &amp; &#35; &copy\nhard  \nbreak\\\nend'],
    ['definitions with escapes and references', '[ref]: <u\\>rl> "ti&amp;tle"\n[r2]: /x\\_y (t)\n\n[ref] [r2]'],
    ['fence info with escapes and references', '```js\\` &lt; x\ncode\n```\n~~~ a&amp;b\n~~~'],
    ['tables with inline content', '| *a* | `b|c` |\n| --- | :-: |\n| [x](y) | \\| &amp; |\n'],
    ['headings, quotes and lists with inline content', '# *H* `c` #\n> - [ ] *t* <b>\n>   1. x\\\n>      y\nSetext *h*\n---\n'],
    ['html blocks and comments', '<div>\n*a*\n</div>\n\n<!-- *c* -->\n%% *o* %%\n'],
  ])('%s', (_name, text) => {
    expectSameTree(text);
    expectSameTree(text.replace(/\n/g, '\r\n'));
  });

  // Fragments that start, end or interrupt inline and block constructs, in random order: where
  // the two parses could part (data chunking at characters that start inline constructs,
  // trailing spaces before line endings, lazy lines, nested containers).
  const fragment = fc.constantFrom(
    '*', '_', '**', '__', '[', ']', '(', ')', '![', '<', '>', '<a href="x">', '</a>', '<!--', '-->', '`', '``', '```', '~~~',
    '\\', '\\*', '\\\n', '&amp;', '&#35;', '&#x41;', '&copy', '&', ';', '#', '# ', '## ', '- ', '* ', '1. ', '2) ', '> ',
    '    ', '\t', ' ', '  ', '  \n', '\n', '\r\n', '\r', '\n\n', '|', '| a | b |\n|---|---|\n', '---', '===', '***',
    'word', 'é🚀', 'http://x.y', '<http://x.y>', '[a]: <b> "t"', '[a]', '---\nk: v\n---\n', '%%', '[ ] ', '[x] ',
  );
  test('random fragments', () => {
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 30 }), (parts) => expectSameTree(parts.join(''))),
      { numRuns: runs(1000) },
    );
  });
});
