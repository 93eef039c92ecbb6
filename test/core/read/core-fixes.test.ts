import { parseDocument } from '../../../src/core/markdown';
import { normaliseStatus } from '../../../src/core/status';
import { findStamps, parseStamp } from '../../../src/core/timestamps';

/** Regression tests for the small fixes the read side needed in the shared core files. */
describe('fixes in shared core files', () => {
  it('does not read "new" or "idea" inside a phrase as proposed', () => {
    expect(normaliseStatus('🟡 Building the new pipeline')).toBe('in-progress');
    expect(normaliseStatus('Testing the idea')).toBeNull();
    expect(normaliseStatus('New')).toBe('proposed');
    expect(normaliseStatus('idea')).toBe('proposed');
  });

  it('rejects impossible calendar dates even with a zone', () => {
    expect(parseStamp('2025-02-30 10:00Z')).toBeNull();
    expect(parseStamp('2025-02-31T10:00+02:00')).toBeNull();
    expect(findStamps('(2025-02-30 10:00Z)')).toEqual([]);
    expect(parseStamp('2024-02-29 10:00Z')?.toISOString()).toBe('2024-02-29T10:00:00.000Z');
    expect(parseStamp('2025-03-01T01:00+02:00')?.toISOString()).toBe('2025-02-28T23:00:00.000Z');
  });

  it('reads an ATX heading on the first line after a BOM', () => {
    const doc = parseDocument('\uFEFF## Progress\n- [x] a\n');
    expect(doc.headings[0]).toMatchObject({ text: 'Progress', setext: false, level: 2, start: 0 });
    expect(doc.sections[0]?.kind).toBe('progress');
  });
});
