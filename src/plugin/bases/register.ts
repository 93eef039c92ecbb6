import { apiVersion, normalizePath, Notice, requireApiVersion, type Plugin } from 'obsidian';
import type { PlanIndex } from '../dashboard/plan-index';
import { DASHBOARD_ICON } from '../dashboard/dashboard-view';
import type { ExecPlanSettings } from '../settings';
import { PLANS_BASE_PATH, PLANS_VIEW_TYPE, plansBaseText } from './base-file';
import { createPlansView } from './plans-view';

/** `registerBasesView` and `BasesView` arrived in this API version (obsidian.d.ts: @since 1.10.0). */
export const BASES_API_VERSION = '1.10.0';

export interface BasesPlugin extends Plugin {
  settings: ExecPlanSettings;
  now(): Date;
}

/**
 * Registers the "Plans" Bases view (on Obsidian 1.10+ with Bases turned on) and the "Create plans
 * base" command. Without Bases the command stays, and says why it cannot work, rather than
 * disappearing without a word.
 */
export function registerPlansBase(plugin: BasesPlugin, index: PlanIndex): void {
  let unavailable: string | null = `Plans bases need Obsidian ${BASES_API_VERSION} or newer (this is ${apiVersion}).`;
  // The version is a literal so the linter (obsidianmd/no-unsupported-api) sees the guard.
  if (requireApiVersion('1.10.0')) {
    unavailable = null;
    const registered = plugin.registerBasesView(PLANS_VIEW_TYPE, {
      name: 'Plans',
      icon: DASHBOARD_ICON,
      factory: (controller, containerEl) =>
        createPlansView(controller, containerEl, { index, settings: () => plugin.settings, now: () => plugin.now().getTime() }),
    });
    if (!registered) unavailable = 'Bases is off in this vault: turn it on in Settings → Core plugins, then reload ExecPlan.';
  }
  plugin.addCommand({ id: 'create-plans-base', name: 'Create plans base', callback: () => void createPlansBase(plugin, unavailable) });
}

async function createPlansBase(plugin: BasesPlugin, unavailable: string | null): Promise<void> {
  if (unavailable !== null) {
    new Notice(unavailable);
    return;
  }
  const path = normalizePath(PLANS_BASE_PATH);
  const { vault } = plugin.app;
  if (vault.getAbstractFileByPath(path)) {
    new Notice(`${path} already exists; left as it is.`);
    return;
  }
  try {
    await vault.create(path, plansBaseText(plugin.settings));
  } catch (e) {
    // Created between the check and the write, or the vault refused: nothing was overwritten.
    new Notice(`Could not create ${path}. ${String(e)}`);
    return;
  }
  new Notice(`Created ${path}`);
}
