import { formatDate } from './date-format';
import type { TimeOptions } from './types';

/**
 * Timestamps as people stamp plan entries: `(2025-10-01 13:00Z)`, `2026-07-15`,
 * `2026-08-13T02:17Z`, `[2025-01-10 14:22]`, `(2025-10-01 13:00 Z)`, with optional seconds.
 * Times without a zone are read as UTC: plans are stamped in UTC by convention, and reading
 * them in the machine's zone would make the same note sort differently on two machines.
 */
const STAMP_SOURCE =
  String.raw`(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s?(Z|UTC|[+-]\d{2}:?\d{2})?)?`;

/** A stamp at the start of an entry's text, optionally wrapped in () or []. */
const LEADING_STAMP = new RegExp(String.raw`^[([]?\s*` + STAMP_SOURCE + String.raw`(?:\s*[)\]])?`);

const ANY_STAMP = new RegExp(String.raw`(?<![\d-])` + STAMP_SOURCE + String.raw`(?![\d])`, 'g');

function toDate(m: RegExpExecArray | RegExpMatchArray): Date | null {
  const [, y, mo, d, h, mi, s, zone] = m;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hour = h === undefined ? 0 : Number(h);
  const minute = mi === undefined ? 0 : Number(mi);
  const second = s === undefined ? 0 : Number(s);
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59) {
    return null;
  }
  // Reject impossible calendar dates such as 2025-02-31 (Date.UTC would roll them over),
  // whatever the zone: the check must run before the zone shifts the day.
  if (new Date(Date.UTC(year, month - 1, day)).getUTCDate() !== day) return null;
  let ms = Date.UTC(year, month - 1, day, hour, minute, second);
  if (zone && zone !== 'Z' && zone !== 'UTC') {
    const sign = zone.startsWith('-') ? -1 : 1;
    const digits = zone.slice(1).replace(':', '');
    const offsetMinutes = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4));
    ms -= sign * offsetMinutes * 60_000;
  }
  return new Date(ms);
}

export interface LeadingStamp {
  raw: string;
  date: Date | null;
  /** Length of the matched stamp including its brackets. */
  length: number;
}

/** The timestamp an entry's text starts with, if any. */
export function readLeadingStamp(text: string): LeadingStamp | null {
  const m = LEADING_STAMP.exec(text);
  if (!m) return null;
  const opened = text[0] === '(' || text[0] === '[';
  const raw = m[0];
  const closed = raw.endsWith(')') || raw.endsWith(']');
  // A lone bracket on one side means the date belongs to something else, e.g. "(2025-01-01".
  if (opened !== closed) return null;
  return { raw, date: toDate(m), length: raw.length };
}

/** Every timestamp in a piece of text, in order. */
export function findStamps(text: string): Date[] {
  const found: Date[] = [];
  for (const m of text.matchAll(ANY_STAMP)) {
    const date = toDate(m);
    if (date) found.push(date);
  }
  return found;
}

/** Parses an ISO-like timestamp (CLI `--at`, frontmatter `updated`); null when unreadable. */
export function parseStamp(text: string): Date | null {
  const trimmed = text.trim();
  const m = new RegExp('^' + STAMP_SOURCE).exec(trimmed);
  return m ? toDate(m) : null;
}

/**
 * Formats `at` with date-fns tokens (date-format.ts, which writes what date-fns' `format`
 * writes). With `utc`, the UTC wall-clock time is formatted whatever the machine's zone, by
 * shifting the instant by the local offset first.
 */
export function formatStamp(at: Date, time: TimeOptions): string {
  if (!time.utc) return formatDate(at, time.format);
  const shifted = new Date(at.getTime() + at.getTimezoneOffset() * 60_000);
  return formatDate(shifted, time.format);
}
