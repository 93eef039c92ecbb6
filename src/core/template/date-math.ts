import { addDays, addMilliseconds, addMonths } from '../calendar';

/**
 * Date offsets as written in templates: `+7d`, `-1w`, `+2M`, `+1y`, `-3h`, `+30m`, and chains
 * such as `+1M-1d`, applied left to right.
 *
 * Units follow moment's shorthand, so `M` is months and `m` is minutes. `D`, `W`, `Y` and `H`
 * are accepted as aliases of `d`, `w`, `y` and `h` because they can mean nothing else.
 * Month, quarter and year steps clamp to the end of the month like moment (Jan 31 +1M is the
 * last day of February); day and week steps keep the wall-clock time across DST changes.
 */

export type OffsetUnit = 'y' | 'Q' | 'M' | 'w' | 'd' | 'h' | 'm' | 's';

export interface DateOffset {
  amount: number;
  unit: OffsetUnit;
}

const UNIT_ALIASES: Readonly<Record<string, OffsetUnit>> = {
  y: 'y',
  Y: 'y',
  Q: 'Q',
  M: 'M',
  w: 'w',
  W: 'w',
  d: 'd',
  D: 'd',
  h: 'h',
  H: 'h',
  m: 'm',
  s: 's',
};

const ADDERS: Readonly<Record<OffsetUnit, (date: Date, amount: number) => Date>> = {
  y: (date, amount) => addMonths(date, amount * 12),
  Q: (date, amount) => addMonths(date, amount * 3),
  M: addMonths,
  w: (date, amount) => addDays(date, amount * 7),
  d: addDays,
  h: (date, amount) => addMilliseconds(date, amount * 36e5),
  m: (date, amount) => addMilliseconds(date, amount * 6e4),
  s: (date, amount) => addMilliseconds(date, amount * 1e3),
};

/** Six digits is far beyond any sensible offset and keeps results inside the Date range. */
const ONE_OFFSET = /([+-])\s*(\d{1,6})\s*([A-Za-z])/y;

/**
 * Parses a chain of offsets. Whitespace between parts is allowed. Returns null when the text
 * is not a chain of offsets; the empty string is the empty chain.
 */
export function parseOffsets(text: string): DateOffset[] | null {
  const offsets: DateOffset[] = [];
  let index = 0;
  const skipSpace = (): void => {
    while (index < text.length && /\s/.test(text.charAt(index))) index++;
  };
  skipSpace();
  while (index < text.length) {
    ONE_OFFSET.lastIndex = index;
    const match = ONE_OFFSET.exec(text);
    if (!match) return null;
    const unit = UNIT_ALIASES[match[3] ?? ''];
    if (!unit) return null;
    const magnitude = Number(match[2]);
    offsets.push({ amount: match[1] === '-' ? -magnitude : magnitude, unit });
    index = ONE_OFFSET.lastIndex;
    skipSpace();
  }
  return offsets;
}

/**
 * Applies offsets in order. The result keeps the input's Date class, so a UTC wall-time date
 * (see utc-wall-date.ts) does its calendar arithmetic in UTC.
 */
export function applyOffsets(date: Date, offsets: readonly DateOffset[]): Date {
  let result = date;
  for (const offset of offsets) result = ADDERS[offset.unit](result, offset.amount);
  return result;
}

/** Parses and applies in one go; null when the offset text cannot be read. */
export function shiftDate(date: Date, offsetText: string): Date | null {
  const offsets = parseOffsets(offsetText);
  return offsets ? applyOffsets(date, offsets) : null;
}
