import { getDayOfYear, getISOWeek, getISOWeekYear, getWeek, getWeekYear } from './calendar';

/**
 * date-fns `format` in English, without the locale machinery: the same pattern syntax (token
 * runs, `o` ordinals, `'quoted text'`, `''` for a quote, `P`/`p` long formats), the same output
 * for every token, the same errors. date-fns' own `format` carries its whole en-US locale
 * (parsing patterns, relative and distance phrases) into the plugin bundle for a few tables of
 * names; test/core/foundation/date-format.test.ts holds this file to it, token by token.
 *
 * Used for the timestamp format setting and CLI `--format` (date-fns patterns typed by users)
 * and by the moment-format layer of templates. The date is read through its own accessors
 * (getFullYear, getHours, getTimezoneOffset …), so a UtcWallDate formats its UTC wall time.
 * The week arithmetic is calendar.ts (date-fns' results, without date-fns).
 */

export interface DateFormatOptions {
  /** Allow `D` and `DD` (day of the year), which date-fns refuses unless asked. */
  useAdditionalDayOfYearTokens?: boolean;
  /** Allow `YY` and `YYYY` (local week-numbering year), which date-fns refuses unless asked. */
  useAdditionalWeekYearTokens?: boolean;
}

/** Letters that take an `o` (ordinal) right after them as part of the token: `do`, `Mo` … */
const ORDINAL_LETTERS = 'yYQqMLwIdDecihHKkms';
const TOKEN_LETTERS = 'GyYRuQqMLwIdDEeciabBhHKkmsSXxOztT';

// en-US long formats, shortest (`P`, `p`) to fullest (`PPPP`, `pppp`).
const LONG_DATES = ['MM/dd/yyyy', 'MMM d, y', 'MMMM do, y', 'EEEE, MMMM do, y'];
const LONG_TIMES = ['h:mm a', 'h:mm:ss a', 'h:mm:ss a z', 'h:mm:ss a zzzz'];

// Name lists as one string each: an array costs quotes and a comma per name in the bundle.
const MONTHS = 'January February March April May June July August September October November December'.split(' ');
const WEEKDAYS = 'Sunday Monday Tuesday Wednesday Thursday Friday Saturday'.split(' ');
const ORDINAL_SUFFIXES = ['th', 'st', 'nd', 'rd'];


/** Formats `date` with a date-fns pattern; throws a RangeError for any pattern date-fns refuses. */
export function formatDate(date: Date, pattern: string, options: DateFormatOptions = {}): string {
  if (Number.isNaN(date.getTime())) throw new RangeError('Invalid time value');
  const expanded = splitPattern(pattern, 'long').map(expandLongFormat).join('');
  const parts = splitPattern(expanded, 'tokens');
  if (parts.length === 0) throw new RangeError('Format string is empty');
  // Every part is read before any is formatted, so a bad letter wins over a refused token.
  const read = parts.map((part) => {
    if (part === "''") return { token: false, text: "'" };
    const first = part.charAt(0);
    if (first === "'") return { token: false, text: unquote(part) };
    if (TOKEN_LETTERS.includes(first)) return { token: true, text: part };
    if (isLatinLetter(first)) {
      throw new RangeError(`\`${first}\` is not a date token: put text in single quotes, as in 'at'`);
    }
    return { token: false, text: part };
  });
  return read
    .map(({ token, text }) => {
      if (!token) return text;
      refuseProtectedToken(text, options);
      return formatToken(date, text);
    })
    .join('');
}

/**
 * Cuts a pattern into the parts date-fns reads, in one of its two passes: `long` groups runs of
 * `P` then `p` (long date and time formats), `tokens` groups runs of one letter, digit or `_`
 * (a letter that takes an ordinal keeps an `o` right after it). In both, `''` is a quote,
 * `'…'` is quoted text (`''` inside it is a quote; an unclosed one runs to the end), anything
 * else is a part of its own, and line breaks outside quotes are dropped, as date-fns drops them.
 */
function splitPattern(pattern: string, pass: 'long' | 'tokens'): string[] {
  const parts: string[] = [];
  let i = 0;
  while (i < pattern.length) {
    const c = pattern.charAt(i);
    let end = i + 1;
    if (c === "'") {
      end = pattern.charAt(i + 1) === "'" || i + 1 === pattern.length ? i + 2 : quotedEnd(pattern, i + 1);
    } else if (pass === 'long' && (c === 'P' || c === 'p')) {
      while (pattern.charAt(end) === c) end++;
      if (c === 'P') while (pattern.charAt(end) === 'p') end++;
    } else if (pass === 'tokens' && ORDINAL_LETTERS.includes(c) && pattern.charAt(i + 1) === 'o') {
      end = i + 2;
    } else if (pass === 'tokens' && isWordChar(c)) {
      while (pattern.charAt(end) === c) end++;
    } else if (isLineBreak(c)) {
      i = end;
      continue;
    }
    end = Math.min(end, pattern.length);
    parts.push(pattern.slice(i, end));
    i = end;
  }
  return parts;
}

/** Past the quote that closes quoted text whose first character is at `from`, or the end. */
function quotedEnd(pattern: string, from: number): number {
  let j = from;
  while (j < pattern.length) {
    if (pattern.charAt(j) !== "'") j++;
    else if (pattern.charAt(j + 1) === "'") j += 2;
    else return j + 1;
  }
  return j;
}

function isWordChar(c: string): boolean {
  return isLatinLetter(c) || (c >= '0' && c <= '9') || c === '_';
}

function isLatinLetter(c: string): boolean {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

function isLineBreak(c: string): boolean {
  return c === '\n' || c === '\r' || c === '\u2028' || c === '\u2029';
}

/** Quoted text without its quotes, `''` inside read as `'` (an unclosed one runs to the end). */
function unquote(part: string): string {
  let text = '';
  for (let j = 1; j < part.length; j++) {
    const c = part.charAt(j);
    if (c !== "'") {
      text += c;
    } else if (part.charAt(j + 1) === "'") {
      text += "'";
      j++;
    } else {
      break;
    }
  }
  return text;
}

/** `P…` and `p…` runs become the en-US long date and time patterns they stand for. */
function expandLongFormat(part: string): string {
  const first = part.charAt(0);
  if (first !== 'P' && first !== 'p') return part;
  const dates = first === 'P' ? part.lastIndexOf('P') + 1 : 0;
  const times = part.length - dates;
  const date = LONG_DATES[Math.min(dates, 4) - 1] ?? '';
  const time = LONG_TIMES[Math.min(times, 4) - 1] ?? '';
  if (!times) return date;
  if (!dates) return time;
  return date + (dates < 3 ? ', ' : " 'at' ") + time;
}

/**
 * `D`/`DD` look like moment's day of month and `YY`/`YYYY` like the calendar year, so date-fns
 * refuses them unless asked; a stamp written with them would be quietly wrong at year's end.
 */
function refuseProtectedToken(token: string, options: DateFormatOptions): void {
  if ((token === 'D' || token === 'DD') && !options.useAdditionalDayOfYearTokens) {
    throw new RangeError(`\`${token}\` is the day of the year: use \`${token.toLowerCase()}\` for the day of the month`);
  }
  if ((token === 'YY' || token === 'YYYY') && !options.useAdditionalWeekYearTokens) {
    throw new RangeError(`\`${token}\` is the week-numbering year: use \`${token.toLowerCase()}\` for the calendar year`);
  }
}

/** A token's number (year, month 1-12, hour …), for the letters that have one; else the time. */
function numberOf(date: Date, letter: string): number {
  const hours = date.getHours();
  const day = date.getDay();
  const numbers: Record<string, () => number> = {
    y: () => unsignedYear(date.getFullYear()),
    Y: () => unsignedYear(getWeekYear(date)),
    R: () => getISOWeekYear(date),
    u: () => date.getFullYear(),
    Q: () => Math.ceil((date.getMonth() + 1) / 3),
    M: () => date.getMonth() + 1,
    w: () => getWeek(date),
    I: () => getISOWeek(date),
    d: () => date.getDate(),
    D: () => getDayOfYear(date),
    // Day of the week counted from the locale's first day, Sunday = 1.
    e: () => day + 1,
    i: () => day || 7,
    h: () => hours % 12 || 12,
    H: () => hours,
    K: () => hours % 12,
    k: () => hours || 24,
    m: () => date.getMinutes(),
    s: () => date.getSeconds(),
    t: () => Math.trunc(date.getTime() / 1000),
  };
  // `q`, `L` and `c` are the stand-alone forms of `Q`, `M` and `e`: the same numbers.
  const read = numbers[{ q: 'Q', L: 'M', c: 'e' }[letter] ?? letter];
  return read ? read() : date.getTime();
}

/** Year 0 is 1 BC, year -1 is 2 BC: era-relative years have no sign. */
function unsignedYear(year: number): number {
  return year > 0 ? year : 1 - year;
}

function formatToken(date: Date, token: string): string {
  const letter = token.charAt(0);
  const n = token.length;
  switch (letter) {
    case 'G': {
      const ad = date.getFullYear() > 0;
      if (n === 5) return ad ? 'A' : 'B';
      if (n <= 3) return ad ? 'AD' : 'BC';
      return ad ? 'Anno Domini' : 'Before Christ';
    }
    case 'E':
      return weekdayName(date.getDay(), n);
    case 'a':
    case 'b':
    case 'B':
      return dayPeriod(date.getHours(), letter, n);
    case 'S':
      // The same float steps as date-fns, so truncation lands on the same digit.
      return pad(Math.trunc(date.getMilliseconds() * Math.pow(10, n - 3)), n);
    case 'X':
    case 'x':
    case 'O':
    case 'z':
      return zone(date.getTimezoneOffset(), letter, n);
  }
  const value = numberOf(date, letter);
  if (token.charAt(1) === 'o') return ordinal(value);
  switch (letter) {
    case 'y':
    case 'Y':
      return pad(n === 2 ? value % 100 : value, n);
    case 'Q':
    case 'q':
      if (n <= 2) return pad(value, n);
      if (n === 3) return `Q${value}`;
      return n === 5 ? String(value) : `${ordinal(value)} quarter`;
    case 'M':
    case 'L':
      return n <= 2 ? pad(value, n) : monthName(value - 1, n);
    case 'e':
    case 'c':
    case 'i':
      return n <= 2 ? pad(value, n) : weekdayName(date.getDay(), n);
    default:
      return pad(value, n);
  }
}

/** date-fns' addLeadingZeros: the sign stays in front of the zeros. */
function pad(value: number, width: number): string {
  return (value < 0 ? '-' : '') + Math.abs(value).toString().padStart(width, '0');
}

/** 1st, 2nd, 3rd, 4th … 11th, 12th, 13th … 21st, as the en-US locale writes them. */
export function ordinal(value: number): string {
  const lastTwo = value % 100;
  const suffix = lastTwo > 20 || lastTwo < 10 ? ORDINAL_SUFFIXES[lastTwo % 10] : undefined;
  return `${value}${suffix ?? 'th'}`;
}

/** `MMM` Jan, `MMMMM` J, `MMMM` (and longer) January. */
function monthName(month: number, n: number): string {
  const wide = MONTHS[month] ?? '';
  if (n === 3) return wide.slice(0, 3);
  return n === 5 ? wide.charAt(0) : wide;
}

/** Up to 3 letters Sun, 4 Sunday, 5 S, 6 Su, longer Sunday. */
function weekdayName(day: number, n: number): string {
  const wide = WEEKDAYS[day] ?? '';
  if (n === 5) return wide.charAt(0);
  if (n === 6) return wide.slice(0, 2);
  return n === 4 || n > 6 ? wide : wide.slice(0, 3);
}

/** `a` AM/PM, `b` also noon and midnight, `B` the part of the day in words. */
function dayPeriod(hours: number, letter: string, n: number): string {
  if (letter === 'B') {
    if (hours >= 17) return 'in the evening';
    if (hours >= 12) return 'in the afternoon';
    return hours >= 4 ? 'in the morning' : 'at night';
  }
  const pm = hours >= 12;
  if (letter === 'b' && hours % 12 === 0) {
    if (n === 5) return pm ? 'n' : 'mi';
    return pm ? 'noon' : 'midnight';
  }
  if (n === 5) return pm ? 'p' : 'a';
  if (n === 3) return pm ? 'pm' : 'am';
  if (n <= 2) return pm ? 'PM' : 'AM';
  return pm ? 'p.m.' : 'a.m.';
}

/** Zone offset tokens; `offset` is getTimezoneOffset(), positive west of UTC. */
function zone(offset: number, letter: string, n: number): string {
  if (letter === 'O' || letter === 'z') return 'GMT' + (n <= 3 ? shortOffset(offset) : longOffset(offset, ':'));
  if (letter === 'X' && offset === 0) return 'Z';
  if (n === 1) return offset % 60 === 0 ? sign(offset) + pad(Math.abs(offset) / 60, 2) : longOffset(offset, '');
  return longOffset(offset, n === 2 || n === 4 ? '' : ':');
}

function sign(offset: number): string {
  return offset > 0 ? '-' : '+';
}

/** `+5:30`, `-8`: hours unpadded, minutes only when there are any. */
function shortOffset(offset: number): string {
  const abs = Math.abs(offset);
  const minutes = abs % 60;
  return sign(offset) + String(Math.trunc(abs / 60)) + (minutes === 0 ? '' : ':' + pad(minutes, 2));
}

/** `+05:30`, `-0800`. */
function longOffset(offset: number, separator: string): string {
  const abs = Math.abs(offset);
  return sign(offset) + pad(Math.trunc(abs / 60), 2) + separator + pad(abs % 60, 2);
}
