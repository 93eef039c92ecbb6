import { renderTemplate } from './render';
import type { FileNameContext } from './types';

/**
 * The properties every new plan carries, shared by the plugin's "Create new plan" and
 * "Apply plan template" and by `execplan new`, so a plan made from the terminal is found by
 * `list`, `inspect` and the dashboard exactly like one made in Obsidian. Merged into a
 * template's frontmatter with mergePlanProperties: the template's own values win.
 */

export const PLAN_TAG = 'execplan';

/** `created`/`updated` use the same calendar day `{{date}}` shows, in UTC when so configured. */
function today(ctx: FileNameContext): string {
  const rendered = renderTemplate('{{date}}', { ...ctx, answers: new Map() });
  return rendered.ok ? rendered.text : ctx.now.toISOString().slice(0, 10);
}

export function planProperties(ctx: FileNameContext): Record<string, unknown> {
  const date = today(ctx);
  return { type: 'execplan', status: ctx.status, created: date, updated: date, tags: [PLAN_TAG] };
}
