import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createTestApp, loadPlugin, type Testing } from '../stand-in/obsidian';
import type { App, TFile } from 'obsidian';
import ExecPlanPlugin from '../../src/plugin/ExecPlanPlugin';
import { DASHBOARD_VIEW_TYPE, DashboardView } from '../../src/plugin/dashboard/dashboard-view';

/** The demo vault's notes, by vault path (the same notes the browser preview shows). */
export function demoVaultFiles(): Record<string, string> {
  const root = join(__dirname, '../../demo-vault');
  const files: Record<string, string> = {};
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      if (name.startsWith('.')) continue;
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.md')) files[relative(root, full).split('\\').join('/')] = readFileSync(full, 'utf8');
    }
  };
  walk(root);
  return files;
}

/** The date the tests run "on": a few days after the demo vault's last entries. */
export const NOW = new Date('2026-11-21T12:00:00Z');

export interface Dashboard {
  app: App;
  testing: Testing;
  plugin: ExecPlanPlugin;
  view: DashboardView;
}

/** Loads the plugin over `files`, makes the layout ready, opens the dashboard through its command. */
export async function openDashboard(files: Record<string, string> = demoVaultFiles()): Promise<Dashboard> {
  const { app, testing } = createTestApp({ files, now: NOW });
  const plugin = await loadPlugin(ExecPlanPlugin, app, { id: 'execplan', name: 'ExecPlan' });
  plugin.now = () => testing.now();
  await testing.layoutReady();
  await settleIndex(testing);
  await testing.runCommand('execplan:open-plans-dashboard');
  await testing.settle();
  return { app, testing, plugin, view: dashboardView(app) };
}

/**
 * Lets the index's first build finish: it yields to the UI between chunks of files through
 * timers, which these tests fake.
 */
export async function settleIndex(testing: Testing): Promise<void> {
  for (let round = 0; round < 20; round++) {
    await testing.settle();
    jest.advanceTimersByTime(10);
  }
  await testing.settle();
}

export function dashboardView(app: App): DashboardView {
  const leaves = app.workspace.getLeavesOfType(DASHBOARD_VIEW_TYPE);
  const view = leaves[0]?.view;
  if (!(view instanceof DashboardView)) throw new Error('no dashboard open');
  return view;
}

/** Lets the vault, the metadata cache and the index settle, then the view's batched render run. */
export async function flush(d: Pick<Dashboard, 'testing'>): Promise<void> {
  await d.testing.settle();
  jest.advanceTimersByTime(1_000);
  await d.testing.settle();
}

export function file(app: App, path: string): TFile {
  const f = app.vault.getFileByPath(path);
  if (!f) throw new Error(`no file ${path}`);
  return f;
}

/** Titles of the rows in a group of the table, top to bottom. */
export function rowTitles(view: DashboardView, group?: string): string[] {
  const scope = group === undefined ? view.contentEl : view.contentEl.querySelector(`.execplan-dashboard-group[data-group="${group}"]`);
  if (!scope) return [];
  return Array.from(scope.querySelectorAll('.execplan-dashboard-row .execplan-plan-title')).map((el) => el.textContent ?? '');
}

export function rowOf(view: DashboardView, path: string): HTMLElement {
  const row = Array.from(view.contentEl.querySelectorAll<HTMLElement>('[data-path]')).find((el) => el.dataset.path === path);
  if (!row) throw new Error(`no row for ${path}`);
  return row;
}

export function groupCounts(view: DashboardView): Record<string, string> {
  const out: Record<string, string> = {};
  for (const body of Array.from(view.contentEl.querySelectorAll<HTMLElement>('.execplan-dashboard-group'))) {
    out[body.dataset.group ?? '?'] = body.querySelector('.execplan-group-count')?.textContent ?? '';
  }
  return out;
}
