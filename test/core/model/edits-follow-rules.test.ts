import { planTickStep } from '../../../src/core/edit';
import { summariseDocument } from '../../../src/core/read/summary';
import { AT, applied, lines, parse, STAMP, TIME } from '../edit/helpers';

/**
 * Edits read through the reading rules: `tick` ticks the step the summary calls the next step
 * (what the status bar and the dashboard show), not a second reading of its own.
 */
describe('tick ticks the next step the rules report', () => {
  it('passes over an empty open step, as the next step does', () => {
    const text = lines('## Progress', '- [x] (2025-09-01 10:00Z) a', '- [ ]', '- [ ] b', '');
    const doc = parse(text);
    expect(summariseDocument(doc, 'p.md').nextStep).toBe('b');
    expect(applied(text, planTickStep(doc, { at: AT, time: TIME }))).toBe(
      lines('## Progress', '- [x] (2025-09-01 10:00Z) a', '- [ ]', `- [x] (${STAMP}) b`, ''),
    );
  });

  it('says there is no open step when only empty ones are left', () => {
    const result = planTickStep(parse(lines('## Progress', '- [x] (2025-09-01 10:00Z) a', '- [ ]', '')), { at: AT, time: TIME });
    expect(result.ok).toBe(false);
  });
});
