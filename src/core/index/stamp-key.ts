/**
 * A fast pre-reader for the stamp an entry starts with, so the index can find a plan's latest
 * stamp without building a Date (or running the stamp regex) for every step. It understands
 * only the plain forms, `(2025-10-01 13:00Z)`, `2026-09-02`, `[2025-01-10 14:22:05]`,
 * `2026-08-13T02:17 UTC`, and answers:
 * - a non-negative sortable key (UTC seconds since year 0, calendar arithmetic) when the text
 *   certainly starts with a valid stamp of that form: keys order exactly as the instants do;
 * - NO_STAMP when the text certainly starts with no stamp;
 * - ASK when anything is unusual (a zone offset, an impossible date, odd brackets): the
 *   caller then asks `readLeadingStamp`, which stays the one definition of a stamp.
 * The winner is always confirmed with `readLeadingStamp`, so this only decides who is read.
 */

export const NO_STAMP = -2;
export const ASK = -1;

/** Where the last stamp that got a key ends (past a closing bracket and blanks). */
let lastEnd = 0;

export function lastStampEnd(): number {
  return lastEnd;
}

const SPACE = 0x20;
const TAB = 0x09;

function digit(text: string, at: number): number {
  const c = text.charCodeAt(at) - 0x30;
  return c >= 0 && c <= 9 ? c : -1;
}

function two(text: string, at: number): number {
  const a = digit(text, at);
  const b = digit(text, at + 1);
  return a < 0 || b < 0 ? -1 : a * 10 + b;
}

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function skipBlanks(text: string, at: number): number {
  let i = at;
  for (let c = text.charCodeAt(i); c === SPACE || c === TAB; c = text.charCodeAt(++i));
  return i;
}

/** The key of the stamp `text` starts with at `from` (as readLeadingStamp reads it). */
export function stampKey(text: string, from: number): number {
  return scan(text, from, false);
}

/**
 * The key of a bare stamp at `from` inside an entry's text (as findStamps reads it: no
 * brackets, and no digit may follow). The caller checks that no digit or `-` precedes it.
 */
export function bareStampKey(text: string, from: number): number {
  return scan(text, from, true);
}

function scan(text: string, from: number, bare: boolean): number {
  let i = from;
  const first = text.charCodeAt(i);
  const opened = !bare && (first === 0x28 || first === 0x5b); // ( [
  if (opened) i = skipBlanks(text, i + 1);
  else if (first < 0x30 || first > 0x39) return NO_STAMP;
  // Four digits and a dash, read without calls: this is the index's most frequent question.
  const d0 = text.charCodeAt(i) - 0x30;
  const d1 = text.charCodeAt(i + 1) - 0x30;
  const d2 = text.charCodeAt(i + 2) - 0x30;
  const d3 = text.charCodeAt(i + 3) - 0x30;
  // Not `dddd-` right at the start: certainly no stamp, unless an odd blank follows a bracket.
  if (
    !(d0 >= 0 && d0 <= 9 && d1 >= 0 && d1 <= 9 && d2 >= 0 && d2 <= 9 && d3 >= 0 && d3 <= 9) ||
    text.charCodeAt(i + 4) !== 0x2d
  ) {
    return opened ? ASK : NO_STAMP;
  }
  if (text.charCodeAt(i + 7) !== 0x2d) return ASK;
  const year = ((d0 * 10 + d1) * 10 + d2) * 10 + d3;
  const mo0 = text.charCodeAt(i + 5) - 0x30;
  const mo1 = text.charCodeAt(i + 6) - 0x30;
  const da0 = text.charCodeAt(i + 8) - 0x30;
  const da1 = text.charCodeAt(i + 9) - 0x30;
  if (!(mo0 >= 0 && mo0 <= 9 && mo1 >= 0 && mo1 <= 9 && da0 >= 0 && da0 <= 9 && da1 >= 0 && da1 <= 9)) return ASK;
  const month = mo0 * 10 + mo1;
  const day = da0 * 10 + da1;
  if (month < 1 || month > 12 || day < 1) return ASK;
  if (day > (DAYS_IN_MONTH[month - 1] as number) || (month === 2 && day === 29 && !isLeap(year))) return ASK;
  i += 10;
  let hour = 0;
  let minute = 0;
  let second = 0;
  const sep = text.charCodeAt(i);
  // Digits as `code - 0x30`, checked in place (past the text's end it is NaN, which fails too).
  const h0 = text.charCodeAt(i + 1) - 0x30;
  if ((sep === 0x54 || sep === SPACE) && h0 >= 0 && h0 <= 9) {
    // `T13:00`, ` 9:05`: one or two hour digits, then minutes.
    let j = i + 2;
    hour = h0;
    const h1 = text.charCodeAt(j) - 0x30;
    if (h1 >= 0 && h1 <= 9) {
      hour = hour * 10 + h1;
      j++;
    }
    if (text.charCodeAt(j) !== 0x3a) return ASK;
    const m0 = text.charCodeAt(j + 1) - 0x30;
    const m1 = text.charCodeAt(j + 2) - 0x30;
    if (!(m0 >= 0 && m0 <= 9 && m1 >= 0 && m1 <= 9)) return ASK;
    minute = m0 * 10 + m1;
    j += 3;
    if (text.charCodeAt(j) === 0x3a) {
      second = two(text, j + 1);
      if (second < 0) return ASK;
      j += 3;
      if (text.charCodeAt(j) === 0x2e) return ASK;
    }
    if (hour > 23 || minute > 59 || second > 59) return ASK;
    if (text.charCodeAt(j) === SPACE) j++;
    const z = text.charCodeAt(j);
    if (z === 0x5a) j++; // Z
    else if (z === 0x55 && text.startsWith('UTC', j)) j += 3;
    else if (z === 0x2b || z === 0x2d) return ASK; // a zone offset shifts the instant
    i = j;
  } else if (digit(text, i) >= 0) {
    return ASK;
  }
  if (bare) {
    if (digit(text, i) >= 0) return ASK;
    lastEnd = i;
  } else {
    const afterBlank = skipBlanks(text, i);
    const close = text.charCodeAt(afterBlank);
    const closed = close === 0x29 || close === 0x5d;
    // A lone bracket on one side means the date belongs to something else: no stamp at all.
    if (opened !== closed) return ASK;
    lastEnd = closed ? afterBlank + 1 : afterBlank;
  }
  return ((((year * 13 + month) * 32 + day) * 24 + hour) * 60 + minute) * 60 + second;
}

/** Epoch milliseconds of a key from `stampKey` (Date.UTC, as the engine's stamp reader uses). */
export function keyToMs(key: number): number {
  let k = key;
  const second = k % 60;
  k = (k - second) / 60;
  const minute = k % 60;
  k = (k - minute) / 60;
  const hour = k % 24;
  k = (k - hour) / 24;
  const day = k % 32;
  k = (k - day) / 32;
  const month = k % 13;
  const year = (k - month) / 13;
  return Date.UTC(year, month - 1, day, hour, minute, second);
}
