import { Notice, Plugin } from 'obsidian';
import { loadSettings, mergeSettings, settingsToSave, type ExecPlanSettings } from './settings';
import { applySectionNames } from './section-names';
import { registerPlanTracking, type PlanTracking } from './tracking';
import { registerDashboard } from './dashboard/register';
import { registerPlansBase } from './bases/register';
import { registerReview } from './review/register';
import { registerOverview } from './overview/overview-view';
import { createNewPlan, registerTemplateCommands } from './templates';

/**
 * The plugin object Obsidian loads. `onload` only registers things (commands, view, ribbon,
 * settings tab, status bar); it reads no file and parses nothing, so startup stays instant.
 * Work that needs the vault waits for `workspace.onLayoutReady`.
 * Each feature lives in its own module and registers itself through a `register*` function.
 */
export default class ExecPlanPlugin extends Plugin {
  override settings: ExecPlanSettings = mergeSettings(undefined);
  /** Commands, status bar and the plan edits behind them; set in `onload`. */
  tracking!: PlanTracking;
  private readonly settingsListeners = new Set<() => void>();
  /** Saved keys this version does not know (from a newer version), written back on save. */
  private unknownSettings: Record<string, unknown> = {};

  /** The clock every stamp is taken from; tests replace it with a fixed one. */
  now: () => Date = () => new Date();

  override async onload(): Promise<void> {
    const loaded = await loadSettings(() => this.loadData());
    this.settings = loaded.settings;
    this.unknownSettings = loaded.unknown;
    if (loaded.problem) new Notice(loaded.problem);
    applySectionNames(this.settings);
    this.tracking = registerPlanTracking(this, this);
    registerTemplateCommands(this);
    const dashboard = registerDashboard(this, {
      onNewPlan: () => void createNewPlan(this),
      setStatus: (file, to) => this.tracking.status.changeTo(file, to),
    });
    registerPlansBase(this, dashboard.index);
    registerReview(this, dashboard.index);
    registerOverview(this, dashboard.index);
  }

  async saveSettings(): Promise<void> {
    applySectionNames(this.settings);
    await this.saveData(settingsToSave(this.settings, this.unknownSettings));
    for (const listener of this.settingsListeners) listener();
  }

  /** Calls `listener` after every settings save, until the plugin unloads. */
  onSettingsChange(listener: () => void): void {
    this.settingsListeners.add(listener);
    this.register(() => this.settingsListeners.delete(listener));
  }
}
