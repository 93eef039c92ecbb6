/** @jest-environment jsdom */
import { ConfirmModal } from '../../src/plugin/modals/confirm-modal';
import { StatusSuggestModal } from '../../src/plugin/modals/status-suggest-modal';
import { MALFORMED, NO_FRONTMATTER, PLAN, PLAN_BUMPED } from './fixtures';
import { fill, openForm, openNote, setup, start, submit, tick, type Harness } from './plugin-harness';

const LOGGED = (line: string): string =>
  `- [ ] Test the widget\n- [x] (2026-11-21 14:05Z) ${line}\n`;

function suggester(h: Harness): StatusSuggestModal {
  const modal = h.testing.openModals.find((m): m is StatusSuggestModal => m instanceof StatusSuggestModal);
  if (!modal) throw new Error('the status picker is not open');
  return modal;
}

async function choose(h: Harness, name: string): Promise<void> {
  await h.testing.chooseSuggestion(suggester(h), name);
  await tick();
}

describe('Set plan status', () => {
  test('lists the configured statuses in order and marks the current one', async () => {
    const h = await setup({ 'Plans/widget.md': PLAN });
    await openNote(h, 'Plans/widget.md');
    await start(h, 'set-plan-status');
    const modal = suggester(h);
    const items = Array.from(modal.resultContainerEl.querySelectorAll('.suggestion-item')).map((el) => el.textContent);
    expect(items).toEqual(['Proposed', 'In progressCurrent', 'Blocked', 'Complete', 'Abandoned']);
  });

  test('Blocked asks for the reason; property, updated and progress line change in one undoable transaction', async () => {
    const h = await setup({ 'Plans/widget.md': PLAN });
    const view = await openNote(h, 'Plans/widget.md');
    const cursor = { line: 10, ch: 4 };
    view.editor.setCursor(cursor);
    const transaction = jest.spyOn(view.editor, 'transaction');
    const processFrontMatter = jest.spyOn(h.app.fileManager, 'processFrontMatter');

    await start(h, 'set-plan-status');
    await choose(h, 'Blocked');
    const form = openForm(h.testing);
    fill(h.testing, form, 'Waiting for the API review');
    submit(form);
    await tick();

    const expected = PLAN_BUMPED.replace('status: In progress', 'status: Blocked').replace(
      '- [ ] Test the widget\n',
      LOGGED('Status: In progress → Blocked — Waiting for the API review'),
    );
    expect(view.editor.getValue()).toBe(expected);
    expect(transaction).toHaveBeenCalledTimes(1);
    expect(processFrontMatter).not.toHaveBeenCalled();
    expect(view.editor.getCursor()).toEqual(cursor);
    expect(h.testing.notices).toEqual(['Status set to Blocked']);
    await h.testing.settle();
    expect(await h.read('Plans/widget.md')).toBe(expected);
    view.editor.undo();
    expect(view.editor.getValue()).toBe(PLAN);
  });

  test('closed note: properties through processFrontMatter, then the progress line', async () => {
    const h = await setup({ 'Plans/widget.md': PLAN });
    const processFrontMatter = jest.spyOn(h.app.fileManager, 'processFrontMatter');
    const run = h.plugin.tracking.status.run(h.file('Plans/widget.md'));
    await tick();
    await choose(h, 'Abandoned');
    expect(await run).toBe(true);
    expect(processFrontMatter).toHaveBeenCalledTimes(1);
    expect(await h.read('Plans/widget.md')).toBe(
      PLAN_BUMPED.replace('status: In progress', 'status: Abandoned').replace(
        '- [ ] Test the widget\n',
        LOGGED('Status: In progress → Abandoned'),
      ),
    );
  });

  test('Complete offers the retrospective: accepted, it opens the retrospective form', async () => {
    const h = await setup({ 'Plans/widget.md': PLAN });
    await openNote(h, 'Plans/widget.md');
    await start(h, 'set-plan-status');
    await choose(h, 'Complete');
    const confirm = h.testing.openModals.find((m) => m instanceof ConfirmModal);
    if (!(confirm instanceof ConfirmModal)) throw new Error('no retrospective offer');
    expect(confirm.contentEl.textContent).toContain('Write the outcomes and retrospective now');
    confirm.answer(true);
    await tick();
    const form = openForm(h.testing);
    expect(form.titleEl.textContent).toBe('Write retrospective');
    fill(h.testing, form, 'Shipped on time.');
    submit(form);
    await h.testing.settle();
    expect(await h.read('Plans/widget.md')).toBe(
      PLAN_BUMPED.replace('status: In progress', 'status: Complete')
        .replace('- [ ] Test the widget\n', LOGGED('Status: In progress → Complete'))
        .replace('## Outcomes & Retrospective\n', '## Outcomes & Retrospective\n\n- (2026-11-21 14:05Z) Shipped on time.\n'),
    );
    expect(h.testing.notices).toEqual(['Status set to Complete', 'Retrospective written']);
  });

  test('Complete: declining the offer writes nothing more', async () => {
    const h = await setup({ 'Plans/widget.md': PLAN });
    await openNote(h, 'Plans/widget.md');
    await start(h, 'set-plan-status');
    await choose(h, 'Complete');
    const confirm = h.testing.openModals.find((m) => m instanceof ConfirmModal);
    if (!confirm) throw new Error('no retrospective offer');
    expect(h.testing.pressKey('Escape', [], confirm)).toBe(true);
    await h.testing.settle();
    expect(h.testing.openModals).toHaveLength(0);
    expect(await h.read('Plans/widget.md')).toBe(
      PLAN_BUMPED.replace('status: In progress', 'status: Complete').replace(
        '- [ ] Test the widget\n',
        LOGGED('Status: In progress → Complete'),
      ),
    );
  });

  test('Esc in the picker, or in the Blocked reason, writes nothing', async () => {
    const h = await setup({ 'Plans/widget.md': PLAN });
    await openNote(h, 'Plans/widget.md');
    await start(h, 'set-plan-status');
    h.testing.pressKey('Escape', [], suggester(h));
    await tick();
    await start(h, 'set-plan-status');
    await choose(h, 'Blocked');
    h.testing.pressKey('Escape', [], openForm(h.testing));
    await h.testing.settle();
    expect(h.testing.openModals).toHaveLength(0);
    expect(await h.read('Plans/widget.md')).toBe(PLAN);
    expect(h.testing.notices).toEqual([]);
  });

  test('malformed YAML: a notice names the problem and the file stays byte-identical (open and closed)', async () => {
    const h = await setup({ 'Plans/open.md': MALFORMED, 'Plans/closed.md': MALFORMED });
    const blocked = h.plugin.settings.statuses.find((s) => s.name === 'Complete');
    if (!blocked) throw new Error('no status');
    await openNote(h, 'Plans/open.md');
    expect(await h.plugin.tracking.status.apply(h.file('Plans/open.md'), { to: blocked, reason: null })).toBe(false);
    expect(await h.plugin.tracking.status.apply(h.file('Plans/closed.md'), { to: blocked, reason: null })).toBe(false);
    await h.testing.settle();
    expect(await h.read('Plans/open.md')).toBe(MALFORMED);
    expect(await h.read('Plans/closed.md')).toBe(MALFORMED);
    expect(h.testing.notices).toHaveLength(2);
    expect(h.testing.notices[0]).toMatch(/^The frontmatter cannot be read \(.+\); fix it first\.$/);
    expect(h.testing.notices[1]).toMatch(/^Properties of “closed” were not changed: the frontmatter is not valid YAML \(.+\)\.$/);
  });

  test('a plan without frontmatter gets one with its status', async () => {
    const h = await setup({ 'Plans/bare.md': NO_FRONTMATTER });
    const run = h.plugin.tracking.status.run(h.file('Plans/bare.md'));
    await tick();
    await choose(h, 'In progress');
    await run;
    expect(await h.read('Plans/bare.md')).toBe(
      '---\nstatus: In progress\nupdated: 2026-11-21\n---\n' +
        NO_FRONTMATTER + '- [x] (2026-11-21 14:05Z) Status: In progress\n',
    );
  });

  test('a plan that keeps its status in a "Status:" line gets that line edited', async () => {
    const note = '# Plan\n\nStatus: Proposed\n\n## Progress\n\n- [ ] One\n';
    const h = await setup({ 'Plans/line.md': note });
    await openNote(h, 'Plans/line.md');
    await start(h, 'set-plan-status');
    await choose(h, 'In progress');
    await h.testing.settle();
    expect(await h.read('Plans/line.md')).toBe(
      '# Plan\n\nStatus: In progress\n\n## Progress\n\n- [ ] One\n- [x] (2026-11-21 14:05Z) Status: Proposed → In progress\n',
    );
  });

  test('with "Log status changes" off, only the properties change; custom status names are written as named', async () => {
    const h = await setup(
      { 'Plans/widget.md': PLAN },
      { logStatusChanges: false, statuses: [{ name: 'Doing', kind: 'in-progress', closed: false }, { name: 'On hold', kind: 'blocked', closed: false }] },
    );
    await openNote(h, 'Plans/widget.md');
    await start(h, 'set-plan-status');
    await choose(h, 'On hold');
    fill(h.testing, openForm(h.testing), 'Vacation');
    submit(openForm(h.testing));
    await h.testing.settle();
    expect(await h.read('Plans/widget.md')).toBe(PLAN_BUMPED.replace('status: In progress', 'status: On hold'));
  });

  test('choosing the current status changes nothing', async () => {
    const h = await setup({ 'Plans/widget.md': PLAN });
    await openNote(h, 'Plans/widget.md');
    await start(h, 'set-plan-status');
    await choose(h, 'In progress');
    await h.testing.settle();
    expect(await h.read('Plans/widget.md')).toBe(PLAN);
    expect(h.testing.notices).toEqual(['The status is already In progress.']);
  });
});
