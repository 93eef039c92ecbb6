import { parseDocument } from '../../../src/core/markdown';
import { propertySpan, readStatus } from '../../../src/core/read/status-line';
import { crlf, doc, lines } from './helpers';

/** The status value as the offsets point at it in the note. */
function sliced(text: string): string | null {
  const d = doc(text);
  const s = readStatus(d);
  return s.valueStart === null || s.valueEnd === null ? null : d.text.slice(s.valueStart, s.valueEnd);
}

describe('readStatus from frontmatter', () => {
  it('reads the status property with its line and value span', () => {
    const text = lines('---', 'title: x', 'status: in-progress', '---', 'Status: Done');
    expect(readStatus(doc(text))).toEqual({
      raw: 'in-progress',
      canonical: 'in-progress',
      source: 'frontmatter',
      line: 3,
      valueStart: text.indexOf('in-progress'),
      valueEnd: text.indexOf('in-progress') + 'in-progress'.length,
    });
  });

  it('matches the key in any case and keeps quotes inside the span', () => {
    const text = lines('---', 'Status: "Complete"', '---');
    const s = readStatus(doc(text));
    expect(s).toMatchObject({ raw: 'Complete', canonical: 'complete', source: 'frontmatter', line: 2 });
    expect(sliced(text)).toBe('"Complete"');
  });

  it('leaves a trailing YAML comment out of the span', () => {
    expect(sliced(lines('---', 'status: blocked   # waiting on legal', '---'))).toBe('blocked');
  });

  it('reads the first item of a list and gives no span for a block value', () => {
    const text = lines('---', 'status:', '  - done', '---');
    expect(readStatus(doc(text))).toMatchObject({ raw: 'done', canonical: 'complete', line: 2, valueStart: null, valueEnd: null });
  });

  it('keeps a placeholder as raw with no canonical status', () => {
    expect(readStatus(doc(lines('---', 'status: <Proposed | In Progress | Complete>', '---')))).toMatchObject({
      raw: '<Proposed | In Progress | Complete>',
      canonical: null,
      source: 'frontmatter',
    });
  });

  it('keeps an unknown word as raw', () => {
    expect(readStatus(doc(lines('---', 'status: Ready for review', '---')))).toMatchObject({
      raw: 'Ready for review',
      canonical: null,
    });
  });

  it('falls through an empty property to the body', () => {
    expect(readStatus(doc(lines('---', 'status:', '---', 'Status: Active')))).toMatchObject({
      raw: 'Active',
      canonical: 'in-progress',
      source: 'body',
      line: 4,
    });
  });

  it('reads simple frontmatter without a YAML parser', () => {
    expect(readStatus(parseDocument(lines('---', "status: 'paused'", '---')))).toMatchObject({
      raw: 'paused',
      canonical: 'blocked',
      source: 'frontmatter',
    });
  });
});

describe('readStatus from a body line', () => {
  it.each([
    ['Status: In progress', 'In progress', 'in-progress'],
    ['status: done', 'done', 'complete'],
    ['STATUS: Blocked', 'Blocked', 'blocked'],
    ['- Status: In progress', 'In progress', 'in-progress'],
    ['* Status: Proposed', 'Proposed', 'proposed'],
    ['+ Status: Proposed', 'Proposed', 'proposed'],
    ['1. Status: Complete', 'Complete', 'complete'],
    ['**Status**: 🟡 Building the new pipeline', '🟡 Building the new pipeline', 'in-progress'],
    ['**Status:** Abandoned', 'Abandoned', 'abandoned'],
    ['- **Status:** ✅', '✅', 'complete'],
    ['__Status__: on hold', 'on hold', 'blocked'],
    ['**Status: Blocked**', 'Blocked', 'blocked'],
    ['Status:: in progress', 'in progress', 'in-progress'],
    ['> Status: Complete', 'Complete', 'complete'],
    ['Status: `done`', '`done`', 'complete'],
    ['Status: **Blocked**', '**Blocked**', 'blocked'],
    ['| Status | Active |', 'Active', 'in-progress'],
    ['Status:   Done   ', 'Done', 'complete'],
  ])('%s', (line, raw, canonical) => {
    const text = lines('# Plan', '', line, '', '## Progress');
    expect(readStatus(doc(text))).toMatchObject({ raw, canonical, source: 'body', line: 3 });
    expect(sliced(text)).toBe(raw);
  });

  it('keeps template placeholders as raw, with no canonical status', () => {
    for (const placeholder of ['<Proposed | In Progress | Complete>', '[in-progress | completed | abandoned]', 'draft | active']) {
      expect(readStatus(doc(`Status: ${placeholder}`))).toMatchObject({ raw: placeholder, canonical: null, source: 'body' });
    }
  });

  it('reports an empty status line with an empty span so an edit can fill it', () => {
    const text = lines('# Plan', '**Status:**', 'text');
    const s = readStatus(doc(text));
    expect(s).toMatchObject({ raw: '', canonical: null, source: 'body', line: 2 });
    expect(s.valueStart).toBe(s.valueEnd);
    expect(s.valueStart).toBe(text.indexOf('\ntext'));
  });

  it('does not take a progress log entry for the status', () => {
    const text = lines('# Plan', '', '## Progress', '- [x] (2025-01-01 10:00Z) Status: Proposed → In progress');
    expect(readStatus(doc(text)).source).toBeNull();
  });

  it('ignores status lines in code, inline code, HTML comments and Obsidian comments', () => {
    const text = lines(
      '```',
      'Status: Done',
      '```',
      '',
      '    Status: Done',
      '',
      '`Status: Done`',
      '',
      '<!--',
      'Status: Done',
      '-->',
      '',
      '%% Status: Done %%',
      '',
      'Status: Blocked',
    );
    expect(readStatus(doc(text))).toMatchObject({ raw: 'Blocked', line: 15 });
  });

  it('ignores a decision record status and a milestone status, but reads a metadata section', () => {
    const text = lines(
      '# Plan: rate limits',
      '',
      '## Decision Log',
      '',
      '### Use Redis',
      'Status: Accepted',
      '',
      '## Plan of Work',
      'Status: done',
      '',
      '## Metadata',
      '- Status: Blocked',
    );
    expect(readStatus(doc(text))).toMatchObject({ raw: 'Blocked', canonical: 'blocked', line: 12 });
  });

  it('reads a status line under an H1 that looks like a section name', () => {
    expect(readStatus(doc(lines('# Plan: rate limits', 'Status: Active'))).raw).toBe('Active');
  });

  it('keeps the carriage return out of the value in a CRLF note', () => {
    const text = crlf(lines('# Plan', 'Status: Active', 'more'));
    expect(sliced(text)).toBe('Active');
    expect(readStatus(doc(text)).line).toBe(2);
  });

  it('counts a BOM in the offsets', () => {
    const text = '\uFEFFStatus: Active\n';
    expect(readStatus(doc(text))).toMatchObject({ raw: 'Active', valueStart: 9, valueEnd: 15, line: 1 });
  });

  it('does not read "Status update:" or words that merely start with status', () => {
    expect(readStatus(doc(lines('Status update: shipped', 'Statuses: many'))).source).toBeNull();
  });

  it('returns no status for an empty note', () => {
    expect(readStatus(doc(''))).toEqual({ raw: null, canonical: null, source: null, line: null, valueStart: null, valueEnd: null });
  });
});

describe('propertySpan', () => {
  it('is empty without frontmatter or without the key', () => {
    expect(propertySpan(doc('Status: x'), 'status')).toEqual({ line: null, valueStart: null, valueEnd: null });
    expect(propertySpan(doc(lines('---', 'a: 1', '---')), 'status')).toEqual({ line: null, valueStart: null, valueEnd: null });
  });

  it('finds a quoted key', () => {
    const text = lines('---', '"status": active', '---');
    const span = propertySpan(doc(text), 'status');
    expect(span.line).toBe(2);
    expect(text.slice(span.valueStart ?? 0, span.valueEnd ?? 0)).toBe('active');
  });
});
