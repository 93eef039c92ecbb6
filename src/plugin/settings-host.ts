import type { ExecPlanSettings } from './settings';

/**
 * What the settings tab, commands and status bar need from the plugin. Declared apart from
 * the plugin class so each feature depends on this small surface, not on the whole plugin.
 */
export interface SettingsHost {
  settings: ExecPlanSettings;
  /** Saves the settings and tells every listener they changed. */
  saveSettings(): Promise<void>;
  /** The clock every stamp is taken from; tests replace it. */
  now(): Date;
}
