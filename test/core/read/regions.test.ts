import { Ranges } from '../../../src/core/read/ranges';
import { isQuiet, maskedText, quietRanges, rangeAt } from '../../../src/core/read/regions';
import { crlf, doc, lines } from './helpers';

describe('quiet ranges', () => {
  const text = lines('---', 'a: 1', '---', 'text `code` more', '```', 'fenced', '```', '<!-- c -->', 'x %% obs %% y', 'end <!-- inline --> z');
  const d = doc(text);

  it('covers frontmatter, code blocks, HTML comments and %% comments, sorted and merged', () => {
    const { blocks, all } = quietRanges(d);
    const covered = (ranges: Ranges): string[] => ranges.toArray().map(([s, e]) => text.slice(s, e));
    expect(covered(blocks)).toEqual(['---\na: 1\n---', '```\nfenced\n```', '<!-- c -->', '%% obs %%', '<!-- inline -->']);
    expect(covered(all)).toContain('`code`');
  });

  it('masks quiet text with spaces, keeping length and line breaks', () => {
    const masked = maskedText(d, true);
    expect(masked).toHaveLength(text.length);
    expect(masked.split('\n')).toHaveLength(text.split('\n').length);
    expect(masked).not.toContain('fenced');
    expect(masked).not.toContain('code');
    expect(masked).not.toContain('obs');
    expect(masked).toContain('text');
    expect(maskedText(d, false)).toContain('`code`');
    expect(maskedText(d, true)).toBe(masked);
  });

  it('keeps carriage returns when masking a CRLF note', () => {
    const c = doc(crlf(lines('```', 'x', '```', 'after')));
    expect(maskedText(c, false)).toBe('   \r\n \r\n   \r\nafter');
  });

  it('treats %% inside code as code, not as a comment opener', () => {
    const c = doc(lines('`%%`', 'visible', '%% hidden %%'));
    expect(maskedText(c, false)).toContain('visible');
    expect(maskedText(c, false)).not.toContain('hidden');
  });

  it('treats an unclosed %% comment as running to the end', () => {
    const c = doc(lines('a', '%% open', 'still hidden'));
    expect(maskedText(c, false)).toBe(lines('a', '       ', '            '));
  });

  it('answers offset queries', () => {
    expect(isQuiet(d, text.indexOf('fenced'))).toBe(true);
    expect(isQuiet(d, text.indexOf('text'))).toBe(false);
    expect(isQuiet(d, text.indexOf('code'))).toBe(false);
    expect(isQuiet(d, text.indexOf('code'), true)).toBe(true);
    expect(rangeAt(Ranges.EMPTY, 3)).toBeUndefined();
    expect(rangeAt(Ranges.of([[0, 2], [5, 8]]), 2)).toBeUndefined();
    expect(rangeAt(Ranges.of([[0, 2], [5, 8]]), 7)).toEqual([5, 8]);
  });
});
