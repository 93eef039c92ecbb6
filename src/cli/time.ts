import { formatStamp, parseStamp } from '../core/timestamps';
import { DEFAULT_TIME_OPTIONS, type TimeOptions } from '../core/types';
import type { ParsedArgs } from './args';
import { usageError } from './errors';
import type { CliIo } from './io';

// The whole argument must be a time: parseStamp alone would accept "2025-10-01junk".
const ISO_TIME = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s?(?:Z|UTC|[+-]\d{2}:?\d{2})?)?$/i;

/** The moment to stamp: `--at` when given (a time without a zone is UTC), else the clock. */
export function stampMoment(args: ParsedArgs, io: CliIo): Date {
  const at = args.strings.get('at');
  if (at === undefined) return io.now();
  const text = at.trim();
  const date = ISO_TIME.test(text) && isCalendarDate(text) ? parseStamp(text.replace(/utc$/i, 'UTC').replace(/z$/, 'Z')) : null;
  if (!date) throw usageError(`--at needs an ISO 8601 time such as 2025-10-01T13:00Z, not '${at}'`);
  return date;
}

/** 2025-02-31 is no day, with or without a zone after it (Date.UTC would roll it into March). */
function isCalendarDate(text: string): boolean {
  const [y, m, d] = text.slice(0, 10).split('-').map(Number);
  if (y === undefined || m === undefined || d === undefined) return false;
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** How stamps are written: UTC always, in `--format` (date-fns tokens) or the plugin's default. */
export function timeOptions(args: ParsedArgs): TimeOptions {
  const format = args.strings.get('format');
  if (format === undefined) return DEFAULT_TIME_OPTIONS;
  const options: TimeOptions = { format, utc: true };
  try {
    formatStamp(new Date(0), options);
  } catch (e) {
    throw usageError(`--format '${format}' is not a valid date-fns format: ${e instanceof Error ? e.message : String(e)}`);
  }
  return options;
}
