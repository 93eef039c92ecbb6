import { findStamps, formatStamp, parseStamp, readLeadingStamp } from '../../../src/core/timestamps';

const iso = (d: Date | null | undefined): string | null => (d ? d.toISOString() : null);

describe('readLeadingStamp', () => {
  test.each([
    ['(2025-10-01 13:00Z) Wired the view', '2025-10-01T13:00:00.000Z', '(2025-10-01 13:00Z)'],
    ['2026-07-15 Shipped', '2026-07-15T00:00:00.000Z', '2026-07-15'],
    ['2026-08-13T02:17Z done', '2026-08-13T02:17:00.000Z', '2026-08-13T02:17Z'],
    ['[2025-01-10 14:22] Met', '2025-01-10T14:22:00.000Z', '[2025-01-10 14:22]'],
    ['(2025-10-01 13:00 Z) spaced zone', '2025-10-01T13:00:00.000Z', '(2025-10-01 13:00 Z)'],
    ['(2025-10-01 13:00:30Z) seconds', '2025-10-01T13:00:30.000Z', '(2025-10-01 13:00:30Z)'],
    ['(2025-10-01T15:00+02:00) offset', '2025-10-01T13:00:00.000Z', '(2025-10-01T15:00+02:00)'],
  ])('%s', (text, expected, raw) => {
    const stamp = readLeadingStamp(text);
    expect(iso(stamp?.date)).toBe(expected);
    expect(stamp?.raw).toBe(raw);
  });

  test('no stamp, or a date that is not at the start', () => {
    expect(readLeadingStamp('Wired the view')).toBeNull();
    expect(readLeadingStamp('Met on 2025-01-10')).toBeNull();
    expect(readLeadingStamp('(2025-01-10 unbalanced')).toBeNull();
  });

  test('impossible dates are not dates', () => {
    expect(readLeadingStamp('2025-02-31 nope')?.date ?? null).toBeNull();
  });
});

test('findStamps finds every stamp in order', () => {
  expect(findStamps('Decided 2025-01-10, revisited (2025-02-01 09:30Z); id 12025-01-011').map(iso)).toEqual([
    '2025-01-10T00:00:00.000Z',
    '2025-02-01T09:30:00.000Z',
  ]);
});

test('parseStamp reads ISO forms', () => {
  expect(iso(parseStamp('2026-11-21T14:05:00Z'))).toBe('2026-11-21T14:05:00.000Z');
  expect(iso(parseStamp(' 2026-11-21 '))).toBe('2026-11-21T00:00:00.000Z');
  expect(parseStamp('yesterday')).toBeNull();
});

test('formatStamp writes UTC wall time with the default format', () => {
  const at = new Date(Date.UTC(2026, 10, 21, 14, 5));
  expect(formatStamp(at, { format: "yyyy-MM-dd HH:mm'Z'", utc: true })).toBe('2026-11-21 14:05Z');
  expect(formatStamp(at, { format: 'yyyy-MM-dd', utc: true })).toBe('2026-11-21');
});
