import { parseDocument } from '../../../src/core/markdown';
import { readStepSource } from '../../../src/core/read/steps';
import { fileNameOf, summariseDocument, summarisePlan } from '../../../src/core/read/summary';
import type { PlanSummary } from '../../../src/core/types';
import { entriesOfDoc } from '../../support/rule-entries';
import { doc, lines, parseYaml } from './helpers';

const summarise = (text: string, path = 'plans/note.md'): PlanSummary => summarisePlan(text, { path, parseYaml });

describe('summarisePlan edge cases', () => {
  it('summarises an empty note', () => {
    expect(summarise('', 'Inbox/empty.md')).toEqual<PlanSummary>({
      path: 'Inbox/empty.md',
      title: 'empty',
      status: null,
      statusRaw: null,
      progress: { done: 0, total: 0 },
      nextStep: null,
      lastActivity: null,
      created: null,
      decisions: 0,
      surprises: 0,
      sections: [],
      health: [
        { code: 'no-status', message: 'No status: add a status property or a "Status:" line', line: null },
        { code: 'missing-section', message: 'No "Progress" section', line: null },
        { code: 'missing-section', message: 'No "Surprises & Discoveries" section', line: null },
        { code: 'missing-section', message: 'No "Decision Log" section', line: null },
        { code: 'missing-section', message: 'No "Outcomes & Retrospective" section', line: null },
      ],
      isPlan: false,
      tags: [],
    });
  });

  it('summarises a note without headings', () => {
    const s = summarise(lines('Status: active', '- [x] not a step without a progress section'));
    expect(s).toMatchObject({ title: 'note', status: 'in-progress', progress: { done: 0, total: 0 }, sections: [], isPlan: false });
  });

  it('summarises a note of headings only, which is no plan: nothing of its own is in them', () => {
    const s = summarise(lines('# Title', '## Progress', '## Decision Log', '## Surprises', '## Outcomes'));
    expect(s).toMatchObject({
      title: 'Title',
      progress: { done: 0, total: 0 },
      nextStep: null,
      lastActivity: null,
      decisions: 0,
      surprises: 0,
      isPlan: false,
    });
    expect(s.sections).toEqual([
      { kind: 'other', heading: 'Title', level: 1, line: 1 },
      { kind: 'progress', heading: 'Progress', level: 2, line: 2 },
      { kind: 'decisions', heading: 'Decision Log', level: 2, line: 3 },
      { kind: 'surprises', heading: 'Surprises', level: 2, line: 4 },
      { kind: 'retrospective', heading: 'Outcomes', level: 2, line: 5 },
    ]);
    expect(s.health.map((h) => h.code)).toEqual(['no-status']);
  });

  it('takes the next step as the first open step with text, skipping cancelled ones', () => {
    const s = summarise(lines('## Progress', '- [x] a', '- [-] cancelled', '- [/] half done', '- [ ] later'));
    expect(s.nextStep).toBe('half done');
    expect(s.progress).toEqual({ done: 1, total: 3 });
  });
});

describe('lastActivity', () => {
  it('is the latest step or entry date', () => {
    const s = summarise(
      lines(
        '## Progress',
        '- [x] (2025-01-02 10:00Z) a',
        '- [ ] (2025-01-05 09:00Z) b (completed: x; remaining: y)',
        '## Decision Log',
        '- 2025-01-04: decided',
        '## Handoff',
        '- 2025-01-06 08:00Z: handed to Bo, due 2025-02-01',
      ),
    );
    expect(s.lastActivity).toBe('2025-01-06T08:00:00.000Z');
  });

  it('falls back to the updated property, in its several spellings', () => {
    expect(summarise(lines('---', 'updated: 2025-03-01T08:00:00Z', '---')).lastActivity).toBe('2025-03-01T08:00:00.000Z');
    expect(summarise(lines('---', 'last_updated: 2025-03-02', '---')).lastActivity).toBe('2025-03-02T00:00:00.000Z');
    expect(summarise(lines('---', 'Last-Updated: 2025-03-03 10:30', '---')).lastActivity).toBe('2025-03-03T10:30:00.000Z');
  });

  it('accepts a Date from a YAML 1.1 parser', () => {
    const s = summarisePlan(lines('---', 'updated: x', 'created: y', '---'), {
      path: 'a.md',
      parseYaml: () => ({ updated: new Date('2025-04-01T12:00:00Z'), created: new Date('2025-03-01T00:00:00Z') }),
    });
    expect(s.lastActivity).toBe('2025-04-01T12:00:00.000Z');
    expect(s.created).toBe('2025-03-01');
  });

  it('falls back to a body "Last updated" line', () => {
    expect(summarise(lines('# Plan', '- **Last Updated:** 2025-05-06 07:08Z')).lastActivity).toBe('2025-05-06T07:08:00.000Z');
    expect(summarise(lines('# Plan', 'Updated: [2025-05-07]')).lastActivity).toBe('2025-05-07T00:00:00.000Z');
    expect(summarise(lines('# Plan', 'Last updated: yesterday')).lastActivity).toBeNull();
  });
});

describe('created', () => {
  it('reads created or date as an ISO date', () => {
    expect(summarise(lines('---', 'created: 2025-01-08', '---')).created).toBe('2025-01-08');
    expect(summarise(lines('---', 'date: 2025-01-09 23:30', '---')).created).toBe('2025-01-09');
    expect(summarise(lines('---', 'created: soon', '---')).created).toBeNull();
  });

  it('falls back to a body Created line', () => {
    expect(summarise(lines('# Plan', '- Created: 2026-07-01')).created).toBe('2026-07-01');
  });
});

describe('summariseDocument', () => {
  it('gives the same summary as summarisePlan', () => {
    const text = lines('---', 'status: done', 'tags: [execplan]', '---', '# T', '## Progress', '- [x] (2025-01-01 10:00Z) a');
    expect(summariseDocument(doc(text, 'plan'), 'x/plan.md')).toEqual(summarisePlan(text, { path: 'x/plan.md', parseYaml }));
  });

  it('works without a YAML parser for simple properties', () => {
    const s = summarisePlan(lines('---', 'title: "Quick"', 'status: blocked', 'created: 2025-02-02', 'tags: [execplan]', '---'), {
      path: 'q.md',
    });
    expect(s).toMatchObject({ title: 'Quick', status: 'blocked', created: '2025-02-02', tags: ['execplan'], isPlan: true });
  });

  it('bundles title, status, steps and entries per kind', () => {
    const d = parseDocument(
      lines(
        '# Plan',
        'Status: active',
        '## Progress',
        '- [x] (2025-01-01 10:00Z) a',
        '## Surprises',
        '- s1',
        '- s2',
        '## Decision Log',
        '- d1',
        '## Outcomes & Retrospective',
        'went fine',
        '## Handoff',
        '- h1',
      ),
    );
    const summary = summariseDocument(d, 'plan.md');
    expect(summary.title).toBe('Plan');
    expect(summary.status).toBe('in-progress');
    const steps = readStepSource(d);
    expect(steps.steps.map((s) => s.text)).toEqual(['a']);
    expect(steps.section?.kind).toBe('progress');
    const perKind: Record<string, number> = {};
    for (const entry of entriesOfDoc(d)) perKind[entry.kind] = (perKind[entry.kind] ?? 0) + 1;
    expect(perKind).toEqual({ progress: 1, decisions: 1, surprises: 2, retrospective: 1, handoff: 1 });
    expect(summary).toMatchObject({ decisions: 1, surprises: 2, isPlan: true, tags: [] });
  });
});

describe('fileNameOf', () => {
  it('drops folders and the last extension', () => {
    expect(fileNameOf('a/b/My plan.md')).toBe('My plan');
    expect(fileNameOf('plan.crlf.md')).toBe('plan.crlf');
    expect(fileNameOf('README')).toBe('README');
    expect(fileNameOf('.hidden')).toBe('.hidden');
  });
});

describe('summarisePlan without placeholders (list shows no health)', () => {
  it('is the full summary, less the placeholder findings', () => {
    const text = lines(
      '---', 'status: active', 'created: YYYY-MM-DD', '---', '# <Plan title>', '', '## Progress', '',
      '- [x] (2026-01-02 10:00Z) Did <thing>', '- [ ] TBD', '', '## Decision Log', '', '- Decision: keep it', '',
    );
    const full = summarise(text);
    const light = summarisePlan(text, { path: 'plans/note.md', parseYaml, placeholders: false });
    expect(full.health.some((h) => h.code === 'placeholder')).toBe(true);
    expect(light).toEqual({ ...full, health: full.health.filter((h) => h.code !== 'placeholder') });
  });
});
