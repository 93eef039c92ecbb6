/** @jest-environment jsdom */
import { Menu, TFile } from 'obsidian';
import { createTestApp, loadPlugin } from '../stand-in/obsidian';
import ExecPlanPlugin from '../../src/plugin/ExecPlanPlugin';
import { fill, openForm, submit } from '../plugin/plugin-harness';
import { DASHBOARD_VIEW_TYPE, DashboardView } from '../../src/plugin/dashboard/dashboard-view';
import {
  dashboardView,
  demoVaultFiles,
  file,
  flush,
  groupCounts,
  NOW,
  openDashboard,
  rowOf,
  rowTitles,
} from './harness';

beforeEach(() => {
  jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] });
});
afterEach(() => {
  jest.useRealTimers();
  document.body.empty();
});

const OFFLINE = 'Plans/Offline sync.md';

describe('what the dashboard shows', () => {
  test('the demo vault plans appear, grouped by status in the configured order', async () => {
    const d = await openDashboard();
    expect(groupCounts(d.view)).toEqual({
      Proposed: '1',
      'In progress': '2',
      Blocked: '1',
      Complete: '1',
      Abandoned: '0',
      none: '1',
    });
    const order = Array.from(d.view.contentEl.querySelectorAll<HTMLElement>('.execplan-dashboard-group')).map(
      (b) => b.dataset.group,
    );
    expect(order).toEqual(['Proposed', 'In progress', 'Blocked', 'Complete', 'Abandoned', 'none']);
    expect(rowTitles(d.view, 'In progress').sort()).toEqual(['Learning Rust', 'Offline sync for the reading list']);
    expect(rowTitles(d.view, 'Blocked')).toEqual(['Search ranking v2']);
    expect(rowTitles(d.view, 'none')).toEqual(['Faster CI (CRLF)']);
    expect(rowTitles(d.view)).not.toContain('Welcome to the ExecPlan demo vault');
    // Empty groups stay, marked compact.
    expect(d.view.contentEl.querySelector('.execplan-dashboard-group[data-group="Abandoned"]')?.classList.contains('is-empty')).toBe(true);
    expect(d.view.contentEl.querySelector('.execplan-dashboard-summary')?.textContent).toBe('6 plans');
  });

  test('a row shows status, a progress bar with "done/total", the next step, activity and markers', async () => {
    const d = await openDashboard();
    const row = rowOf(d.view, OFFLINE);
    expect(row.querySelector('.execplan-status-pill')?.textContent).toBe('In progress');
    const bar = row.querySelector('.execplan-progress-bar');
    expect(bar?.getAttribute('aria-valuemax')).toBe('6');
    expect(bar?.getAttribute('aria-valuenow')).toBe('3');
    expect(bar?.classList.contains('is-p50')).toBe(true);
    expect(row.querySelector('.execplan-progress-text')?.textContent).toBe('3/6');
    expect(row.querySelector('.execplan-col-next')?.textContent).toBe('Field-level conflict resolution');
    const activity = row.querySelector('.execplan-activity');
    expect(activity?.textContent).toBe('9 days ago');
    expect(activity?.getAttribute('title')).toBe('2026-11-12 11:05 UTC');
    const stale = row.querySelector('.execplan-marker-stale');
    expect(stale?.getAttribute('title')).toBe('In progress with no activity for 9 days (stale after 7)');
    expect(row.querySelector('.execplan-marker-health')).toBeNull();

    const ci = rowOf(d.view, 'Plans/Faster CI (CRLF).md');
    expect(ci.querySelector('.execplan-marker-health')?.textContent).toBe('1 issue');
    expect(ci.querySelector('.execplan-marker-health')?.getAttribute('title')).toBe('No status: add a status property or a "Status:" line');
    // A learning journal keeps no Decision Log, and is not flagged for it.
    expect(rowOf(d.view, 'Journal/Learning Rust.md').querySelector('.execplan-marker-health')).toBeNull();
    // A status written in the body is read too; the pill shows the configured name.
    const garden = rowOf(d.view, 'Plans/Garden irrigation.md');
    expect(garden.querySelector('.execplan-status-pill')?.textContent).toBe('Complete');
    expect(garden.querySelector('.execplan-status-pill')?.getAttribute('title')).toBe('Written as: 🟢 Done');
    expect(garden.querySelector('.execplan-progress')?.classList.contains('is-complete')).toBe(true);
  });

  test('with no plans, an empty state explains how to create the first one', async () => {
    const d = await openDashboard({ 'Welcome.md': '# Hello\n' });
    const empty = d.view.contentEl.querySelector('.execplan-dashboard-empty');
    expect(empty?.querySelector('h3')?.textContent).toBe('No plans yet');
    expect(empty?.textContent).toContain('New plan');
    const button = empty?.querySelector('button');
    expect(button?.textContent).toBe('New plan');
    d.testing.click(button as HTMLElement);
    await d.testing.settle();
    // "New plan" runs the template feature's create-plan flow, which asks for a title first.
    expect(d.testing.openModals.length).toBe(1);
  });
});

describe('keeping current', () => {
  test('a plan moves to another group when its status changes', async () => {
    const d = await openDashboard();
    await d.app.fileManager.processFrontMatter(file(d.app, OFFLINE), (fm: Record<string, unknown>) => {
      fm.status = 'Blocked';
    });
    await flush(d);
    expect(rowTitles(d.view, 'Blocked').sort()).toEqual(['Offline sync for the reading list', 'Search ranking v2']);
    expect(rowTitles(d.view, 'In progress')).toEqual(['Learning Rust']);
    expect(groupCounts(d.view)['Blocked']).toBe('2');
  });

  test('ticking a step updates progress, next step and activity, rebuilding only that row', async () => {
    const d = await openDashboard();
    const before = d.view.builds;
    await d.app.vault.process(file(d.app, OFFLINE), (text) =>
      text.replace('- [ ] Field-level conflict resolution', '- [x] (2026-11-21 10:00Z) Field-level conflict resolution'),
    );
    await flush(d);
    const row = rowOf(d.view, OFFLINE);
    expect(row.querySelector('.execplan-progress-text')?.textContent).toBe('4/6');
    expect(row.querySelector('.execplan-col-next')?.textContent).toBe('Banner that shows pending changes');
    expect(row.querySelector('.execplan-activity')?.textContent).toBe('2 hours ago');
    expect(row.querySelector('.execplan-marker-stale')).toBeNull();
    expect(d.view.builds - before).toBe(1);
  });

  test('a deleted plan disappears', async () => {
    const d = await openDashboard();
    await d.app.fileManager.trashFile(file(d.app, OFFLINE));
    await flush(d);
    expect(rowTitles(d.view)).not.toContain('Offline sync for the reading list');
    expect(groupCounts(d.view)['In progress']).toBe('1');
  });

  test('a renamed or moved plan follows its file', async () => {
    const d = await openDashboard();
    await d.app.vault.createFolder('Archive');
    await d.app.fileManager.renameFile(file(d.app, OFFLINE), 'Archive/Offline sync.md');
    await flush(d);
    expect(d.view.contentEl.querySelector(`[data-path="${OFFLINE}"]`)).toBeNull();
    const row = rowOf(d.view, 'Archive/Offline sync.md');
    expect(row.querySelector('.execplan-plan-folder')?.textContent).toBe('Archive');
    expect(rowTitles(d.view, 'In progress')).toHaveLength(2);
  });

  test('a new note becomes a plan once it gets plan sections, and stops being one without them', async () => {
    const d = await openDashboard();
    await d.app.vault.createFolder('Notes');
    const note = await d.app.vault.create('Notes/Idea.md', '# Idea\n\nJust a thought.\n');
    await flush(d);
    expect(rowTitles(d.view)).not.toContain('Idea');
    await d.app.vault.process(note, (t) => t + '\n## Progress\n\n- [ ] Try it\n\n## Decision log\n');
    await flush(d);
    expect(rowTitles(d.view, 'none')).toContain('Idea');
    await d.app.vault.process(note, () => '# Idea\n\nJust a thought.\n');
    await flush(d);
    expect(rowTitles(d.view)).not.toContain('Idea');
  });

  test('non-plans never appear and are never read', async () => {
    const { app, testing } = createTestApp({ files: demoVaultFiles(), now: NOW });
    const read = jest.spyOn(app.vault, 'cachedRead');
    const plainRead = jest.spyOn(app.vault, 'read');
    const plugin = await loadPlugin(ExecPlanPlugin, app, { id: 'execplan' });
    plugin.now = () => testing.now();
    await testing.layoutReady();
    await testing.settle();
    const readPaths = read.mock.calls.map(([f]) => f.path).sort();
    expect(readPaths).toEqual([
      'Journal/Learning Rust.md',
      'Plans/Billing migration.md',
      'Plans/Faster CI (CRLF).md',
      'Plans/Garden irrigation.md',
      'Plans/Offline sync.md',
      'Plans/Search ranking.md',
    ]);
    // Edits arrive with their text: no read, plan or not.
    read.mockClear();
    await app.vault.process(file(app, 'Welcome.md'), (t) => t + '\nMore text.\n');
    await app.vault.process(file(app, OFFLINE), (t) => t + '\nMore text.\n');
    await testing.settle();
    expect(read).not.toHaveBeenCalled();
    expect(plainRead.mock.calls.map(([f]) => f.path)).not.toContain('Welcome.md');
    await testing.runCommand('execplan:open-plans-dashboard');
    await testing.settle();
    expect(rowTitles(dashboardView(app))).not.toContain('Welcome to the ExecPlan demo vault');
  });

  test('a burst of 1,000 changes causes a bounded number of renders', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 1000; i++) {
      files[`Plans/P${i}.md`] = `---\ntype: execplan\nstatus: In progress\n---\n# P${i}\n\n## Progress\n\n- [ ] Step one\n- [ ] Step two\n`;
    }
    const d = await openDashboard(files);
    expect(d.view.contentEl.querySelectorAll('.execplan-dashboard-row')).toHaveLength(1000);
    const renders = d.view.renderCount;
    const builds = d.view.builds;
    for (let i = 0; i < 1000; i++) {
      void d.app.vault.process(file(d.app, `Plans/P${i}.md`), (t) => t.replace('- [ ] Step one', '- [x] (2026-11-21 11:00Z) Step one'));
    }
    await flush(d);
    expect(d.view.renderCount - renders).toBeLessThanOrEqual(2);
    expect(d.view.builds - builds).toBe(1000);
    expect(d.view.contentEl.querySelectorAll('.execplan-progress-text')[0]?.textContent).toBe('1/2');
  }, 60_000);
});

describe('opening', () => {
  test('the ribbon icon and the command open one dashboard and then reuse it', async () => {
    const { app, testing } = createTestApp({ files: demoVaultFiles(), now: NOW });
    const plugin = await loadPlugin(ExecPlanPlugin, app, { id: 'execplan' });
    plugin.now = () => testing.now();
    await testing.layoutReady();
    await testing.settle();
    const ribbon = testing.ribbonIcons.find((r) => r.title === 'Open plans dashboard');
    expect(ribbon?.icon).toBe('list-checks');
    testing.click(ribbon?.el as HTMLElement);
    await testing.settle();
    expect(app.workspace.getLeavesOfType(DASHBOARD_VIEW_TYPE)).toHaveLength(1);
    await testing.openFile(OFFLINE, 'tab');
    await testing.runCommand('execplan:open-plans-dashboard');
    await testing.settle();
    const leaves = app.workspace.getLeavesOfType(DASHBOARD_VIEW_TYPE);
    expect(leaves).toHaveLength(1);
    expect(app.workspace.getActiveViewOfType(DashboardView)).toBe(leaves[0]?.view);
    testing.click(ribbon?.el as HTMLElement);
    await testing.settle();
    expect(app.workspace.getLeavesOfType(DASHBOARD_VIEW_TYPE)).toHaveLength(1);
  });

  test('clicking a row opens the note; Ctrl/Cmd-click opens it in a new tab', async () => {
    const d = await openDashboard();
    d.testing.click(rowOf(d.view, OFFLINE).querySelector('.execplan-plan-title') as HTMLElement);
    await d.testing.settle();
    expect(d.app.workspace.getActiveFile()?.path).toBe(OFFLINE);
    expect(d.app.workspace.getLeavesOfType(DASHBOARD_VIEW_TYPE)).toHaveLength(1);
    const tabs = d.app.workspace.getLeavesOfType('markdown').length;
    rowOf(d.view, 'Plans/Search ranking.md').dispatchEvent(new MouseEvent('click', { bubbles: true, ctrlKey: true }));
    await d.testing.settle();
    expect(d.app.workspace.getLeavesOfType('markdown')).toHaveLength(tabs + 1);
    expect(d.app.workspace.getActiveFile()?.path).toBe('Plans/Search ranking.md');
  });

  test('the right-click menu opens, sets the status (logged like the status command) and reveals', async () => {
    const d = await openDashboard();
    rowOf(d.view, 'Plans/Billing migration.md').dispatchEvent(new MouseEvent('contextmenu', { bubbles: true }));
    const menu = d.testing.menus[d.testing.menus.length - 1] as Menu;
    const titles = (menu as unknown as { _titles(): string[] })._titles();
    expect(titles).toEqual([
      'Open',
      'Open in new tab',
      'Set status: Proposed',
      'Set status: In progress',
      'Set status: Blocked',
      'Set status: Complete',
      'Set status: Abandoned',
      'Reveal in file explorer',
    ]);
    await d.testing.clickMenuItem('Set status: In progress');
    await flush(d);
    const text = await d.app.vault.read(file(d.app, 'Plans/Billing migration.md'));
    expect(text).toContain('status: In progress');
    expect(text).toMatch(/- \[x\] \(2026-11-21 12:00Z\) Status: Proposed → In progress/);
    expect(rowTitles(d.view, 'In progress')).toContain('Billing migration');
    expect(d.testing.notices).toContain('Status set to In progress');
  });

  test('a plan whose status is a line in its text gets that line changed', async () => {
    const d = await openDashboard();
    rowOf(d.view, 'Plans/Search ranking.md').dispatchEvent(new MouseEvent('contextmenu', { bubbles: true }));
    await d.testing.clickMenuItem('Set status: In progress');
    await flush(d);
    const text = await d.app.vault.read(file(d.app, 'Plans/Search ranking.md'));
    expect(text).toContain('- Status: In progress\n');
    expect(text.startsWith('---')).toBe(false);
    expect(rowTitles(d.view, 'In progress')).toContain('Search ranking v2');
  });
});

describe('filter, sort and keyboard', () => {
  test('the text filter, status chips and folder dropdown narrow the rows', async () => {
    const d = await openDashboard();
    const input = d.view.filterInput as HTMLInputElement;
    d.testing.input(input, 'sync');
    expect(rowTitles(d.view)).toEqual(['Offline sync for the reading list']);
    expect(d.view.contentEl.querySelector('.execplan-dashboard-summary')?.textContent).toBe('1 of 6 plans');
    d.testing.input(input, 'zzz');
    expect(d.view.contentEl.querySelector('.execplan-dashboard-empty')?.textContent).toContain('No plans match the filter.');
    d.testing.input(input, '');
    const chip = d.view.contentEl.querySelector<HTMLElement>('.execplan-status-chip[data-group="In progress"]');
    expect(chip?.textContent).toBe('In progress2');
    d.testing.click(chip as HTMLElement);
    expect(chip?.getAttribute('aria-pressed')).toBe('true');
    expect(rowTitles(d.view).sort()).toEqual(['Learning Rust', 'Offline sync for the reading list']);
    d.testing.click(chip as HTMLElement);
    const folder = d.view.contentEl.querySelector<HTMLSelectElement>('select.execplan-dashboard-folder');
    expect(Array.from(folder?.options ?? []).map((o) => o.textContent)).toEqual(['All folders', 'Journal', 'Plans']);
    d.testing.input(folder as HTMLSelectElement, 'Journal');
    expect(rowTitles(d.view)).toEqual(['Learning Rust']);
  });

  test('clicking a column header sorts by it, again reverses', async () => {
    const d = await openDashboard();
    const titleHeader = d.view.contentEl.querySelector<HTMLElement>('button[data-sort="title"]') as HTMLElement;
    d.testing.click(titleHeader);
    expect(titleHeader.parentElement?.getAttribute('aria-sort')).toBe('ascending');
    expect(rowTitles(d.view, 'In progress')).toEqual(['Learning Rust', 'Offline sync for the reading list']);
    d.testing.click(titleHeader);
    expect(titleHeader.parentElement?.getAttribute('aria-sort')).toBe('descending');
    expect(rowTitles(d.view, 'In progress')).toEqual(['Offline sync for the reading list', 'Learning Rust']);
    const progress = d.view.contentEl.querySelector<HTMLElement>('button[data-sort="progress"]') as HTMLElement;
    d.testing.click(progress);
    // Most done first: 3/5 (60%) before 3/6 (50%).
    expect(rowTitles(d.view, 'In progress')).toEqual(['Learning Rust', 'Offline sync for the reading list']);
  });

  test('a group header collapses and expands its group', async () => {
    const d = await openDashboard();
    const toggle = d.view.contentEl.querySelector<HTMLElement>('.execplan-dashboard-group[data-group="In progress"] .execplan-group-toggle');
    d.testing.click(toggle as HTMLElement);
    expect(rowTitles(d.view, 'In progress')).toEqual([]);
    expect(toggle?.closest('.execplan-dashboard-group-header')?.getAttribute('aria-expanded')).toBe('false');
    d.testing.click(toggle as HTMLElement);
    expect(rowTitles(d.view, 'In progress')).toHaveLength(2);
  });

  test('arrows move the selection, Enter opens it, "/" focuses the filter', async () => {
    const d = await openDashboard();
    const root = d.view.contentEl;
    // Focus needs a connected element; the stand-in's workspace is not in the document.
    document.body.appendChild(d.view.containerEl);
    const key = (k: string, target: HTMLElement = root): void => {
      target.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true }));
    };
    // "/" goes through the view's scope (Obsidian hands keys to the active view's scope).
    d.testing.pressKey('/');
    expect(document.activeElement).toBe(d.view.filterInput);
    key('ArrowDown');
    const first = rowTitles(d.view)[0];
    expect(root.querySelector('.execplan-dashboard-row.is-selected .execplan-plan-title')?.textContent).toBe(first);
    key('ArrowDown');
    key('ArrowDown');
    key('ArrowUp');
    const selected = d.view.selectedPath;
    expect(root.querySelector('.execplan-dashboard-row.is-selected')?.getAttribute('data-path')).toBe(selected);
    expect(selected).toBe(Array.from(root.querySelectorAll('.execplan-dashboard-row'))[1]?.getAttribute('data-path'));
    key('Enter');
    await d.testing.settle();
    expect(d.app.workspace.getActiveFile()?.path).toBe(selected);
  });
});

describe('board', () => {
  test('the layout switch shows one column per status, and is remembered', async () => {
    const d = await openDashboard();
    d.testing.click(d.view.contentEl.querySelector<HTMLElement>('button[data-layout="board"]') as HTMLElement);
    const columns = Array.from(d.view.contentEl.querySelectorAll<HTMLElement>('.execplan-board-column')).map(
      (c) => c.dataset.group,
    );
    expect(columns).toEqual(['Proposed', 'In progress', 'Blocked', 'Complete', 'Abandoned', 'none']);
    expect(d.view.contentEl.querySelector('.execplan-dashboard-table')).toBeNull();
    expect(d.plugin.settings.dashboardLayout).toBe('board');
    await d.testing.settle();
    expect((d.testing.pluginData('execplan') as { dashboardLayout?: string }).dashboardLayout).toBe('board');
  });

  test('dragging a card to another column sets that status', async () => {
    const d = await openDashboard();
    d.view.setLayout('board');
    const card = rowOf(d.view, OFFLINE);
    expect(card.classList.contains('execplan-card')).toBe(true);
    const blocked = d.view.contentEl.querySelector<HTMLElement>('.execplan-board-column[data-group="Blocked"] .execplan-board-cards') as HTMLElement;
    card.dispatchEvent(new Event('dragstart', { bubbles: true }));
    const over = new Event('dragover', { bubbles: true, cancelable: true });
    blocked.dispatchEvent(over);
    expect(over.defaultPrevented).toBe(true);
    expect(blocked.parentElement?.classList.contains('is-drop-target')).toBe(true);
    blocked.dispatchEvent(new Event('drop', { bubbles: true, cancelable: true }));
    // Like the status command, Blocked asks for the reason before anything is written.
    await flush(d);
    expect(await d.app.vault.read(file(d.app, OFFLINE))).not.toContain('status: Blocked');
    const form = openForm(d.testing);
    fill(d.testing, form, 'Waiting for the security review');
    submit(form);
    await flush(d);
    const text = await d.app.vault.read(file(d.app, OFFLINE));
    expect(text).toContain('status: Blocked');
    expect(text).toContain('Status: In progress → Blocked — Waiting for the security review');
    const column = d.view.contentEl.querySelector('.execplan-board-column[data-group="Blocked"]');
    expect(column?.querySelector(`[data-path="${OFFLINE}"]`)).not.toBeNull();
    expect(column?.classList.contains('is-drop-target')).toBe(false);
  });

  test('the "No status" column takes no drops', async () => {
    const d = await openDashboard();
    d.view.setLayout('board');
    const none = d.view.contentEl.querySelector<HTMLElement>('.execplan-board-column[data-group="none"]') as HTMLElement;
    rowOf(d.view, OFFLINE).dispatchEvent(new Event('dragstart', { bubbles: true }));
    const over = new Event('dragover', { bubbles: true, cancelable: true });
    none.dispatchEvent(over);
    expect(over.defaultPrevented).toBe(false);
    none.dispatchEvent(new Event('drop', { bubbles: true, cancelable: true }));
    await flush(d);
    expect(await d.app.vault.read(file(d.app, OFFLINE))).toContain('status: In progress');
  });
});

test('files are TFiles (type guard sanity)', () => {
  expect(typeof TFile).toBe('function');
});
