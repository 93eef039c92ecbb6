/** @jest-environment jsdom */
import { StatusSuggestModal } from '../../src/plugin/modals/status-suggest-modal';
import { NOT_A_PLAN, PLAN } from './fixtures';
import { openNote, setup, tick } from './plugin-harness';

const OTHER = '---\ntags: [execplan]\nstatus: Blocked\n---\n# Other\n\n## Progress\n\n- [x] A\n- [x] B\n- [ ] C\n- [-] Dropped\n';

describe('status bar', () => {
  test('shows status and steps for the active plan, hides for other notes, follows the active leaf', async () => {
    const h = await setup({ 'Plans/widget.md': PLAN, 'Notes/shopping.md': NOT_A_PLAN, 'Elsewhere/other.md': OTHER });
    const bar = h.plugin.tracking.statusBar.el;
    expect(bar.parentElement).toBe(h.testing.statusBarEl);
    expect(bar.hasClass('execplan-status-bar-hidden')).toBe(true);

    await openNote(h, 'Plans/widget.md');
    expect(bar.textContent).toBe('In progress · 1/3');
    expect(bar.hasClass('execplan-status-bar-hidden')).toBe(false);

    await openNote(h, 'Notes/shopping.md');
    expect(bar.textContent).toBe('');
    expect(bar.hasClass('execplan-status-bar-hidden')).toBe(true);

    await openNote(h, 'Elsewhere/other.md');
    expect(bar.textContent).toBe('Blocked · 2/3');
  });

  test('updates when the active note changes on disk, parsing only that note', async () => {
    const h = await setup({ 'Plans/widget.md': PLAN, 'Plans/b.md': PLAN });
    const view = await openNote(h, 'Plans/widget.md');
    const bar = h.plugin.tracking.statusBar.el;
    expect(bar.textContent).toBe('In progress · 1/3');

    // Typing, then the auto-save: the metadata cache's `changed` event refreshes the bar.
    const line = PLAN.split('\n').indexOf('- [ ] Build the widget');
    view.editor.replaceRange('x', { line, ch: 3 }, { line, ch: 4 });
    await h.testing.settle();
    expect(bar.textContent).toBe('In progress · 2/3');

    // Another note changing does not touch the bar.
    const update = jest.spyOn(h.plugin.tracking.statusBar, 'update');
    await h.app.vault.process(h.file('Plans/b.md'), (t) => t.replace('status: In progress', 'status: Blocked'));
    await h.testing.settle();
    expect(update).not.toHaveBeenCalled();
    expect(bar.textContent).toBe('In progress · 2/3');
  });

  test('recomputes once after a burst of changes', async () => {
    const h = await setup({ 'Plans/widget.md': PLAN });
    await openNote(h, 'Plans/widget.md');
    const statusBar = h.plugin.tracking.statusBar;
    statusBar.delayMs = 5;
    const update = jest.spyOn(statusBar, 'update');
    for (let i = 0; i < 5; i++) statusBar.schedule();
    await new Promise((resolve) => window.setTimeout(resolve, 30));
    expect(update).toHaveBeenCalledTimes(1);
  });

  test('a click opens the status picker for the plan shown', async () => {
    const h = await setup({ 'Plans/widget.md': PLAN });
    await openNote(h, 'Plans/widget.md');
    h.testing.click(h.plugin.tracking.statusBar.el);
    await tick();
    expect(h.testing.openModals.some((m) => m instanceof StatusSuggestModal)).toBe(true);
  });

  test('a status name from the settings is shown as configured', async () => {
    const h = await setup(
      { 'Plans/widget.md': PLAN.replace('status: In progress', 'status: wip') },
      { statuses: [{ name: 'Doing', kind: 'in-progress', closed: false }] },
    );
    await openNote(h, 'Plans/widget.md');
    expect(h.plugin.tracking.statusBar.el.textContent).toBe('Doing · 1/3');
  });

  test('changing the settings refreshes the bar', async () => {
    const h = await setup({ 'Notes/loose.md': '# Loose\n\n## Progress\n\n- [ ] A\n\n## Decision Log\n' });
    await openNote(h, 'Notes/loose.md');
    const bar = h.plugin.tracking.statusBar.el;
    expect(bar.textContent).toBe('No status · 0/1');
    h.plugin.settings.detection.autoDetect = false;
    await h.plugin.saveSettings();
    await h.testing.settle();
    expect(bar.textContent).toBe('');
  });
});
