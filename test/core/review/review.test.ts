import { parse } from 'yaml';
import { buildReview, headline, planActivity, reviewRange, type ReviewRange } from '../../../src/core/review';

const yaml = (t: string): unknown => parse(t) as unknown;
const NOW = new Date('2026-12-06T15:00:00Z');

const ACTIVE = [
  '---',
  'type: execplan',
  'status: in-progress',
  '---',
  '# Ship the review',
  '',
  '## Progress',
  '',
  '- [x] (2026-12-01 09:00Z) Wrote the core',
  '- [ ] (2026-12-05 10:00Z) Started the pane',
  '- [ ] Write the README',
  '- [x] (2026-12-05 11:00Z) Status: Proposed → In progress',
  '- [x] (2026-11-20 08:00Z) Old work',
  '',
  '## Surprises & Discoveries',
  '',
  '- (2026-12-02 12:00Z) Stamps are UTC everywhere',
  '  Evidence: the timestamps module',
  '',
  '## Decision Log',
  '',
  '| Date | Decision | Rationale |',
  '| --- | --- | --- |',
  '| 2026-12-03 | Group by UTC day | stamps are UTC |',
  '',
  '## Outcomes & Retrospective',
  '',
  '_None yet._',
  '',
].join('\n');

const QUIET = '---\ntype: execplan\nstatus: in-progress\n---\n# Quiet one\n\n## Progress\n\n- [x] (2026-11-01 09:00Z) Began\n';
const DONE = '---\ntype: execplan\nstatus: complete\n---\n# Done one\n\n## Progress\n\n- [x] (2026-10-01 09:00Z) Finished\n';

function range(since?: string, until?: string): ReviewRange {
  const r = reviewRange({ since, until, now: NOW });
  if (!r.ok) throw new Error(r.message);
  return r.range;
}

describe('reviewRange', () => {
  it('7d is today and the six days before, as whole UTC days', () => {
    const r = range('7d');
    expect(new Date(r.start).toISOString()).toBe('2026-11-30T00:00:00.000Z');
    expect(new Date(r.end).toISOString()).toBe('2026-12-07T00:00:00.000Z');
  });

  it('takes dates, weeks and an inclusive --until', () => {
    const r = range('2026-11-01', '2026-11-07');
    expect(new Date(r.start).toISOString()).toBe('2026-11-01T00:00:00.000Z');
    expect(new Date(r.end).toISOString()).toBe('2026-11-08T00:00:00.000Z');
    expect(range('2w').start).toBe(Date.parse('2026-11-23T00:00:00Z'));
  });

  it('refuses what is no range, with a message', () => {
    for (const [since, until] of [['yesterday', undefined], ['2026-02-30', undefined], ['0d', undefined], ['7d', 'soon'], ['2026-12-10', '2026-12-01']] as const) {
      const r = reviewRange({ since, until, now: NOW });
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.message).toMatch(/--(since|until)/);
    }
  });
});

describe('planActivity', () => {
  it('lists every dated step and entry with its kind, words and line', () => {
    const a = planActivity(ACTIVE, 'Plans/review.md', yaml);
    expect(a).not.toBeNull();
    expect(a?.title).toBe('Ship the review');
    expect(a?.status).toBe('in-progress');
    expect(a?.items.map((i) => [new Date(i.at).toISOString().slice(0, 16), i.kind, i.text, i.line])).toEqual([
      ['2026-11-20T08:00', 'done', 'Old work', 13],
      ['2026-12-01T09:00', 'done', 'Wrote the core', 9],
      ['2026-12-02T12:00', 'surprise', 'Stamps are UTC everywhere', 17],
      ['2026-12-03T00:00', 'decision', 'Group by UTC day — stamps are UTC', 24],
      ['2026-12-05T10:00', 'logged', 'Started the pane', 10],
      ['2026-12-05T11:00', 'status', 'Status: Proposed → In progress', 12],
    ]);
  });

  it('reads CRLF notes alike (same items, same lines, no stray \\r)', () => {
    const lf = planActivity(ACTIVE, 'a.md', yaml);
    const crlf = planActivity(ACTIVE.replace(/\n/g, '\r\n'), 'a.md', yaml);
    expect(crlf?.items).toEqual(lf?.items);
  });

  it('is null for a note that is not a plan', () => {
    expect(planActivity('# Shopping\n\n- milk\n', 'list.md', yaml)).toBeNull();
  });

  it('headline drops bullet, stamp and bold labels', () => {
    expect(headline('- **2026-08-12 09:40Z**: Use a token bucket\n  - Rationale: fair')).toBe('Use a token bucket');
    expect(headline('### 2025-01-11 Pick SQLite')).toBe('Pick SQLite');
    expect(headline('> - (2026-12-01 10:00Z) Quoted')).toBe('Quoted');
  });
});

describe('buildReview', () => {
  const plans = [
    planActivity(ACTIVE, 'Plans/review.md', yaml),
    planActivity(QUIET, 'Plans/quiet.md', yaml),
    planActivity(DONE, 'Plans/done.md', yaml),
  ].flatMap((p) => (p ? [p] : []));

  it('groups the range by day (newest first) and plan, counts what moved, and finds quiet plans', () => {
    const review = buildReview(plans, range('7d'));
    expect(review.days.map((d) => [d.date, d.plans.map((p) => [p.title, p.items.length])])).toEqual([
      ['2026-12-05', [['Ship the review', 2]]],
      ['2026-12-03', [['Ship the review', 1]]],
      ['2026-12-02', [['Ship the review', 1]]],
      ['2026-12-01', [['Ship the review', 1]]],
    ]);
    expect(review.counts).toEqual({ moved: 3, decided: 1, surprised: 1, entries: 5, plans: 1 });
    // Complete plans are never quiet; an in-progress plan with nothing in range is.
    expect(review.quiet).toEqual([{ path: 'Plans/quiet.md', title: 'Quiet one', lastActivity: Date.parse('2026-11-01T09:00:00Z') }]);
  });

  it('an --until range leaves out later items', () => {
    const review = buildReview(plans, range('2026-11-01', '2026-12-01'));
    expect(review.days.map((d) => d.date)).toEqual(['2026-12-01', '2026-11-20', '2026-11-01']);
    expect(review.quiet).toEqual([]);
  });
});
