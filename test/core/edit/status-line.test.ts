import { planSetStatusLine } from '../../../src/core/edit';
import { applied, lines, parse } from './helpers';

function setStatus(text: string, value: string): string {
  return applied(text, planSetStatusLine(parse(text), value));
}

describe('planSetStatusLine', () => {
  it.each([
    ['Status: Draft', 'Status: Complete'],
    ['- Status: Draft', '- Status: Complete'],
    ['**Status**: Draft', '**Status**: Complete'],
    ['**Status:** Draft', '**Status:** Complete'],
    ['Status:: Draft', 'Status:: Complete'],
    ['> Status: Draft', '> Status: Complete'],
    ['**Status:**', '**Status:** Complete'],
    ['Status:   ', 'Status:   Complete'],
  ])('replaces only the value of %j', (line, expected) => {
    expect(setStatus(lines('# Plan', line, '', '## Purpose', ''), 'Complete')).toBe(lines('# Plan', expected, '', '## Purpose', ''));
  });

  it('keeps trailing hard-break spaces and CRLF', () => {
    expect(setStatus('# P\r\n**Status:** In progress  \r\n', 'Blocked')).toBe('# P\r\n**Status:** Blocked  \r\n');
  });

  it('ignores status lines in code blocks and log sections', () => {
    const text = lines('# P', '```', 'Status: fake', '```', 'Status: Draft', '', '## Decision Log', '- Status: Accepted', '');
    expect(setStatus(text, 'Complete')).toBe(
      lines('# P', '```', 'Status: fake', '```', 'Status: Complete', '', '## Decision Log', '- Status: Accepted', ''),
    );
  });

  it('returns no splices when the value is already set', () => {
    expect(planSetStatusLine(parse('Status: Complete\n'), 'Complete')).toMatchObject({ ok: true, splices: [] });
  });

  it('reports a missing status line and empty values', () => {
    expect(planSetStatusLine(parse('# P\n\nNo status here.\n'), 'Complete')).toMatchObject({ ok: false, code: 'no-status-line' });
    expect(planSetStatusLine(parse('Status: x\n'), '  ')).toMatchObject({ ok: false, code: 'empty-text' });
    expect(planSetStatusLine(parse('Status: x\n'), 'a\nb')).toMatchObject({ ok: false, code: 'invalid-value' });
  });
});
