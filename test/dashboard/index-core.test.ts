import { readdirSync, readFileSync } from 'node:fs';
import { runs } from '../support/property-runs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parse as parseYaml } from 'yaml';
import { parseDocument } from '../../src/core/markdown';
import { isPlan, summarisePlan } from '../../src/core/read';
import { readLeadingStamp } from '../../src/core/timestamps';
import { isPlanByMetadata } from '../../src/core/index/is-plan';
import type { PlanMetadataInput } from '../../src/core/index/metadata';
import { PlanStore } from '../../src/core/index/plan-store';
import {
  comparePlans,
  defaultGroupOrder,
  filterPlans,
  groupPlans,
  sortPlans,
  type PlanFilter,
} from '../../src/core/index/query';
import { nextColon, nextWideColon } from '../../src/core/index/line-slices';
import { ASK, keyToMs, NO_STAMP, stampKey } from '../../src/core/index/stamp-key';
import { summariseFromMetadata } from '../../src/core/index/summarise';
import { isPlaceholderStep, isStatusChangeAt } from '../../src/core/index/step-rules';
import { isPlaceholderOnly } from '../../src/core/read/placeholders';
import { isStatusChangeText } from '../../src/core/read/steps';
import { formatRelative, formatUtc } from '../../src/core/index/time-format';
import type { IndexedPlan, IndexOptions } from '../../src/core/index/types';
import { computeMetadata } from '../stand-in/metadata';
import { NOT_PLANS } from '../fixtures/plan-or-not';
import { demoVaultFiles } from './harness';
import { engineFacts, indexFacts } from './parity';
import { syntheticPlan } from './synthetic-vault';

const NOW = Date.UTC(2026, 10, 21, 12);
const OPTIONS: IndexOptions = { now: NOW, staleDays: 7 };

function input(path: string, text: string): PlanMetadataInput {
  const cache = computeMetadata(text);
  return { path, ...cache, text };
}

function summary(path: string, text: string, options: IndexOptions = OPTIONS): IndexedPlan | null {
  return summariseFromMetadata(input(path, text), options);
}

const yaml = (y: string): unknown => parseYaml(y) as unknown;

/** The read side's dialect fixtures (test/fixtures/dialects), by a vault-like path. */
function dialectFixtures(): [string, string][] {
  const dir = join(__dirname, '../fixtures/dialects');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .map((f) => [`Plans/${f}`, readFileSync(join(dir, f), 'utf8')]);
}

describe('the index agrees with the engine', () => {
  const demo = [...Object.entries(demoVaultFiles()), ...dialectFixtures()];

  test.each(demo)('%s: same plan-ness, title, status, steps, next step, activity, created, health', (path, text) => {
    const fromIndex = summary(path, text);
    const engine = summarisePlan(text, { path, parseYaml: yaml });
    expect(fromIndex !== null).toBe(engine.isPlan);
    if (!fromIndex) return;
    expect(indexFacts(fromIndex)).toEqual(engineFacts(engine));
    expect(fromIndex.tags.slice(0, engine.tags.length)).toEqual(engine.tags);
  });

  const snippets: Record<string, string> = {
    'fields.md': '---\ntype: execplan\n---\n## Progress\n\n- [x] (2026-11-01 10:00Z) a\n\n## Decision log\n\n- Decision: x\n  Date/Author: 2026-11-04 10:00Z, Sam\n',
    'bold.md': '---\ntype: execplan\n---\n## Progress\n\n- [x] (2026-11-01 10:00Z) a\n\n## Surprises\n\n**2026-11-05 18:20**: it rained.\n',
    'table.md': '---\ntype: execplan\n---\n## Decision log\n\n| Date | Decision |\n| --- | --- |\n| 2026-11-06 | Keep it |\n\n## Progress\n',
    'subheading.md': '---\ntype: execplan\n---\n## Decision log\n\n### Switched the queue (2026-11-07 09:00Z)\n\nWhy.\n\n## Progress\n',
    'prose-date.md': '---\ntype: execplan\n---\n## Context\n\nSince 2026-11-20 we know.\n\n## Progress\n\n- [x] (2026-11-01 10:00Z) a\n',
    'updated-line.md': '# P\n\nLast updated: 2026-11-09\nStatus: **Blocked**\n\n## Progress\n\n- [ ] a\n\n## Decision log\n',
    'zones.md': '---\ntype: execplan\n---\n## Progress\n\n- [x] 2026-11-13 14:00 +02:00 a\n- [x] [2026-11-13 11:30] b\n',
    'crlf.md': '---\r\ntype: execplan\r\nstatus: wip\r\n---\r\n## Progress\r\n\r\n- [x] (2026-11-02 08:00Z) a\r\n- [ ] b\r\n',
    // Lists outside the logs are passed over without a visit: the log lists around them still
    // take exactly their own items.
    'lists-between-logs.md':
      '---\ntype: execplan\n---\n## Context\n\n- 2026-12-01 a dated list item outside the logs\n  - 2026-12-02 nested\n\n## Progress\n\n- [ ] open step\n  - note 2026-11-03\n\n' +
      '## Plan of work\n\n- 2026-12-03 planned\n\n1. 2026-12-04 numbered\n\n## Decision log\n\n- Decision: x\n  Date/Author: 2026-11-04 10:00Z, Sam\n- Rationale: 2026-12-05\n',
    // Multi-line entries with Windows line ends: each line is read up to its `\r`.
    'crlf-entries.md':
      '---\r\ntype: execplan\r\n---\r\n## Decision log\r\n\r\n- Decision: x\r\n  Rationale: y\r\n  Date/Author: 2026-11-04 10:00Z, Sam\r\n- Decision: z\r\n  Why: 2026-11-08\r\n\r\n## Progress\r\n\r\n- [ ] a\r\n',
    // A table right after a stamped step: each row is dated by its own cells, not by the step.
    'table-after-step.md':
      '---\ntype: execplan\n---\n## Progress\n\n- [x] (2026-11-01 10:00Z) a\n\n| Date | What |\n| --- | --- |\n| 2026-11-20 | b |\n',
    // Field and placeholder checks look for a colon further on: lines without one, followed
    // by lines with one, must not borrow the later colon.
    'colons-later.md':
      '---\ntype: execplan\n---\n## Progress\n\n- [ ] Token budget for the parser\n- [ ] Rationale of nothing\n- [ ] todo\n- [ ] to**do**\n- [ ] Topic: TBD\n- [ ] Rationale: 2026-11-09\n\n' +
      '## Surprises\n\n- Evidence of nothing 2026-11-10\n- Observation: x\n  Evidence: 2026-11-11\n- Why not\nWhen: 2026-11-12\n',
    // A `%%` comment ends a list in Obsidian: the dated item after it is an entry of its own.
    'list-after-comment.md':
      '---\ntype: execplan\n---\n## Progress\n\n- [x] (2026-11-01 10:00Z) a\n\n## Decision log\n\n%%\n- Decision: <template>\n%%\n- (2026-11-15 09:00Z) Use a queue\n',
    // A recognised sub-heading opens its own section: a log under Progress is no step source,
    // and a Progress under another log is read on its own.
    'nested-sections.md':
      '---\ntype: execplan\n---\n# Progress\n- [x] (2026-11-01 10:00Z) a\n## Surprises\n- [ ] (2026-11-03 10:00Z) not a step\n- 2026-11-05 seen\n' +
      '# Decision log\n## Progress\n- [ ] (2026-11-02 10:00Z) b\n',
    // Wrapped step text is one line; `%%` comments are not shown.
    'wrapped-step.md': '---\ntype: execplan\n---\n## Progress\n\n- [ ] Wire the view\n  to the index %% later %%\n- [ ] b\n',
    // A comment between a bold entry and its list, or between "Options:" and the list.
    'comment-between.md':
      '---\ntype: execplan\n---\n## Progress\n\n## Decision log\n\n**2026-11-01 10:00Z**: chose x\n%% note %%\n- 2026-11-09 detail\n\n' +
      '## Surprises\n\nOptions:\n%% note %%\n- a\n- 2026-11-04 b\n',
    // A paragraph that opens with a comment is still shown, and dated by what follows it.
    'comment-opens-paragraph.md':
      '---\ntype: execplan\n---\n## Progress\n\n## Handoff\n\n### Friday\n%% draft %%\n**Created:** 2026-11-02\n',
    // The line after a closing `%%` starts a shown block, though Markdown reads it as the lazy
    // end of the template item inside the comment.
    'line-after-comment.md':
      '---\ntype: execplan\n---\n## Progress\n\n- [x] (2026-11-01 10:00Z) a\n\n## Decision log\n%%\n- [ ] template\n%%\nSwitched to a queue on 2026-11-12\n',
    // An HTML comment between a bold entry and its list: the list is still the entry's.
    'html-comment-between.md':
      '---\ntype: execplan\n---\n## Progress\n\n## Decision log\n\n**2026-11-01 10:00Z**: chose x\n<!-- why -->\n- 2026-11-09 detail\n',
    // A `%%` line inside a step ends its paragraph: the text after it is not the step's name.
    'comment-in-step.md': '---\ntype: execplan\n---\n## Progress\n\n- [ ] Wire the view\n  %% later %%\n  more notes\n- [ ] b\n',
  };

  test.each(Object.entries(snippets))('%s: same last activity, status and steps as the engine', (path, text) => {
    const fromIndex = summary(path, text);
    const engine = summarisePlan(text, { path, parseYaml: yaml });
    expect(fromIndex).not.toBeNull();
    expect([
      fromIndex?.lastActivity === null || fromIndex === null ? null : new Date(fromIndex.lastActivity).toISOString(),
      fromIndex?.statusRaw,
      fromIndex?.done,
      fromIndex?.total,
      fromIndex?.nextStep,
    ]).toEqual([engine.lastActivity, engine.statusRaw, engine.progress.done, engine.progress.total, engine.nextStep]);
  });

  // A journal (property tag `journal` or `learning-journal`, any case) expects no Decision Log;
  // an inline tag does not make a journal, as the engine reads property tags only.
  const journals: Record<string, string> = {
    'journal-list.md': '---\ntype: execplan\ntags: [execplan, learning-journal]\n---\n## Progress\n\n## Surprises\n\n## Retrospective\n',
    'journal-string.md': '---\ntype: execplan\ntags: "#Journal"\n---\n## Progress\n\n## Surprises\n',
    'journal-inline.md': '---\ntype: execplan\n---\n#journal\n\n## Progress\n\n## Surprises\n\n## Retrospective\n',
    'journal-tag-key.md': '---\ntype: execplan\ntag: journal\n---\n## Progress\n',
    'not-a-journal.md': '---\ntype: execplan\ntags: [journaling]\n---\n## Progress\n\n## Surprises\n\n## Retrospective\n',
  };

  test.each(Object.entries(journals))('%s: same missing sections as the engine', (path, text) => {
    const fromIndex = summary(path, text);
    const engine = summarisePlan(text, { path, parseYaml: yaml });
    const missing = (findings: readonly { code: string; message: string }[]): string[] =>
      findings.filter((f) => f.code === 'missing-section').map((f) => f.message);
    expect(missing(fromIndex?.health ?? [])).toEqual(missing(engine.health));
    const decisionLogMissing = missing(engine.health).includes('No "Decision Log" section');
    expect(decisionLogMissing).toBe(path === 'journal-inline.md' || path === 'not-a-journal.md');
  });

  // One entry per plan, so each entry's own date is the plan's last activity: only `date…` and
  // `when` lines are tried as date fields, and a field's date wins over an earlier first date.
  const entries = [
    '- Decision: 2026-12-01 first date, no field\n  Rationale: 2026-11-02\n',
    '- Datum: 2026-12-03\n  DATE: 2026-11-02\n',
    '- Whence 2026-12-05\n  __When__: 2026-11-04\n',
    '- x 2026-12-06\n  **Date / Author:** 2026-11-03, Sam\n',
    '- y 2026-12-09\n  > Date: 2026-11-06\n',
    '- Dat: 2026-12-10\n  Data: 2026-11-07\n',
    '- Wh: 2026-12-11\n  wHEN: 2026-11-08\n',
    '- z 2026-12-12\n  -_*date*_: 2026-11-09\n',
    // Lines that start at their first column, after `\n` and after `\r\n`.
    '- x 2026-12-13\nWhen: 2026-11-10\n',
    '- x 2026-12-14\r\nDate: 2026-11-11\r\n',
    '- x\r\n2026-11-12 lazy line\r\n',
  ];
  test.each(entries)('a log entry %j is dated as the engine dates it', (entry) => {
    const text = `---\ntype: execplan\n---\n## Decision log\n\n${entry}\n## Progress\n`;
    const engine = summarisePlan(text, { path: 'Plans/e.md', parseYaml: yaml });
    const fromIndex = summary('Plans/e.md', text);
    expect(fromIndex?.lastActivity === null || fromIndex === null ? null : new Date(fromIndex.lastActivity).toISOString()).toBe(engine.lastActivity);
  });

  test('synthetic plans in five dialects: the same, last activity included', () => {
    for (let i = 0; i < 40; i++) {
      const { path, text } = syntheticPlan(i, 4);
      const fromIndex = summary(path, text);
      const engine = summarisePlan(text, { path, parseYaml: yaml });
      expect(fromIndex).not.toBeNull();
      if (!fromIndex) continue;
      expect([fromIndex.title, fromIndex.status, fromIndex.done, fromIndex.total, fromIndex.nextStep, fromIndex.created]).toEqual([
        engine.title,
        engine.status,
        engine.progress.done,
        engine.progress.total,
        engine.nextStep,
        engine.created,
      ]);
      // `Date/Author: …` lines inside decisions count, as in the full read.
      const engineMs = engine.lastActivity === null ? null : Date.parse(engine.lastActivity);
      if (engineMs === null) expect(fromIndex.lastActivity).toBeNull();
      else expect(fromIndex.lastActivity).toBe(engineMs);
    }
  });

  test('plan detection matches the engine rule (type, kind, tags, sections)', () => {
    const notes: Record<string, string> = {
      'type.md': '---\ntype: ExecPlan\n---\n# A\n',
      'kind.md': '---\nkind: exec-plan\n---\n# A\n',
      'plan-type-is-not-enough.md': '---\ntype: plan\n---\n# A\n',
      'tag.md': '---\ntags: [work, execplan/active]\n---\n# A\n',
      'hash-tag.md': '---\ntags: "#execplan"\n---\n# A\n',
      'inline.md': '# A\n\nSome text #execplan here.\n',
      'inline-in-code.md': '# A\n\n```\n#execplan\n```\n',
      'sections.md': '# A\n\n## Progress\n\n- [ ] x\n\n## Surprises & Discoveries\n',
      'progress-only.md': '# A\n\n## Progress\n\n- [ ] x\n',
      'retro-only.md': '# A\n\n## Outcomes & Retrospective\n',
      'plain.md': '# Just a note\n',
      // Sections with nothing of their own in them: no plan (issue 10).
      'headings-only.md': '# A\n\n## Progress\n\n## Decision Log\n',
      'template.md': NOT_PLANS['blank-template'] ?? '',
      'guide.md': NOT_PLANS['convention-guide'] ?? '',
    };
    for (const [path, text] of Object.entries(notes)) {
      const cache = computeMetadata(text);
      const engine = isPlan(parseDocument(text, { parseYaml: yaml }));
      const detection = { folder: false, tag: true, frontmatterType: true, autoDetect: true };
      expect([path, isPlanByMetadata({ path, ...cache, text }, detection)]).toEqual([path, engine]);
    }
    expect(['headings-only.md', 'template.md', 'guide.md'].map((p) => isPlan(parseDocument(notes[p] ?? '')))).toEqual([false, false, false]);
  });

  test('the plans folder rule takes every note there, as the commands do', () => {
    const detection = { folder: true, tag: false, frontmatterType: false, autoDetect: false };
    const check = (path: string, text: string): boolean => isPlanByMetadata({ path, ...computeMetadata(text) }, detection, 'Plans');
    expect(check('Plans/a.md', '# A\n\n## Progress\n')).toBe(true);
    expect(check('Plans/sub/b.md', '---\nstatus: draft\n---\n# B\n')).toBe(true);
    expect(check('Plans/fresh.md', '')).toBe(true);
    expect(check('Plansx/a.md', '# A\n\n## Progress\n')).toBe(false);
  });
});

describe('summaries from metadata', () => {
  const plan = (body: string): IndexedPlan => {
    const result = summary('Plans/Test plan.md', `---\ntype: execplan\nstatus: In progress\n---\n${body}`);
    if (!result) throw new Error('not a plan');
    return result;
  };

  test('steps come from the progress section, cancelled ones count in neither number', () => {
    const p = plan('# T\n\n## Plan of work\n\n- [ ] not a step\n\n## Progress\n\n- [x] (2026-11-01 10:00Z) one\n- [-] dropped\n- [ ]\n- [/] half done\n  - [ ] nested\n');
    // An empty `- [ ]` is a template's blank, not a step (the engine's rule).
    expect([p.done, p.total]).toEqual([1, 3]);
    expect(p.nextStep).toBe('half done');
    expect(p.nextStepLine).toBe(16);
  });

  test('logged status changes and template placeholders are not steps', () => {
    const p = plan(
      '# T\n\n## Progress\n\n- [ ] (YYYY-MM-DD HH:MMZ) <first step>\n- [x] (2026-11-01 10:00Z) Status: Proposed → In progress\n' +
        '- [x] (2026-11-02 10:00Z) real work\n- [ ] TBD\n- [ ]\n- [ ] status: not a change, a step about status? no: it is a change\n- [ ] Write the status page\n',
    );
    expect([p.done, p.total, p.nextStep]).toEqual([1, 2, 'Write the status page']);
    // The status change is still activity.
    expect(new Date(p.lastActivity ?? 0).toISOString()).toBe('2026-11-02T10:00:00.000Z');
  });

  test('without tasks in the progress section, concrete steps are the steps', () => {
    const p = plan('# T\n\n## Progress\n\n- (2026-11-01 10:00Z) started\n\n## Concrete steps\n\n1. [x] 2026-11-02 first\n2. [ ] second\n');
    expect([p.done, p.total, p.nextStep]).toEqual([1, 2, 'second']);
    expect(new Date(p.lastActivity ?? 0).toISOString()).toBe('2026-11-02T00:00:00.000Z');
  });

  test('the latest stamp wins, in any order and any stamp style; stale after the configured days', () => {
    const p = plan(
      '# T\n\n## Progress\n\n- [x] [2026-11-10 09:00] b\n- [x] (2026-11-12T08:30Z) c\n- [x] 2026-11-11 a\n\n## Decision log\n\n- 2026-11-13 14:00 +02:00: a decision\n',
    );
    expect(new Date(p.lastActivity ?? 0).toISOString()).toBe('2026-11-13T12:00:00.000Z');
    expect(p.stale).toBe(true);
    const fresh = summary('Plans/x.md', '---\ntype: execplan\nstatus: In progress\n---\n## Progress\n\n- [x] (2026-11-20 09:00Z) a\n');
    expect(fresh?.stale).toBe(false);
    const lenient = summariseFromMetadata(input('Plans/Test plan.md', `---\ntype: execplan\nstatus: In progress\n---\n## Progress\n\n- [x] (2026-11-13 12:00Z) a\n`), { ...OPTIONS, staleDays: 30 });
    expect(lenient?.stale).toBe(false);
  });

  test('log entries count wherever their stamp is: fields, paragraphs, tables, sub-headings', () => {
    const at = (body: string): string => new Date(plan(body).lastActivity ?? 0).toISOString();
    expect(at('## Progress\n\n- [x] (2026-11-01 10:00Z) a\n\n## Decision log\n\n- Decision: x\n  Date/Author: 2026-11-04 10:00Z, Sam\n')).toBe(
      '2026-11-04T10:00:00.000Z',
    );
    expect(at('## Progress\n\n- [x] (2026-11-01 10:00Z) a\n\n## Surprises\n\n**2026-11-05 18:20**: it rained.\n')).toBe(
      '2026-11-05T18:20:00.000Z',
    );
    expect(at('## Decision log\n\n| Date | Decision |\n| --- | --- |\n| 2026-11-06 | Keep it |\n\n## Progress\n')).toBe(
      '2026-11-06T00:00:00.000Z',
    );
    expect(at('## Decision log\n\n### Switched the queue (2026-11-07 09:00Z)\n\nWhy.\n\n## Progress\n')).toBe(
      '2026-11-07T09:00:00.000Z',
    );
    // A date in prose outside the logs is not activity.
    expect(plan('## Context\n\nSince 2026-11-20 we know.\n\n## Progress\n\n- [x] (2026-11-01 10:00Z) a\n').lastActivity).toBe(
      Date.UTC(2026, 10, 1, 10),
    );
  });

  test('closed plans are never stale', () => {
    const p = summary('Plans/x.md', '---\ntype: execplan\nstatus: Done\n---\n## Progress\n\n- [x] (2020-01-01 09:00Z) a\n');
    expect([p?.status, p?.stale]).toEqual(['complete', false]);
  });

  test('done steps without a readable stamp are health findings with their line', () => {
    const p = plan('# T\n\n## Progress\n\n- [x] no stamp\n- [x] (2025-02-31 10:00) impossible date\n- [ ] open steps need none\n');
    expect(p.health.filter((f) => f.code === 'untimed-step')).toEqual([
      { code: 'untimed-step', message: 'Done step without a timestamp: no stamp', line: 9 },
      { code: 'untimed-step', message: 'Unreadable timestamp (2025-02-31 10:00): impossible date', line: 10 },
    ]);
  });

  test('status problems and broken properties are reported', () => {
    const placeholder = summary('a.md', '---\ntype: execplan\nstatus: <Proposed | Complete>\n---\n# A\n');
    expect(placeholder?.health[0]?.message).toBe("The status is still the template's choice list: <Proposed | Complete>");
    const unknown = summary('a.md', '---\ntype: execplan\nstatus: pondering\n---\n# A\n');
    expect(unknown?.health[0]?.message).toMatch(/^Unknown status "pondering"/);
    const broken = summariseFromMetadata(
      { path: 'a.md', frontmatter: undefined, frontmatterPosition: { start: { line: 0, col: 0, offset: 0 }, end: { line: 2, col: 3, offset: 12 } }, headings: [], listItems: [], tags: [{ tag: '#execplan', position: { start: { line: 3, col: 0, offset: 13 }, end: { line: 3, col: 9, offset: 22 } } }] },
      OPTIONS,
    );
    expect(broken?.health.map((f) => f.code)).toContain('malformed-frontmatter');
  });

  test('without the text, counts still work and nothing is sliced', () => {
    const text = '---\ntype: execplan\nstatus: Blocked\nupdated: 2026-11-15\n---\n# T\n\n## Progress\n\n- [x] (2026-11-01 10:00Z) a\n- [ ] b\n';
    const p = summariseFromMetadata({ ...input('Plans/t.md', text), text: undefined }, OPTIONS);
    expect([p?.done, p?.total, p?.nextStep, p?.nextStepLine, p?.status]).toEqual([1, 2, null, 11, 'blocked']);
    expect(new Date(p?.lastActivity ?? 0).toISOString()).toBe('2026-11-15T00:00:00.000Z');
  });

  test('a configured status name maps to its kind before the built-in words', () => {
    const p = summariseFromMetadata(input('a.md', '---\ntype: execplan\nstatus: Review\n---\n# A\n'), {
      ...OPTIONS,
      statuses: [{ name: 'Review', kind: 'blocked' }],
    });
    expect(p?.status).toBe('blocked');
  });

  test('title: the title property, else the first H1, else the file name', () => {
    expect(summary('P/x.md', '---\ntype: execplan\ntitle: From property\n---\n# Heading\n')?.title).toBe('From property');
    expect(summary('P/x.md', '---\ntype: execplan\n---\n## Not H1\n# Heading\n')?.title).toBe('Heading');
    expect(summary('P/file name.md', '---\ntype: execplan\n---\ntext\n')?.title).toBe('file name');
  });
});

describe('stampKey pre-reads exactly what readLeadingStamp reads', () => {
  const piece = fc.constantFrom('(', '[', ' ', '', ')', ']', 'Z', ' UTC', '+02:00', '-0530', 'T', ':', '.5', '\t', 'x', '2', '0');
  const digits = (n: number): fc.Arbitrary<string> => fc.stringMatching(new RegExp(`^[0-9]{${n}}$`));
  const stampish = fc
    .tuple(
      fc.constantFrom('', '(', '[', '( '),
      digits(4),
      fc.constantFrom('-', '/'),
      fc.constantFrom('01', '02', '12', '13', '00', '09'),
      fc.constantFrom('-'),
      fc.constantFrom('01', '28', '29', '30', '31', '32', '00'),
      fc.constantFrom('', ' 13:00', 'T09:05', ' 9:05', ' 23:59:59', ' 24:00', ' 12:60', 'T10:00:61', ' 10:00:05.25', ' 19:09', 'T19:59:09', ' 9:5', 'T1:', ' 0:00'),
      fc.array(piece, { maxLength: 4 }),
      fc.constantFrom(' rest of the entry', '', ')', '] done', 'x'),
    )
    .map((parts) => parts.join(''));

  test('keys order as the instants do, and every certain answer agrees with the regex', () => {
    fc.assert(
      fc.property(fc.oneof(stampish, fc.string({ maxLength: 30 })), (text) => {
        const key = stampKey(text, 0);
        const stamp = readLeadingStamp(text);
        if (key === NO_STAMP) expect(stamp).toBeNull();
        else if (key !== ASK) {
          expect(stamp?.date).toBeTruthy();
          expect(keyToMs(key)).toBe(stamp?.date?.getTime());
        }
      }),
      { numRuns: runs(3000) },
    );
  });

  test('plain stamps need no regex', () => {
    for (const s of ['(2025-10-01 13:00Z) x', '2026-09-02 Wired', '[2025-01-10 14:22:05]', '2026-08-13T02:17 UTC', '(2026-12-29 19:59Z)', '2026-11-19 9:09 x', '**']) {
      expect([s, stampKey(s, 0) === ASK]).toEqual([s, false]);
    }
  });
});

describe('the remembered colon search', () => {
  test('answers as indexOf does, in any order of questions and across texts', () => {
    const text = fc.stringMatching(/^[a: \n]{0,30}$/);
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(0, 1, 2), fc.nat(32)), { minLength: 1, maxLength: 12 }), text, text, (questions, a, b) => {
        for (const [which, from] of questions) {
          // 2: a fresh copy of `a`, another string object with the same contents.
          const t = which === 0 ? a : which === 1 ? b : a.split('').join('');
          expect([t, from, nextColon(t, from)]).toEqual([t, from, t.indexOf(':', from)]);
          const wide = t.replace(/a/g, '：');
          expect([wide, from, nextWideColon(wide, from)]).toEqual([wide, from, wide.indexOf('：', from)]);
        }
      }),
      { numRuns: runs(3000) },
    );
  });
});

describe('step rules read from the text agree with the engine', () => {
  const words = fc.constantFrom(
    'none', 'None yet', 'n/a', 'TODO', 'tbd', 'TBD', 'nothing so far', 'no decisions yet', 'Status', 'status :', 'Decision:',
    '**Rationale:**', '<first step>', '<b>', '(YYYY-MM-DD HH:MMZ)', 'YYYY-MM-DD', '...', '…', '—', '-', '1.', '#', '[x]', '%%',
    'write', 'the', 'parser', 'Étape', '日本', '3', 'x', ':', '(', ')', '|', '*', '_', ' ', '  ',
    'a very long label made only of letters and more letters', 'YYYY-MM-DD', 'x TBD', '<!-- note -->',
    // Words opening with `to`: only `todo` (also through deleted markup) is a "nothing yet" word.
    'token', 'Topic:', 'to', 'To', 'today', 'todo:', 'to**do**', 'to_do_', 'to~~do~~', 'to`do`', 'to|do', 'to…', 'to<!-- x -->do',
    // Labels with the full-width colon of Chinese and Japanese notes.
    '决策：', '步骤', '：', '<步骤>', '**理由：**', 'Step：', '待填写',
    // "To be filled" phrases in the languages written with Latin letters.
    'To be filled', 'will', 'be', 'filled', 'Pending', 'empty', 'fill', 'during', 'work', 'record', 'as', 'later', 'in',
    'Document', 'noch keine', 'Wird', 'ergänzt', 'aucune', 'à compléter', 'por', 'completar', 'a preencher', 'Nenhum',
    // An opener word then a phrase's second word, or a mark the engine blanks later in the line.
    'Add', 'log', 'Update', 'completed', 'here', 'out', 'up', 'this', 'when', 'after', 'below', 'soon', '[[link]]', '[Task Title]',
    '`code`', '*', '~~x~~',
  );
  const line = fc.array(words, { maxLength: 6 }).map((parts) => parts.join(' '));

  test('placeholder-only and status-change answers match src/core/read', () => {
    fc.assert(
      fc.property(line, (text) => {
        const padded = `- [ ] ${text}`;
        const at = 6;
        expect(isPlaceholderStep(padded, at, padded.length)).toBe(isPlaceholderOnly(' ' + text));
        expect(isStatusChangeAt(padded, at, padded.length)).toBe(isStatusChangeText(text.trim()));
      }),
      { numRuns: runs(4000) },
    );
  });
});

describe('filtering, sorting and grouping', () => {
  const make = (over: Partial<IndexedPlan>): IndexedPlan => ({
    path: 'Plans/a.md',
    folder: 'Plans',
    title: 'A',
    status: 'in-progress',
    statusRaw: 'In progress',
    statusSource: 'frontmatter',
    done: 0,
    total: 0,
    nextStep: null,
    nextStepLine: null,
    lastActivity: null,
    created: null,
    stale: false,
    health: [],
    tags: [],
    ...over,
  });
  const plans = [
    make({ path: 'Plans/b.md', title: 'Beta', done: 1, total: 4, lastActivity: 200, nextStep: 'Write the parser' }),
    make({ path: 'Plans/a.md', title: 'alpha', done: 3, total: 4, lastActivity: 100, status: 'blocked', statusRaw: 'Blocked', tags: ['mobile'] }),
    make({ path: 'Root plan.md', folder: '', title: 'Gamma', status: null, statusRaw: null }),
    make({ path: 'Plans/Team/d.md', folder: 'Plans/Team', title: 'Delta 10', lastActivity: 300 }),
    make({ path: 'Plans/Team/e.md', folder: 'Plans/Team', title: 'Delta 9', lastActivity: 300 }),
  ];
  const filter = (over: Partial<PlanFilter>): string[] =>
    filterPlans(plans, { text: '', statuses: new Set(), folder: null, ...over }).map((p) => p.title);

  test('text words must all match (title, path, next step, status, tags)', () => {
    expect(filter({ text: 'PARSER' })).toEqual(['Beta']);
    expect(filter({ text: '#mobile blocked' })).toEqual(['alpha']);
    expect(filter({ text: 'delta team' })).toEqual(['Delta 10', 'Delta 9']);
    expect(filter({ text: 'delta nothing' })).toEqual([]);
  });

  test('a folder includes its subfolders; the vault root means plans directly in it', () => {
    expect(filter({ folder: 'Plans' })).toHaveLength(4);
    expect(filter({ folder: 'Plans/Team' })).toEqual(['Delta 10', 'Delta 9']);
    expect(filter({ folder: '' })).toEqual(['Gamma']);
  });

  test('status filter', () => {
    expect(filter({ statuses: new Set(['blocked', 'none']) })).toEqual(['alpha', 'Gamma']);
  });

  test('sorting: natural title order, missing values last in both directions, ties by title', () => {
    const titles = (column: 'title' | 'activity' | 'progress', descending: boolean): string[] =>
      sortPlans([...plans], { column, descending }).map((p) => p.title);
    expect(titles('title', false)).toEqual(['alpha', 'Beta', 'Delta 9', 'Delta 10', 'Gamma']);
    expect(titles('activity', true)).toEqual(['Delta 9', 'Delta 10', 'Beta', 'alpha', 'Gamma']);
    expect(titles('activity', false)).toEqual(['alpha', 'Beta', 'Delta 9', 'Delta 10', 'Gamma']);
    expect(titles('progress', true).slice(0, 2)).toEqual(['alpha', 'Beta']);
    expect(titles('progress', true).slice(-3)).toEqual(['Delta 9', 'Delta 10', 'Gamma']);
    expect([...plans].sort(comparePlans({ column: 'status', descending: false })).map((p) => p.title)).toEqual([
      'Beta',
      'Delta 9',
      'Delta 10',
      'alpha',
      'Gamma',
    ]);
  });

  test('groups follow the given order and keep empty ones', () => {
    const groups = groupPlans(plans, defaultGroupOrder());
    expect(groups.map((g) => [g.key, g.plans.length])).toEqual([
      ['proposed', 0],
      ['in-progress', 3],
      ['blocked', 1],
      ['complete', 0],
      ['abandoned', 0],
      ['none', 1],
    ]);
  });
});

describe('plan store', () => {
  test('an equal summary keeps the stored object; a changed one replaces it', () => {
    const text = '---\ntype: execplan\nstatus: In progress\n---\n## Progress\n\n- [x] (2026-11-01 10:00Z) a\n- [ ] b\n';
    const store = new PlanStore();
    const first = summary('p.md', text);
    if (!first) throw new Error('not a plan');
    expect(store.put(first)).toBe(true);
    expect(store.put(summary('p.md', text + '\nMore prose.\n') as IndexedPlan)).toBe(false);
    expect(store.get('p.md')).toBe(first);
    expect(store.put(summary('p.md', text.replace('- [ ] b', '- [x] b')) as IndexedPlan)).toBe(true);
    expect(store.get('p.md')).not.toBe(first);
  });

  test('staleness is re-evaluated against the clock', () => {
    const store = new PlanStore();
    store.put(summary('p.md', '---\ntype: execplan\nstatus: In progress\n---\n## Progress\n\n- [x] (2026-11-20 10:00Z) a\n') as IndexedPlan);
    expect(store.restale(NOW, 7)).toEqual([]);
    expect(store.restale(NOW + 10 * 86_400_000, 7)).toEqual(['p.md']);
    expect(store.get('p.md')?.stale).toBe(true);
  });
});

describe('times', () => {
  test('relative in words, exact in UTC', () => {
    const at = Date.UTC(2026, 10, 12, 11, 5);
    expect(formatRelative(at, at + 30_000)).toBe('just now');
    expect(formatRelative(at, at + 60_000)).toBe('1 minute ago');
    expect(formatRelative(at, at + 5 * 3_600_000)).toBe('5 hours ago');
    expect(formatRelative(at, at + 30 * 3_600_000)).toBe('yesterday');
    expect(formatRelative(at, at + 9 * 86_400_000)).toBe('9 days ago');
    expect(formatRelative(at, at + 20 * 86_400_000)).toBe('2 weeks ago');
    expect(formatRelative(at, at + 100 * 86_400_000)).toBe('3 months ago');
    expect(formatRelative(at, at + 800 * 86_400_000)).toBe('2 years ago');
    expect(formatRelative(at + 3 * 86_400_000, at)).toBe('in 3 days');
    expect(formatUtc(at)).toBe('2026-11-12 11:05 UTC');
  });
});
