import { parse as parseYaml } from 'yaml';
import { summarisePlan } from '../../src/core/read';
import { summariseFromMetadata } from '../../src/core/index/summarise';
import { computeMetadata } from '../stand-in/metadata';
import { engineFacts, indexFacts, type PlanFacts } from './parity';

const yaml = (y: string): unknown => parseYaml(y) as unknown;

/** What the CLI (the engine's full read) and the dashboard (the metadata index) say of a note. */
function both(text: string, path = 'Plans/p.md'): { engine: PlanFacts; index: PlanFacts } {
  const engine = engineFacts(summarisePlan(text, { path, parseYaml: yaml }));
  const indexed = summariseFromMetadata({ path, ...computeMetadata(text), text }, { now: Date.UTC(2026, 11, 6), staleDays: 7 });
  if (!indexed) throw new Error('the index does not see a plan');
  return { engine, index: indexFacts(indexed) };
}

describe('dates inside step text are not activity (issue 9 #7)', () => {
  const cases: [string, string, string | null][] = [
    ['open step with a due date', '---\ntype: execplan\n---\n## Progress\n\n- [x] (2026-01-01 10:00Z) a\n- [ ] Ship it by 2026-02-07\n\n## Decision log\n', '2026-01-01T10:00:00.000Z'],
    ['only a due date', '---\ntype: execplan\nupdated: 2025-12-01\n---\n## Progress\n\n- [ ] Ship it by 2026-02-07\n\n## Decision log\n', '2025-12-01T00:00:00.000Z'],
    ['unstamped done step with a date in its text', '---\ntype: execplan\n---\n## Progress\n\n- [x] (2026-01-01 10:00Z) a\n- [x] Freeze until 2026-03-01\n  - details 2026-04-01\n\n## Decision log\n', '2026-01-01T10:00:00.000Z'],
    // A quote is one entry, dated as a whole (the step in it is not its own entry).
    ['in a quote', '---\ntype: execplan\n---\n## Progress\n\n> - [ ] Ship by 2026-02-07\n> - (2026-01-02 10:00Z) log line\n\n## Decision log\n', '2026-02-07T00:00:00.000Z'],
    ['a plain log bullet still counts with its first date', '---\ntype: execplan\n---\n## Progress\n\n- [ ] Ship by 2026-02-07\n- Met on 2026-01-03 about it\n\n## Decision log\n', '2026-01-03T00:00:00.000Z'],
  ];
  test.each(cases)('%s', (_name, text, expected) => {
    const { engine, index } = both(text);
    expect(engine.lastActivity).toBe(expected);
    expect(index).toEqual(engine);
  });
});

describe('the dashboard agrees with the CLI on the 001-style template (issue 9 #1)', () => {
  const T001 =
    '# Offline sync\n\n## Concrete Steps (Checklist)\n\n- [ ] Write the parser\n- [ ] Wire the view\n\n## Progress (Running Log)\n\n' +
    '- (2025-09-30 09:00Z) Started the spike\n\n## Decision Log\n';
  const logged = T001.replace('- [ ] Wire the view\n', '- [ ] Wire the view\n- [x] (2025-10-01 09:00Z) Spiked the sync\n');
  test.each([
    ['fresh', T001, { done: 0, total: 2 }],
    ['after log progress', logged, { done: 1, total: 3 }],
    ['with a Todo heading', logged.replace('Concrete Steps (Checklist)', 'Todo'), { done: 1, total: 3 }],
    ['with a Checklist heading', logged.replace('Concrete Steps (Checklist)', 'Checklist'), { done: 1, total: 3 }],
  ])('%s', (_name, text, progress) => {
    const { engine, index } = both(text);
    expect(engine.progress).toEqual(progress);
    expect(engine.nextStep).toBe('Write the parser');
    expect(index).toEqual(engine);
  });
});

describe('a closing rule and its footer are no entries (issue 9 #6)', () => {
  const T003 =
    '---\ntype: execplan\n---\n# Plan\n\n## Progress\n\n- [x] (2025-09-01 09:00Z) Set up\n\n## Decision Log\n\n- Decision: Use X\n  Date/Author: 2025-09-02 10:00Z\n\n' +
    '---\n\n*ExecPlan template v3, 2026-03-01*\n';
  test.each([
    ['a dated footer', T003, '2025-09-02T10:00:00.000Z', { done: 1, total: 1 }],
    ['a quoted step in the footer', T003 + '\n> - [ ] (2026-04-01 10:00Z) not a step\n', '2025-09-02T10:00:00.000Z', { done: 1, total: 1 }],
    ['a list after the rule: entries, no trailer', T003 + '\n- (2026-04-01 10:00Z) an entry\n', '2026-04-01T10:00:00.000Z', { done: 1, total: 1 }],
  ])('%s', (_name, text, activity, progress) => {
    const { engine, index } = both(text);
    expect(engine.lastActivity).toBe(activity);
    expect(engine.progress).toEqual(progress);
    expect(index).toEqual(engine);
  });
});

describe('placeholder steps are never counted, done or open (issue 9 #5)', () => {
  test.each([
    ['stamped placeholder', '---\ntype: execplan\n---\n## Progress\n\n- [x] (2026-01-01 10:00Z) <example completed step>\n- [ ] <example incomplete step>\n- [ ] real\n\n## Decision log\n', { done: 0, total: 1 }, null],
    ['[Task Title]', '---\ntype: execplan\n---\n## Progress\n\n- [ ] [Task Title]\n- [x] (2026-01-03 10:00Z) [Task Title]\n- [x] (2026-01-01 10:00Z) Shipped [[Parser Notes]]\n\n## Decision log\n', { done: 1, total: 1 }, '2026-01-01T10:00:00.000Z'],
    ['stamped, nothing said', '---\ntype: execplan\n---\n## Progress\n\n- [x] (2026-01-05 10:00Z)\n- [x] (2026-01-04 10:00Z) ...\n- [ ] TBD\n- [x] (2026-01-02 10:00Z) a\n\n## Decision log\n', { done: 1, total: 1 }, '2026-01-02T10:00:00.000Z'],
    ['a status change still counts', '---\ntype: execplan\n---\n## Progress\n\n- [x] (2026-01-06 10:00Z) Status: Proposed → In progress\n- [ ] a\n\n## Decision log\n', { done: 0, total: 1 }, '2026-01-06T10:00:00.000Z'],
  ])('%s', (_name, text, progress, activity) => {
    const { engine, index } = both(text);
    expect(engine.progress).toEqual(progress);
    // A template's example step is not activity either.
    expect(engine.lastActivity).toBe(activity);
    expect(index).toEqual(engine);
  });
});
