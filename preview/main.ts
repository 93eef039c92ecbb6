/**
 * Browser preview of the REAL plans dashboard: the plugin runs on the in-memory Obsidian
 * stand-in (test/stand-in) over the demo vault, and the dashboard view is mounted in a page
 * styled with Obsidian-like theme variables (preview/obsidian-theme.css) and the plugin's own
 * styles.css. Built and served by `npm run preview`; driven by `npm run test:e2e`.
 *
 * URL parameters: `theme=dark`, `layout=board` or `layout=timeline`, `synthetic=N` (N generated plans instead of the
 * demo vault, used to time rendering 1,000 rows), `pane=side` (the view in a 400 px pane beside
 * an empty workspace, like a sidebar on a wide screen).
 */
import type { App, TFile } from 'obsidian';
import { createTestApp, loadPlugin, type Testing } from '../test/stand-in/obsidian';
import ExecPlanPlugin from '../src/plugin/ExecPlanPlugin';
import { DASHBOARD_VIEW_TYPE, DashboardView } from '../src/plugin/dashboard/dashboard-view';
import { dashboardOf } from '../src/plugin/dashboard/register';
import { syntheticPlan } from '../test/dashboard/synthetic-vault';

declare const __DEMO_VAULT__: Record<string, string>;

/** The same "today" as the tests, so relative times and staleness are stable in screenshots. */
const NOW = new Date('2026-11-21T12:00:00Z');

export interface PreviewHandle {
  app: App;
  testing: Testing;
  plugin: ExecPlanPlugin;
  view: DashboardView;
  /** Notes opened from the dashboard, in order. */
  opened: string[];
  /** Time to open the dashboard and lay out its rows, in ms. */
  renderMs: number;
  /** The part of renderMs spent in script (building the DOM), before style and layout. */
  buildMs: number;
  rows: number;
}

declare global {
  interface Window {
    execplanPreview?: PreviewHandle;
    execplanPreviewError?: string;
  }
}

function vaultFiles(params: URLSearchParams): Record<string, string> {
  const synthetic = Number(params.get('synthetic') ?? 0);
  if (synthetic > 0) {
    const files: Record<string, string> = {};
    for (let i = 0; i < synthetic; i++) {
      const plan = syntheticPlan(i, 3);
      files[plan.path] = plan.text;
    }
    return files;
  }
  return __DEMO_VAULT__;
}

async function start(): Promise<void> {
  const params = new URLSearchParams(location.search);
  document.body.addClass(params.get('theme') === 'dark' ? 'theme-dark' : 'theme-light');
  const { app, testing } = createTestApp({ files: vaultFiles(params), now: NOW });
  // Key presses reach the active view's scope, as in Obsidian ("/" focuses the filter).
  testing.routeKeyEvents(document);
  const plugin = await loadPlugin(ExecPlanPlugin, app, { id: 'execplan', name: 'ExecPlan' });
  plugin.now = () => testing.now();
  const layout = params.get('layout');
  if (layout === 'board' || layout === 'timeline') plugin.settings.dashboardLayout = layout;
  const opened: string[] = [];
  app.workspace.on('file-open', (file: TFile | null) => {
    if (!file) return;
    opened.push(file.path);
    const status = document.querySelector('.preview-opened');
    if (status) status.setText(`Opened ${file.path}`);
  });
  await testing.layoutReady();
  await testing.settle();
  // The index reads the plans in chunks, yielding to the page between them.
  await dashboardOf(plugin)?.index.whenReady();

  const t0 = performance.now();
  await testing.runCommand(`execplan:open-plans-dashboard`);
  const leaf = app.workspace.getLeavesOfType(DASHBOARD_VIEW_TYPE)[0];
  const view = leaf?.view;
  if (!(view instanceof DashboardView)) throw new Error('the dashboard did not open');
  const mount = document.querySelector('.preview-workspace');
  if (!mount) throw new Error('no mount point');
  if (params.get('pane') === 'side') mount.addClass('is-side-pane');
  mount.appendChild(view.containerEl);
  const buildMs = performance.now() - t0;
  // Reading a layout property makes the browser lay the rows out before the clock stops.
  void view.contentEl.offsetHeight;
  const renderMs = performance.now() - t0;
  const rows = view.contentEl.querySelectorAll('.execplan-dashboard-row, .execplan-card, .execplan-timeline-row').length;
  window.execplanPreview = { app, testing, plugin, view, opened, renderMs, buildMs, rows };
  document.body.dataset.ready = 'true';
}

start().catch((e: unknown) => {
  window.execplanPreviewError = e instanceof Error ? `${e.message}\n${e.stack ?? ''}` : String(e);
  document.body.dataset.ready = 'error';
  document.body.createEl('pre', { text: window.execplanPreviewError });
});
