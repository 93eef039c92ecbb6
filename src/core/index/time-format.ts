/** How the dashboard writes times: relative in the cell, exact UTC in the tooltip. */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

function unit(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** "just now", "5 minutes ago", "yesterday", "3 weeks ago", "in 2 days". */
export function formatRelative(at: number, now: number): string {
  const diff = now - at;
  const ahead = diff < 0;
  const span = Math.abs(diff);
  if (span < MINUTE) return 'just now';
  let text: string;
  if (span < HOUR) text = unit(Math.floor(span / MINUTE), 'minute');
  else if (span < DAY) text = unit(Math.floor(span / HOUR), 'hour');
  else if (span < 2 * DAY) return ahead ? 'tomorrow' : 'yesterday';
  else if (span < 14 * DAY) text = unit(Math.floor(span / DAY), 'day');
  else if (span < 60 * DAY) text = unit(Math.floor(span / (7 * DAY)), 'week');
  else if (span < 365 * DAY) text = unit(Math.floor(span / (30 * DAY)), 'month');
  else text = unit(Math.floor(span / (365 * DAY)), 'year');
  return ahead ? `in ${text}` : `${text} ago`;
}

/** "2026-11-12 11:05 UTC" */
export function formatUtc(at: number): string {
  return new Date(at).toISOString().slice(0, 16).replace('T', ' ') + ' UTC';
}

/** Whole days between two instants, rounded down. */
export function daysBetween(from: number, to: number): number {
  return Math.floor((to - from) / DAY);
}
