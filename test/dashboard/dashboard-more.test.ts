/** @jest-environment jsdom */
import { ItemView, Plugin, type TFile, type WorkspaceLeaf } from 'obsidian';
import { dashboardOf } from '../../src/plugin/dashboard/register';
import { loadPlugin } from '../stand-in/obsidian';
import { file, flush, groupCounts, openDashboard, rowOf, rowTitles } from './harness';

beforeEach(() => {
  jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] });
});
afterEach(() => {
  jest.useRealTimers();
  document.body.empty();
});

const OFFLINE = 'Plans/Offline sync.md';
const DAY = 86_400_000;

/** A file explorer with the reveal Obsidian's own has, registered by a helper plugin. */
class ExplorerView extends ItemView {
  revealed: string[] = [];
  getViewType(): string {
    return 'file-explorer';
  }
  getDisplayText(): string {
    return 'Files';
  }
  revealInFolder(f: TFile): void {
    this.revealed.push(f.path);
  }
}

class ExplorerPlugin extends Plugin {
  override async onload(): Promise<void> {
    this.registerView('file-explorer', (leaf: WorkspaceLeaf) => new ExplorerView(leaf));
  }
}

test('"Reveal in file explorer" reveals the plan, or says why it cannot', async () => {
  const d = await openDashboard();
  rowOf(d.view, OFFLINE).dispatchEvent(new MouseEvent('contextmenu', { bubbles: true }));
  await d.testing.clickMenuItem('Reveal in file explorer');
  expect(d.testing.notices).toContain('Open the file explorer to reveal the plan.');

  await loadPlugin(ExplorerPlugin, d.app, { id: 'explorer' });
  const leaf = d.app.workspace.getLeftLeaf(false);
  await leaf?.setViewState({ type: 'file-explorer' });
  rowOf(d.view, OFFLINE).dispatchEvent(new MouseEvent('contextmenu', { bubbles: true }));
  await d.testing.clickMenuItem('Reveal in file explorer');
  expect((leaf?.view as ExplorerView).revealed).toEqual([OFFLINE]);
});

test('"Open in new tab" from the menu opens a second tab', async () => {
  const d = await openDashboard();
  await d.testing.openFile('Plans/Billing migration.md', 'tab');
  const before = d.app.workspace.getLeavesOfType('markdown').length;
  rowOf(d.view, OFFLINE).dispatchEvent(new MouseEvent('contextmenu', { bubbles: true }));
  await d.testing.clickMenuItem('Open in new tab');
  await d.testing.settle();
  expect(d.app.workspace.getLeavesOfType('markdown')).toHaveLength(before + 1);
  expect(d.app.workspace.getActiveFile()?.path).toBe(OFFLINE);
});

test('a plain click reuses the note tab instead of adding tabs', async () => {
  const d = await openDashboard();
  await d.testing.openFile('Plans/Billing migration.md', 'tab');
  const tabs = d.app.workspace.getLeavesOfType('markdown').length;
  d.testing.click(rowOf(d.view, OFFLINE));
  await d.testing.settle();
  d.testing.click(rowOf(d.view, 'Plans/Search ranking.md'));
  await d.testing.settle();
  expect(d.app.workspace.getLeavesOfType('markdown')).toHaveLength(tabs);
  expect(d.app.workspace.getActiveFile()?.path).toBe('Plans/Search ranking.md');
});

test('staleness follows the clock: a fresh plan turns stale days later without any edit', async () => {
  const d = await openDashboard();
  await d.app.vault.process(file(d.app, OFFLINE), (t) =>
    t.replace('- [ ] Field-level conflict resolution', '- [x] (2026-11-21 10:00Z) Field-level conflict resolution'),
  );
  await flush(d);
  expect(rowOf(d.view, OFFLINE).querySelector('.execplan-marker-stale')).toBeNull();
  d.testing.advance(8 * DAY);
  jest.advanceTimersByTime(10 * 60_000);
  await flush(d);
  expect(rowOf(d.view, OFFLINE).querySelector('.execplan-marker-stale')?.getAttribute('title')).toBe(
    'In progress with no activity for 8 days (stale after 7)',
  );
});

test('changed settings re-index: stale days, detection and status names', async () => {
  const d = await openDashboard();
  expect(rowOf(d.view, OFFLINE).querySelector('.execplan-marker-stale')).not.toBeNull();
  d.plugin.settings.staleDays = 30;
  await d.plugin.saveSettings();
  await flush(d);
  expect(rowOf(d.view, OFFLINE).querySelector('.execplan-marker-stale')).toBeNull();

  // Without the content rule, the plans that are plans only by their sections leave.
  d.plugin.settings.detection = { ...d.plugin.settings.detection, autoDetect: false, folder: false };
  await d.plugin.saveSettings();
  await flush(d);
  expect(rowTitles(d.view).sort()).toEqual(['Learning Rust', 'Offline sync for the reading list']);

  d.plugin.settings.detection = { ...d.plugin.settings.detection, autoDetect: true };
  const inProgress = d.plugin.settings.statuses.find((s) => s.kind === 'in-progress');
  if (inProgress) inProgress.name = 'Doing';
  await d.plugin.saveSettings();
  await flush(d);
  expect(groupCounts(d.view)['Doing']).toBe('2');
  expect(rowOf(d.view, OFFLINE).querySelector('.execplan-status-pill')?.textContent).toBe('Doing');
});

test('moving a whole folder moves its plans', async () => {
  const d = await openDashboard();
  const folder = d.app.vault.getFolderByPath('Plans');
  if (!folder) throw new Error('no Plans folder');
  await d.app.fileManager.renameFile(folder, 'Projects');
  await flush(d);
  expect(rowOf(d.view, 'Projects/Offline sync.md').querySelector('.execplan-plan-folder')?.textContent).toBe('Projects');
  expect(d.view.contentEl.querySelectorAll('[data-path^="Plans/"]')).toHaveLength(0);
  expect(rowTitles(d.view)).toHaveLength(6);
});

/** A vault of 1,200 plans and 300 other notes, with the dashboard open on it. */
async function bigVault(): Promise<Awaited<ReturnType<typeof openDashboard>>> {
  const files: Record<string, string> = {};
  for (let i = 0; i < 1200; i++) files[`Plans/P${i}.md`] = `---\ntype: execplan\nstatus: Proposed\n---\n# P${i}\n`;
  for (let i = 0; i < 300; i++) files[`Notes/N${i}.md`] = `# Note ${i}\n`;
  return openDashboard(files);
}

/** Rebuilds the index, giving the UI (fake timer) turns until the build is done; returns how many it took. */
async function rebuildCountingYields(d: Awaited<ReturnType<typeof openDashboard>>): Promise<number> {
  const index = dashboardOf(d.plugin)?.index;
  if (!index) throw new Error('no index');
  let done = false;
  const pending = index.rebuild().then(() => {
    done = true;
  });
  await d.testing.settle();
  let yields = 0;
  while (!done && yields < 10_000) {
    jest.advanceTimersByTime(1);
    await d.testing.settle();
    yields++;
  }
  await pending;
  return yields;
}

test('the index build yields to the UI by time spent, not by file count, and reads each plan once', async () => {
  const d = await bigVault();
  expect(dashboardOf(d.plugin)?.index.size).toBe(1200);
  expect(d.view.contentEl.querySelector('.execplan-dashboard-summary')?.textContent).toBe('1200 plans');
  const read = jest.spyOn(d.app.vault, 'cachedRead');
  // A clock where each look costs a millisecond: a slice of 8 ms holds about 8 plans.
  let t = 0;
  const now = jest.spyOn(performance, 'now').mockImplementation(() => (t += 1));
  const yields = await rebuildCountingYields(d);
  expect(yields).toBeGreaterThanOrEqual(1200 / 9);
  expect(yields).toBeLessThanOrEqual(1200 / 7 + 20);
  expect(read).toHaveBeenCalledTimes(1200);
  expect(read.mock.calls.some(([f]) => f.path.startsWith('Notes/'))).toBe(false);
  expect(dashboardOf(d.plugin)?.index.size).toBe(1200);
  // A clock that stands still: the same 1,500 files fit in one slice, with no yield at all.
  now.mockImplementation(() => t);
  expect(await rebuildCountingYields(d)).toBe(0);
  expect(read).toHaveBeenCalledTimes(2400);
}, 60_000);
