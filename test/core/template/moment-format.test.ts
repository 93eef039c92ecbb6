import fc from 'fast-check';
import { runs } from '../../support/property-runs';
import { formatMoment, tokenizeMoment } from '../../../src/core/template/moment-format';

// moment ships with Obsidian (it comes with the obsidian package); here it is only the
// reference the formatter is checked against, never used by plugin code.
const moment = jest.requireActual<typeof import('moment')>('moment');

// Saturday 21 November 2026, 14:05:09.042 UTC.
const NOW = new Date(Date.UTC(2026, 10, 21, 14, 5, 9, 42));
const utc = { utc: true };

describe('formatMoment tokens', () => {
  test.each([
    ['YYYY', '2026'],
    ['YY', '26'],
    ['Q', '4'],
    ['Qo', '4th'],
    ['M', '11'],
    ['MM', '11'],
    ['Mo', '11th'],
    ['MMM', 'Nov'],
    ['MMMM', 'November'],
    ['D', '21'],
    ['DD', '21'],
    ['Do', '21st'],
    ['DDD', '325'],
    ['DDDD', '325'],
    ['DDDo', '325th'],
    ['d', '6'],
    ['do', '6th'],
    ['dd', 'Sa'],
    ['ddd', 'Sat'],
    ['dddd', 'Saturday'],
    ['e', '6'],
    ['E', '6'],
    ['H', '14'],
    ['HH', '14'],
    ['h', '2'],
    ['hh', '02'],
    ['k', '14'],
    ['kk', '14'],
    ['m', '5'],
    ['mm', '05'],
    ['s', '9'],
    ['ss', '09'],
    ['S', '0'],
    ['SS', '04'],
    ['SSS', '042'],
    ['A', 'PM'],
    ['a', 'pm'],
    ['W', '47'],
    ['WW', '47'],
    ['Wo', '47th'],
    ['w', '47'],
    ['ww', '47'],
    ['gggg', '2026'],
    ['GGGG', '2026'],
    ['GG', '26'],
    ['gg', '26'],
    ['X', '1795269909'],
    ['x', '1795269909042'],
    ['Z', '+00:00'],
    ['ZZ', '+0000'],
  ])('%s', (pattern, expected) => {
    expect(formatMoment(NOW, pattern, utc)).toBe(expected);
  });

  test('common patterns', () => {
    expect(formatMoment(NOW, 'YYYY-MM-DD', utc)).toBe('2026-11-21');
    expect(formatMoment(NOW, 'YYYY-MM-DDTHH:mm', utc)).toBe('2026-11-21T14:05');
    expect(formatMoment(NOW, 'dddd, MMMM Do YYYY, h:mm:ss a', utc)).toBe('Saturday, November 21st 2026, 2:05:09 pm');
    expect(formatMoment(NOW, 'gggg-[W]ww', utc)).toBe('2026-W47');
  });

  test('[escaped text] is literal, including token letters', () => {
    expect(formatMoment(NOW, '[Week] W [of] YYYY', utc)).toBe('Week 47 of 2026');
    expect(formatMoment(NOW, '[YYYY-MM-DD]', utc)).toBe('YYYY-MM-DD');
    expect(formatMoment(NOW, 'YYYY[]MM', utc)).toBe('202611');
    expect(formatMoment(NOW, "[it's] HH[h]", utc)).toBe("it's 14h");
  });

  test('an unclosed [ is a literal bracket, as in moment', () => {
    expect(formatMoment(NOW, '[YYYY', utc)).toBe('[2026');
  });

  test('a backslash escapes the next token', () => {
    expect(formatMoment(NOW, '\\YYYY YYYY', utc)).toBe('YYYY 2026');
  });

  test('non-token characters pass through', () => {
    expect(formatMoment(NOW, 'YYYY/MM/DD @ HH:mm! ✓', utc)).toBe('2026/11/21 @ 14:05! ✓');
  });

  test('adjacent tokens of the same letter do not merge', () => {
    // moment reads MMMMM as MMMM + M.
    expect(formatMoment(NOW, 'MMMMM', utc)).toBe('November11');
    expect(formatMoment(NOW, 'HHH', utc)).toBe('1414');
  });

  test('ISO week-year differs from calendar year at the turn of the year', () => {
    const d = new Date(Date.UTC(2027, 0, 1, 12)); // Friday, ISO week 53 of 2026
    expect(formatMoment(d, 'GGGG-[W]WW', utc)).toBe('2026-W53');
    expect(formatMoment(d, 'gggg-[w]ww', utc)).toBe('2027-w01');
  });

  test('midnight and noon in 12- and 24-hour clocks', () => {
    const midnight = new Date(Date.UTC(2026, 0, 1, 0, 0));
    expect(formatMoment(midnight, 'h A k H', utc)).toBe('12 AM 24 0');
  });

  test('invalid date', () => {
    expect(formatMoment(new Date(NaN), 'YYYY', utc)).toBe('Invalid date');
  });

  test('tokenizer keeps literal runs together', () => {
    expect(tokenizeMoment('[at] HH')).toEqual([
      { kind: 'text', text: 'at ' },
      { kind: 'token', token: 'HH' },
    ]);
  });
});

describe('formatMoment agrees with moment.js', () => {
  const tokens = [
    'YYYY', 'YY', 'Q', 'Qo', 'M', 'MM', 'Mo', 'MMM', 'MMMM', 'D', 'DD', 'Do', 'DDD', 'DDDD', 'DDDo',
    'd', 'do', 'dd', 'ddd', 'dddd', 'e', 'E', 'H', 'HH', 'h', 'hh', 'k', 'kk', 'm', 'mm', 's', 'ss',
    'S', 'SS', 'SSS', 'A', 'a', 'W', 'WW', 'Wo', 'w', 'ww', 'wo', 'gg', 'gggg', 'GG', 'GGGG', 'X', 'x', 'Z', 'ZZ',
  ];
  const pattern = fc
    .array(fc.oneof(fc.constantFrom(...tokens), fc.constantFrom('-', ' ', ':', '/', '[at]', '[Week]', 'T', ', ')), {
      minLength: 1, maxLength: 8,
    })
    // A separator keeps moment from reading two neighbouring tokens as a longer one.
    .map((parts) => parts.join(' '));
  const date = fc.date({ min: new Date(Date.UTC(1971, 0, 1)), max: new Date(Date.UTC(2099, 11, 31)), noInvalidDate: true });

  test('in UTC', () => {
    fc.assert(
      fc.property(date, pattern, (d, p) => {
        expect(formatMoment(d, p, utc)).toBe(moment.utc(d).format(p));
      }),
      { numRuns: runs(400) },
    );
  });

  test('in local time (TZ of the test run)', () => {
    fc.assert(
      fc.property(date, pattern, (d, p) => {
        expect(formatMoment(d, p, { utc: false })).toBe(moment(d).format(p));
      }),
      { numRuns: runs(200) },
    );
  });
});
