import { parseDocument } from '../../../src/core/markdown';
import { parse } from 'yaml';

describe('parseDocument', () => {
  test('headings outside code, comments and frontmatter become sections with exact offsets', () => {
    const text = [
      '---', 'status: active', '# not a heading', '---',
      '# Title',
      '',
      '## Progress',
      '- [x] a',
      '```',
      '## Fake in code',
      '```',
      '<!--',
      '## Fake in html comment',
      '-->',
      '%%',
      '## Fake in obsidian comment',
      '%%',
      '### Sub',
      'text',
      '',
      'Decision log',
      '------------',
      '- x',
    ].join('\n');
    const doc = parseDocument(text, { parseYaml: parse });
    expect(doc.headings.map((h) => [h.level, h.text, h.line, h.setext])).toEqual([
      [1, 'Title', 5, false],
      [2, 'Progress', 7, false],
      [3, 'Sub', 18, false],
      [2, 'Decision log', 21, true],
    ]);
    const progress = doc.sections[1];
    expect(progress?.kind).toBe('progress');
    expect(text.slice(progress?.heading.start, progress?.heading.end)).toBe('## Progress\n');
    expect(text.slice(progress?.contentStart, progress?.bodyEnd)).toMatch(/^- \[x\] a\n```[\s\S]*%%\n$/);
    expect(text.slice(progress?.end)).toMatch(/^Decision log\n/);
    expect(doc.frontmatter?.data).toEqual({ status: 'active' });
    expect(doc.sections[3]?.end).toBe(text.length);
  });

  test('BOM and CRLF keep offsets exact', () => {
    const text = '\uFEFF---\r\ntitle: T\r\n---\r\n## Progress\r\n\r\n- [ ] a\r\n';
    const doc = parseDocument(text, { parseYaml: parse });
    expect(doc.bom).toBe(true);
    expect(doc.eol).toBe('\r\n');
    const h = doc.headings[0];
    expect(text.slice(h?.start, h?.end)).toBe('## Progress\r\n');
    expect(doc.frontmatter?.start).toBe(1);
    expect(text.slice(doc.frontmatter?.end)).toMatch(/^## Progress/);
  });

  test('malformed frontmatter is reported, not thrown', () => {
    const doc = parseDocument('---\nstatus: [unclosed\n---\n# T\n', { parseYaml: parse });
    expect(doc.frontmatter?.data).toBeNull();
    expect(doc.frontmatter?.error).toBeTruthy();
  });

  test('a note without headings has no sections', () => {
    expect(parseDocument('just text').sections).toEqual([]);
    expect(parseDocument('').headings).toEqual([]);
  });
});
