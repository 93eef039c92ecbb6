import { append, lines, STAMP } from './helpers';

const decision = { kind: 'decision' as const, text: 'Use SQLite', rationale: 'No server to run' };

describe('planAppend: decision log styles', () => {
  it('writes the PLANS.md shape in an empty section', () => {
    expect(append(lines('## Decision Log', '', '## Outcomes & Retrospective', ''), decision)).toBe(
      lines('## Decision Log', '', '- Decision: Use SQLite', '  Rationale: No server to run', `  Date/Author: ${STAMP}`,
        '', '## Outcomes & Retrospective', ''),
    );
  });

  it('leaves out a rationale that was not given', () => {
    expect(append(lines('## Decision Log', ''), { kind: 'decision', text: 'Use SQLite' })).toBe(
      lines('## Decision Log', '', '- Decision: Use SQLite', `  Date/Author: ${STAMP}`, ''),
    );
  });

  it('inserts after template placeholders and comments without removing them', () => {
    const text = lines('## Decision Log', '', '<!-- Record every decision. -->', '%% hint %%', '', '## Next', '');
    expect(append(text, decision)).toBe(
      lines('## Decision Log', '', '<!-- Record every decision. -->', '%% hint %%', '', '- Decision: Use SQLite',
        '  Rationale: No server to run', `  Date/Author: ${STAMP}`, '', '## Next', ''),
    );
  });

  it('copies field continuation lines and their labels', () => {
    const text = lines('## Decision Log', '- Decision: A', '  Why: r', '  When: 2025-09-01', '');
    expect(append(text, decision)).toBe(
      lines('## Decision Log', '- Decision: A', '  Why: r', '  When: 2025-09-01', '- Decision: Use SQLite',
        '  Why: No server to run', `  When: ${STAMP}`, ''),
    );
  });

  it('copies fields written as sibling bullets, blank line between entries', () => {
    const text = lines('## Decision Log', '- **Decision:** A', '- **Rationale:** r', '- **Date/Author:** 2025-09-01', '');
    expect(append(text, decision)).toBe(
      lines('## Decision Log', '- **Decision:** A', '- **Rationale:** r', '- **Date/Author:** 2025-09-01', '',
        '- **Decision:** Use SQLite', '- **Rationale:** No server to run', `- **Date/Author:** ${STAMP}`, ''),
    );
  });

  it('copies fields written as nested bullets', () => {
    const text = lines('## Decision Log', '* **Decision**: A', '  * **Rationale**: r', '');
    expect(append(text, decision)).toBe(
      lines('## Decision Log', '* **Decision**: A', '  * **Rationale**: r', '* **Decision**: Use SQLite',
        '  * **Rationale**: No server to run', `  * **Date/Author**: ${STAMP}`, ''),
    );
  });

  it('copies bold blocks', () => {
    const text = lines('## Decision Log', '', '**Decision**: A', '**Rationale**: r', '**Date**: 2025-09-01', '', '## Next', '');
    expect(append(text, decision)).toBe(
      lines('## Decision Log', '', '**Decision**: A', '**Rationale**: r', '**Date**: 2025-09-01', '',
        '**Decision**: Use SQLite', '**Rationale**: No server to run', `**Date**: ${STAMP}`, '', '## Next', ''),
    );
  });

  it('copies bold blocks whose fields are separate paragraphs', () => {
    const text = lines('## Decision Log', '**Decision:** A', '', '**Rationale:** r', '');
    expect(append(text, decision)).toBe(
      lines('## Decision Log', '**Decision:** A', '', '**Rationale:** r', '', '**Decision:** Use SQLite', '',
        '**Rationale:** No server to run', '', `**Date/Author:** ${STAMP}`, ''),
    );
  });

  it('copies bold stamp paragraphs, in the note’s stamp format', () => {
    const text = lines('## Decision Log', '', '**2025-01-10 14:30**: Chose A', '');
    expect(append(text, decision)).toBe(
      lines('## Decision Log', '', '**2025-01-10 14:30**: Chose A', '', `**2025-10-01 13:00**: Use SQLite`,
        'Rationale: No server to run', ''),
    );
  });

  it('escapes user lines that would start a new block in a paragraph entry', () => {
    const text = lines('## Decision Log', '', '**Decision**: A', '');
    expect(append(text, { kind: 'decision', text: 'Use SQLite\n# not a heading\n---' })).toBe(
      lines('## Decision Log', '', '**Decision**: A', '', '**Decision**: Use SQLite', '\\# not a heading', '\\---',
        `**Date/Author**: ${STAMP}`, ''),
    );
  });

  it('adds a table row mapping the columns it has', () => {
    const text = lines('## Decision Log', '', '| # | Date | Decision | Why | Author |', '|---|---|---|---|---|',
      '| D-1 | 2025-09-01 | A | r | me |', '', 'Prose after the table.', '');
    expect(append(text, { kind: 'decision', text: 'Use A | B', rationale: 'two\nlines' })).toBe(
      lines('## Decision Log', '', '| # | Date | Decision | Why | Author |', '|---|---|---|---|---|',
        '| D-1 | 2025-09-01 | A | r | me |', `| D-2 | ${STAMP} | Use A \\| B | two<br>lines |  |`, '',
        'Prose after the table.', ''),
    );
  });

  it('keeps a table without outer pipes and stamps the text when there is no date column', () => {
    const text = lines('## Decision Log', 'Decision | Rationale', '--- | ---', 'A | r', '');
    expect(append(text, decision)).toBe(
      lines('## Decision Log', 'Decision | Rationale', '--- | ---', 'A | r', `(${STAMP}) Use SQLite | No server to run`, ''),
    );
  });

  it('adds a sub-heading at the same level when the entries are sub-headings', () => {
    const text = lines('## Decision Log', '', '### 2025-09-01 Chose A', '', '- Rationale: r', '', '## Next', '');
    expect(append(text, decision)).toBe(
      lines('## Decision Log', '', '### 2025-09-01 Chose A', '', '- Rationale: r', '', `### ${STAMP} Use SQLite`, '',
        '- Rationale: No server to run', '', '## Next', ''),
    );
  });

  it('puts the stamp in the body when sub-headings are titles', () => {
    const text = lines('## Decision Log', '### Chose A', '**Rationale**: r', '**Date**: 2025-09-01', '');
    expect(append(text, decision)).toBe(
      lines('## Decision Log', '### Chose A', '**Rationale**: r', '**Date**: 2025-09-01', '', '### Use SQLite',
        '**Rationale**: No server to run', `**Date**: ${STAMP}`, ''),
    );
  });

  it('writes a date-only sub-heading with the text in its body', () => {
    const text = lines('## Decision Log', '', '#### 2025-09-01', 'We chose A.', '');
    expect(append(text, { kind: 'decision', text: 'We chose B.' })).toBe(
      lines('## Decision Log', '', '#### 2025-09-01', 'We chose A.', '', `#### ${STAMP}`, 'We chose B.', ''),
    );
  });

  it('adds a sub-heading even when sub-headings group entry lists (each counts as one entry)', () => {
    const text = lines('## Decision Log', '', '### Architecture', '- Decision: A', '  Rationale: r', '', '## Next', '');
    expect(append(text, decision)).toBe(
      lines('## Decision Log', '', '### Architecture', '- Decision: A', '  Rationale: r', '', '### Use SQLite',
        '- Decision: Use SQLite', '- Rationale: No server to run', `- Date/Author: ${STAMP}`, '', '## Next', ''),
    );
  });

  it('follows the emptyDecisionStyle setting in an empty log', () => {
    const empty = lines('## Decision Log', '');
    expect(append(empty, { ...decision, emptyDecisionStyle: 'bold' })).toBe(
      lines('## Decision Log', '', '**Decision**: Use SQLite', '**Rationale**: No server to run', `**Date/Author**: ${STAMP}`, ''),
    );
    expect(append(empty, { ...decision, emptyDecisionStyle: 'table' })).toBe(
      lines('## Decision Log', '', '| Decision | Rationale | Date/Author |', '| --- | --- | --- |',
        `| Use SQLite | No server to run | ${STAMP} |`, ''),
    );
    expect(append(empty, { ...decision, emptyDecisionStyle: 'headings' })).toBe(
      lines('## Decision Log', '', '### Use SQLite', '', '- Rationale: No server to run', `- Date/Author: ${STAMP}`, ''),
    );
  });
});

describe('planAppend: surprises, retrospective, handoff', () => {
  it('writes an observation with evidence and a date line in an empty section', () => {
    expect(append(lines('## Surprises & Discoveries', ''), { kind: 'surprise', text: 'Parser drops BOM', evidence: 'offsets off by one' })).toBe(
      lines('## Surprises & Discoveries', '', '- Observation: Parser drops BOM', '  Evidence: offsets off by one', `  Date: ${STAMP}`, ''),
    );
  });

  it('follows a surprise table', () => {
    const text = lines('## Surprises & Discoveries', '| When | Surprise | Evidence |', '|:-|:-|:-|', '| 2025-09-01 | a | b |', '');
    expect(append(text, { kind: 'surprise', text: 'c', evidence: 'd' })).toBe(
      lines('## Surprises & Discoveries', '| When | Surprise | Evidence |', '|:-|:-|:-|', '| 2025-09-01 | a | b |',
        `| ${STAMP} | c | d |`, ''),
    );
  });

  it('follows observation bullets', () => {
    const text = lines('## Surprises & Discoveries', '- Observation: a', '  Evidence: b', '');
    expect(append(text, { kind: 'surprise', text: 'c', evidence: 'd' })).toBe(
      lines('## Surprises & Discoveries', '- Observation: a', '  Evidence: b', '- Observation: c', '  Evidence: d',
        `  Date: ${STAMP}`, ''),
    );
  });

  it('writes a stamped bullet in the retrospective, after prose placeholders', () => {
    expect(append(lines('## Outcomes & Retrospective', '', 'TBD', ''), { kind: 'retrospective', text: 'Went well' })).toBe(
      lines('## Outcomes & Retrospective', '', 'TBD', '', `- (${STAMP}) Went well`, ''),
    );
  });

  it('writes a handoff with its fields, titled Handoff when no text is given', () => {
    expect(append(lines('## Handoff', ''), { kind: 'handoff', text: '', handoff: { done: 'a', next: 'b', risks: 'c' } })).toBe(
      lines('## Handoff', '', `- (${STAMP}) Handoff`, '  Done: a', '  Next: b', '  Risks: c', ''),
    );
    expect(append(lines('## Handoff', ''), { kind: 'handoff', text: 'Going home', handoff: { next: 'b' } })).toBe(
      lines('## Handoff', '', `- (${STAMP}) Going home`, '  Next: b', ''),
    );
  });

  it('writes a plain stamped handoff bullet when only text is given', () => {
    expect(append('## Handoff', { kind: 'handoff', text: 'Going home' })).toBe(lines('## Handoff', '', `- (${STAMP}) Going home`));
  });

  it('copies the labels of earlier handoffs', () => {
    const text = lines('## Handoff', '- [2025-09-01] Session', '  **Did**: x', '  **Todo**: y', '');
    expect(append(text, { kind: 'handoff', text: '', handoff: { done: 'a', next: 'b' } })).toBe(
      lines('## Handoff', '- [2025-09-01] Session', '  **Did**: x', '  **Todo**: y', `- [${STAMP}] Handoff`, '  **Did**: a',
        '  **Todo**: b', ''),
    );
  });
});

describe('bold entries with a details list', () => {
  test('new fields become items of the same kind of list', () => {
    const before = lines(
      '## Decision Log',
      '',
      '**2026-09-03 07:45**: Use a latching valve',
      '- Rationale: it draws no power while open.',
      '',
      '## Outcomes & Retrospective',
      '',
    );
    const after = append(before, { kind: 'decision', text: 'Add a rain gauge', rationale: 'The sensor over-waters\nafter storms' });
    expect(after).toBe(
      lines(
        '## Decision Log',
        '',
        '**2026-09-03 07:45**: Use a latching valve',
        '- Rationale: it draws no power while open.',
        '',
        `**2025-10-01 13:00**: Add a rain gauge`,
        '- Rationale: The sensor over-waters',
        '  after storms',
        '',
        '## Outcomes & Retrospective',
        '',
      ),
    );
  });
});
