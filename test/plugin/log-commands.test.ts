/** @jest-environment jsdom */
import type { MarkdownView } from 'obsidian';
import { COMMAND_IDS } from '../../src/plugin/commands';
import { MALFORMED, NO_FRONTMATTER, NOT_A_PLAN, PLAN, PLAN_BUMPED, TABLE_PLAN } from './fixtures';
import { logVia, openNote, setup, start, tick, type Harness } from './plugin-harness';

interface LogCase {
  id: string;
  values: string[];
  notice: string;
  /** The note after the command, from the note before it (PLAN with `updated` bumped). */
  expected(before: string): string;
}

const insertAfter = (text: string, anchor: string, insert: string): string => {
  const at = text.indexOf(anchor);
  if (at < 0) throw new Error(`anchor not found: ${anchor}`);
  return text.slice(0, at + anchor.length) + insert + text.slice(at + anchor.length);
};

const CASES: LogCase[] = [
  {
    id: 'log-progress',
    values: ['Wrote the docs'],
    notice: 'Progress logged',
    expected: (t) => insertAfter(t, '- [ ] Test the widget\n', '- [x] (2026-11-21 14:05Z) Wrote the docs\n'),
  },
  {
    id: 'log-decision',
    values: ['Ship behind a flag.', 'Rollback must be instant.\nA redeploy takes an hour.'],
    notice: 'Decision logged',
    expected: (t) =>
      insertAfter(
        t,
        '  Date/Author: 2026-01-01\n',
        '- Decision: Ship behind a flag.\n' +
          '  Rationale: Rollback must be instant.\n' +
          '  A redeploy takes an hour.\n' +
          '  Date/Author: 2026-11-21 14:05Z\n',
      ),
  },
  {
    id: 'log-surprise',
    values: ['Caching made it slower.', 'p95 went from 40 to 55 ms'],
    notice: 'Surprise logged',
    expected: (t) =>
      insertAfter(
        t,
        '  Evidence: bench 12 ms vs 15 ms\n',
        '- Observation: Caching made it slower.\n  Evidence: p95 went from 40 to 55 ms\n  Date: 2026-11-21 14:05Z\n',
      ),
  },
  {
    id: 'write-retrospective',
    values: ['The widget shipped.\nNext time: measure first.'],
    notice: 'Retrospective written',
    expected: (t) =>
      insertAfter(t, '## Outcomes & Retrospective\n', '\n- (2026-11-21 14:05Z) The widget shipped.\n  Next time: measure first.\n'),
  },
  {
    id: 'write-handoff',
    values: ['Built the widget', 'Write the tests', 'CI is flaky'],
    notice: 'Handoff written',
    // The note ends with a blank line: the new section reuses it.
    expected: (t) =>
      t + '## Handoff\n\n- (2026-11-21 14:05Z) Handoff\n  Done: Built the widget\n  Next: Write the tests\n  Risks: CI is flaky\n',
  },
];

async function openWithTyping(h: Harness): Promise<{ view: MarkdownView; typed: string }> {
  const view = await openNote(h, 'Plans/widget.md');
  const line = PLAN.split('\n').indexOf('Users can ship widgets.');
  view.editor.setCursor({ line, ch: 'Users can'.length });
  h.testing.type(view.editor, ' really');
  return { view, typed: view.editor.getValue() };
}

describe.each(CASES)('$id', (c) => {
  test('open in an editor: one transaction; typing, cursor and undo survive', async () => {
    const h = await setup({ 'Plans/widget.md': PLAN });
    const { view, typed } = await openWithTyping(h);
    const cursor = view.editor.getCursor();
    // The typing is not saved yet: the command must compute from the editor, not the file.
    expect(await h.read('Plans/widget.md')).toBe(PLAN);
    const transaction = jest.spyOn(view.editor, 'transaction');
    const process = jest.spyOn(h.app.vault, 'process');

    await logVia(h, c.id, ...c.values);

    expect(transaction).toHaveBeenCalledTimes(1);
    expect(process).not.toHaveBeenCalled();
    const typedBumped = typed.replace('updated: 2026-01-02', 'updated: 2026-11-21');
    expect(view.editor.getValue()).toBe(c.expected(typedBumped));
    expect(view.editor.getCursor()).toEqual(cursor);
    expect(h.testing.notices).toEqual([c.notice]);
    await h.testing.settle();
    expect(await h.read('Plans/widget.md')).toBe(c.expected(typedBumped));

    view.editor.undo();
    expect(view.editor.getValue()).toBe(typed);
  });

  test('closed: written through vault.process', async () => {
    const h = await setup({ 'Plans/widget.md': PLAN });
    const process = jest.spyOn(h.app.vault, 'process');
    const request = requestFor(c);
    expect(await h.plugin.tracking.edits.appendEntry(h.file('Plans/widget.md'), request)).toBe(true);
    expect(process).toHaveBeenCalledTimes(1);
    expect(await h.read('Plans/widget.md')).toBe(c.expected(PLAN_BUMPED));
    expect(h.testing.notices).toEqual([c.notice]);
  });
});

function requestFor(c: LogCase): Parameters<Harness['plugin']['tracking']['edits']['appendEntry']>[1] {
  const [a = '', b, d] = c.values;
  switch (c.id) {
    case 'log-progress':
      return { kind: 'progress', text: a, done: true };
    case 'log-decision':
      return { kind: 'decision', text: a, rationale: b };
    case 'log-surprise':
      return { kind: 'surprise', text: a, evidence: b };
    case 'write-retrospective':
      return { kind: 'retrospective', text: a };
    default:
      return { kind: 'handoff', text: '', handoff: { done: a, next: b, risks: d } };
  }
}

describe('log commands on other notes', () => {
  test('"Done" off logs an open step', async () => {
    const h = await setup({ 'Plans/widget.md': PLAN });
    await openNote(h, 'Plans/widget.md');
    await start(h, 'log-progress');
    const form = h.testing.openModals[0];
    if (!form) throw new Error('no form');
    const toggle = form.contentEl.querySelector('.checkbox-container');
    if (!(toggle instanceof HTMLElement)) throw new Error('no toggle');
    h.testing.click(toggle);
    h.testing.input(form.contentEl.querySelector('textarea') as HTMLTextAreaElement, 'Write the docs');
    (form.contentEl.querySelector('textarea') as HTMLTextAreaElement).dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }),
    );
    await tick();
    await h.testing.settle();
    expect(await h.read('Plans/widget.md')).toBe(
      insertAfter(PLAN_BUMPED, '- [ ] Test the widget\n', '- [ ] (2026-11-21 14:05Z) Write the docs\n'),
    );
  });

  test('a missing section is created in its place', async () => {
    const h = await setup({ 'Plans/table.md': TABLE_PLAN });
    await openNote(h, 'Plans/table.md');
    await logVia(h, 'write-retrospective', 'Done and dusted.');
    await h.testing.settle();
    expect(await h.read('Plans/table.md')).toBe(
      insertAfter(
        TABLE_PLAN.replace('updated: 2026-01-02', 'updated: 2026-11-21'),
        '| 2026-01-01 | Use X | It is simple |\n\n',
        '## Outcomes & Retrospective\n\n- (2026-11-21 14:05Z) Done and dusted.\n\n',
      ),
    );
  });

  test('a table decision log gets a new row', async () => {
    const h = await setup({ 'Plans/table.md': TABLE_PLAN });
    await openNote(h, 'Plans/table.md');
    await logVia(h, 'log-decision', 'Use Y | not Z', 'Faster');
    await h.testing.settle();
    expect(await h.read('Plans/table.md')).toBe(
      insertAfter(
        TABLE_PLAN.replace('updated: 2026-01-02', 'updated: 2026-11-21'),
        '| 2026-01-01 | Use X | It is simple |\n',
        '| 2026-11-21 14:05Z | Use Y \\| not Z | Faster |\n',
      ),
    );
  });

  test('a CRLF note keeps CRLF, in the editor and on disk', async () => {
    const crlf = PLAN.replace(/\n/g, '\r\n');
    const h = await setup({ 'Plans/widget.md': crlf, 'Plans/closed.md': crlf });
    await openNote(h, 'Plans/widget.md');
    await logVia(h, 'log-progress', 'Wrote the docs');
    await h.testing.settle();
    const expected = insertAfter(PLAN_BUMPED, '- [ ] Test the widget\n', '- [x] (2026-11-21 14:05Z) Wrote the docs\n').replace(
      /\n/g,
      '\r\n',
    );
    expect(await h.read('Plans/widget.md')).toBe(expected);
    await h.plugin.tracking.edits.appendEntry(h.file('Plans/closed.md'), { kind: 'progress', text: 'Wrote the docs' });
    expect(await h.read('Plans/closed.md')).toBe(expected);
  });

  test('a plan without frontmatter gets its entry and no properties', async () => {
    const h = await setup({ 'Plans/bare.md': NO_FRONTMATTER });
    await openNote(h, 'Plans/bare.md');
    await logVia(h, 'log-progress', 'Did it');
    await h.testing.settle();
    expect(await h.read('Plans/bare.md')).toBe(NO_FRONTMATTER + '- [x] (2026-11-21 14:05Z) Did it\n');
  });

  test('malformed YAML: the entry lands, the frontmatter stays byte-identical, a notice names the problem', async () => {
    const h = await setup({ 'Plans/broken.md': MALFORMED });
    await openNote(h, 'Plans/broken.md');
    await logVia(h, 'log-progress', 'Did it');
    await h.testing.settle();
    const text = await h.read('Plans/broken.md');
    expect(text).toBe(MALFORMED + '- [x] (2026-11-21 14:05Z) Did it\n');
    expect(h.testing.notices).toHaveLength(1);
    expect(h.testing.notices[0]).toMatch(/^Progress logged; "updated" was left unchanged: The frontmatter cannot be read \(.+\)/);
  });

  test('a note that is not a plan: the command says so and writes nothing', async () => {
    const h = await setup({ 'Notes/shopping.md': NOT_A_PLAN });
    await openNote(h, 'Notes/shopping.md');
    for (const id of ['log-progress', 'complete-next-step', 'log-decision', 'write-handoff', 'set-plan-status']) {
      expect(h.testing.isCommandAvailable(h.command(id))).toBe(true);
      await start(h, id);
    }
    await h.testing.settle();
    expect(h.testing.openModals).toHaveLength(0);
    expect(await h.read('Notes/shopping.md')).toBe(NOT_A_PLAN);
    expect(new Set(h.testing.notices)).toEqual(
      new Set([
        '“shopping” is not an ExecPlan. To make it one, tag it #execplan, set the property "type" to "execplan" or move it into "Plans".',
      ]),
    );
  });

  test('no active note: the commands are not offered', async () => {
    const h = await setup({ 'Plans/widget.md': PLAN });
    for (const id of ['log-progress', 'complete-next-step', 'set-plan-status']) {
      expect(h.testing.isCommandAvailable(h.command(id))).toBe(false);
    }
  });

  test('the commands have sentence-case names and no default hotkeys', async () => {
    const h = await setup({});
    const ours = new Set(Object.values(COMMAND_IDS).map((id) => h.command(id)));
    const commands = h.testing.standIn.commands.listCommands().filter((c) => ours.has(c.id));
    expect(commands.map((c) => c.name).sort()).toEqual(
      [
        'Complete next step',
        'Log decision',
        'Log progress',
        'Log surprise',
        'Set plan status',
        'Write handoff',
        'Write retrospective',
      ].map((n) => `ExecPlan: ${n}`),
    );
    for (const command of commands) expect(command.hotkeys).toBeUndefined();
  });
});

describe('rapid repeated logs', () => {
  const steps = Array.from({ length: 10 }, (_, i) => `Step ${i + 1}`);
  const expected = insertAfter(
    PLAN_BUMPED,
    '- [ ] Test the widget\n',
    steps.map((s) => `- [x] (2026-11-21 14:05Z) ${s}\n`).join(''),
  );

  test('ten logs fired at once on a closed note all land, in order', async () => {
    const h = await setup({ 'Plans/widget.md': PLAN });
    const file = h.file('Plans/widget.md');
    const results = await Promise.all(steps.map((text) => h.plugin.tracking.edits.appendEntry(file, { kind: 'progress', text })));
    expect(results).toEqual(steps.map(() => true));
    expect(await h.read('Plans/widget.md')).toBe(expected);
  });

  test('ten logs fired at once on an open note all land, in order, each one undo step', async () => {
    const h = await setup({ 'Plans/widget.md': PLAN });
    const view = await openNote(h, 'Plans/widget.md');
    const file = h.file('Plans/widget.md');
    await Promise.all(steps.map((text) => h.plugin.tracking.edits.appendEntry(file, { kind: 'progress', text })));
    expect(view.editor.getValue()).toBe(expected);
    for (let i = 0; i < 10; i++) view.editor.undo();
    expect(view.editor.getValue()).toBe(PLAN);
  });

  test('ten logs through the command and its form, without waiting for the writes', async () => {
    const h = await setup({ 'Plans/widget.md': PLAN });
    await openNote(h, 'Plans/widget.md');
    for (const step of steps) {
      await h.testing.runCommand(h.command('log-progress'));
      // Only promise jobs run here (no timers, no auto-save): earlier writes may still be pending.
      for (let i = 0; i < 50 && h.testing.openModals.length === 0; i++) await Promise.resolve();
      const form = h.testing.openModals[h.testing.openModals.length - 1];
      const area = form?.contentEl.querySelector('textarea');
      if (!area) throw new Error('no form');
      h.testing.input(area, step);
      area.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
    }
    await h.testing.settle();
    expect(await h.read('Plans/widget.md')).toBe(expected);
  });
});

describe('a note with text that hides the rest of it (issue 13)', () => {
  const OPEN_FENCE = ['---', 'type: execplan', '---', '# Widget', '', '## Progress', '', '- [ ] one', '', '```', 'never closed', '', '## Decision Log', ''].join('\n');

  test('a decision after an unclosed fence: a notice with the line, and nothing written', async () => {
    const h = await setup({ 'Plans/open.md': OPEN_FENCE });
    await openNote(h, 'Plans/open.md');
    await logVia(h, 'log-decision', 'Ship it', '');
    await h.testing.settle();
    expect(await h.read('Plans/open.md')).toBe(OPEN_FENCE);
    expect(h.testing.notices).toEqual([
      'Line 10 opens a code block (```) that is never closed, so a decision added after it would be hidden. Close it, then try again.',
    ]);
  });
});
