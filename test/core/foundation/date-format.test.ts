/**
 * date-format.ts stands in for date-fns' `format` (whose en-US locale made up most of the
 * date-fns bytes in main.js). date-fns stays installed, so every token, and random patterns,
 * are checked against it here: over many dates, for each way the engine hands it a date, and
 * in real time zones (child processes, as Jest sandboxes TZ).
 */
import { format } from 'date-fns';
import fc from 'fast-check';
import { runs } from '../../support/property-runs';
import { formatDate, type DateFormatOptions } from '../../../src/core/date-format';
import { toPlainDate, toUtcWall } from '../../../src/core/template/utc-wall-date';
import { runInTimeZone } from '../../support/run-in-time-zone';

/** Every date-fns token letter at every width its formatter tells apart, and one longer. */
const RUNS: Record<string, number> = {
  G: 6, y: 5, Y: 5, R: 5, u: 5, Q: 6, q: 6, M: 6, L: 6, w: 3, I: 3, d: 3, D: 4, E: 7, e: 7, c: 7, i: 7,
  a: 6, b: 6, B: 6, h: 3, H: 3, K: 3, k: 3, m: 3, s: 3, S: 9, X: 6, x: 6, O: 5, z: 5, t: 3, T: 3,
};
const ORDINALS = [...'yYQqMLwIdDecihHKkms'].map((letter) => `${letter}o`);
const LONG = ['P', 'PP', 'PPP', 'PPPP', 'PPPPP', 'p', 'pp', 'ppp', 'pppp', 'ppppp', 'Pp', 'PPpp', 'PPPppp', 'PPPPpppp', 'PPPPPppppp'];
const TOKENS = [
  ...Object.entries(RUNS).flatMap(([letter, max]) => Array.from({ length: max }, (_, i) => letter.repeat(i + 1))),
  ...ORDINALS,
  ...LONG,
];
/** What the engine's callers pass: templates opt in to D/DD and YY/YYYY, stamps do not. */
const OPT_IN: DateFormatOptions = { useAdditionalDayOfYearTokens: true, useAdditionalWeekYearTokens: true };

/** The result, or the error's class and message. */
function outcome(run: () => string): string {
  try {
    return run();
  } catch (e) {
    return e instanceof Error ? `${e.name}: ${e.message}` : `thrown ${String(e)}`;
  }
}

/**
 * What the formatter must agree with date-fns on: the same text, or a refusal. Refusals are a
 * RangeError on both sides; the words are ours (users read them in the settings preview).
 */
function verdict(run: () => string): string {
  const out = outcome(run);
  return out.startsWith('RangeError: ') ? 'RangeError' : out;
}

/** The Date each caller hands the formatter (see timestamps.ts and moment-format.ts). */
const VIEWS: Record<string, (d: Date) => Date> = {
  'local time': (d) => d,
  'stamp in UTC (shifted instant)': (d) => new Date(d.getTime() + d.getTimezoneOffset() * 60_000),
  'template in UTC (UtcWallDate)': (d) => toUtcWall(d),
  'template in local time': (d) => toPlainDate(d),
};

// Eras, negative years, years below 100 and far ahead, with milliseconds.
const anyDate = fc.date({ min: new Date(Date.UTC(-400, 0, 1)), max: new Date(Date.UTC(3000, 11, 31)), noInvalidDate: true });
// Around new year, where week-years and ISO weeks part from the calendar year.
const yearTurn = fc
  .tuple(fc.integer({ min: 1899, max: 2101 }), fc.integer({ min: -8 * 24, max: 8 * 24 }), fc.integer({ min: 0, max: 3_599_999 }))
  .map(([year, hours, ms]) => new Date(Date.UTC(year, 0, 1) + hours * 3_600_000 + ms));
const date = fc.oneof(anyDate, yearTurn);

beforeAll(() => {
  // date-fns warns on the console for week-year and day-of-year tokens it lets through.
  jest.spyOn(console, 'warn').mockImplementation(() => undefined);
});

afterAll(() => {
  jest.restoreAllMocks();
});

describe('formatDate writes what date-fns format writes', () => {
  test.each(Object.entries(VIEWS))('every token, %s', (_name, view) => {
    fc.assert(
      fc.property(date, (d) => {
        const at = view(d);
        expect(TOKENS.map((t) => [t, formatDate(at, t, OPT_IN)])).toEqual(TOKENS.map((t) => [t, format(at, t, OPT_IN)]));
      }),
      { numRuns: runs(60) },
    );
  });

  // Quoted text, '' escapes, unclosed quotes, line breaks (dropped outside quotes), digits,
  // non-Latin letters, unknown Latin letters (an error) and refused tokens (an error).
  const piece = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...TOKENS) },
    {
      weight: 4,
      arbitrary: fc.constantFrom(' ', '-', ':', '/', ',', "'", "''", "'at'", "'it''s'", "'Z", '\n', '\r\n', '2025', '_', 'é', '🚀', "'\n'"),
    },
    { weight: 1, arbitrary: fc.constantFrom('o', 'j', 'n', 'P', 'p', 'Yo', 'Do', 'to', 'D', 'DD', 'YY', 'YYYY') },
  );
  const pattern = fc.array(piece, { maxLength: 8 }).map((parts) => parts.join(''));

  test.each([
    ['without options (timestamps)', {}],
    ['with the additional tokens (templates)', OPT_IN],
  ] as const)('random patterns, %s', (_name, options) => {
    fc.assert(
      fc.property(date, pattern, fc.constantFrom(...Object.values(VIEWS)), (d, p, view) => {
        const at = view(d);
        const ours = verdict(() => formatDate(at, p, options));
        const theirs = verdict(() => format(at, p, options));
        if (/^[\r\n]*$/.test(p)) {
          // Empty (or only line breaks): date-fns fails reading it, with a TypeError of the engine.
          expect(outcome(() => formatDate(at, p, options))).toBe('RangeError: Format string is empty');
          expect(theirs).toMatch(/^TypeError/);
        } else {
          expect([p, ours]).toEqual([p, theirs]);
        }
      }),
      { numRuns: runs(2000) },
    );
  });

  test.each(['D', 'DD', 'YY', 'YYYY', 'yyyy-MM-dd o', 'yyyy j', 'PPpp'])('error or text for %j without options', (p) => {
    const at = new Date(Date.UTC(2026, 10, 21, 14, 5));
    expect(verdict(() => formatDate(at, p))).toBe(verdict(() => format(at, p)));
  });

  test('refused tokens name themselves, as the settings preview shows', () => {
    const at = new Date(Date.UTC(2026, 10, 21, 14, 5));
    expect(() => formatDate(at, 'YYYY-MM-DD')).toThrow('`YYYY` is the week-numbering year: use `yyyy` for the calendar year');
    expect(() => formatDate(at, 'yyyy-MM-DD')).toThrow('`DD` is the day of the year: use `dd` for the day of the month');
    expect(() => formatDate(at, 'yyyy-MM-dd, HH:mm j')).toThrow("`j` is not a date token: put text in single quotes, as in 'at'");
  });

  test('an invalid date is an error before the pattern is read', () => {
    expect(outcome(() => formatDate(new Date(NaN), 'yyyy o'))).toBe('RangeError: Invalid time value');
    expect(outcome(() => format(new Date(NaN), 'yyyy o'))).toBe('RangeError: Invalid time value');
  });
});

/** Random instants per time zone, besides the ones around its clock changes (fuzz: ten times). */
const ZONE_DATES = runs(100);

/** Runs the comparison in a child Node process with a real TZ; returns the mismatches. */
function mismatchesIn(timeZone: string): string[] {
  const probe = `
    import { format } from 'date-fns';
    import fc from 'fast-check';
    import { formatDate } from './src/core/date-format';
    import { toPlainDate } from './src/core/template/utc-wall-date';
    const tokens = ${JSON.stringify(TOKENS)};
    const options = ${JSON.stringify(OPT_IN)};
    // Random instants, plus every half hour around this zone's clock changes of a few years.
    const dates = fc.sample(fc.date({ min: new Date(Date.UTC(1800, 0, 1)), max: new Date(Date.UTC(2100, 0, 1)), noInvalidDate: true }), { seed: 42, numRuns: ${ZONE_DATES} });
    for (let t = Date.UTC(1969, 0, 1); t < Date.UTC(1972, 0, 1); t += 30 * 60_000) {
      if (new Date(t).getTimezoneOffset() !== new Date(t + 30 * 60_000).getTimezoneOffset()) {
        for (let k = -2; k <= 3; k++) dates.push(new Date(t + k * 30 * 60_000));
      }
    }
    for (let t = Date.UTC(2024, 0, 1); t < Date.UTC(2027, 0, 1); t += 30 * 60_000) {
      if (new Date(t).getTimezoneOffset() !== new Date(t + 30 * 60_000).getTimezoneOffset()) {
        for (let k = -2; k <= 3; k++) dates.push(new Date(t + k * 30 * 60_000 + 1234));
      }
    }
    const shifted = (d) => new Date(d.getTime() + d.getTimezoneOffset() * 60_000);
    const bad = [];
    for (const d of dates) {
      for (const at of [d, shifted(d), toPlainDate(d)]) {
        for (const token of tokens) {
          const ours = formatDate(at, token, options);
          const theirs = format(at, token, options);
          if (ours !== theirs) bad.push(at.toISOString() + ' ' + token + ': ' + ours + ' != ' + theirs);
        }
      }
    }
    process.stdout.write(JSON.stringify({ checked: dates.length, bad: bad.slice(0, 20) }));
  `;
  const result = runInTimeZone<{ checked: number; bad: string[] }>(probe, timeZone, 'date-format-probe.ts');
  expect(result.checked).toBeGreaterThanOrEqual(ZONE_DATES);
  return result.bad;
}

describe('formatDate in real time zones (child process)', () => {
  // Whole, half and quarter hour offsets, both hemispheres' DST, a 30-minute DST shift, and
  // old local mean times with seconds in their offset.
  test.each(['Europe/Berlin', 'America/Los_Angeles', 'America/St_Johns', 'Asia/Kolkata', 'Asia/Kathmandu', 'Australia/Lord_Howe', 'Pacific/Chatham'])(
    '%s',
    (timeZone) => {
      expect(mismatchesIn(timeZone)).toEqual([]);
    },
  );
});
