/**
 * src/core/block-tree.ts builds the engine's mdast from micromark's events instead of
 * mdast-util-from-markdown (bundle size). It must give the very tree fromMarkdown gives with
 * the same micromark options and the frontmatter and GFM table mdast extensions: every node,
 * field and position, on every kind of note the engine meets.
 */
import fc from 'fast-check';
import { blockTree } from '../../../src/core/block-tree';
import { parseMarkdown, PARSE_OPTIONS } from '../../../src/core/markdown';
import { yamlFrontmatter } from '../../../src/core/yaml-frontmatter-block';
import { runs } from '../../support/property-runs';
import { REFERENCE_OPTIONS, referenceTree } from '../../support/reference-tree';
import { testOnSampleNotes } from '../../support/sample-notes';


function expectSameTree(text: string): void {
  expect(blockTree(text, PARSE_OPTIONS)).toStrictEqual(referenceTree(text));
}


test('the engine parses with the block compiler', () => {
  // A node kind fromMarkdown would give but the compiler never builds (inline code) stays text.
  const tree = parseMarkdown('a `b`\n');
  expect(tree.children[0]).toMatchObject({ type: 'paragraph', children: [{ type: 'text', value: 'a `b`' }] });
});

test('the reference parses frontmatter with micromark-extension-frontmatter, the engine with its own', () => {
  expect(PARSE_OPTIONS.extensions).toContain(yamlFrontmatter);
  expect(REFERENCE_OPTIONS.extensions).not.toContain(yamlFrontmatter);
  expect(REFERENCE_OPTIONS.extensions).toHaveLength(PARSE_OPTIONS.extensions.length);
});

testOnSampleNotes('block compiler', expectSameTree);

test.each([
  ['empty note', ''],
  ['only line endings', '\n\r\n\r'],
  ['atx and setext headings', '# A #\n## B\n###### C ##\n#\nSetext\n===\nTwo\nlines\n---\n'],
  ['ordered lists with start and spread', '3. a\n4. b\n\n5. c\n   1) x\n   2) y\n\n- u\n\n  v\n- w\n'],
  ['nested containers and lazy lines', '> - a\nlazy\n>   > b\n> 1. c\n>\n>    d\n'],
  ['fenced and indented code', '```js meta here\nx\n\n```\n~~~\n~~~\n    a\n\n    b\n\n```\nunclosed'],
  ['html blocks and comments', '<div>\n*a*\n</div>\n\n<!-- c -->\n%% o\nmore %%\n- i\n%% x %%\nText\n'],
  ['definitions', '[ref]: <u\\>rl> "ti&amp;tle"\n[R  2]: /x\\_y\n  (t)\n\n[ref]\n'],
  ['frontmatter', '---\nstatus: active\ntags: [a]\n---\n# T\n'],
  ['empty frontmatter', '---\n---\n'],
  ['frontmatter fences with trailing spaces and blank lines', '--- \t\n\na: 1\n\n---  \nText\n'],
  ['not frontmatter', '----\na\n----\n\n--- x\n---\n\n---\n--- y\n'],
  ['unclosed frontmatter', '---\na: 1\n'],
  ['frontmatter that is only a fence', '---'],
  ['frontmatter not on the first line', '\n---\na: 1\n---\n'],
  ['frontmatter with an indented fence', ' ---\na: 1\n---\n'],
  ['frontmatter closed by an indented fence', '---\na: 1\n ---\n'],
  ['frontmatter at the end of the note', '---\na: 1\n---'],
  ['tables', '| *a* | `b|c` | d |\n| --- | :-: | --: |\n| [x](y) | \\| &amp; |\n|\n'],
  ['table shapes', 'a | b\n-|-\nc | d | e\n\n| x |\n|:-:|\n| y | z |\n|\n| |\n||\n|  w  ||\n\n| h1 | h2 | h3 |\n|:--|--:|:-:|\n'],
  ['table cells with escapes and tabs', '| a \\| b | c\\\\ |\n|---|---|\n|\tx\ty\t|  z\\|  |\n'],
  ['tables that are not tables', '| a | b |\n| - |\n\na\n-\n\na\n|-\n\n| a |\n    |---|\n\n| a |\n|:|\n'],
  ['tables next to other blocks', 'p\n| a |\n|---|\n# h\n| a |\n|---|\n- x\n| a |\n| - |\n| b |\n| c |\n\n| d |\n|---|\n'],
  ['tables in containers', '> | a | b |\n> |---|---|\n> | c | d |\nlazy | row\n\n- | a |\n  |---|\n  | b |\n\n- | c |\n  | - |\n- after\n'],
  ['hard breaks', 'a  \nb\\\nc   \n# h  \n| x  |\n|---|\n'],
  ['thematic breaks', '***\n- - -\n___\n'],
  ['inline syntax kept as text', '*a* _b_ **c** [l](u "t") ![i](s) <http://x.y> <a> `code` &copy; &#35;'],
])('%s', (_name, text) => {
  expectSameTree(text);
  expectSameTree(text.replace(/\n/g, '\r\n'));
  expectSameTree(text.replace(/\n/g, '\r'));
});

// Fragments that start, end or interrupt block constructs, in random order.
const fragment = fc.constantFrom(
  '*', '_', '[', ']', '(', ')', '<', '>', '<div>', '</div>', '<!--', '-->', '`', '```', '~~~', '```js x',
  '\\', '&amp;', '#', '# ', '## ', '- ', '* ', '+ ', '1. ', '2) ', '10. ', '> ', '    ', '\t', ' ', '  ', '  \n',
  '\n', '\r\n', '\r', '\n\n', '|', '| a | b |\n|---|:-:|\n', '---', '===', '***', 'word', 'é🚀', '[a]: <b> "t"',
  '[a]', '---\nk: v\n---\n', '--- ', '----', '---\t', '%%', '%% c %%', '[ ] ', '[x] ', '\uFEFF',
);
const tablePart = fc.constantFrom('|', ' | ', '||', ':-', '-:', ':-:', '---', '-', ':', 'a', 'b c', '\\|', '\\', '\t', ' ', '\n', '\r\n', '> ', '- ', '  ', '    ', '# h\n', '%%');
test('random tables', () => {
  fc.assert(
    fc.property(fc.array(tablePart, { maxLength: 40 }), (parts) => expectSameTree(parts.join(''))),
    { numRuns: runs(500) },
  );
});

test('random fragments', () => {
  fc.assert(
    fc.property(fc.array(fragment, { maxLength: 30 }), (parts) => expectSameTree(parts.join(''))),
    { numRuns: runs(500) },
  );
});
