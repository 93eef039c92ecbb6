import { planAppend, planTickStep } from '../../../src/core/edit';
import { readSteps } from '../../../src/core/read';
import { AT, append, applied, lines, parse, STAMP, TIME } from './helpers';

function tick(text: string, line?: number): string {
  return applied(text, planTickStep(parse(text), { at: AT, time: TIME, line }));
}

describe('one stamp per step (issue 9 #2)', () => {
  it('ticking a stamped open step replaces its stamp with the completion time', () => {
    const text = lines('## Progress', '- [ ] (2025-09-30 08:00Z) Write the parser', '');
    expect(tick(text)).toBe(lines('## Progress', `- [x] (${STAMP}) Write the parser`, ''));
  });

  it('keeps the stamp brackets and separator of the step', () => {
    expect(tick(lines('## Progress', '- [ ] [2025-09-02 10:00Z] c', ''), 2)).toBe(lines('## Progress', `- [x] [${STAMP}] c`, ''));
    expect(tick(lines('## Progress', '* [ ] 2025-09-02 10:00Z - c', ''))).toBe(lines('## Progress', `* [x] ${STAMP} - c`, ''));
  });

  it('a bare date the step starts with is what it talks about: it stays, the stamp goes in front', () => {
    expect(tick(lines('## Progress', '- [ ] 2025-12-24 ship the beta', ''))).toBe(lines('## Progress', `- [x] (${STAMP}) 2025-12-24 ship the beta`, ''));
  });

  it('log progress (open) then tick leaves one stamp', () => {
    const text = lines('## Progress', '- [x] (2025-09-01 10:00Z) a', '');
    const logged = append(text, { kind: 'progress', text: 'Write the parser', done: false, at: new Date(Date.UTC(2025, 9, 1, 8)) });
    expect(logged).toBe(lines('## Progress', '- [x] (2025-09-01 10:00Z) a', '- [ ] (2025-10-01 08:00Z) Write the parser', ''));
    expect(tick(logged)).toBe(lines('## Progress', '- [x] (2025-09-01 10:00Z) a', `- [x] (${STAMP}) Write the parser`, ''));
  });
});
