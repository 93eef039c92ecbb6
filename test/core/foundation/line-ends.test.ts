import fc from 'fast-check';
import { LineEnds } from '../../../src/core/line-ends';
import { runs } from '../../support/property-runs';

/** The plain definition: the first `\n` or `\r` at or after `start`. */
function naiveEnd(text: string, start: number): number {
  let i = start;
  while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
  return i;
}

describe('LineEnds', () => {
  it('ends lines at LF, CRLF and a lone CR', () => {
    const text = 'a\nbb\r\nccc\rd';
    const ends = new LineEnds(text);
    expect(ends.endOf(0)).toBe(1);
    expect(ends.nextStart(0)).toBe(2);
    expect(ends.endOf(2)).toBe(4);
    expect(ends.nextStart(2)).toBe(6);
    expect(ends.endOf(6)).toBe(9);
    expect(ends.nextStart(6)).toBe(10);
    expect(ends.endOf(10)).toBe(11);
    expect(ends.nextStart(10)).toBe(11);
  });

  it('answers as the plain definition for any order of questions', () => {
    const text = fc.array(fc.constantFrom('a', ' ', '\n', '\r', '\r\n'), { maxLength: 60 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, fc.array(fc.nat(), { maxLength: 20 }), (t, starts) => {
        const ends = new LineEnds(t);
        for (const s of starts) {
          const start = t.length === 0 ? 0 : s % (t.length + 1);
          expect(ends.endOf(start)).toBe(naiveEnd(t, start));
        }
      }),
      { numRuns: runs(300) },
    );
  });
});
