/**
 * A Date whose local-time accessors read and write UTC fields, so date-fns (which works in
 * local time) formats and computes in UTC whatever the machine's time zone is.
 *
 * Why not shift the instant by `getTimezoneOffset()`: the offset at the shifted instant can
 * differ from the original one around daylight-saving changes, and a UTC wall time that falls
 * in a local DST gap (02:30 on a spring-forward night) does not exist as a local time at all.
 * calendar.ts (as date-fns v4) builds every new date with `new date.constructor(value)`, so the
 * subclass carries through `addMonths` and the other steps.
 */
export class UtcWallDate extends Date {
  constructor(value: number | string | Date) {
    super(value instanceof Date ? value.getTime() : value);
  }

  override getTimezoneOffset(): number {
    return 0;
  }
}

// Every local-time accessor is its UTC twin (`getHours` is `getUTCHours` …): the same
// methods on the same receiver, set in a loop rather than written out fifteen times.
type DateMethods = Record<string, unknown>;
for (const field of 'FullYear Month Date Day Hours Minutes Seconds Milliseconds'.split(' ')) {
  for (const verb of field === 'Day' ? ['get'] : ['get', 'set']) {
    (UtcWallDate.prototype as unknown as DateMethods)[verb + field] = (Date.prototype as unknown as DateMethods)[`${verb}UTC${field}`];
  }
}

/** The same instant, viewed in UTC wall time by date-fns. */
export function toUtcWall(date: Date): UtcWallDate {
  return date instanceof UtcWallDate ? date : new UtcWallDate(date);
}

/** The same instant as a plain Date (for callers that store or compare it). */
export function toPlainDate(date: Date): Date {
  return new Date(date.getTime());
}
