import type { StatusKind } from '../types';
import type { PlanActivity, ReviewItem, ReviewKind } from './activity';
import { dayKey, type ReviewRange } from './range';

export interface ReviewPlanDay {
  path: string;
  title: string;
  status: StatusKind | null;
  items: ReviewItem[];
}

export interface ReviewDay {
  /** `YYYY-MM-DD` (UTC). */
  date: string;
  plans: ReviewPlanDay[];
}

export interface QuietPlan {
  path: string;
  title: string;
  lastActivity: number | null;
}

export interface ReviewCounts {
  /** Steps done plus things logged in Progress. */
  moved: number;
  decided: number;
  surprised: number;
  /** Every item in the range. */
  entries: number;
  /** Plans with at least one item in the range. */
  plans: number;
}

export interface Review {
  range: ReviewRange;
  /** Days with entries, newest first; within a day plans by title, items by time. */
  days: ReviewDay[];
  /** In progress, and nothing stamped in the range: oldest activity first. */
  quiet: QuietPlan[];
  counts: ReviewCounts;
}

const MOVED: ReadonlySet<ReviewKind> = new Set(['done', 'logged', 'status']);

/** Groups every item of `plans` inside `range` by day and plan, and finds the quiet plans. */
export function buildReview(plans: readonly PlanActivity[], range: ReviewRange): Review {
  const byDay = new Map<string, Map<string, ReviewPlanDay>>();
  const counts: ReviewCounts = { moved: 0, decided: 0, surprised: 0, entries: 0, plans: 0 };
  const quiet: QuietPlan[] = [];
  for (const plan of plans) {
    const inRange = plan.items.filter((item) => item.at >= range.start && item.at < range.end);
    if (inRange.length === 0) {
      if (plan.status === 'in-progress') quiet.push({ path: plan.path, title: plan.title, lastActivity: plan.lastActivity });
      continue;
    }
    counts.plans++;
    for (const item of inRange) {
      counts.entries++;
      if (MOVED.has(item.kind)) counts.moved++;
      else if (item.kind === 'decision') counts.decided++;
      else if (item.kind === 'surprise') counts.surprised++;
      const key = dayKey(item.at);
      let day = byDay.get(key);
      if (!day) byDay.set(key, (day = new Map<string, ReviewPlanDay>()));
      let entry = day.get(plan.path);
      if (!entry) day.set(plan.path, (entry = { path: plan.path, title: plan.title, status: plan.status, items: [] }));
      entry.items.push(item);
    }
  }
  const days = [...byDay.entries()]
    .sort(([a], [b]) => (a < b ? 1 : a > b ? -1 : 0))
    .map(([date, day]) => ({
      date,
      // Items arrive in time order (planActivity sorts them), so each plan's list is in order too.
      plans: [...day.values()].sort(byTitle),
    }));
  quiet.sort((a, b) => (a.lastActivity ?? -Infinity) - (b.lastActivity ?? -Infinity) || byTitle(a, b));
  return { range, days, quiet, counts };
}

/** One collator for every sort (`localeCompare` with options builds one per call): same order. */
const TITLES = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

function byTitle(a: { title: string; path: string }, b: { title: string; path: string }): number {
  return TITLES.compare(a.title, b.title) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}
