import fc from 'fast-check';
import { blankOut } from '../../../src/core/text';
import { runs } from '../../support/property-runs';

// The masks over quiet text (code, comments, frontmatter) keep every offset and line: each
// character but a line break becomes a space, as `replace(/[^\r\n]/g, ' ')` did.
test('blankOut keeps line breaks and turns everything else into spaces', () => {
  expect(blankOut('')).toBe('');
  expect(blankOut('ab\r\ncd\re\n')).toBe('  \r\n  \r \n');
  expect(blankOut('😀 x')).toBe('    ');
  fc.assert(
    fc.property(fc.string({ unit: fc.constantFrom('a', ' ', '\n', '\r', '\t', 'é', '\ud83d') }), (text) => {
      expect(blankOut(text)).toBe(text.replace(/[^\r\n]/g, ' '));
    }),
    { numRuns: runs(200) },
  );
});
