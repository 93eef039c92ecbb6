/**
 * The date range of a weekly review. Days are UTC calendar days, as the plans' stamps are UTC
 * by convention; the range is half-open `[start, end)` in epoch milliseconds.
 */

export interface ReviewRange {
  start: number;
  end: number;
}

export interface RangeInput {
  /** `7d` (today and the 6 days before), `2w`, or a date `2026-11-01`; default `7d`. */
  since?: string;
  /** A date `2026-11-07` (that whole day is included); default today. */
  until?: string;
  now: Date;
}

export type RangeResult = { ok: true; range: ReviewRange } | { ok: false; message: string };

const DAY_MS = 86_400_000;
const RELATIVE = /^(\d{1,4})\s*([dw])$/i;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Midnight UTC of the day holding `ms`. */
export function dayStart(ms: number): number {
  return Math.floor(ms / DAY_MS) * DAY_MS;
}

/** `YYYY-MM-DD` of the UTC day holding `ms`. */
export function dayKey(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Midnight UTC of a calendar date, or null when it is no date (2026-02-30 included). */
function parseDate(text: string): number | null {
  const m = ISO_DATE.exec(text);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  return back.getUTCFullYear() === y && back.getUTCMonth() === mo - 1 && back.getUTCDate() === d ? ms : null;
}

/** The last `days` whole UTC days, today included. */
export function lastDays(days: number, now: Date): ReviewRange {
  const end = dayStart(now.getTime()) + DAY_MS;
  return { start: end - days * DAY_MS, end };
}

/**
 * Reads `since`/`until` into a range. `Nd` counts whole days including today, so `7d` on a
 * Sunday starts on the Monday before: a review covers calendar days, not "now minus 168 hours",
 * and the first day is never cut in half.
 */
export function reviewRange(input: RangeInput): RangeResult {
  const today = dayStart(input.now.getTime());
  let end = today + DAY_MS;
  if (input.until !== undefined) {
    const until = parseDate(input.until.trim());
    if (until === null) return { ok: false, message: `--until needs a date such as 2026-11-30, not '${input.until}'` };
    end = until + DAY_MS;
  }
  const since = (input.since ?? '7d').trim();
  let start: number;
  const rel = RELATIVE.exec(since);
  if (rel) {
    const days = Number(rel[1]) * ((rel[2] ?? 'd').toLowerCase() === 'w' ? 7 : 1);
    if (days < 1) return { ok: false, message: `--since needs at least one day, not '${since}'` };
    start = end - days * DAY_MS;
  } else {
    const date = parseDate(since);
    if (date === null) return { ok: false, message: `--since needs a number of days (7d), weeks (2w) or a date such as 2026-11-01, not '${since}'` };
    start = date;
  }
  if (start >= end) return { ok: false, message: `--since (${dayKey(start)}) is after --until (${dayKey(end - DAY_MS)})` };
  return { ok: true, range: { start, end } };
}

/** Every day of the range, newest first, as `YYYY-MM-DD`. */
export function daysOf(range: ReviewRange): string[] {
  const days: string[] = [];
  for (let d = dayStart(range.end - 1); d >= range.start; d -= DAY_MS) days.push(dayKey(d));
  return days;
}
