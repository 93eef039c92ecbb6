import type { SectionKind } from '../../../src/core/types';
import { entriesFromCache, entriesOfDoc, type RuleEntry } from '../../support/rule-entries';
import { crlf, doc, lines } from './helpers';

/**
 * The entries of a log section as the reading rules cut them (index/entry-dates.ts, behind the
 * summary's counts, last activity and the weekly review), from either builder's note model.
 */
function entriesIn(text: string, kind: SectionKind): RuleEntry[] {
  const entries = entriesOfDoc(doc(text)).filter((e) => e.kind === kind);
  // The dashboard's model (Obsidian's metadata cache) gives the same entries.
  expect(entriesFromCache(text).filter((e) => e.kind === kind)).toEqual(entries);
  return entries;
}

/** Entries of the decision log (or another section) in a note made of `body` under it. */
function entriesOf(body: string[], kind: SectionKind = 'decisions', heading = '## Decision Log'): RuleEntry[] {
  return entriesIn(lines('# Plan', '', heading, '', ...body, '', '## Outcomes & Retrospective', 'Done.'), kind);
}

const texts = (entries: RuleEntry[]): string[] => entries.map((e) => e.text);

describe('entries: bullets', () => {
  it('reads the full shape of one entry', () => {
    const text = lines('## Decision Log', '', '- Use a token bucket (2025-01-10 14:30Z).', '  - Nested detail', '', '## Next');
    const start = text.indexOf('- Use');
    const end = text.indexOf('detail') + 'detail'.length;
    expect(entriesIn(text, 'decisions')).toEqual<RuleEntry[]>([
      { kind: 'decisions', line: 3, start, end, text: text.slice(start, end), date: '2025-01-10T14:30:00.000Z' },
    ]);
  });

  it('makes each top-level bullet one entry, nested bullets included', () => {
    const entries = entriesOf(['- First', '  - detail', '    - deeper', '- Second', '* Third (other marker starts a new list)']);
    expect(texts(entries)).toEqual(['- First\n  - detail\n    - deeper', '- Second', '* Third (other marker starts a new list)']);
  });

  it('reads the ExecPlan form with field lines inside the bullet as one entry', () => {
    const entries = entriesOf(['- Decision: Use SQLite.', '  Rationale: one file.', '  Date/Author: 2025-01-10 / Ana', '- Decision: Drop XML.']);
    expect(entries).toHaveLength(2);
    expect(entries[0]?.date).toBe('2025-01-10T00:00:00.000Z');
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

describe('entries: tables', () => {
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
    expect(entries.map((e) => e.line)).toEqual([7, 11]);
    expect(entries[0]?.text).toBe('| 2025-01-09 | Flags in edge config | latency |');
  });

  it('reads no entries from a header-only table', () => {
    expect(entriesOf(['| Date | Decision |', '| --- | --- |'])).toEqual([]);
  });
});

describe('entries: sub-headings', () => {
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
    expect(entries[0]?.text).toBe(
      lines('### 2025-01-10 Use Postgres', '', 'Because of joins.', '', '- Rationale: joins', '', '#### Follow-up', 'More text.'),
    );
    expect(entries[1]?.text).toBe('### 2025-01-12 Add an index\nReads were slow.');
  });

  it('counts bullets before the first sub-heading separately', () => {
    expect(texts(entriesOf(['- loose decision', '### Grouped decision', 'body']))).toEqual(['- loose decision', '### Grouped decision\nbody']);
  });

  it('skips a placeholder sub-heading', () => {
    expect(entriesOf(['### <YYYY-MM-DD> <title>', '<what was decided and why>'])).toEqual([]);
  });
});

describe('entries: bold blocks and paragraphs', () => {
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
    expect(entries.map((e) => e.line)).toEqual([5, 9, 13]);
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
    expect(texts(entries)).toEqual(['The rollout went well.', 'Next time, pick the metric first.', '> [!note] A callout\n> with two lines']);
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

describe('entries: templates and empty sections', () => {
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

describe('entries: offsets and ranges', () => {
  it('excludes the line ending in a CRLF note', () => {
    const text = crlf(lines('## Surprises', '- one', '- two', ''));
    const entries = entriesIn(text, 'surprises');
    expect(entries.map((e) => text.slice(e.start, e.end).trimEnd())).toEqual(['- one', '- two']);
    expect(entries.map((e) => e.line)).toEqual([2, 3]);
  });

  it('starts an indented entry at its line start', () => {
    expect(entriesIn(lines('## Decision Log', '  - indented'), 'decisions')[0]).toMatchObject({ start: 16, text: '  - indented' });
  });

  it('stops at the next section of the same level', () => {
    expect(entriesOf(['- only me'])).toHaveLength(1);
  });

  it('ignores fake entries in code or comments', () => {
    expect(entriesOf(['    - indented code is not an entry'])).toEqual([]);
  });
});

describe('an entry\'s date', () => {
  const dateOf = (body: string[]): string | null | undefined => entriesOf(body)[0]?.date;

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
    expect(dateOf(['- No date here'])).toBeNull();
  });
});
