import type { Plugin } from 'obsidian';
import type { PlanIndex } from '../dashboard/plan-index';
import { loadReview } from './review-data';
import { REVIEW_VIEW_TYPE, ReviewView } from './review-view';

export interface ReviewPlugin extends Plugin {
  now(): Date;
}

/** Registers the weekly review pane and its command "Open weekly review" (no default hotkey). */
export function registerReview(plugin: ReviewPlugin, index: PlanIndex): void {
  plugin.registerView(
    REVIEW_VIEW_TYPE,
    (leaf) =>
      new ReviewView(leaf, {
        load: (days) => loadReview(plugin.app.vault, index, days, plugin.now()),
        now: () => plugin.now().getTime(),
        onChange: (listener) => index.onChange(listener),
      }),
  );
  plugin.addCommand({ id: 'open-weekly-review', name: 'Open weekly review', callback: () => void openReview(plugin) });
}

/** Opens the pane in the right sidebar, or reveals and reloads the one already there. */
async function openReview(plugin: Plugin): Promise<void> {
  const leaf = await plugin.app.workspace.ensureSideLeaf(REVIEW_VIEW_TYPE, 'right', { active: true, reveal: true });
  if (leaf.view instanceof ReviewView) await leaf.view.refresh();
}
