/**
 * computeMetadata on shapes the captured corpus does not cover. The expectations follow
 * CommonMark/GFM block structure with the position conventions the corpus established.
 */
import { computeMetadata } from './metadata';

function sectionSummary(text: string): string[] {
  return (computeMetadata(text).sections ?? []).map((s) => `${s.type} ${s.position.start.line}-${s.position.end.line}`);
}

describe('computeMetadata beyond the corpus', () => {
  test('an ExecPlan-like note: frontmatter, headings, tasks, table, code, thematic break', () => {
    const text = [
      '---',
      'status: in-progress',
      '---',
      '# Plan',
      '',
      '## Progress',
      '',
      '- [x] (2025-10-01 13:00Z) Wired the view',
      '- [ ] Ship it',
      '',
      '## Decision Log',
      '',
      '| Decision | Why |',
      '| --- | --- |',
      '| Use X | Simple |',
      '',
      '```md',
      '# not a heading',
      '- [ ] not a task',
      '```',
      '',
      '***',
      '',
    ].join('\n');
    const meta = computeMetadata(text);
    expect(meta.frontmatter).toEqual({ status: 'in-progress' });
    expect(meta.headings?.map((h) => `${h.level} ${h.heading}`)).toEqual(['1 Plan', '2 Progress', '2 Decision Log']);
    expect(meta.listItems?.map((i) => [i.position.start.line, i.task, i.parent])).toEqual([
      [7, 'x', -7],
      [8, ' ', -7],
    ]);
    expect(sectionSummary(text)).toEqual([
      'yaml 0-2',
      'heading 3-3',
      'heading 5-5',
      'list 7-8',
      'heading 10-10',
      'table 12-14',
      'code 16-19',
      'thematicBreak 21-21',
    ]);
  });

  test('malformed frontmatter: a yaml section but no frontmatter properties', () => {
    const meta = computeMetadata('---\nstatus: [oops\n---\nbody\n');
    expect(meta.frontmatter).toBeUndefined();
    expect(meta.frontmatterPosition).toBeUndefined();
    expect(meta.sections?.[0]?.type).toBe('yaml');
  });

  test('an unclosed `---` is not frontmatter', () => {
    const meta = computeMetadata('---\nstatus: x\n');
    expect(meta.frontmatter).toBeUndefined();
    expect(meta.sections?.map((s) => s.type)).toEqual(['thematicBreak', 'paragraph']);
  });

  test('CRLF line endings: columns and offsets exclude the carriage return', () => {
    const meta = computeMetadata('# A\r\n\r\n- [ ] b\r\n');
    expect(meta.headings?.[0]?.position.end).toEqual({ line: 0, col: 3, offset: 3 });
    expect(meta.listItems?.[0]?.position).toEqual({
      start: { line: 2, col: 0, offset: 7 },
      end: { line: 2, col: 7, offset: 14 },
    });
  });

  test('headings: closing hashes are dropped; setext headings span both lines', () => {
    const meta = computeMetadata('## Title ##\n\nSetext\n======\n');
    expect(meta.headings?.map((h) => [h.heading, h.level, h.position.start.line, h.position.end.line])).toEqual([
      ['Title', 2, 0, 0],
      ['Setext', 1, 2, 3],
    ]);
  });

  test('block ids on paragraphs and list items', () => {
    const meta = computeMetadata('Para ^p1\n\n- item ^i1\n');
    expect(meta.blocks?.p1?.position.start.line).toBe(0);
    expect(meta.blocks?.i1?.position.start.line).toBe(2);
    expect(meta.listItems?.[0]?.id).toBe('i1');
    expect(meta.sections?.[0]?.id).toBe('p1');
  });

  test('tags: not in code, URLs or HTML comments, not all digits, not mid-word', () => {
    const meta = computeMetadata('#one `#two` https://x.y/#three <!-- #four --> #5 a#six (#seven) #émoji🙂\n');
    expect(meta.tags?.map((t) => t.tag)).toEqual(['#one', '#seven', '#émoji🙂']);
  });

  test('a table may interrupt a paragraph (GFM); its header is the paragraph line above', () => {
    expect(sectionSummary('Intro\n| a | b |\n|---|---|\n| 1 | 2 |\n')).toEqual(['paragraph 0-0', 'table 1-3']);
  });
});
