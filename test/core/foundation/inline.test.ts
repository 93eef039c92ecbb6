import { inlineQuietRanges, opensWithStrong } from '../../../src/core/inline';

test('opensWithStrong sees bold openers only', () => {
  expect(opensWithStrong('**2025-01-10 14:30**: Use a token bucket')).toBe(true);
  expect(opensWithStrong('__Decision:__ keep it')).toBe(true);
  expect(opensWithStrong('** not bold**')).toBe(false);
  expect(opensWithStrong('Plain **later** bold')).toBe(false);
  expect(opensWithStrong('**unclosed')).toBe(false);
});

test('inlineQuietRanges finds code spans and inline comments', () => {
  const text = 'a `x <y>` b ``z ` z`` <!-- note --> c';
  const { code, comments } = inlineQuietRanges(text, 0, text.length);
  expect(code.map(([s, e]) => text.slice(s, e))).toEqual(['`x <y>`', '``z ` z``']);
  expect(comments.map(([s, e]) => text.slice(s, e))).toEqual(['<!-- note -->']);
});
