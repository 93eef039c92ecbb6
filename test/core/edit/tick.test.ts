import { planTickStep } from '../../../src/core/edit';
import { AT, applied, lines, parse, STAMP, TIME } from './helpers';

function tick(text: string, line?: number): string {
  return applied(text, planTickStep(parse(text), { at: AT, time: TIME, line }));
}

describe('planTickStep', () => {
  it('ticks the first open step and stamps it', () => {
    const text = lines('## Progress', '- [x] (2025-09-01 10:00Z) a', '- [ ] b', '- [ ] c', '');
    expect(tick(text)).toBe(lines('## Progress', '- [x] (2025-09-01 10:00Z) a', `- [x] (${STAMP}) b`, '- [ ] c', ''));
  });

  it('skips cancelled steps and counts in-progress ones as open', () => {
    expect(tick(lines('## Progress', '- [-] a', '- [/] b', ''))).toBe(lines('## Progress', '- [-] a', `- [x] (${STAMP}) b`, ''));
  });

  it('ticks the step on a given line, anywhere in the note', () => {
    const text = lines('## Progress', '- [ ] a', '', '## Validation', '- [ ] check', '');
    expect(tick(text, 5)).toBe(lines('## Progress', '- [ ] a', '', '## Validation', `- [x] (${STAMP}) check`, ''));
  });

  it('replaces an existing stamp with the completion time and keeps its brackets (one stamp per step)', () => {
    const text = lines('## Progress', '- [ ] [2025-09-02 10:00Z] c', '');
    expect(tick(text, 2)).toBe(lines('## Progress', `- [x] [${STAMP}] c`, ''));
  });

  it('copies X and the stamp style of earlier steps', () => {
    const text = lines('## Progress', '* [X] 2025-09-01 10:00Z a', '* [ ] b', '');
    expect(tick(text)).toBe(lines('## Progress', '* [X] 2025-09-01 10:00Z a', `* [X] ${STAMP} b`, ''));
  });

  it('ticks nested steps, steps in callouts and empty steps', () => {
    expect(tick(lines('## Progress', '- [x] a', '  - [ ] sub', ''))).toBe(lines('## Progress', '- [x] a', `  - [x] (${STAMP}) sub`, ''));
    expect(tick(lines('## Progress', '> - [ ] quoted', ''))).toBe(lines('## Progress', `> - [x] (${STAMP}) quoted`, ''));
    expect(tick('## Progress\r\n- [ ]\r\n', 2)).toBe(`## Progress\r\n- [x] (${STAMP})\r\n`);
  });

  it('reads steps from Concrete Steps when Progress has none', () => {
    const text = lines('## Concrete Steps', '1. [ ] a', '', '## Progress', '- 2025-09-01 started', '');
    expect(tick(text)).toBe(lines('## Concrete Steps', `1. [x] (${STAMP}) a`, '', '## Progress', '- 2025-09-01 started', ''));
  });

  it('ignores fake steps in code blocks', () => {
    const text = lines('## Progress', '```', '- [ ] fake', '```', '- [ ] real', '');
    expect(tick(text)).toBe(lines('## Progress', '```', '- [ ] fake', '```', `- [x] (${STAMP}) real`, ''));
  });

  it('reports errors and writes nothing', () => {
    const doc = parse(lines('## Progress', '- [x] a', 'text', ''));
    expect(planTickStep(doc, { at: AT, time: TIME })).toMatchObject({ ok: false, code: 'no-open-step' });
    expect(planTickStep(doc, { at: AT, time: TIME, line: 3 })).toMatchObject({ ok: false, code: 'no-step-at-line' });
    expect(planTickStep(doc, { at: AT, time: TIME, line: 2 })).toMatchObject({ ok: false, code: 'step-already-done' });
  });
});
