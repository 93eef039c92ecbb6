import { planAppend, planTickStep } from '../../../src/core/edit';
import { readSteps } from '../../../src/core/read';
import { AT, append, applied, lines, parse, STAMP, TIME } from './helpers';
import { skeleton001 } from '../../fixtures/skeletons';

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

const T001 = skeleton001();

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

describe('new text follows the note’s own style (issue 9 #8)', () => {
  it('stamps in the note’s own format', () => {
    const iso = lines('## Progress', '', '- [x] 2025-01-01T12:00Z a', '', '## Decision Log', '');
    expect(append(iso, { kind: 'progress', text: 'b' })).toContain('- [x] 2025-10-01T13:00Z b\n');
    expect(append(iso, { kind: 'decision', text: 'c' })).toContain('  Date/Author: 2025-10-01T13:00Z');
    const local = lines('## Progress', '', '- [x] [2025-01-01 12:00] a', '- [ ] b', '');
    expect(append(local, { kind: 'progress', text: 'c' })).toContain('- [x] [2025-10-01 13:00] c');
    expect(tick(local)).toBe(lines('## Progress', '', '- [x] [2025-01-01 12:00] a', '- [x] [2025-10-01 13:00] b', ''));
    const seconds = lines('## Progress', '', '- [x] (2025-01-01 12:00:30 UTC) a', '');
    expect(append(seconds, { kind: 'progress', text: 'b' })).toContain('- [x] (2025-10-01 13:00:00 UTC) b');
  });

  it('a format somebody chose wins; an offset zone or a local clock is not copied', () => {
    const iso = lines('## Progress', '', '- [x] 2025-01-01T12:00Z a', '');
    expect(append(iso, { kind: 'progress', text: 'b', time: { format: 'yyyy-MM-dd', utc: true } })).toContain('- [x] 2025-10-01 b');
    expect(append(lines('## Progress', '', '- [x] 2025-01-01 12:00+02:00 a', ''), { kind: 'progress', text: 'b' })).toContain(`- [x] ${STAMP} b`);
    const local = { format: TIME.format, utc: false };
    expect(planAppend(parse(iso), { kind: 'progress', text: 'b', at: AT, time: local }).ok).toBe(true);
    const out = applied(iso, planAppend(parse(iso), { kind: 'progress', text: 'b', at: AT, time: local }));
    expect(out).not.toContain('T13:00Z b');
  });

  it('new bullets use the note’s bullet character', () => {
    const stars = lines('## Progress', '', '* [x] (2025-09-01 10:00Z) a', '', '## Decision Log', '', '## Surprises & Discoveries', '');
    expect(append(stars, { kind: 'decision', text: 'Use X', rationale: 'Y' })).toContain('## Decision Log\n\n* Decision: Use X\n  Rationale: Y\n');
    expect(append(stars, { kind: 'retrospective', text: 'Went well' })).toContain(`* (${STAMP}) Went well`);
    const plus = lines('## Progress', '', '+ [x] (2025-09-01 10:00Z) a', '+ [x] (2025-09-02 10:00Z) b', '');
    expect(append(plus, { kind: 'handoff', text: 'x', handoff: { next: 'y' } })).toContain(`+ (${STAMP}) x\n  Next: y`);
  });

  it('a new section’s heading follows the note’s heading case', () => {
    const sentence = lines('# Plan', '', '## Purpose and big picture', '', '## Progress log', '', '- [x] (2025-09-01 10:00Z) a', '');
    expect(append(sentence, { kind: 'decision', text: 'Use X' })).toContain('## Decision log\n');
    expect(append(sentence, { kind: 'surprise', text: 'Odd' })).toContain('## Surprises & discoveries\n');
    const title = lines('# Plan', '', '## Purpose and Big Picture', '', '## Progress Log', '', '- [x] (2025-09-01 10:00Z) a', '');
    expect(append(title, { kind: 'decision', text: 'Use X' })).toContain('## Decision Log\n');
    // The plan's title is no section heading: its case does not count.
    const titled = lines('# Offline sync for the app', '', '## Concrete Steps', '', '- [ ] a', '', '## Progress', '');
    expect(append(titled, { kind: 'decision', text: 'Use X' })).toContain('## Decision Log\n');
  });
});
