import { TFile, type Plugin } from 'obsidian';
import { applyTemplateToNote } from './apply-template';
import { createNewPlan } from './create-plan';
import type { TemplatesHost } from './plan-properties';

/** Registers "Create new plan" and "Apply plan template to this note" (no default hotkeys). */
export function registerTemplateCommands(plugin: Plugin & TemplatesHost): void {
  plugin.addCommand({
    id: 'create-new-plan',
    name: 'Create new plan',
    // Returned so callers that await commands (tests, other plugins) see it finish.
    callback: () => createNewPlan(plugin),
  });
  plugin.addCommand({
    id: 'apply-plan-template',
    name: 'Apply plan template to this note',
    editorCheckCallback: (checking, _editor, ctx) => {
      const file = ctx.file;
      if (!(file instanceof TFile) || file.extension !== 'md') return false;
      if (!checking) void applyTemplateToNote(plugin, file);
      return true;
    },
  });
}
