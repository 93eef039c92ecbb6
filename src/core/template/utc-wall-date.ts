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

  override getFullYear(): number {
    return this.getUTCFullYear();
  }
  override getMonth(): number {
    return this.getUTCMonth();
  }
  override getDate(): number {
    return this.getUTCDate();
  }
  override getDay(): number {
    return this.getUTCDay();
  }
  override getHours(): number {
    return this.getUTCHours();
  }
  override getMinutes(): number {
    return this.getUTCMinutes();
  }
  override getSeconds(): number {
    return this.getUTCSeconds();
  }
  override getMilliseconds(): number {
    return this.getUTCMilliseconds();
  }
  override getTimezoneOffset(): number {
    return 0;
  }
  override setFullYear(...args: Parameters<Date['setUTCFullYear']>): number {
    return this.setUTCFullYear(...args);
  }
  override setMonth(...args: Parameters<Date['setUTCMonth']>): number {
    return this.setUTCMonth(...args);
  }
  override setDate(...args: Parameters<Date['setUTCDate']>): number {
    return this.setUTCDate(...args);
  }
  override setHours(...args: Parameters<Date['setUTCHours']>): number {
    return this.setUTCHours(...args);
  }
  override setMinutes(...args: Parameters<Date['setUTCMinutes']>): number {
    return this.setUTCMinutes(...args);
  }
  override setSeconds(...args: Parameters<Date['setUTCSeconds']>): number {
    return this.setUTCSeconds(...args);
  }
  override setMilliseconds(...args: Parameters<Date['setUTCMilliseconds']>): number {
    return this.setUTCMilliseconds(...args);
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
