import fc from 'fast-check';
import { trailerIndex, trailerOf } from '../../../src/core/rules/trailer';
import { runs } from '../../support/property-runs';

describe('the trailer rule', () => {
  it('finds the closing rule after the last section', () => {
    const types = ['heading', 'list', 'thematicBreak', 'paragraph'];
    expect(trailerIndex(types, (t) => t)).toBe(2);
    expect(trailerIndex(['heading', 'thematicBreak', 'list'], (t) => t)).toBe(-1);
    expect(trailerIndex(['thematicBreak', 'heading'], (t) => t)).toBe(-1);
  });

  it('reads the same forwards (the engine) as backwards (the dashboard)', () => {
    const type = fc.constantFrom('heading', 'list', 'table', 'thematicBreak', 'paragraph', 'code', 'html', 'blockquote');
    fc.assert(
      fc.property(fc.array(type, { maxLength: 12 }), (types) => {
        const forward = trailerOf(types.length ? 0 : -1, (i) => (i + 1 < types.length ? i + 1 : -1), -1, (i) => types[i] ?? '');
        expect(forward).toBe(trailerIndex(types, (t) => t));
      }),
      { numRuns: runs(300) },
    );
  });
});
