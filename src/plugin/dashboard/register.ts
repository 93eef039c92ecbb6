import type { Plugin, TFile, View } from 'obsidian';
import type { ExecPlanSettings, StatusSetting } from '../settings';
import type { DashboardLayout } from './dashboard-header';
import { DASHBOARD_ICON, DASHBOARD_VIEW_TYPE, DashboardView, type DashboardHost } from './dashboard-view';
import { PlanIndex } from './plan-index';

/** What the dashboard needs from the plugin object. */
export interface DashboardPlugin extends Plugin {
  settings: ExecPlanSettings;
  saveSettings(): Promise<void>;
  now(): Date;
  onSettingsChange(listener: () => void): void;
}

/** Actions owned by other features, passed in by the plugin. */
export interface DashboardHooks {
  /** "New plan": the template feature's create-plan flow. */
  onNewPlan(): void;
  /** Sets a status the way the "Set plan status" command does (property or status line, logged). */
  setStatus(file: TFile, status: StatusSetting): Promise<unknown>;
}

const handles = new WeakMap<Plugin, DashboardHandle>();

/** The dashboard registered by `plugin`, for tests and the browser preview. */
export function dashboardOf(plugin: Plugin): DashboardHandle | undefined {
  return handles.get(plugin);
}

export interface DashboardHandle {
  index: PlanIndex;
  /** Opens the dashboard, or reveals the one already open. */
  open(): Promise<void>;
}

/**
 * Registers the plans dashboard: the view, its ribbon icon, the "Open plans dashboard" command
 * (no default hotkey) and the plan index behind it. Nothing is read here; the index builds
 * once the workspace layout is ready.
 */
export function registerDashboard(plugin: DashboardPlugin, hooks: DashboardHooks): DashboardHandle {
  const index = new PlanIndex(plugin.app, {
    settings: () => plugin.settings,
    now: () => plugin.now().getTime(),
  });
  index.attach(plugin);

  const host: DashboardHost = {
    index,
    settings: () => plugin.settings,
    now: () => plugin.now().getTime(),
    saveLayout: (layout: DashboardLayout) => {
      plugin.settings.dashboardLayout = layout;
      void plugin.saveSettings();
    },
    onNewPlan: () => hooks.onNewPlan(),
    setStatus: async (file, status) => {
      await hooks.setStatus(file, status);
    },
    revealInExplorer: (file) => revealInExplorer(plugin, file),
  };
  plugin.registerView(DASHBOARD_VIEW_TYPE, (leaf) => new DashboardView(leaf, host));

  const open = async (): Promise<void> => {
    const { workspace } = plugin.app;
    const existing = workspace.getLeavesOfType(DASHBOARD_VIEW_TYPE)[0];
    if (existing) {
      await workspace.revealLeaf(existing);
      workspace.setActiveLeaf(existing, { focus: true });
      return;
    }
    const leaf = workspace.getLeaf('tab');
    await leaf.setViewState({ type: DASHBOARD_VIEW_TYPE, active: true });
    await workspace.revealLeaf(leaf);
  };
  plugin.addRibbonIcon(DASHBOARD_ICON, 'Open plans dashboard', () => void open());
  plugin.addCommand({ id: 'open-plans-dashboard', name: 'Open plans dashboard', callback: () => void open() });

  // Detection, staleness or status settings changed: re-index, and re-render open dashboards.
  plugin.onSettingsChange(() => {
    index.syncSettings();
    for (const leaf of plugin.app.workspace.getLeavesOfType(DASHBOARD_VIEW_TYPE)) {
      if (leaf.view instanceof DashboardView) leaf.view.renderNow();
    }
  });
  const handle: DashboardHandle = { index, open };
  handles.set(plugin, handle);
  return handle;
}

/** The file explorer's "reveal", which Obsidian does not expose in its API types. */
interface RevealingView extends View {
  revealInFolder(file: TFile): void;
}

function canReveal(view: View): view is RevealingView {
  return typeof (view as Partial<RevealingView>).revealInFolder === 'function';
}

function revealInExplorer(plugin: Plugin, file: TFile): boolean {
  const leaf = plugin.app.workspace.getLeavesOfType('file-explorer')[0];
  if (!leaf || !canReveal(leaf.view)) return false;
  leaf.view.revealInFolder(file);
  void plugin.app.workspace.revealLeaf(leaf);
  return true;
}
