import { plainText, titleFromLabelledHeading } from '../../../src/core/plain-text';
import { summarisePlan } from '../../../src/core/read/summary';
import { summariseFromMetadata } from '../../../src/core/index/summarise';
import { computeMetadata } from '../../stand-in/metadata';

describe('plainText: titles and steps as a reader sees them', () => {
  test.each([
    ['(TBD) Wire the `view` with **care**', 'Wire the view with care'],
    ['Ship *the* _importer_ ~~today~~', 'Ship the importer today'],
    ['Read [[Design doc|the design]] and [the spec](https://example.com)', 'Read the design and the spec'],
    ['Keep snake_case and x*y as written', 'Keep snake_case and x*y as written'],
    ['TBD: decide on caching', 'decide on caching'],
  ])('%s → %s', (raw, plain) => {
    expect(plainText(raw)).toBe(plain);
  });

  test('a run of backticks costs one pass', () => {
    expect(plainText('`'.repeat(200_000) + 'x')).toBe('x');
  });
});

describe('a first H2 labelled as the plan is its title when there is no H1', () => {
  const note = ['## Exec plan: **Offline** `sync`', '', '## Progress', '', '- [ ] (TBD) Wire the `view`', '', '## Decision Log', '', '- (2026-11-01 10:00Z) Use a queue.', ''].join('\n');

  test('labels it recognises', () => {
    expect(titleFromLabelledHeading('Exec plan: Offline sync')).toBe('Offline sync');
    expect(titleFromLabelledHeading('ExecPlan — Offline sync')).toBe('Offline sync');
    expect(titleFromLabelledHeading('Progress')).toBeNull();
  });

  test('the CLI summary and the dashboard row say the same', () => {
    const engine = summarisePlan(note, { path: 'Plans/x.md' });
    expect(engine.title).toBe('Offline sync');
    expect(engine.nextStep).toBe('Wire the view');
    const row = summariseFromMetadata({ path: 'Plans/x.md', ...computeMetadata(note), text: note }, { now: Date.UTC(2026, 11, 1), staleDays: 7 });
    expect(row?.title).toBe('Offline sync');
    expect(row?.nextStep).toBe('Wire the view');
  });
});

describe('status is never read from a code example', () => {
  const note = [
    '# Plan', '', '- Context: how to write a status line:', '  ```md', '  Status: Complete', '  ```', '',
    'Status: In progress', '', '## Progress', '', '- [ ] one', '', '## Decision Log', '', '- (2026-11-01) Use X.', '',
  ].join('\n');

  test('a fenced snippet inside a list item is skipped, in the CLI summary and the dashboard row', () => {
    expect(summarisePlan(note, { path: 'p.md' }).statusRaw).toBe('In progress');
    const row = summariseFromMetadata({ path: 'p.md', ...computeMetadata(note), text: note }, { now: Date.UTC(2026, 11, 1), staleDays: 7 });
    expect(row?.statusRaw).toBe('In progress');
  });
});
