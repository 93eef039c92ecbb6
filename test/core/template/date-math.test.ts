import { applyOffsets, parseOffsets, shiftDate } from '../../../src/core/template/date-math';
import { formatMoment } from '../../../src/core/template/moment-format';
import { toUtcWall } from '../../../src/core/template/utc-wall-date';

const at = (y: number, m: number, d: number, h = 12, min = 0): Date => new Date(Date.UTC(y, m - 1, d, h, min));
const iso = (d: Date | null): string => (d ? formatMoment(d, 'YYYY-MM-DD HH:mm', { utc: true }) : 'null');
const shift = (d: Date, offset: string): string => iso(shiftDate(toUtcWall(d), offset));

describe('parseOffsets', () => {
  test('single offsets and units', () => {
    expect(parseOffsets('+7d')).toEqual([{ amount: 7, unit: 'd' }]);
    expect(parseOffsets('-1w')).toEqual([{ amount: -1, unit: 'w' }]);
    expect(parseOffsets('+2M')).toEqual([{ amount: 2, unit: 'M' }]);
    expect(parseOffsets('+1y')).toEqual([{ amount: 1, unit: 'y' }]);
    expect(parseOffsets('-3h')).toEqual([{ amount: -3, unit: 'h' }]);
    expect(parseOffsets('+30m')).toEqual([{ amount: 30, unit: 'm' }]);
    expect(parseOffsets('+1Q')).toEqual([{ amount: 1, unit: 'Q' }]);
    expect(parseOffsets('+10s')).toEqual([{ amount: 10, unit: 's' }]);
  });

  test('unambiguous upper-case aliases', () => {
    expect(parseOffsets('+1D+1W+1Y+1H')).toEqual([
      { amount: 1, unit: 'd' },
      { amount: 1, unit: 'w' },
      { amount: 1, unit: 'y' },
      { amount: 1, unit: 'h' },
    ]);
  });

  test('chains and whitespace', () => {
    expect(parseOffsets(' +1M -1d ')).toEqual([
      { amount: 1, unit: 'M' },
      { amount: -1, unit: 'd' },
    ]);
    expect(parseOffsets('')).toEqual([]);
  });

  test('unreadable offsets', () => {
    expect(parseOffsets('7d')).toBeNull();
    expect(parseOffsets('+d')).toBeNull();
    expect(parseOffsets('+7x')).toBeNull();
    expect(parseOffsets('+7')).toBeNull();
    expect(parseOffsets('+1234567d')).toBeNull();
    expect(parseOffsets('+7dd')).toBeNull();
  });
});

describe('applying offsets', () => {
  test('month math clamps to the end of the month like moment', () => {
    expect(shift(at(2026, 1, 31), '+1M')).toBe('2026-02-28 12:00');
    expect(shift(at(2028, 1, 31), '+1M')).toBe('2028-02-29 12:00');
    expect(shift(at(2026, 3, 31), '-1M')).toBe('2026-02-28 12:00');
    expect(shift(at(2028, 2, 29), '+1y')).toBe('2029-02-28 12:00');
    expect(shift(at(2026, 8, 31), '+1Q')).toBe('2026-11-30 12:00');
  });

  test('across month and year ends', () => {
    expect(shift(at(2026, 12, 31), '+1d')).toBe('2027-01-01 12:00');
    expect(shift(at(2028, 3, 1), '-1d')).toBe('2028-02-29 12:00');
    expect(shift(at(2026, 3, 1), '-1d')).toBe('2026-02-28 12:00');
    expect(shift(at(2026, 12, 28), '+1w')).toBe('2027-01-04 12:00');
    expect(shift(at(2026, 12, 31, 23, 45), '+30m')).toBe('2027-01-01 00:15');
    expect(shift(at(2027, 1, 1, 1), '-3h')).toBe('2026-12-31 22:00');
  });

  test('chains apply left to right', () => {
    // End of next month: +1M then -1d from the first of a month.
    expect(shift(at(2026, 1, 1), '+2M-1d')).toBe('2026-02-28 12:00');
    // Order matters: Jan 31 -1d = Jan 30, +1M = Feb 28; Jan 31 +1M = Feb 28, -1d = Feb 27.
    expect(shift(at(2026, 1, 31), '-1d+1M')).toBe('2026-02-28 12:00');
    expect(shift(at(2026, 1, 31), '+1M-1d')).toBe('2026-02-27 12:00');
  });

  test('does not mutate its input and keeps the UTC view', () => {
    const base = toUtcWall(at(2026, 1, 31));
    const before = base.getTime();
    const result = applyOffsets(base, [{ amount: 1, unit: 'M' }]);
    expect(base.getTime()).toBe(before);
    expect(result.getHours()).toBe(12);
  });

  test('unreadable offset gives null', () => {
    expect(shiftDate(at(2026, 1, 1), '+1x')).toBeNull();
  });
});
