import { formatStamp } from '../core/timestamps';
import { DEFAULT_TIME_OPTIONS, type TimeOptions } from '../core/types';
import type { ParsedArgs } from './args';
import { usageError } from './errors';
import type { CliIo } from './io';

// The whole argument must be a time: a prefix match would accept "2025-10-01junk".
const ISO_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?\s?(Z|UTC|([+-])(\d{2}):?(\d{2}))?)?$/i;

/** Real UTC offsets run from -12:00 to +14:00; anything past ±14:59 is a typo, not a zone. */
const MAX_OFFSET_HOURS = 14;

/** The moment to stamp: `--at` when given (a time without a zone is UTC), else the clock. */
export function stampMoment(args: ParsedArgs, io: CliIo): Date {
  const at = args.strings.get('at');
  if (at === undefined) return io.now();
  const date = parseAt(at.trim());
  if (!date) throw usageError(`--at needs an ISO 8601 time such as 2025-10-01T13:00Z, not '${at}'`);
  return date;
}

/**
 * Reads `--at` field by field, so every field is range-checked (2025-02-31, 24:00, an offset
 * of +99:99 are refused) and the year is kept as written: `Date.UTC` would read 0050 as 1950.
 */
export function parseAt(text: string): Date | null {
  const m = ISO_TIME.exec(text);
  if (!m) return null;
  const [y, mo, d, h = 0, mi = 0, s = 0] = [m[1], m[2], m[3], m[4], m[5], m[6]].map((v) => (v === undefined ? undefined : Number(v)));
  if (y === undefined || mo === undefined || d === undefined) return null;
  const fraction = m[7] === undefined ? 0 : Math.floor(Number(`0.${m[7]}`) * 1000);
  if (h > 23 || mi > 59 || s > 59) return null;
  let offsetMinutes = 0;
  if (m[9] !== undefined) {
    const oh = Number(m[10]);
    const om = Number(m[11]);
    if (oh > MAX_OFFSET_HOURS || om > 59) return null;
    offsetMinutes = (m[9] === '-' ? -1 : 1) * (oh * 60 + om);
  }
  const date = new Date(0);
  date.setUTCFullYear(y, mo - 1, d);
  // 2025-02-31 is no day: setUTCFullYear would roll it into March.
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  date.setUTCHours(h, mi, s, fraction);
  return new Date(date.getTime() - offsetMinutes * 60_000);
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
