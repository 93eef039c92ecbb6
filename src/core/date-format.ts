import { getDayOfYear, getISOWeek, getISOWeekYear, getWeek, getWeekYear } from 'date-fns';

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
 * The week arithmetic stays with date-fns, which has no locale in it.
 */

export interface DateFormatOptions {
  /** Allow `D` and `DD` (day of the year), which date-fns refuses unless asked. */
  useAdditionalDayOfYearTokens?: boolean;
  /** Allow `YY` and `YYYY` (local week-numbering year), which date-fns refuses unless asked. */
  useAdditionalWeekYearTokens?: boolean;
}

// The two passes of date-fns' pattern reading, kept literally so that every pattern splits the
// same way (note that `.` skips line breaks outside quotes, as date-fns drops them).
const LONG_PARTS = /P+p+|P+|p+|''|'(''|[^'])+('|$)|./g;
const PARTS = /[yYQqMLwIdDecihHKkms]o|(\w)\1*|''|'(''|[^'])+('|$)|./g;
const QUOTED = /^'([\s\S]*?)'?$/;
const TOKEN_LETTERS = 'GyYRuQqMLwIdDEeciabBhHKkmsSXxOztT';

// en-US long formats, shortest (`P`, `p`) to fullest (`PPPP`, `pppp`).
const LONG_DATES = ['MM/dd/yyyy', 'MMM d, y', 'MMMM do, y', 'EEEE, MMMM do, y'];
const LONG_TIMES = ['h:mm a', 'h:mm:ss a', 'h:mm:ss a z', 'h:mm:ss a zzzz'];

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
  'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const ORDINAL_SUFFIXES = ['th', 'st', 'nd', 'rd'];

// What en-US format gets from its locale options: weeks start on Sunday, week 1 holds 1 January.
const WEEKS = { weekStartsOn: 0, firstWeekContainsDate: 1 } as const;

/** Formats `date` with a date-fns pattern; throws a RangeError where date-fns does. */
export function formatDate(date: Date, pattern: string, options: DateFormatOptions = {}): string {
  if (Number.isNaN(date.getTime())) throw new RangeError('Invalid time value');
  const expanded = (pattern.match(LONG_PARTS) ?? []).map(expandLongFormat).join('');
  const parts = expanded.match(PARTS);
  // date-fns fails here too (on reading `.map` of null); the message is ours.
  if (!parts) throw new RangeError('Format string is empty');
  // Every part is read before any is formatted, so a bad letter wins over a refused token.
  const read = parts.map((part) => {
    if (part === "''") return { token: false, text: "'" };
    const first = part.charAt(0);
    if (first === "'") return { token: false, text: unquote(part) };
    if (TOKEN_LETTERS.includes(first)) return { token: true, text: part };
    if (/[a-zA-Z]/.test(first)) {
      throw new RangeError('Format string contains an unescaped latin alphabet character `' + first + '`');
    }
    return { token: false, text: part };
  });
  return read
    .map(({ token, text }) => {
      if (!token) return text;
      refuseProtectedToken(text, pattern, date, options);
      return formatToken(date, text);
    })
    .join('');
}

function unquote(part: string): string {
  const m = QUOTED.exec(part);
  return m ? (m[1] ?? '').replace(/''/g, "'") : part;
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
 * (date-fns also prints a console warning for the longer runs it accepts; that is left out.)
 */
function refuseProtectedToken(token: string, pattern: string, date: Date, options: DateFormatOptions): void {
  const dayOfYear = /^D+$/.test(token) && !options.useAdditionalDayOfYearTokens;
  const weekYear = /^Y+$/.test(token) && !options.useAdditionalWeekYearTokens;
  if (!(dayOfYear || weekYear) || !['D', 'DD', 'YY', 'YYYY'].includes(token)) return;
  throw new RangeError(
    `Use \`${token.toLowerCase()}\` instead of \`${token}\` (in \`${pattern}\`) for formatting ` +
      `${weekYear ? 'years' : 'days of the month'} to the input \`${String(date)}\`; ` +
      'see: https://github.com/date-fns/date-fns/blob/master/docs/unicodeTokens.md',
  );
}

/** A token's number (year, month 1-12, hour …), for the letters that have one. */
function numberOf(date: Date, letter: string): number {
  const hours = date.getHours();
  switch (letter) {
    case 'y':
      return unsignedYear(date.getFullYear());
    case 'Y':
      return unsignedYear(getWeekYear(date, WEEKS));
    case 'R':
      return getISOWeekYear(date);
    case 'u':
      return date.getFullYear();
    case 'Q':
    case 'q':
      return Math.ceil((date.getMonth() + 1) / 3);
    case 'M':
    case 'L':
      return date.getMonth() + 1;
    case 'w':
      return getWeek(date, WEEKS);
    case 'I':
      return getISOWeek(date);
    case 'd':
      return date.getDate();
    case 'D':
      return getDayOfYear(date);
    case 'e':
    case 'c':
      // Day of the week counted from the locale's first day, Sunday = 1.
      return date.getDay() + 1;
    case 'i':
      return date.getDay() || 7;
    case 'h':
      return hours % 12 || 12;
    case 'H':
      return hours;
    case 'K':
      return hours % 12;
    case 'k':
      return hours || 24;
    case 'm':
      return date.getMinutes();
    case 's':
      return date.getSeconds();
    case 't':
      return Math.trunc(date.getTime() / 1000);
    default:
      return date.getTime();
  }
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
function ordinal(value: number): string {
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
