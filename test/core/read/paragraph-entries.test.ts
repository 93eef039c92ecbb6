import { summarisePlan } from '../../../src/core/read/summary';
import { summariseFromMetadata } from '../../../src/core/index/summarise';
import { computeMetadata } from '../../stand-in/metadata';

const note = [
  '---', 'type: execplan', '---', '# Paragraph log', '', '## Progress', '', '- [ ] Write the parser', '',
  '## Decision Log', '',
  '2026-11-01 — Use a token bucket. Bursty clients.', '',
  '2026-11-03 — Keep the old export. Customers depend on it.',
  '2026-11-04 — Drop XML. Nobody uses it.', '',
  'Decided to ship on',
  '2026-11-05 after the review, one entry.', '',
].join('\n');

describe('a log paragraph of dated lines', () => {
  test('is one entry per line that opens with a date; a date inside wrapped prose is no new entry', () => {
    const summary = summarisePlan(note, { path: 'Plans/p.md' });
    expect(summary.decisions).toBe(4);
    expect(summary.lastActivity).toBe('2026-11-05T00:00:00.000Z');
  });

  test('the dashboard row dates the plan by the last of those lines too', () => {
    const row = summariseFromMetadata({ path: 'Plans/p.md', ...computeMetadata(note), text: note }, { now: Date.UTC(2026, 11, 1), staleDays: 7 });
    expect(row?.lastActivity).toBe(Date.UTC(2026, 10, 5));
  });
});
