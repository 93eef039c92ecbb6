import { planAddSection, planAppend } from '../../../src/core/edit';
import { AT, append, applied, lines, parse, STAMP, TIME } from './helpers';

const decision = { kind: 'decision' as const, text: 'Use SQLite' };
const entry = ['- Decision: Use SQLite', `  Date/Author: ${STAMP}`];

describe('planAppend: missing sections', () => {
  it('creates the section after the nearest preceding canonical section', () => {
    const text = lines('# T', '', '## Purpose', '', 'x', '', '## Progress', '', '- [x] a', '', '## Outcomes & Retrospective', '', 'z', '');
    expect(append(text, decision)).toBe(
      lines('# T', '', '## Purpose', '', 'x', '', '## Progress', '', '- [x] a', '', '## Decision Log', '', ...entry, '',
        '## Outcomes & Retrospective', '', 'z', ''),
    );
  });

  it('goes past the preceding section\'s sub-sections and other sections are left alone', () => {
    const text = lines('## Progress', '- [x] a', '### Week 2', '- [x] b', '## Notes', 'n', '');
    expect(append(text, decision)).toBe(
      lines('## Progress', '- [x] a', '### Week 2', '- [x] b', '## Decision Log', ...entry, '## Notes', 'n', ''),
    );
  });

  it('creates it before the nearest following section when none precedes', () => {
    const text = lines('# T', '', 'Intro.', '', '## Outcomes & Retrospective', '', 'z', '');
    expect(append(text, decision)).toBe(
      lines('# T', '', 'Intro.', '', '## Decision Log', '', ...entry, '', '## Outcomes & Retrospective', '', 'z', ''),
    );
  });

  it('creates it at the end when the note has no plan sections', () => {
    expect(append(lines('# T', '', 'Body.', ''), decision)).toBe(lines('# T', '', 'Body.', '', '## Decision Log', '', ...entry, ''));
  });

  it('keeps a note without a final newline without one', () => {
    expect(append(lines('# T', '', 'Body.'), decision)).toBe(lines('# T', '', 'Body.', '', '## Decision Log', '', ...entry));
  });

  it('uses the heading level the plan sections use', () => {
    const text = lines('# T', '### Progress', '- [x] a', '### Decision Log', '- Decision: x', '');
    expect(append(text, { kind: 'surprise', text: 'Hmm' })).toBe(
      lines('# T', '### Progress', '- [x] a', '### Surprises & Discoveries', '- Observation: Hmm', `  Date: ${STAMP}`,
        '### Decision Log', '- Decision: x', ''),
    );
  });

  it('creates the section in an empty note and after frontmatter only', () => {
    expect(append('', { kind: 'progress', text: 'a' })).toBe(lines('## Progress', '', `- [x] (${STAMP}) a`, ''));
    expect(append('---\nstatus: draft\n---\n', { kind: 'progress', text: 'a' })).toBe(
      lines('---', 'status: draft', '---', '## Progress', '', `- [x] (${STAMP}) a`, ''),
    );
    expect(append('\uFEFF', { kind: 'progress', text: 'a' })).toBe(`\uFEFF## Progress\n\n- [x] (${STAMP}) a\n`);
  });

  it('uses CRLF in a CRLF note', () => {
    expect(append('# T\r\n\r\nBody.\r\n', decision)).toBe(
      `# T\r\n\r\nBody.\r\n\r\n## Decision Log\r\n\r\n- Decision: Use SQLite\r\n  Date/Author: ${STAMP}\r\n`,
    );
  });

  it('creates the first entry of a decision log in the configured empty style', () => {
    expect(append(lines('# T', ''), { ...decision, emptyDecisionStyle: 'table' })).toBe(
      lines('# T', '', '## Decision Log', '', '| Decision | Rationale | Date/Author |', '| --- | --- | --- |',
        `| Use SQLite |  | ${STAMP} |`, ''),
    );
  });

  it('reports the missing section instead when asked not to create it', () => {
    const result = planAppend(parse(lines('# T', '')), { ...decision, at: AT, time: TIME, createMissingSection: false });
    expect(result).toEqual({ ok: false, code: 'missing-section', message: 'This plan has no Decision Log section.' });
  });
});

describe('planAddSection', () => {
  it('adds an empty section at its canonical place', () => {
    const text = lines('## Purpose', 'x', '', '## Decision Log', '');
    expect(applied(text, planAddSection(parse(text), 'progress'))).toBe(
      lines('## Purpose', 'x', '', '## Progress', '', '## Decision Log', ''),
    );
  });

  it('does nothing when the section exists', () => {
    expect(planAddSection(parse('## Progress\n'), 'progress')).toMatchObject({ ok: true, splices: [] });
  });
});
