import { burnup, type ReviewItem } from '../../../src/core/review';
import { percentOf, planSpan, timelineWindow } from '../../../src/core/review/timeline';
import type { IndexedPlan } from '../../../src/core/index/types';

const NOW = Date.parse('2026-12-06T12:00:00Z');
const DAY = 86_400_000;
const done = (iso: string, line = 1): ReviewItem => ({ at: Date.parse(iso), kind: 'done', text: 'x', line });

describe('burn-up (fixed clock)', () => {
  test('series: one point per stamped done step, oldest first, counting up', () => {
    const b = burnup([done('2026-12-01T09:00Z'), { at: Date.parse('2026-11-02T00:00Z'), kind: 'decision', text: 'd', line: 9 }, done('2026-11-20T09:00Z')], 2, 5, NOW);
    expect(b.points).toEqual([
      [Date.parse('2026-11-20T09:00Z'), 1],
      [Date.parse('2026-12-01T09:00Z'), 2],
    ]);
    expect(b.undated).toBe(0);
  });

  test('velocity counts stamped steps done in the last 4 weeks only, per week', () => {
    const items = [done('2026-11-01T00:00Z'), done('2026-11-09T00:00Z'), done('2026-11-20T00:00Z'), done('2026-12-05T00:00Z')];
    // 2026-11-08T12:00Z is the edge: 11-09 and later count (3 steps / 4 weeks).
    expect(burnup(items, 4, 10, NOW).velocity).toBe(0.75);
  });

  test('projection: open steps at that pace from now', () => {
    const items = [done('2026-11-20T00:00Z'), done('2026-11-27T00:00Z'), done('2026-12-01T00:00Z'), done('2026-12-05T00:00Z')];
    // 1 step/week, 3 open: three weeks from now.
    expect(burnup(items, 4, 7, NOW).projected).toBe(NOW + 21 * DAY);
  });

  test('no projection when nothing is open or nothing moved in 4 weeks', () => {
    expect(burnup([done('2026-12-01T00:00Z')], 1, 1, NOW).projected).toBeNull();
    expect(burnup([done('2026-10-01T00:00Z')], 1, 3, NOW).projected).toBeNull();
    expect(burnup([], 0, 3, NOW).velocity).toBe(0);
  });

  test('done steps without a stamp are counted as such, never given a date', () => {
    const b = burnup([done('2026-12-01T00:00Z')], 4, 6, NOW);
    expect(b.undated).toBe(3);
    expect(b.points).toHaveLength(1);
    expect(b.done).toBe(4);
  });
});

describe('timeline geometry', () => {
  test('zoom windows end with the current UTC week, month or quarter', () => {
    const week = timelineWindow('week', NOW);
    // 2026-12-06 is a Sunday: its week began Monday 2026-11-30.
    expect(new Date(week.end).toISOString()).toBe('2026-12-07T00:00:00.000Z');
    expect(week.grid).toHaveLength(12);
    expect(week.grid.at(-1)?.label).toBe('Nov 30');
    const month = timelineWindow('month', NOW);
    expect(new Date(month.start).toISOString()).toBe('2026-01-01T00:00:00.000Z');
    expect(month.grid[0]?.label).toBe('Jan 2026');
    const quarter = timelineWindow('quarter', NOW);
    expect(quarter.grid.map((g) => g.label).slice(-2)).toEqual(['Q3 2026', 'Q4 2026']);
    expect(new Date(quarter.end).toISOString()).toBe('2027-01-01T00:00:00.000Z');
    expect(percentOf(month, month.start - DAY)).toBe(0);
    expect(percentOf(month, month.end + DAY)).toBe(100);
  });

  const plan = (over: Partial<IndexedPlan>): IndexedPlan => ({
    path: 'p.md', folder: '', title: 'P', status: 'in-progress', statusRaw: null, statusSource: null, done: 0, total: 0,
    nextStep: null, nextStepLine: null, lastActivity: Date.parse('2026-11-01T00:00Z'), created: '2026-10-01', stale: false, health: [], tags: [],
    ...over,
  });

  test('a bar runs from created (or an earlier first stamp) to now, or to the last activity when closed', () => {
    expect(planSpan(plan({}), null, NOW, 14)).toEqual({ start: Date.parse('2026-10-01'), end: NOW, hatch: null, hatchFrom: NOW });
    const early = [done('2026-09-15T00:00Z')];
    expect(planSpan(plan({}), early, NOW, 14).start).toBe(Date.parse('2026-09-15T00:00Z'));
    expect(planSpan(plan({ status: 'complete' }), null, NOW, 14).end).toBe(Date.parse('2026-11-01T00:00Z'));
  });

  test('blocked is hatched from the last status change, stale from the day it went stale', () => {
    const status: ReviewItem = { at: Date.parse('2026-11-10T00:00Z'), kind: 'status', text: 'Blocked', line: 3 };
    expect(planSpan(plan({ status: 'blocked' }), [status], NOW, 14)).toMatchObject({ hatch: 'blocked', hatchFrom: status.at });
    expect(planSpan(plan({ status: 'blocked' }), null, NOW, 14).hatchFrom).toBe(Date.parse('2026-11-01T00:00Z'));
    expect(planSpan(plan({ stale: true }), null, NOW, 14)).toMatchObject({ hatch: 'stale', hatchFrom: Date.parse('2026-11-15T00:00Z') });
  });
});
