/** @jest-environment jsdom */
import { MarkdownView, type App } from 'obsidian';
import { createTestApp, loadPlugin, type Testing } from '../stand-in/obsidian';
import ExecPlanPlugin from '../../src/plugin/ExecPlanPlugin';
import { dashboardOf } from '../../src/plugin/dashboard/register';
import { REVIEW_VIEW_TYPE, ReviewView } from '../../src/plugin/review/review-view';

const NOW = new Date('2026-12-06T12:00:00Z');

const ACTIVE = [
  '---', 'type: execplan', 'status: In progress', '---', '# Ship the review', '',
  '## Progress', '',
  '- [x] (2026-12-01 09:00Z) Wrote the core',
  '- [ ] (2026-12-05 10:00Z) Started the pane',
  '- [x] (2026-11-10 08:00Z) Old work', '',
  '## Decision Log', '',
  '- (2026-12-05 12:30Z) Group by UTC day', '',
  '## Surprises & Discoveries', '',
  '- (2026-11-25 12:30Z) Stamps are UTC', '',
].join('\n');
const QUIET = '---\ntype: execplan\nstatus: Cooking\n---\n# Quiet one\n\n## Progress\n\n- [x] (2026-11-01 09:00Z) Began\n';
// In the plans folder without any plan marker: a plan by the folder rule only.
const FOLDER_ONLY = '# Folder plan\n\n## Progress\n\n- [x] (2026-12-04 09:00Z) Counted by folder\n';

// "Cooking" is a custom status of kind in-progress, unknown to the engine's vocabulary: the pane
// takes status from the plugin's index, so "Quiet one" counts as in progress (and quiet).
const DATA = {
  statuses: [
    { name: 'Proposed', kind: 'proposed', closed: false },
    { name: 'Cooking', kind: 'in-progress', closed: false },
    { name: 'In progress', kind: 'in-progress', closed: false },
    { name: 'Complete', kind: 'complete', closed: true },
  ],
};

async function setup(): Promise<{ app: App; testing: Testing; plugin: ExecPlanPlugin }> {
  const { app, testing } = createTestApp({
    files: { 'Plans/active.md': ACTIVE, 'Plans/quiet.md': QUIET, 'Plans/folder.md': FOLDER_ONLY, 'notes/x.md': '# X\n' },
    now: NOW,
  });
  testing.setPluginData('execplan', DATA);
  const plugin = await loadPlugin(ExecPlanPlugin, app, { id: 'execplan', name: 'ExecPlan' });
  plugin.now = () => NOW;
  await testing.layoutReady();
  return { app, testing, plugin };
}

async function openPane(app: App, testing: Testing): Promise<ReviewView> {
  expect(await testing.runCommand('execplan:open-weekly-review')).toBe(true);
  await testing.settle();
  const view = app.workspace.getLeavesOfType(REVIEW_VIEW_TYPE)[0]?.view;
  if (!(view instanceof ReviewView)) throw new Error('no review pane');
  await view.refresh();
  return view;
}

const texts = (root: HTMLElement, selector: string): string[] =>
  Array.from(root.querySelectorAll(selector)).map((el) => el.textContent ?? '');

describe('the weekly review pane', () => {
  it('"Open weekly review" shows the last 7 days by day and plan, and the quiet plans', async () => {
    const { app, testing } = await setup();
    const view = await openPane(app, testing);
    const root = view.contentEl;
    expect(texts(root, '.execplan-review-day-title')).toEqual([
      'Saturday 2026-12-05',
      'Friday 2026-12-04',
      'Tuesday 2026-12-01',
      'Quiet (in progress, no entries)',
    ]);
    expect(texts(root, '.execplan-review-plan-title')).toEqual(['Ship the review', 'Folder plan', 'Ship the review']);
    expect(texts(root, '.execplan-review-text')).toEqual(['Started the pane', 'Group by UTC day', 'Counted by folder', 'Wrote the core']);
    expect(texts(root, '.execplan-review-kind')).toEqual(['logged', 'decision', 'done', 'done']);
    expect(root.textContent).toContain('Entries: 4 in 2 plans · moved 3 · decided 1 · surprised 0 · quiet 1');
    expect(view.review?.quiet.map((q) => q.title)).toEqual(['Quiet one']);
    // A second run of the command reuses the pane.
    await testing.runCommand('execplan:open-weekly-review');
    expect(app.workspace.getLeavesOfType(REVIEW_VIEW_TYPE)).toHaveLength(1);
  });

  it('the range picker widens the review to 14 and 30 days', async () => {
    const { app, testing } = await setup();
    const view = await openPane(app, testing);
    const select = view.contentEl.querySelector('select');
    if (!select) throw new Error('no range picker');
    expect(Array.from(select.options).map((o) => o.text)).toEqual(['Last 7 days', 'Last 14 days', 'Last 30 days']);
    testing.input(select, '14');
    await view.refresh();
    expect(texts(view.contentEl, '.execplan-review-text')).toContain('Stamps are UTC');
    expect(texts(view.contentEl, '.execplan-review-text')).not.toContain('Old work');
    testing.input(select, '30');
    await view.refresh();
    expect(texts(view.contentEl, '.execplan-review-text')).toContain('Old work');
    // 30 days start on 2026-11-07, so "Quiet one" (last stamped 2026-11-01) is still quiet.
    expect(view.review?.quiet.map((q) => q.title)).toEqual(['Quiet one']);
  });

  it('reads only the plans with activity in the range (the index rules the rest out)', async () => {
    const { app, testing, plugin } = await setup();
    await dashboardOf(plugin)?.index.whenReady();
    const read = jest.spyOn(app.vault, 'cachedRead');
    await openPane(app, testing);
    const paths = new Set(read.mock.calls.map(([file]) => file.path));
    expect(paths).toEqual(new Set(['Plans/active.md', 'Plans/folder.md']));
  });

  it('follows the plans while it is open', async () => {
    const { app, testing } = await setup();
    const view = await openPane(app, testing);
    view.refreshDelayMs = 0;
    const file = app.vault.getFileByPath('Plans/quiet.md');
    if (!file) throw new Error('no file');
    await app.vault.process(file, (t) => `${t}- [x] (2026-12-06 11:00Z) Picked it up again\n`);
    await testing.settle();
    await new Promise((resolve) => window.setTimeout(resolve, 0));
    await testing.settle();
    expect(texts(view.contentEl, '.execplan-review-text')).toContain('Picked it up again');
    expect(view.review?.quiet).toEqual([]);
  });

  it('a click on an entry opens its note with the cursor on that line', async () => {
    const { app, testing } = await setup();
    const view = await openPane(app, testing);
    const item = Array.from(view.contentEl.querySelectorAll<HTMLElement>('.execplan-review-item')).find((el) => el.textContent?.includes('Group by UTC day'));
    if (!item) throw new Error('no entry');
    expect(item.dataset.line).toBe('15');
    item.click();
    await testing.settle();
    const md = app.workspace.getActiveViewOfType(MarkdownView);
    expect(md?.file?.path).toBe('Plans/active.md');
    expect(md?.editor.getCursor()).toEqual({ line: 14, ch: 0 });
    expect(md?.editor.getLine(14)).toBe('- (2026-12-05 12:30Z) Group by UTC day');
  });
});
