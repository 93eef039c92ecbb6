import fc from 'fast-check';
import { runs } from '../../support/property-runs';
import type { Root } from 'mdast';
import { parseMarkdown } from '../../../src/core/markdown';
import { departsFromReference, referenceTree } from '../../support/reference-tree';
import { planNote } from '../edit/plan-arbitrary';

/** The reference: one micromark parse of the whole note. */
function wholeParse(text: string): Root {
  const base = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const root = referenceTree(base ? text.slice(1) : text);
  if (base) {
    const shift = (n: { position?: { start: { offset?: number }; end: { offset?: number } }; children?: unknown[] }): void => {
      if (n.position?.start.offset !== undefined) n.position.start.offset += 1;
      if (n.position?.end.offset !== undefined) n.position.end.offset += 1;
      for (const c of n.children ?? []) shift(c as typeof n);
    };
    shift(root);
  }
  return root;
}

/** Block structure with positions; inline nodes are compared too, except link references. */
function blocks(root: Root): unknown {
  return JSON.parse(JSON.stringify(root.children, (key, value: unknown) => (key === 'identifier' || key === 'label' ? undefined : value)));
}

/**
 * parseMarkdown (the block scanner, with the BOM and nesting cap around it) against one
 * micromark parse of the whole note.
 */
describe('parseMarkdown', () => {
  test.each([
    ['a fence running past a heading', '```\ncode\n\n## Not a heading\n\n```\n\n## Real\n'],
    ['a fence in a list item', '- item\n  ```\n  code\n\n## Heading\n'],
    ['an HTML comment', '<!--\n\n## Hidden\n\n-->\n\n## Shown\n'],
    ['an Obsidian comment', '%%\n\n## Hidden\n\n%%\n\n## Shown\n'],
    ['a one-line Obsidian comment', '%% note %%\n\n## Shown\n'],
    ['a pre block', '<pre>\n\n## Inside\n\n</pre>\n\n## After\n'],
    ['a BOM and CRLF', '\uFEFF# T\r\n\r\n## Progress\r\n\r\n- [ ] a\r\n\r\n## Decision log\r\n\r\n| a | b |\r\n|---|---|\r\n| 1 | 2 |\r\n'],
    ['frontmatter', '---\ntitle: x\n---\n\n## A\n\ntext\n\n## B\n'],
  ])('%s parses exactly as a whole parse', (_name, text) => {
    expect(blocks(parseMarkdown(text))).toEqual(blocks(wholeParse(text)));
  });

  test('generated plans parse exactly as a whole parse', () => {
    fc.assert(
      fc.property(planNote, (note) => {
        if (departsFromReference(note.text)) return;
        expect(blocks(parseMarkdown(note.text))).toEqual(blocks(wholeParse(note.text)));
      }),
      { numRuns: runs(100) },
    );
  });
});

describe('parseMarkdown on notes made of lines of every kind of block', () => {
  // Lines that open, continue or close every kind of block, in any order.
  const line = fc.constantFrom(
    '', '', 'text', '- item', '- [ ] task', '  - nested', '* star', '+ plus', '- - -', '* * *', '-', '- ', '  text', '1. one', '2) two', '> quote', '>', '    code',
    '```', '~~~', '%%', '%% note %%', 'a %% b', '<!--', '-->', '<!-- c -->', '<div>', '</div>', '<pre>', '</pre>',
    '| a | b |', '|---|---|', '# H', '## Progress', '---', '===', '***', '[ref]: /url', '  text', '\ttab', '#tag',
  );
  const note = fc.array(line, { maxLength: 40 }).map((lines) => lines.join('\n'));

  test('generated notes parse exactly as a whole parse', () => {
    fc.assert(
      fc.property(note, fc.constantFrom('\n', '\r\n'), (text, eol) => {
        const source = text.replace(/\n/g, eol);
        if (departsFromReference(source)) return;
        expect(blocks(parseMarkdown(source))).toEqual(blocks(wholeParse(source)));
      }),
      { numRuns: runs(2000) },
    );
  });
});
