/** @jest-environment jsdom */
import { PLAN, PLAN_BUMPED } from './fixtures';
import { openNote, setup, tick } from './plugin-harness';

const TICKED = PLAN_BUMPED.replace('- [ ] Build the widget', '- [x] (2026-11-21 14:05Z) Build the widget');

describe('Complete next step', () => {
  test('open in an editor: ticks and stamps the first open step in one undoable transaction', async () => {
    const h = await setup({ 'Plans/widget.md': PLAN });
    const view = await openNote(h, 'Plans/widget.md');
    view.editor.setCursor({ line: PLAN.split('\n').indexOf('- [ ] Test the widget'), ch: 5 });
    h.testing.type(view.editor, 'X');
    const typed = view.editor.getValue();
    const cursor = view.editor.getCursor();

    expect(await h.testing.runCommand(h.command('complete-next-step'))).toBe(true);
    await tick();

    const expected = TICKED.replace('- [ ] Test the widget', '- [ ]X Test the widget');
    expect(typed).toBe(PLAN.replace('- [ ] Test the widget', '- [ ]X Test the widget'));
    expect(view.editor.getValue()).toBe(expected);
    expect(view.editor.getCursor()).toEqual(cursor);
    expect(h.testing.notices).toEqual(['Step completed: Build the widget']);
    await h.testing.settle();
    expect(await h.read('Plans/widget.md')).toBe(expected);
    view.editor.undo();
    expect(view.editor.getValue()).toBe(typed);
  });

  test('closed: through vault.process', async () => {
    const h = await setup({ 'Plans/widget.md': PLAN });
    expect(await h.plugin.tracking.edits.completeNextStep(h.file('Plans/widget.md'))).toBe(true);
    expect(await h.read('Plans/widget.md')).toBe(TICKED);
  });

  test('no open step: a notice, and the note is untouched', async () => {
    const done = PLAN.replace(/- \[ \]/g, '- [x]');
    const h = await setup({ 'Plans/widget.md': done });
    await openNote(h, 'Plans/widget.md');
    await h.testing.runCommand(h.command('complete-next-step'));
    await h.testing.settle();
    expect(await h.read('Plans/widget.md')).toBe(done);
    expect(h.testing.notices).toEqual(['There is no open step to tick.']);
  });
});
