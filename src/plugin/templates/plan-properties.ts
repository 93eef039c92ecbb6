import { parseYaml, stringifyYaml } from 'obsidian';
import type { YamlCodec } from '../../core/template/frontmatter-merge';
import type { App } from 'obsidian';
import type { ExecPlanSettings } from '../settings';
import type { SettingsHost } from '../settings-host';

/** What the template features need from the plugin. */
export interface TemplatesHost extends SettingsHost {
  app: App;
}

/** Obsidian's YAML reader and writer, in the shape the template engine takes. */
export const OBSIDIAN_YAML: YamlCodec = {
  parse: (yaml: string): unknown => parseYaml(yaml) as unknown,
  stringify: (value: unknown): string => stringifyYaml(value),
};

// Moved to the core so `execplan new` adds the same properties; re-exported for the plugin.
export { PLAN_TAG, planProperties } from '../../core/template/plan-properties';

/** A new plan starts in the first configured status (Proposed unless the user changed it). */
export function initialStatus(settings: ExecPlanSettings): string {
  return settings.statuses[0]?.name ?? 'Proposed';
}
