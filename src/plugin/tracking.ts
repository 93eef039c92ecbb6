import type { Plugin } from 'obsidian';
import { registerPlanCommands } from './commands';
import { logWithForm } from './entry-forms';
import { PlanEdits } from './plan-actions';
import { ExecPlanSettingTab } from './settings-tab';
import { PlanStatusBar, type StatusBarHost } from './status-bar';
import { StatusChanger } from './status-change';

/** The plan-tracking feature as other features (the dashboard) may use it. */
export interface PlanTracking {
  /** Log entries and tick steps in any note, open or not. */
  edits: PlanEdits;
  /** Set a plan's status, interactively (`run`) or not (`apply`). */
  status: StatusChanger;
  statusBar: PlanStatusBar;
}

/**
 * Registers the commands, the status bar and the settings tab. Reads nothing: the status bar
 * starts listening once the layout is ready.
 */
export function registerPlanTracking(plugin: Plugin, host: StatusBarHost): PlanTracking {
  const edits = new PlanEdits(plugin.app, host);
  const status = new StatusChanger(plugin.app, host, edits, (file) =>
    logWithForm(plugin.app, edits, file, 'retrospective'),
  );
  registerPlanCommands(plugin, edits, status);
  const statusBar = new PlanStatusBar(plugin, host, (file) => void status.run(file));
  statusBar.register();
  plugin.addSettingTab(new ExecPlanSettingTab(plugin.app, plugin, host));
  return { edits, status, statusBar };
}
