import { parseYaml, TFile, type Vault } from 'obsidian';
import { buildReview, lastDays, planActivity, type PlanActivity, type Review } from '../../core/review';
import type { PlanIndex } from '../dashboard/plan-index';

/**
 * The review of the last `days` days (today included), for the pane.
 *
 * Where the data comes from: the dashboard's index knows every plan's title, status and latest
 * stamp, but not the individual stamped lines (it keeps one row per plan, and the review needs
 * every step and entry with its line). So the index decides which plans to read, and the engine
 * reads only those: a plan whose latest activity is before the range cannot have an entry in it,
 * so it is never read (it may only be "quiet", which the index alone can tell). A plan with
 * activity in or after the range is read with `vault.cachedRead` (no disk access for notes
 * Obsidian holds) and parsed by the same engine as the CLI, so both list the same entries.
 * Title and status come from the index for every plan, so custom status names count as the
 * dashboard counts them.
 */
export async function loadReview(vault: Vault, index: PlanIndex, days: number, now: Date): Promise<Review> {
  const range = lastDays(days, now);
  const { start } = range;
  await index.whenReady();
  const plans: PlanActivity[] = [];
  for (const plan of [...index.plans()]) {
    const fromIndex: PlanActivity = { path: plan.path, title: plan.title, status: plan.status, lastActivity: plan.lastActivity, items: [] };
    const file = plan.lastActivity !== null && plan.lastActivity >= start ? vault.getAbstractFileByPath(plan.path) : null;
    if (file instanceof TFile) {
      const read = planActivity(await vault.cachedRead(file), plan.path, parseYaml, true);
      if (read) fromIndex.items = read.items;
    }
    plans.push(fromIndex);
  }
  return buildReview(plans, range);
}
