import { parseYaml, stringifyYaml } from 'obsidian';
import { renderTemplate } from '../../core/template/render';
import type { FileNameContext } from '../../core/template/types';
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

export const PLAN_TAG = 'execplan';

/** A new plan starts in the first configured status (Proposed unless the user changed it). */
export function initialStatus(settings: ExecPlanSettings): string {
  return settings.statuses[0]?.name ?? 'Proposed';
}

/** `created`/`updated` use the same calendar day `{{date}}` shows, in UTC when so configured. */
function today(ctx: FileNameContext): string {
  const rendered = renderTemplate('{{date}}', { ...ctx, answers: new Map() });
  return rendered.ok ? rendered.text : ctx.now.toISOString().slice(0, 10);
}

/** The properties every plan carries; a template's own values win when merged. */
export function planProperties(ctx: FileNameContext): Record<string, unknown> {
  const date = today(ctx);
  return { type: 'execplan', status: ctx.status, created: date, updated: date, tags: [PLAN_TAG] };
}
