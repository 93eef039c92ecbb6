import { append, lines, STAMP } from './helpers';

describe('planAppend: layout around the section', () => {
  it('puts a decision before a sub-heading that closes the log body', () => {
    const text = lines('## Decision Log', '- Decision: A', '', '### Superseded', '- Decision: old', '');
    expect(append(text, { kind: 'decision', text: 'B' })).toBe(
      lines('## Decision Log', '- Decision: A', '- Decision: B', `  Date/Author: ${STAMP}`, '', '### Superseded', '- Decision: old', ''),
    );
  });

  it('finds sections by setext and decorated headings', () => {
    const text = lines('Decision log', '------------', '', '- Decision: A', '', '## 🔍 Surprises & discoveries', '');
    expect(append(text, { kind: 'decision', text: 'B' })).toBe(
      lines('Decision log', '------------', '', '- Decision: A', '- Decision: B', `  Date/Author: ${STAMP}`, '', '## 🔍 Surprises & discoveries', ''),
    );
    expect(append(text, { kind: 'surprise', text: 'C' })).toBe(
      lines('Decision log', '------------', '', '- Decision: A', '', '## 🔍 Surprises & discoveries', '', '- Observation: C', `  Date: ${STAMP}`, ''),
    );
  });

  it('follows surprise bold blocks', () => {
    const text = lines('## Surprises', '', '**Observation:** a', '**Evidence:** b', '');
    expect(append(text, { kind: 'surprise', text: 'c', evidence: 'd' })).toBe(
      lines('## Surprises', '', '**Observation:** a', '**Evidence:** b', '', '**Observation:** c', '**Evidence:** d', `**Date:** ${STAMP}`, ''),
    );
  });

  it('goes after the details list of a bold stamp entry', () => {
    const text = lines('## Decision Log', '**2025-01-10 14:30**: Token bucket', '- refill 10/s', '- burst 20', '');
    expect(append(text, { kind: 'decision', text: 'Leaky bucket' })).toBe(
      lines('## Decision Log', '**2025-01-10 14:30**: Token bucket', '- refill 10/s', '- burst 20', '', `**2025-10-01 13:00**: Leaky bucket`, ''),
    );
  });

  it('adds a CRLF table row at the end of a note without a final newline', () => {
    const text = '## Decision Log\r\n  | Decision | Date |\r\n  | :-- | --: |\r\n  | A | 2025-09-01 |';
    expect(append(text, { kind: 'decision', text: 'B' })).toBe(`${text}\r\n  | B | ${STAMP} |`);
  });

  it('keeps tab-indented nested steps out of the new step', () => {
    const text = lines('## Progress', '- [x] a', '\t- [ ] sub', '');
    expect(append(text, { kind: 'progress', text: 'b' })).toBe(lines('## Progress', '- [x] a', '\t- [ ] sub', `- [x] (${STAMP}) b`, ''));
  });

  it('writes retrospective notes like the stamped bullets already there', () => {
    const text = lines('## Outcomes & Retrospective', '* [2025-09-01] Shipped the parser', '');
    expect(append(text, { kind: 'retrospective', text: 'Dashboard is fast' })).toBe(
      lines('## Outcomes & Retrospective', '* [2025-09-01] Shipped the parser', `* [${STAMP}] Dashboard is fast`, ''),
    );
  });

  it('appends to the first of two sections of the same kind', () => {
    const text = lines('## Progress', '- [x] a', '', '## Progress (week 2)', '- [x] b', '');
    expect(append(text, { kind: 'progress', text: 'c' })).toBe(
      lines('## Progress', '- [x] a', `- [x] (${STAMP}) c`, '', '## Progress (week 2)', '- [x] b', ''),
    );
  });
});
