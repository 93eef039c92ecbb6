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
    (leaf) => new ReviewView(leaf, { load: (days) => loadReview(plugin.app.vault, index, days, plugin.now()), now: () => plugin.now().getTime() }),
  );
  plugin.addCommand({ id: 'open-weekly-review', name: 'Open weekly review', callback: () => void openReview(plugin) });
}

async function openReview(plugin: Plugin): Promise<void> {
  const { workspace } = plugin.app;
  const existing = workspace.getLeavesOfType(REVIEW_VIEW_TYPE)[0];
  if (existing) {
    await workspace.revealLeaf(existing);
    if (existing.view instanceof ReviewView) await existing.view.refresh();
    return;
  }
  const leaf = workspace.getLeaf('tab');
  await leaf.setViewState({ type: REVIEW_VIEW_TYPE, active: true });
  await workspace.revealLeaf(leaf);
}
