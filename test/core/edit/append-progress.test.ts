import { planAppend } from '../../../src/core/edit';
import { AT, append, lines, parse, STAMP, TIME } from './helpers';

describe('planAppend: progress', () => {
  it('adds a ticked, stamped step after the last step, before trailing blank lines', () => {
    const text = lines('# Plan', '', '## Progress', '', '- [x] (2025-09-01 10:00Z) One', '- [ ] Two', '', '## Surprises & Discoveries', '');
    expect(append(text, { kind: 'progress', text: 'Wired the view' })).toBe(
      lines('# Plan', '', '## Progress', '', '- [x] (2025-09-01 10:00Z) One', '- [ ] Two',
        `- [x] (${STAMP}) Wired the view`, '', '## Surprises & Discoveries', ''),
    );
  });

  it('writes an open step with done: false', () => {
    expect(append(lines('## Progress', '- [x] a', ''), { kind: 'progress', text: 'Next thing', done: false })).toBe(
      lines('## Progress', '- [x] a', `- [ ] (${STAMP}) Next thing`, ''),
    );
  });

  it('copies the marker, the X and the bracket style of the stamps', () => {
    const text = lines('## Progress', '* [X] [2025-09-01 10:00Z] one', '* [ ] two', '');
    expect(append(text, { kind: 'progress', text: 'three' })).toBe(
      lines('## Progress', '* [X] [2025-09-01 10:00Z] one', '* [ ] two', `* [X] [${STAMP}] three`, ''),
    );
  });

  it('copies bare stamps and `+` markers', () => {
    const text = lines('## Progress', '+ [x] 2025-09-01 10:00Z did a', '');
    expect(append(text, { kind: 'progress', text: 'b' })).toBe(
      lines('## Progress', '+ [x] 2025-09-01 10:00Z did a', `+ [x] ${STAMP} b`, ''),
    );
  });

  it('copies indentation and continues numbering of ordered lists', () => {
    const text = lines('## Progress', ' 1) [x] a', ' 2) [ ] b', '');
    expect(append(text, { kind: 'progress', text: 'c' })).toBe(
      lines('## Progress', ' 1) [x] a', ' 2) [ ] b', ` 3) [x] (${STAMP}) c`, ''),
    );
  });

  it('keeps `1.` on every item when the list does', () => {
    const text = lines('## Progress', '1. [x] a', '1. [x] b', '');
    expect(append(text, { kind: 'progress', text: 'c' })).toBe(
      lines('## Progress', '1. [x] a', '1. [x] b', `1. [x] (${STAMP}) c`, ''),
    );
  });

  it('gets a plain stamped bullet in a running log without checkboxes', () => {
    const text = lines('## Progress', '- 2025-09-01: started', '- 2025-09-02: more', '');
    expect(append(text, { kind: 'progress', text: 'did it' })).toBe(
      lines('## Progress', '- 2025-09-01: started', '- 2025-09-02: more', `- ${STAMP}: did it`, ''),
    );
  });

  it('writes an open step as a checkbox even in a running log', () => {
    const text = lines('## Progress', '- (2025-09-01 10:00Z) started', '');
    expect(append(text, { kind: 'progress', text: 'todo', done: false })).toBe(
      lines('## Progress', '- (2025-09-01 10:00Z) started', `- [ ] (${STAMP}) todo`, ''),
    );
  });

  it('continues a plain list with checkboxes', () => {
    expect(append(lines('## Progress', '- Implement X', ''), { kind: 'progress', text: 'Y' })).toBe(
      lines('## Progress', '- Implement X', `- [x] (${STAMP}) Y`, ''),
    );
  });

  it('keeps the blank lines of a loose list', () => {
    expect(append(lines('## Progress', '- [x] a', '', '- [x] b', ''), { kind: 'progress', text: 'c' })).toBe(
      lines('## Progress', '- [x] a', '', '- [x] b', '', `- [x] (${STAMP}) c`, ''),
    );
  });

  it('goes after nested items of the last step, at the top level', () => {
    const text = lines('## Progress', '- [x] a', '  - detail', '    more', '');
    expect(append(text, { kind: 'progress', text: 'b' })).toBe(
      lines('## Progress', '- [x] a', '  - detail', '    more', `- [x] (${STAMP}) b`, ''),
    );
  });

  it('keeps line breaks of multi-line text, indented under the bullet', () => {
    expect(append(lines('## Progress', '- [x] a', ''), { kind: 'progress', text: 'first\r\nsecond\n\n\nthird  ' })).toBe(
      lines('## Progress', '- [x] a', `- [x] (${STAMP}) first`, '  second', '', '  third', ''),
    );
  });

  it('goes after the steps, not after notes further down the section', () => {
    const text = lines('## Progress', '- [x] a', '', 'Some notes.', '', '## Next', '');
    expect(append(text, { kind: 'progress', text: 'b' })).toBe(
      lines('## Progress', '- [x] a', `- [x] (${STAMP}) b`, '', 'Some notes.', '', '## Next', ''),
    );
  });

  it('goes before a sub-heading that closes the section body', () => {
    const text = lines('## Progress', '- [x] a', '', '### Notes', '- not a step', '');
    expect(append(text, { kind: 'progress', text: 'b' })).toBe(
      lines('## Progress', '- [x] a', `- [x] (${STAMP}) b`, '', '### Notes', '- not a step', ''),
    );
  });

  it('goes into the last milestone when the steps live under sub-headings', () => {
    const text = lines('## Progress', '', '### M1', '- [x] a', '', '### M2', '- [ ] b', '', '## Next', '');
    expect(append(text, { kind: 'progress', text: 'c' })).toBe(
      lines('## Progress', '', '### M1', '- [x] a', '', '### M2', '- [ ] b', `- [x] (${STAMP}) c`, '', '## Next', ''),
    );
  });

  it('ignores fake steps in code and comments', () => {
    const text = lines('## Progress', '```', '- [ ] fake', '```', '%%', '- [ ] template', '', '%%', '');
    expect(append(text, { kind: 'progress', text: 'real' })).toBe(
      lines('## Progress', '```', '- [ ] fake', '```', '%%', '- [ ] template', '', '%%', '', `- [x] (${STAMP}) real`, ''),
    );
  });

  it('never writes inside a comment right under a list: the list ends where the comment starts', () => {
    const text = lines('## Progress', '- [x] a', '%%', '', 'hidden', '%%', '');
    expect(append(text, { kind: 'progress', text: 'b' })).toBe(
      lines('## Progress', '- [x] a', `- [x] (${STAMP}) b`, '%%', '', 'hidden', '%%', ''),
    );
  });

  it('writes the canonical shape in an empty section, with the note spacing', () => {
    expect(append(lines('## Progress', '', '## Next', ''), { kind: 'progress', text: 'a' })).toBe(
      lines('## Progress', '', `- [x] (${STAMP}) a`, '', '## Next', ''),
    );
    expect(append(lines('## Purpose', 'x', '## Progress', '## Next', ''), { kind: 'progress', text: 'a' })).toBe(
      lines('## Purpose', 'x', '## Progress', `- [x] (${STAMP}) a`, '', '## Next', ''),
    );
  });

  it('handles a section heading at the end of a note without a final newline', () => {
    expect(append('## Progress', { kind: 'progress', text: 'a' })).toBe(lines('## Progress', '', `- [x] (${STAMP}) a`));
    expect(append(lines('## Progress', '- [x] a'), { kind: 'progress', text: 'b' })).toBe(
      lines('## Progress', '- [x] a', `- [x] (${STAMP}) b`),
    );
  });

  it('keeps CRLF line endings', () => {
    const text = '## Progress\r\n- [x] a\r\n\r\n## Next\r\n';
    expect(append(text, { kind: 'progress', text: 'b\nc' })).toBe(
      `## Progress\r\n- [x] a\r\n- [x] (${STAMP}) b\r\n  c\r\n\r\n## Next\r\n`,
    );
  });

  it('keeps a BOM and frontmatter', () => {
    const text = '\uFEFF---\nstatus: active\n---\n# T\n\n## Progress\n- [x] a\n';
    expect(append(text, { kind: 'progress', text: 'b' })).toBe(
      `\uFEFF---\nstatus: active\n---\n# T\n\n## Progress\n- [x] a\n- [x] (${STAMP}) b\n`,
    );
  });

  it('uses the configured stamp format', () => {
    const result = planAppend(parse(lines('## Progress', '')), {
      kind: 'progress', text: 'a', at: AT, time: { format: 'yyyy-MM-dd', utc: true },
    });
    expect(result.ok && result.splices[0]?.insert).toBe('\n\n- [x] (2025-10-01) a');
  });

  it('reports empty text and writes nothing', () => {
    const result = planAppend(parse(lines('## Progress', '')), { kind: 'progress', text: ' \n\t', at: AT, time: TIME });
    expect(result).toMatchObject({ ok: false, code: 'empty-text' });
    expect(!result.ok && result.message).toMatch(/empty/);
  });
});
