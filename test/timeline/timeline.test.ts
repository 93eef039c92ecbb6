/** @jest-environment jsdom */
import { MarkdownView } from 'obsidian';
import { file, flush, openDashboard, rowOf, type Dashboard } from '../dashboard/harness';
import { OVERVIEW_VIEW_TYPE, OverviewView } from '../../src/plugin/overview/overview-view';

beforeEach(() => {
  jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] });
});
afterEach(() => {
  jest.useRealTimers();
  document.body.empty();
});

// The harness clock: 2026-11-21T12:00Z.
const PLAN = [
  '---', 'type: execplan', 'status: In progress', 'created: 2026-10-01', '---', '# Ship the timeline', '',
  '## Progress', '',
  '- [x] Wrote it without a stamp',
  '- [x] (2026-11-02 09:00Z) Drew the bars',
  '- [x] (2026-11-18 10:00Z) Added ticks',
  '- [ ] Zoom levels', '',
  '## Decision Log', '',
  '- (2026-11-10 12:30Z) Ticks open the note at their line', '',
].join('\n');
const BLOCKED = [
  '---', 'type: execplan', 'status: Blocked', 'created: 2026-11-01', '---', '# Waiting on review', '',
  '## Progress', '', '- [x] (2026-11-03 09:00Z) First step', '- (2026-11-05 09:00Z) Status: In progress → Blocked', '- [ ] Second step', '',
].join('\n');
const FILES = { 'Plans/timeline.md': PLAN, 'Plans/blocked.md': BLOCKED };

async function timeline(): Promise<Dashboard> {
  const d = await openDashboard(FILES);
  d.testing.click(d.view.contentEl.querySelector<HTMLElement>('button[data-layout="timeline"]') as HTMLElement);
  await flush(d);
  return d;
}

const ticks = (row: HTMLElement): SVGElement[] => Array.from(row.querySelectorAll<SVGElement>('.execplan-timeline-tick'));

describe('the timeline layout', () => {
  test('the switch shows one row per plan with a bar, a tick per stamped item and the blocked stretch hatched', async () => {
    const d = await timeline();
    expect(d.view.currentLayout).toBe('timeline');
    expect(d.plugin.settings.dashboardLayout).toBe('timeline');
    expect(d.view.contentEl.querySelector('.execplan-dashboard-table')).toBeNull();
    const row = rowOf(d.view, 'Plans/timeline.md');
    expect(row.classList.contains('execplan-timeline-row')).toBe(true);
    expect(row.querySelector('.execplan-timeline-bar')?.classList.contains('execplan-status-in-progress')).toBe(true);
    // Month zoom (default): Jan–Dec 2026. Two stamped steps and a decision; the unstamped step has no tick.
    expect(ticks(row).map((t) => t.getAttribute('data-line'))).toEqual(['11', '17', '12']);
    const blocked = rowOf(d.view, 'Plans/blocked.md');
    const hatch = blocked.querySelector('.execplan-timeline-hatch.is-blocked');
    expect(hatch?.textContent).toBe('Blocked since 2026-11-05 09:00 UTC');
    // No inline styles anywhere.
    expect(d.view.contentEl.querySelector('[style]')).toBeNull();
  });

  test('zoom by week, month and quarter changes the window', async () => {
    const d = await timeline();
    const labels = (): string[] => Array.from(d.view.contentEl.querySelectorAll('.execplan-timeline-axis text')).map((t) => t.textContent ?? '');
    expect(labels()).toHaveLength(12);
    expect(labels().slice(0, 2)).toEqual(['Dec 2025', 'Jan 2026']);
    d.testing.click(d.view.contentEl.querySelector<HTMLElement>('button[data-zoom="quarter"]') as HTMLElement);
    expect(labels()).toEqual(['Q1 2025', 'Q2 2025', 'Q3 2025', 'Q4 2025', 'Q1 2026', 'Q2 2026', 'Q3 2026', 'Q4 2026']);
    d.testing.click(d.view.contentEl.querySelector<HTMLElement>('button[data-zoom="week"]') as HTMLElement);
    expect(labels().at(-1)).toBe('Nov 16');
    // Week zoom: 2026-08-31 onwards, so the 2026-11 stamps still show.
    expect(ticks(rowOf(d.view, 'Plans/timeline.md'))).toHaveLength(3);
  });

  test('a click on a tick opens the note with the cursor on that line', async () => {
    const d = await timeline();
    const tick = ticks(rowOf(d.view, 'Plans/timeline.md')).find((t) => t.getAttribute('data-line') === '17');
    tick?.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await d.testing.settle();
    const md = d.app.workspace.getActiveViewOfType(MarkdownView);
    expect(md?.file?.path).toBe('Plans/timeline.md');
    expect(md?.editor.getCursor()).toEqual({ line: 16, ch: 0 });
    expect(md?.editor.getLine(16)).toBe('- (2026-11-10 12:30Z) Ticks open the note at their line');
  });

  test('a row expands to its burn-up: stamped steps, the undated one as such, velocity and projection', async () => {
    const d = await timeline();
    d.testing.click(rowOf(d.view, 'Plans/timeline.md').querySelector<HTMLElement>('[data-expand]') as HTMLElement);
    const texts = Array.from(rowOf(d.view, 'Plans/timeline.md').querySelectorAll('.execplan-burnup-text')).map((t) => t.textContent);
    // 2 stamped in the 4 weeks before 2026-11-21 → 0.5/week; 1 open step → 2 weeks.
    expect(texts).toEqual(['3/4 steps done · 1 done without a date', 'Velocity: 0.5 steps/week (last 4 weeks)', 'Projected finish: 2026-12-05']);
    expect(d.app.workspace.getActiveFile()).toBeNull();
  });

  test('an edit re-reads only that plan: its ticks follow, the other row is reused', async () => {
    const d = await timeline();
    const before = d.view.builds;
    await d.app.vault.process(file(d.app, 'Plans/timeline.md'), (t) => t.replace('- [ ] Zoom levels', '- [x] (2026-11-20 08:00Z) Zoom levels'));
    await flush(d);
    await flush(d);
    expect(ticks(rowOf(d.view, 'Plans/timeline.md'))).toHaveLength(4);
    expect(d.view.builds - before).toBe(2); // the edited row: once from the index, once with its ticks
  });
});

describe('the Plan overview pane', () => {
  test('shows the active plan and updates when it is edited', async () => {
    const d = await openDashboard(FILES);
    await d.app.workspace.getLeaf('tab').openFile(file(d.app, 'Plans/timeline.md'));
    expect(await d.testing.runCommand('execplan:open-plan-overview')).toBe(true);
    await flush(d);
    const view = d.app.workspace.getLeavesOfType(OVERVIEW_VIEW_TYPE)[0]?.view;
    if (!(view instanceof OverviewView)) throw new Error('no overview pane');
    const text = (): string[] => Array.from(view.contentEl.querySelectorAll('.execplan-burnup-text')).map((t) => t.textContent ?? '');
    expect(view.path).toBe('Plans/timeline.md');
    expect(text()[0]).toBe('3/4 steps done · 1 done without a date');
    expect(view.contentEl.querySelector('.execplan-burnup-chart polyline')).not.toBeNull();
    const md = d.app.workspace.getActiveViewOfType(MarkdownView);
    md?.editor.replaceRange('x] (2026-11-21 08:00Z', { line: 12, ch: 3 }, { line: 12, ch: 4 });
    await flush(d);
    await flush(d);
    expect(text()).toEqual(['4/4 steps done · 1 done without a date', 'Velocity: 0.8 steps/week (last 4 weeks)', 'All steps done']);
    await d.app.workspace.getLeaf('tab').openFile(file(d.app, 'Plans/blocked.md'));
    await flush(d);
    expect(view.path).toBe('Plans/blocked.md');
    await d.app.vault.create('x.md', '# Not a plan\n');
    await d.app.workspace.getLeaf('tab').openFile(file(d.app, 'x.md'));
    await flush(d);
    expect(view.path).toBeNull();
    expect(view.contentEl.textContent).toBe('Open a plan to see its burn-up.');
  });
});
