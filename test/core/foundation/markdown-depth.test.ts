import { parseMarkdown } from '../../../src/core/markdown';
import { capNesting, MAX_NESTING, MAX_PREFIX_COLUMNS } from '../../../src/core/markdown-depth';

function depth(node: { children?: unknown[] }): number {
  let max = 0;
  for (const child of node.children ?? []) max = Math.max(max, depth(child as { children?: unknown[] }));
  return max + 1;
}

describe('nesting cap (bounded cost)', () => {
  it('leaves ordinary notes as they are (the same string)', () => {
    const text = '# P\n\n- a\n  - b\n    - [ ] c\n> q\n> > r\n1. x\n   2) y\n\tcode\n';
    expect(capNesting(text)).toBe(text);
  });

  it('makes markers past the cap text, keeping every offset', () => {
    const line = '- '.repeat(100) + 'x';
    const capped = capNesting(line);
    expect(capped).toHaveLength(line.length);
    // The bound counts the blank after each marker too: the cut comes after 2/3 of the cap.
    const cut = capped.indexOf('x');
    expect(cut).toBeGreaterThanOrEqual(MAX_NESTING);
    expect(cut).toBeLessThan(2 * MAX_NESTING);
    expect(capped.slice(0, cut)).toBe(line.slice(0, cut));
    const quotes = capNesting('>'.repeat(5000) + ' x\r\n');
    expect(quotes.indexOf('x')).toBe(MAX_NESTING);
    expect(quotes).toHaveLength(5004);
  });

  it('caps blanks of a line indented past the limit', () => {
    const line = ' '.repeat(1000) + '- [ ] deep';
    expect(capNesting(line).indexOf('x')).toBe(MAX_PREFIX_COLUMNS);
  });

  it('keeps the tree shallow: 5,000 markers on one line, or a list one level deeper every line', () => {
    const oneLine = parseMarkdown('- '.repeat(5000) + 'x\n\n' + '>'.repeat(5000) + ' y\n');
    expect(depth(oneLine)).toBeLessThanOrEqual(2 * MAX_NESTING + 4);
    const lines = Array.from({ length: 1000 }, (_, i) => `${'  '.repeat(i)}- [ ] step ${i}`).join('\n');
    const tree = parseMarkdown(lines);
    expect(depth(tree)).toBeLessThanOrEqual(2 * MAX_NESTING + 4);
    expect(tree.position?.end.offset).toBe(lines.length);
  });
});
