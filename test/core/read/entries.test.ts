import { findSection } from '../../../src/core/markdown';
import { entryDate, readEntries } from '../../../src/core/read/entries';
import type { Entry, SectionKind } from '../../../src/core/types';
import { crlf, doc, lines } from './helpers';

/** Entries of the decision log (or another section) in a note made of `body` under it. */
function entriesOf(body: string[], kind: SectionKind = 'decisions', heading = '## Decision Log'): Entry[] {
  const d = doc(lines('# Plan', '', heading, '', ...body, '', '## Outcomes & Retrospective', 'Done.'));
  const section = findSection(d, kind);
  if (!section) throw new Error('no section');
  return readEntries(d, section);
}

const texts = (entries: Entry[]): string[] => entries.map((e) => e.text);

describe('readEntries: bullets', () => {
  it('reads the full shape of one entry', () => {
    const text = lines('## Decision Log', '', '- Use a token bucket (2025-01-10 14:30Z).', '  - Nested detail', '', '## Next');
    const d = doc(text);
    const section = findSection(d, 'decisions');
    if (!section) throw new Error('no section');
    const start = text.indexOf('- Use');
    const end = text.indexOf('detail') + 'detail'.length;
    expect(readEntries(d, section)).toEqual<Entry[]>([
      {
        shape: 'bullet',
        line: 3,
        start,
        end,
        text: text.slice(start, end),
        timestamps: [new Date('2025-01-10T14:30:00Z')],
      },
    ]);
  });

  it('makes each top-level bullet one entry, nested bullets included', () => {
    const entries = entriesOf(['- First', '  - detail', '    - deeper', '- Second', '* Third (other marker starts a new list)']);
    expect(texts(entries)).toEqual(['- First\n  - detail\n    - deeper', '- Second', '* Third (other marker starts a new list)']);
    expect(entries.map((e) => e.shape)).toEqual(['bullet', 'bullet', 'bullet']);
  });

  it('reads the ExecPlan form with field lines inside the bullet as one entry', () => {
    const entries = entriesOf(['- Decision: Use SQLite.', '  Rationale: one file.', '  Date/Author: 2025-01-10 / Ana', '- Decision: Drop XML.']);
    expect(entries).toHaveLength(2);
    expect(entries[0]?.timestamps).toEqual([new Date('2025-01-10T00:00:00Z')]);
  });

  it('joins field bullets to the entry above: three bullets are one decision', () => {
    const entries = entriesOf([
      '- **Decision:** Write one file per day.',
      '- **Rationale:** a failed run is cheap to redo.',
      '- **Date/Author:** 2026-07-14 / Dana',
      '- Decision: Keep integer cents.',
      '- Rationale: decimals confused the BI tools.',
      '- *Why it matters*: reports match to the cent.',
      '- __Alternatives considered:__ decimal(18,2).',
      '- Impact: none.',
      '- Consequences: none.',
      '- Evidence: the pilot report.',
      '- Date: 2026-07-15',
      '- Author: Dana',
    ]);
    expect(entries).toHaveLength(2);
    expect(entries[0]?.text).toBe(
      '- **Decision:** Write one file per day.\n- **Rationale:** a failed run is cheap to redo.\n- **Date/Author:** 2026-07-14 / Dana',
    );
    expect(entries[1]?.text.split('\n')).toHaveLength(9);
  });

  it('keeps a lone field bullet at the top of a section as an entry', () => {
    expect(entriesOf(['- Rationale: nobody wrote the decision'])).toHaveLength(1);
  });

  it('reads numbered entries', () => {
    expect(entriesOf(['1. First', '2. Second'])).toHaveLength(2);
  });
});

describe('readEntries: tables', () => {
  it('makes each body row one entry: no header, no delimiter row, no empty or placeholder row', () => {
    const entries = entriesOf([
      '| Date | Decision | Why |',
      '| --- | :-- | --: |',
      '| 2025-01-09 | Flags in edge config | latency |',
      '|  |  |  |',
      '| <date> | <decision> | <why> |',
      '| — | — | — |',
      '| 2025-01-11 | Cache for 30 s | rate limits |',
    ]);
    expect(entries.map((e) => [e.shape, e.line])).toEqual([
      ['table-row', 7],
      ['table-row', 11],
    ]);
    expect(entries[0]?.text).toBe('| 2025-01-09 | Flags in edge config | latency |');
  });

  it('reads no entries from a header-only table', () => {
    expect(entriesOf(['| Date | Decision |', '| --- | --- |'])).toEqual([]);
  });
});

describe('readEntries: sub-headings', () => {
  it('makes each deeper heading one entry with its whole body', () => {
    const entries = entriesOf([
      '### 2025-01-10 Use Postgres',
      '',
      'Because of joins.',
      '',
      '- Rationale: joins',
      '',
      '#### Follow-up',
      'More text.',
      '',
      '### 2025-01-12 Add an index',
      'Reads were slow.',
    ]);
    expect(entries.map((e) => e.shape)).toEqual(['subheading', 'subheading']);
    expect(entries[0]?.text).toBe(
      lines('### 2025-01-10 Use Postgres', '', 'Because of joins.', '', '- Rationale: joins', '', '#### Follow-up', 'More text.'),
    );
    expect(entries[1]?.text).toBe('### 2025-01-12 Add an index\nReads were slow.');
  });

  it('counts bullets before the first sub-heading separately', () => {
    expect(entriesOf(['- loose decision', '### Grouped decision', 'body']).map((e) => e.shape)).toEqual(['bullet', 'subheading']);
  });

  it('skips a placeholder sub-heading', () => {
    expect(entriesOf(['### <YYYY-MM-DD> <title>', '<what was decided and why>'])).toEqual([]);
  });
});

describe('readEntries: bold blocks and paragraphs', () => {
  it('reads a bold date or title paragraph together with the field list under it', () => {
    const entries = entriesOf([
      '**2025-01-10 14:30**: Use a token bucket',
      '- Rationale: simple',
      '- Alternatives: leaky bucket',
      '',
      '**Decision:** Keep SQLite',
      '',
      '- Why: one file',
      '',
      '__Drop XML__ — nobody sends it.',
    ]);
    expect(entries.map((e) => [e.shape, e.line])).toEqual([
      ['bold-block', 5],
      ['bold-block', 9],
      ['bold-block', 13],
    ]);
    expect(entries[0]?.text).toBe('**2025-01-10 14:30**: Use a token bucket\n- Rationale: simple\n- Alternatives: leaky bucket');
    expect(entries[1]?.text).toBe('**Decision:** Keep SQLite\n\n- Why: one file');
  });

  it('joins a field paragraph to the entry above', () => {
    const entries = entriesOf(['**Use Redis**', '', 'Rationale: shared across pods.', '', '**Evidence:** load test 3.']);
    expect(entries).toHaveLength(1);
    expect(entries[0]?.text).toBe('**Use Redis**\n\nRationale: shared across pods.\n\n**Evidence:** load test 3.');
  });

  it('makes each plain paragraph or quote an entry', () => {
    const entries = entriesOf(['The rollout went well.', '', 'Next time, pick the metric first.', '', '> [!note] A callout', '> with two lines']);
    expect(entries.map((e) => e.shape)).toEqual(['paragraph', 'paragraph', 'paragraph']);
  });

  it('does not count a paragraph that introduces a list', () => {
    const entries = entriesOf(['We decided the following:', '', '- one', '- two']);
    expect(texts(entries)).toEqual(['- one', '- two']);
  });

  it('attaches a code block to the entry above, and ignores one with no entry above', () => {
    const withEntry = entriesOf(['- Observation: slow start', '', '```', 'trace', '```']);
    expect(withEntry).toHaveLength(1);
    expect(withEntry[0]?.text).toBe('- Observation: slow start\n\n```\ntrace\n```');
    expect(entriesOf(['```', 'only code', '```'])).toEqual([]);
  });

  it('lets a thematic break end an entry: a field after it stands alone', () => {
    expect(entriesOf(['**Use Redis**', '', '---', '', 'Rationale: stray field'])).toHaveLength(2);
  });
});

describe('readEntries: templates and empty sections', () => {
  it('counts a fresh template section as empty', () => {
    expect(entriesOf(['- Decision: …', '  Rationale: …', '  Date/Author: …'])).toEqual([]);
    expect(entriesOf(['- Decision: <what>', '- Rationale: <why>', '- Date/Author: [YYYY-MM-DD] / <name>'])).toEqual([]);
    expect(entriesOf(['- Observation: ...', '  Evidence: ...'], 'surprises', '## Surprises & Discoveries')).toEqual([]);
    expect(entriesOf(['<!-- one entry per decision -->'])).toEqual([]);
    expect(entriesOf(['%% add entries here %%'])).toEqual([]);
    expect(entriesOf(['<describe the decision>'])).toEqual([]);
    expect(entriesOf(['TBD'])).toEqual([]);
    expect(entriesOf([])).toEqual([]);
  });

  it('counts list items after a %% comment, which ends the list in Obsidian', () => {
    // Markdown reads all three items as one list that starts inside the comment.
    const body = ['%%', '- Decision: <template>', '%%', '- Use a queue', '- Keep retries'];
    expect(texts(entriesOf(body))).toEqual(['- Use a queue', '- Keep retries']);
  });

  it('reads the lines after a closing %% as an entry, and a comment alone as none', () => {
    expect(texts(entriesOf(['%%', '- Decision: <template>', '%%', 'Switched to a queue']))).toEqual(['Switched to a queue']);
    expect(texts(entriesOf(['%% draft %%', '**Created:** 2026-11-02']))).toEqual(['**Created:** 2026-11-02']);
    expect(entriesOf(['%%', '- Decision: <template>', '%%'])).toEqual([]);
  });

  it('leaves a stamped list under a bold line to be entries of its own', () => {
    const body = ['**Created:** 2026-11-02', '- (2026-11-03 10:00Z) Wired the view', '- (2026-11-04 10:00Z) Shipped'];
    expect(texts(entriesOf(body, 'progress', '## Progress'))).toEqual([body[0], body[1], body[2]]);
    // Details under a bold entry stay part of it.
    expect(texts(entriesOf(['**Decision:** Use a queue', '- Rationale: fewer retries', '- Owner: Sam']))).toHaveLength(1);
  });

  it('counts "none yet" notes as empty', () => {
    for (const none of ['_None yet._', 'None.', '(none yet)', '- Nothing to report yet.', 'N/A', 'No surprises so far.', '*Nothing yet*']) {
      expect(entriesOf([none])).toEqual([]);
    }
  });

  it('counts a real entry that mentions "none"', () => {
    expect(entriesOf(['- None of the vendors met the SLA, so we build it.'])).toHaveLength(1);
    expect(entriesOf(['- No caching for now.'])).toHaveLength(1);
  });

  it('counts an entry whose first field is filled in even if others are placeholders', () => {
    expect(entriesOf(['- Decision: Use SQLite.', '  Rationale: <why>'])).toHaveLength(1);
  });
});

describe('readEntries: offsets and ranges', () => {
  it('excludes the line ending in a CRLF note', () => {
    const d = doc(crlf(lines('## Surprises', '- one', '- two', '')));
    const section = findSection(d, 'surprises');
    if (!section) throw new Error('no section');
    const entries = readEntries(d, section);
    expect(entries.map((e) => d.text.slice(e.start, e.end))).toEqual(['- one', '- two']);
    expect(entries.map((e) => e.line)).toEqual([2, 3]);
  });

  it('starts an indented entry at its line start', () => {
    const d = doc(lines('## Decision Log', '  - indented'));
    const section = findSection(d, 'decisions');
    if (!section) throw new Error('no section');
    expect(readEntries(d, section)[0]).toMatchObject({ start: 16, text: '  - indented' });
  });

  it('stops at the next section of the same level', () => {
    expect(entriesOf(['- only me'])).toHaveLength(1);
  });

  it('ignores fake entries in code or comments', () => {
    expect(entriesOf(['    - indented code is not an entry'])).toEqual([]);
  });
});

describe('entryDate', () => {
  const dateOf = (body: string[]): string | undefined => entryDate(entriesOf(body)[0] as Entry)?.toISOString();

  it('takes the stamp an entry opens with', () => {
    expect(dateOf(['- (2025-10-01 13:00Z) later date 2030-01-01 in text'])).toBe('2025-10-01T13:00:00.000Z');
    expect(dateOf(['### 2025-01-11 — limit', 'frozen until 2025-01-20'])).toBe('2025-01-11T00:00:00.000Z');
    expect(dateOf(['| Date | What |', '| - | - |', '| 2025-01-09 | until 2025-02-01 |'])).toBe('2025-01-09T00:00:00.000Z');
    expect(dateOf(['**2026-08-12 09:40Z**: keep until 2027-01-01'])).toBe('2026-08-12T09:40:00.000Z');
    expect(dateOf(['- [x] 2026-07-15 done'])).toBe('2026-07-15T00:00:00.000Z');
  });

  it('takes a date field next', () => {
    expect(dateOf(['- Decision: migrate before 2026-01-01.', '  Date/Author: 2025-10-01 / Priya'])).toBe('2025-10-01T00:00:00.000Z');
    expect(dateOf(['- **Decision:** x by 2026-01-01', '- **Date:** 2025-03-02'])).toBe('2025-03-02T00:00:00.000Z');
  });

  it('falls back to the first date, then null', () => {
    expect(dateOf(['- Seen on 2025-02-01 and 2025-03-01'])).toBe('2025-02-01T00:00:00.000Z');
    expect(dateOf(['- No date here'])).toBeUndefined();
  });
});
