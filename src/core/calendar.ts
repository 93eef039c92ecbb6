/**
 * The few date-fns functions the engine used (week numbers, day of the year, calendar steps),
 * with date-fns v4's results: date-fns cost about 3 KB of main.js for them.
 * test/core/foundation/calendar.test.ts holds each one to date-fns (still a dev dependency)
 * on random dates, plain and UtcWallDate, in several time zones.
 *
 * As in date-fns, a date is read and changed through its local-time accessors (getFullYear,
 * setMonth …) and a new date is made with the input's own class, so a UtcWallDate
 * (template/utc-wall-date.ts) computes in UTC. Week numbers depend only on the calendar date,
 * so they are counted in whole days, which no daylight-saving change can skew.
 */

/** Days since 1970-01-01 of a calendar date (any year, months and days may overflow). */
function dayNumber(year: number, month: number, day: number): number {
  const at = new Date(0);
  at.setUTCFullYear(year, month, day);
  return at.getTime() / 864e5;
}

/** 0 = Sunday, as Date#getDay. 1970-01-01 was a Thursday. */
const weekday = (day: number): number => (((day + 4) % 7) + 7) % 7;

const dayOf = (date: Date): number => dayNumber(date.getFullYear(), date.getMonth(), date.getDate());

export function getDayOfYear(date: Date): number {
  return dayOf(date) - dayNumber(date.getFullYear(), 0, 1) + 1;
}

/** The ISO week's Thursday, which decides its year. */
function isoThursday(date: Date): number {
  const day = dayOf(date);
  return day - ((weekday(day) + 6) % 7) + 3;
}

export function getISOWeekYear(date: Date): number {
  const year = date.getFullYear();
  const thursday = isoThursday(date);
  if (thursday >= dayNumber(year + 1, 0, 1)) return year + 1;
  return thursday < dayNumber(year, 0, 1) ? year - 1 : year;
}

export function getISOWeek(date: Date): number {
  return Math.floor((isoThursday(date) - dayNumber(getISOWeekYear(date), 0, 1)) / 7) + 1;
}

/** The Sunday that starts week 1 of a year, for weeks that start on Sunday with 1 January in week 1. */
function firstSunday(year: number): number {
  const first = dayNumber(year, 0, 1);
  return first - weekday(first);
}

/** date-fns `getWeekYear` with en-US weeks (`{ weekStartsOn: 0, firstWeekContainsDate: 1 }`: weeks start on Sunday, week 1 holds 1 January). */
export function getWeekYear(date: Date): number {
  const year = date.getFullYear();
  return dayOf(date) >= firstSunday(year + 1) ? year + 1 : year;
}

/** date-fns `getWeek` with `{ weekStartsOn: 0, firstWeekContainsDate: 1 }` (en-US). */
export function getWeek(date: Date): number {
  return Math.floor((dayOf(date) - firstSunday(getWeekYear(date))) / 7) + 1;
}

/** A new date of the same class as `date` (date-fns' constructFrom). */
function sameKind(date: Date, value: number): Date {
  return new (date.constructor as DateConstructor)(value);
}

export function addMilliseconds(date: Date, amount: number): Date {
  return sameKind(date, date.getTime() + amount);
}

/** Days keep the wall-clock time across a DST change, as date-fns' addDays. */
export function addDays(date: Date, amount: number): Date {
  const result = sameKind(date, date.getTime());
  if (amount) result.setDate(result.getDate() + amount);
  return result;
}

/** Months clamp to the end of a shorter month (Jan 31 + 1 month = the last day of February). */
export function addMonths(date: Date, amount: number): Date {
  const result = sameKind(date, date.getTime());
  if (!amount) return result;
  const day = result.getDate();
  const endOfMonth = sameKind(date, date.getTime());
  endOfMonth.setMonth(result.getMonth() + amount + 1, 0);
  if (day >= endOfMonth.getDate()) return endOfMonth;
  result.setFullYear(endOfMonth.getFullYear(), endOfMonth.getMonth(), day);
  return result;
}
