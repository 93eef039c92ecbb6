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

/** The 001-style skeleton: the checklist under "Concrete Steps (Checklist)", Progress a running log. */
const T001 = lines(
  '# Offline sync',
  '',
  '## Concrete Steps (Checklist)',
  '',
  '- [ ] Write the parser',
  '- [ ] Wire the view',
  '',
  '## Progress (Running Log)',
  '',
  '- (2025-09-30 09:00Z) Started the spike',
  '',
  '## Decision Log',
  '',
);

describe('logging progress never hides open steps (issue 9 #1)', () => {
  it('a step logged while Progress is a running log joins the checklist, in its style', () => {
    const done = append(T001, { kind: 'progress', text: 'Spiked the sync', done: true });
    expect(done).toBe(T001.replace('- [ ] Wire the view\n', `- [ ] Wire the view\n- [x] (${STAMP}) Spiked the sync\n`));
    const open = append(T001, { kind: 'progress', text: 'Write the docs', done: false });
    expect(open).toBe(T001.replace('- [ ] Wire the view\n', `- [ ] Wire the view\n- [ ] (${STAMP}) Write the docs\n`));
    // The count goes up by one and the next step is still the checklist's first.
    const steps = readSteps(parse(done));
    expect(steps.map((s) => [s.text, s.done])).toEqual([['Write the parser', false], ['Wire the view', false], ['Spiked the sync', true]]);
    expect(applied(done, planTickStep(parse(done), { at: AT, time: TIME }))).toContain(`- [x] (${STAMP}) Write the parser\n`);
  });

  it('numbered checklists under Tasks, Todo or Checklist count on', () => {
    for (const heading of ['Tasks', 'Todo', 'Checklist', 'Milestones']) {
      const text = lines('# P', '', `## ${heading}`, '', '1. [x] (2025-09-01 10:00Z) a', '2. [ ] b', '', '## Progress', '', 'Notes as they come.', '');
      expect(append(text, { kind: 'progress', text: 'c', done: true })).toBe(text.replace('2. [ ] b\n', `2. [ ] b\n3. [x] (${STAMP}) c\n`));
    }
  });

  it('a logged status change stays in the running log', () => {
    const result = append(T001, { kind: 'progress', text: 'Status: Proposed → In progress', done: true });
    expect(result).toBe(T001.replace('Started the spike\n', `Started the spike\n- (${STAMP}) Status: Proposed → In progress\n`));
  });

  it('Progress with steps of its own keeps them', () => {
    const text = lines('## Concrete Steps', '', '- [ ] a', '', '## Progress', '', '- [ ] b', '');
    expect(append(text, { kind: 'progress', text: 'c' })).toBe(lines('## Concrete Steps', '', '- [ ] a', '', '## Progress', '', '- [ ] b', `- [x] (${STAMP}) c`, ''));
  });

  it('planAppend reports the section it wrote to', () => {
    const result = planAppend(parse(T001), { kind: 'progress', text: 'x', at: AT, time: TIME });
    expect(result.ok && result.description).toBe('Added a progress entry to Concrete Steps (Checklist).');
  });
});

/** The 003-style skeleton: sections, then a closing rule and a footer. */
const T003 = lines(
  '# Plan',
  '',
  '## Progress',
  '',
  '- [x] (2025-09-01 09:00Z) Set up',
  '',
  '## Decision Log',
  '',
  '- Decision: Use X',
  '  Rationale: Y',
  '',
  '---',
  '',
  '*ExecPlan template v3*',
  '',
);

describe('a closing rule ends the last section (issue 9 #6)', () => {
  it('a missing Handoff is created before the closing rule', () => {
    const result = append(T003, { kind: 'handoff', text: 'Half way', handoff: { next: 'More' } });
    expect(result).toBe(T003.replace('  Rationale: Y\n\n', `  Rationale: Y\n\n## Handoff\n\n- (${STAMP}) Half way\n  Next: More\n\n`));
  });

  it('entries of the last section go before the rule, like the others', () => {
    expect(append(T003, { kind: 'decision', text: 'Z' })).toBe(T003.replace('  Rationale: Y\n', `  Rationale: Y\n- Decision: Z\n  Date/Author: ${STAMP}\n`));
    const empty = T003.replace('- Decision: Use X\n  Rationale: Y\n\n', '');
    expect(append(empty, { kind: 'decision', text: 'Z' })).toBe(empty.replace('## Decision Log\n\n', `## Decision Log\n\n- Decision: Z\n  Date/Author: ${STAMP}\n\n`));
  });

  it('a rule between entries (a list after it) is no trailer', () => {
    const text = lines('## Progress', '', '- [x] (2025-09-01 09:00Z) a', '', '## Handoff', '', '- (2025-09-01 10:00Z) first', '', '---', '', '- (2025-09-02 10:00Z) second', '');
    expect(append(text, { kind: 'handoff', text: 'third' })).toBe(text + `- (${STAMP}) third\n`);
  });
});
