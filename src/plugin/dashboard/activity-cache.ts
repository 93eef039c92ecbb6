import { parseYaml, TFile, type Vault } from 'obsidian';
import type { IndexedPlan } from '../../core/index/types';
import { planActivity, type PlanActivity } from '../../core/review';

/**
 * Every stamped item of the plans the timeline shows (its ticks, the burn-ups).
 *
 * Why not in the index: the index keeps one compact row per plan (counts, next step, latest
 * stamp) and must stay within index_10k_ms ≤ 250 and index_update_ms ≤ 1; a list of every stamp
 * with its line would add work and memory to every plan of every vault, for a layout most
 * sessions never open. So the plans the timeline shows are read here, lazily, with
 * `vault.cachedRead` and the same engine as the CLI and the weekly review (so ticks are the
 * review's items), a slice of about one frame at a time. Results are cached per plan object:
 * the index replaces a plan's object exactly when its file changed, so this is a cache per file
 * version that never needs invalidating, and a WeakMap lets old versions go.
 */
export class ActivityCache {
  private readonly cache = new WeakMap<IndexedPlan, PlanActivity | null>();
  private queue: IndexedPlan[] = [];
  private running = false;

  constructor(
    private readonly vault: Vault,
    private readonly onLoaded: () => void,
  ) {}

  /** The plan's items; undefined while not read yet. */
  get(plan: IndexedPlan): PlanActivity | null | undefined {
    return this.cache.get(plan);
  }

  /** Reads the plans of `plans` not read yet, in that order (replacing an earlier request). */
  request(plans: readonly IndexedPlan[]): void {
    this.queue = plans.filter((p) => !this.cache.has(p));
    if (!this.running && this.queue.length > 0) void this.run();
  }

  private async run(): Promise<void> {
    this.running = true;
    let slice = performance.now();
    for (let plan = this.queue.shift(); plan; plan = this.queue.shift()) {
      const file = this.vault.getAbstractFileByPath(plan.path);
      const text = file instanceof TFile ? await this.vault.cachedRead(file) : null;
      this.cache.set(plan, text === null ? null : planActivity(text, plan.path, parseYaml, true));
      if (performance.now() - slice > 12) {
        this.onLoaded();
        await new Promise((resolve) => window.setTimeout(resolve, 0));
        slice = performance.now();
      }
    }
    this.running = false;
    this.onLoaded();
  }
}
