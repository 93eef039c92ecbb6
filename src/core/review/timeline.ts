import type { IndexedPlan } from '../index/types';
import type { ReviewItem } from './activity';

const DAY = 86_400_000;

export type TimelineZoom = 'week' | 'month' | 'quarter';

/** What the timeline shows: `[start, end)` in epoch ms, and its grid lines with their labels. */
export interface TimelineWindow {
  start: number;
  end: number;
  grid: { at: number; label: string }[];
}

/** Units shown per zoom: 12 weeks, 12 months, 8 quarters, ending with the current one. */
const UNITS: Record<TimelineZoom, number> = { week: 12, month: 12, quarter: 8 };

/** The start of the UTC week (Monday), month or quarter holding `ms`, moved by `n` units. */
function unitStart(zoom: TimelineZoom, ms: number, n: number): number {
  const d = new Date(ms);
  if (zoom === 'week') return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() - ((d.getUTCDay() + 6) % 7) + 7 * n);
  const months = zoom === 'month' ? 1 : 3;
  return Date.UTC(d.getUTCFullYear(), Math.floor(d.getUTCMonth() / months) * months + months * n, 1);
}

function label(zoom: TimelineZoom, at: number, first: boolean): string {
  const d = new Date(at);
  if (zoom === 'quarter') return `Q${Math.floor(d.getUTCMonth() / 3) + 1} ${d.getUTCFullYear()}`;
  const month = d.toLocaleDateString('en', { month: 'short', timeZone: 'UTC' });
  if (zoom === 'week') return `${month} ${d.getUTCDate()}`;
  return d.getUTCMonth() === 0 || first ? `${month} ${d.getUTCFullYear()}` : month;
}

/** The window of a zoom level as of `now` (UTC units, the current one last). */
export function timelineWindow(zoom: TimelineZoom, now: number): TimelineWindow {
  const units = UNITS[zoom];
  const grid: TimelineWindow['grid'] = [];
  for (let n = 1 - units; n <= 0; n++) {
    const at = unitStart(zoom, now, n);
    grid.push({ at, label: label(zoom, at, n === 1 - units) });
  }
  return { start: grid[0]?.at ?? now, end: unitStart(zoom, now, 1), grid };
}

/** One plan's bar: from `start` to `end`, and the stretch from `hatchFrom` on blocked or stale. */
export interface PlanSpan {
  start: number;
  end: number;
  hatch: 'blocked' | 'stale' | null;
  hatchFrom: number;
}

/**
 * A plan's bar: from `created` (or its first stamp, whichever is earlier) to its last activity
 * when complete or abandoned, else to now. A blocked plan is hatched from its last status change
 * (else its last activity), a stale one from the day it became stale. `items` is null while the
 * plan's stamps are not read yet: the bar then comes from the index alone.
 */
export function planSpan(plan: IndexedPlan, items: readonly ReviewItem[] | null, now: number, staleDays: number): PlanSpan {
  const created = plan.created === null ? NaN : Date.parse(plan.created.slice(0, 10));
  const first = items?.[0]?.at ?? plan.lastActivity ?? now;
  const start = Math.min(Number.isNaN(created) ? first : created, first, now);
  const closed = plan.status === 'complete' || plan.status === 'abandoned';
  const end = closed ? Math.max(start, plan.lastActivity ?? items?.at(-1)?.at ?? start) : now;
  const last = plan.lastActivity ?? start;
  if (plan.status === 'blocked') {
    const change = items?.filter((i) => i.kind === 'status').at(-1)?.at;
    return { start, end, hatch: 'blocked', hatchFrom: Math.max(start, change ?? last) };
  }
  if (plan.stale) return { start, end, hatch: 'stale', hatchFrom: Math.max(start, last + staleDays * DAY) };
  return { start, end, hatch: null, hatchFrom: end };
}

/** Where `at` falls in the window, in percent of its width, clamped to [0, 100]. */
export function percentOf(w: Pick<TimelineWindow, 'start' | 'end'>, at: number): number {
  return Math.min(100, Math.max(0, ((at - w.start) / (w.end - w.start)) * 100));
}
