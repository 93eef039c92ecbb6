import { Plugin } from 'obsidian';
import { mergeSettings, type ExecPlanSettings } from './settings';

/**
 * The plugin object Obsidian loads. `onload` only registers things (commands, view, ribbon,
 * settings tab, status bar); it reads no file and parses nothing, so startup stays instant.
 * Work that needs the vault waits for `workspace.onLayoutReady`.
 * Each feature lives in its own module and registers itself through a `register*` function.
 */
export default class ExecPlanPlugin extends Plugin {
  settings: ExecPlanSettings = mergeSettings(undefined);

  override async onload(): Promise<void> {
    this.settings = mergeSettings(await this.loadData());
  }

  async saveSettings(): Promise<void> {
    await this.saveData(this.settings);
  }
}
