import { isStale } from './summarise';
import type { IndexedPlan } from './types';

/**
 * The index's table of plans by path. Storing an identical summary keeps the old object, so
 * consumers can tell "this row changed" by identity and re-render only what did.
 */
export class PlanStore {
  private readonly plans = new Map<string, IndexedPlan>();

  get size(): number {
    return this.plans.size;
  }

  get(path: string): IndexedPlan | undefined {
    return this.plans.get(path);
  }

  has(path: string): boolean {
    return this.plans.has(path);
  }

  all(): IterableIterator<IndexedPlan> {
    return this.plans.values();
  }

  /** Stores a summary; false when an equal one was already there (nothing changed). */
  put(plan: IndexedPlan): boolean {
    const old = this.plans.get(plan.path);
    if (old && samePlan(old, plan)) return false;
    this.plans.set(plan.path, plan);
    return true;
  }

  remove(path: string): boolean {
    return this.plans.delete(path);
  }

  clear(): void {
    this.plans.clear();
  }

  /**
   * Staleness moves with the clock, not with edits: re-evaluates it for every plan and returns
   * the paths whose flag flipped.
   */
  restale(now: number, staleDays: number): string[] {
    const flipped: string[] = [];
    for (const plan of this.plans.values()) {
      const stale = isStale(plan.status, plan.lastActivity, now, staleDays);
      if (stale !== plan.stale) {
        this.plans.set(plan.path, { ...plan, stale });
        flipped.push(plan.path);
      }
    }
    return flipped;
  }
}

export function samePlan(a: IndexedPlan, b: IndexedPlan): boolean {
  return (
    a.path === b.path &&
    a.title === b.title &&
    a.status === b.status &&
    a.statusRaw === b.statusRaw &&
    a.statusSource === b.statusSource &&
    a.done === b.done &&
    a.total === b.total &&
    a.nextStep === b.nextStep &&
    a.nextStepLine === b.nextStepLine &&
    a.lastActivity === b.lastActivity &&
    a.created === b.created &&
    a.stale === b.stale &&
    a.folder === b.folder &&
    sameList(a.tags, b.tags) &&
    a.health.length === b.health.length &&
    a.health.every((f, i) => {
      const g = b.health[i];
      return g !== undefined && f.code === g.code && f.message === g.message && f.line === g.line;
    })
  );
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
