import { parseDocument } from '../../../src/core/markdown';
import {
  countSteps,
  isStatusChangeText,
  isCancelled,
  isOpen,
  readStepSource,
  readSteps,
  readTasks,
} from '../../../src/core/read/steps';
import type { Step } from '../../../src/core/types';
import { crlf, doc, lines } from './helpers';

function progress(...items: string[]): string {
  return lines('# Plan', '', '## Progress', '', ...items, '', '## Decision Log', '');
}

describe('readSteps: task items', () => {
  it('reads the full shape of one step', () => {
    const text = progress('- [x] (2025-10-01 13:00Z) Wired the view');
    const start = text.indexOf('- [x]');
    expect(readSteps(doc(text))).toEqual<Step[]>([
      {
        line: 5,
        start,
        lineEnd: start + '- [x] (2025-10-01 13:00Z) Wired the view'.length,
        checkOffset: start + 3,
        checkChar: 'x',
        done: true,
        text: 'Wired the view',
        timestampRaw: '(2025-10-01 13:00Z)',
        timestamp: new Date('2025-10-01T13:00:00Z'),
        completed: null,
        remaining: null,
        depth: 0,
      },
    ]);
  });

  it('accepts every list marker', () => {
    const steps = readSteps(doc(progress('- [ ] dash', '', '* [ ] star', '', '+ [ ] plus', '', '1. [ ] dot', '', '1) [ ] paren')));
    expect(steps.map((s) => s.text)).toEqual(['dash', 'star', 'plus', 'dot', 'paren']);
  });

  it('reads any single check character the way Obsidian does', () => {
    const text = progress('- [x] a', '- [X] b', '- [ ] c', '- [-] d', '- [~] e', '- [/] f', '- [>] g', '- [!] h');
    const steps = readSteps(doc(text));
    expect(steps.map((s) => [s.checkChar, s.done, isCancelled(s), isOpen(s)])).toEqual([
      ['x', true, false, false],
      ['X', true, false, false],
      [' ', false, false, true],
      ['-', false, true, false],
      // Skipped and deferred are closed like cancelled (src/core/task-markers.ts).
      ['~', false, true, false],
      ['/', false, false, true],
      ['>', false, true, false],
      ['!', false, false, true],
    ]);
    const d = doc(text);
    for (const step of readSteps(d)) expect(d.text.charAt(step.checkOffset)).toBe(step.checkChar);
  });

  it('does not take links or bracketed text for tasks', () => {
    const text = progress('- [x](https://example.com) link', '- [xx] two chars', '- [ ]no space', '- [] empty', '- plain');
    expect(readSteps(doc(text))).toEqual([]);
  });

  it('reads an empty task as a task without text, and readSteps leaves it out', () => {
    const d = doc(progress('- [ ]', '- [x] real'));
    expect(readTasks(d, 0, d.text.length).map((s) => s.text)).toEqual(['', 'real']);
    expect(readSteps(d).map((s) => s.text)).toEqual(['real']);
  });

  it('measures depth by list nesting, whatever the indentation', () => {
    const text = progress(
      '- [ ] top',
      '  - [ ] child',
      '    - [x] grandchild',
      '- Milestone (not a task)',
      '    - [ ] child of a plain bullet',
      '1. [ ] numbered',
      '   1. [ ] numbered child',
    );
    expect(readSteps(doc(text)).map((s) => [s.text, s.depth])).toEqual([
      ['top', 0],
      ['child', 1],
      ['grandchild', 2],
      ['child of a plain bullet', 1],
      ['numbered', 0],
      ['numbered child', 1],
    ]);
  });

  it('includes tasks under sub-headings of the progress section', () => {
    const text = lines('## Progress', '- [x] a', '### Week 2', '- [ ] b', '#### Detail', '- [ ] c', '## Decision Log', '- [ ] not a step');
    expect(readSteps(doc(text)).map((s) => s.text)).toEqual(['a', 'b', 'c']);
  });

  it('leaves out a sub-section of another kind, and reads a progress section nested in one', () => {
    const text = lines(
      '# Progress', '- [x] a', '## Surprises & Discoveries', '- [ ] not a step', '### Week 2', '- [ ] nor this',
      '## Week 3', '- [ ] b', '# Decision Log', '## Progress', '- [ ] c',
    );
    expect(readSteps(doc(text)).map((s) => s.text)).toEqual(['a', 'b', 'c']);
  });

  it('keeps note order when a progress section nested under another kind sits between parts', () => {
    const text = lines('# Progress', '## Surprises & Discoveries', '### Progress', '- [ ] first', '## Week 2', '- [ ] second');
    expect(readSteps(doc(text)).map((s) => s.text)).toEqual(['first', 'second']);
  });

  it('reads wrapped step text as one line, without Obsidian comments', () => {
    const text = progress('- [ ] Wire the view', '  to the index %% later %%', '- [ ] Ship %% after review %%');
    expect(readSteps(doc(text)).map((s) => s.text)).toEqual(['Wire the view to the index', 'Ship']);
  });

  it('skips tasks in code fences, indented code, HTML comments and Obsidian comments', () => {
    const text = progress(
      '- [x] real one',
      '',
      '```md',
      '- [ ] fenced',
      '```',
      '',
      '~~~',
      '- [ ] tilde fenced',
      '~~~',
      '',
      'Paragraph.',
      '',
      '    - [ ] indented code',
      '',
      '<!--',
      '- [ ] commented',
      '-->',
      '',
      '%%',
      '- [ ] obsidian comment',
      '%%',
      '- [ ] real two',
    );
    expect(readSteps(doc(text)).map((s) => s.text)).toEqual(['real one', 'real two']);
  });

  it('reads tasks in a quote or callout', () => {
    const text = progress('> [!note] Steps', '> - [x] quoted', '> - [ ] quoted two');
    expect(readSteps(doc(text)).map((s) => [s.text, s.done])).toEqual([
      ['quoted', true],
      ['quoted two', false],
    ]);
  });

  it('joins a wrapped item into one line of text', () => {
    const steps = readSteps(doc(progress('- [ ] (2025-10-01 13:00Z) first line', '  continues here', '  - [ ] child')));
    expect(steps.map((s) => s.text)).toEqual(['first line continues here', 'child']);
  });
});

describe('readSteps: timestamps', () => {
  it.each([
    ['(2025-10-01 13:00Z) a', '(2025-10-01 13:00Z)', '2025-10-01T13:00:00.000Z'],
    ['2026-07-15 a', '2026-07-15', '2026-07-15T00:00:00.000Z'],
    ['2026-08-13T02:17Z a', '2026-08-13T02:17Z', '2026-08-13T02:17:00.000Z'],
    ['[2025-01-10 14:22] a', '[2025-01-10 14:22]', '2025-01-10T14:22:00.000Z'],
    ['(2025-10-01 13:00 Z) a', '(2025-10-01 13:00 Z)', '2025-10-01T13:00:00.000Z'],
    ['(2025-10-01 13:00+02:00) a', '(2025-10-01 13:00+02:00)', '2025-10-01T11:00:00.000Z'],
    ['2026-07-15 — a', '2026-07-15', '2026-07-15T00:00:00.000Z'],
    ['(2026-07-15 10:00Z): a', '(2026-07-15 10:00Z)', '2026-07-15T10:00:00.000Z'],
  ])('%s', (item, raw, iso) => {
    const [step] = readSteps(doc(progress(`- [x] ${item}`)));
    expect(step?.timestampRaw).toBe(raw);
    expect(step?.timestamp?.toISOString()).toBe(iso);
    expect(step?.text).toBe('a');
  });

  it('keeps an unreadable stamp as written, with no date', () => {
    const [step] = readSteps(doc(progress('- [x] (2025-02-30 10:00Z) impossible day')));
    expect(step).toMatchObject({ timestampRaw: '(2025-02-30 10:00Z)', timestamp: null, text: 'impossible day' });
  });

  it('has no stamp when the date is not at the start', () => {
    const [step] = readSteps(doc(progress('- [ ] ship before 2025-12-01')));
    expect(step).toMatchObject({ timestampRaw: null, timestamp: null, text: 'ship before 2025-12-01' });
  });

  it('reads the partial form', () => {
    const [step] = readSteps(doc(progress('- [ ] (2025-10-01 13:00Z) Port tests (completed: unit; remaining: e2e, perf).')));
    expect(step).toMatchObject({ completed: 'unit', remaining: 'e2e, perf', text: 'Port tests (completed: unit; remaining: e2e, perf).' });
  });
});

describe('readSteps: where steps come from', () => {
  it('falls back to concrete steps when the progress section has no tasks', () => {
    const text = lines('## Concrete Steps', '1. [x] one', '2. [ ] two', '## Progress', '- 2025-01-01 10:00Z log line');
    const reading = readStepSource(doc(text));
    expect(reading.steps.map((s) => s.text)).toEqual(['one', 'two']);
    expect(reading.section?.kind).toBe('concrete-steps');
  });

  it('prefers the progress section when it has tasks', () => {
    const text = lines('## Milestones', '- [ ] milestone', '## Progress', '- [x] progress step');
    const reading = readStepSource(doc(text));
    expect(reading.steps.map((s) => s.text)).toEqual(['progress step']);
    expect(reading.section?.heading.text).toBe('Progress');
  });

  it('falls back to concrete steps when there is no progress section', () => {
    expect(readSteps(doc(lines('## Tasks', '- [ ] a'))).map((s) => s.text)).toEqual(['a']);
  });

  it('adds a second progress section to the first', () => {
    const text = lines('## Progress', '- [x] a', '## Notes', '- [ ] not a step', '## Progress log', '- [ ] b');
    expect(readSteps(doc(text)).map((s) => s.text)).toEqual(['a', 'b']);
  });

  it('reads no steps from tasks outside the step sections', () => {
    expect(readSteps(doc(lines('# Plan', '- [ ] a', '## Decision Log', '- [ ] b')))).toEqual([]);
    expect(readStepSource(doc('')).section).toBeNull();
  });

  it('leaves template placeholder steps out', () => {
    const d = doc(progress('- [ ] (YYYY-MM-DD HH:MMZ) <first step>', '- [ ] …'));
    expect(readSteps(d)).toEqual([]);
    expect(readTasks(d, 0, d.text.length)).toHaveLength(2);
  });
});

describe('readSteps: exact offsets', () => {
  it('keeps offsets exact in a CRLF note', () => {
    const text = crlf(progress('- [ ] one', '- [x] two'));
    const d = doc(text);
    const steps = readSteps(d);
    expect(steps.map((s) => text.slice(s.start, s.lineEnd))).toEqual(['- [ ] one', '- [x] two']);
    expect(steps.map((s) => s.line)).toEqual([5, 6]);
    for (const step of steps) expect(text.charAt(step.checkOffset)).toBe(step.checkChar);
  });

  it('counts a BOM in the offsets', () => {
    const text = '\uFEFF## Progress\n- [x] a\n';
    const [step] = readSteps(doc(text));
    expect(step?.start).toBe(text.indexOf('- [x]'));
    expect(step?.checkOffset).toBe(text.indexOf('x]'));
  });

  it('reports indentation as part of the line', () => {
    const text = progress('- [ ] a', '  - [ ] b');
    const steps = readSteps(doc(text));
    expect(text.slice(steps[1]?.start ?? 0, steps[1]?.lineEnd ?? 0)).toBe('  - [ ] b');
  });
});

describe('countSteps', () => {
  it('leaves cancelled steps out of both numbers', () => {
    const steps = readSteps(doc(progress('- [x] a', '- [X] b', '- [-] c', '- [/] d', '- [ ] e')));
    expect(countSteps(steps)).toEqual({ done: 2, total: 4 });
  });

  it('is zero for no steps', () => {
    expect(countSteps([])).toEqual({ done: 0, total: 0 });
  });
});

describe('status change lines', () => {
  test('a logged status change is history, not a step', () => {
    const text = [
      '## Progress',
      '',
      '- [x] (2026-11-20 10:00Z) Built the parser',
      '- [x] (2026-11-21 14:05Z) Status: In progress → Blocked — waiting for review',
      '- [ ] Ship it',
    ].join('\n');
    const steps = readSteps(parseDocument(text));
    expect(steps.map((s) => s.text)).toEqual(['Built the parser', 'Ship it']);
    expect(isStatusChangeText('status: done')).toBe(true);
    expect(isStatusChangeText('Statuses of the queue reviewed')).toBe(false);
  });
});
