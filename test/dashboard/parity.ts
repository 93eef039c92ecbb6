import type { IndexedPlan } from '../../src/core/index/types';
import type { PlanSummary } from '../../src/core/types';

/** What both the dashboard index and the engine say of a plan, in the engine's shapes. */
export interface PlanFacts {
  title: string;
  status: string | null;
  statusRaw: string | null;
  progress: { done: number; total: number };
  nextStep: string | null;
  lastActivity: string | null;
  created: string | null;
  health: string[];
}

export function indexFacts(plan: IndexedPlan): PlanFacts {
  return {
    title: plan.title,
    status: plan.status,
    statusRaw: plan.statusRaw,
    progress: { done: plan.done, total: plan.total },
    nextStep: plan.nextStep,
    lastActivity: plan.lastActivity === null ? null : new Date(plan.lastActivity).toISOString(),
    created: plan.created,
    health: plan.health.map((f) => f.code),
  };
}

export function engineFacts(summary: PlanSummary): PlanFacts {
  return {
    title: summary.title,
    status: summary.status,
    statusRaw: summary.statusRaw,
    progress: summary.progress,
    nextStep: summary.nextStep,
    lastActivity: summary.lastActivity,
    created: summary.created,
    // The index reports what metadata shows; placeholders need the full read.
    health: summary.health.filter((f) => f.code !== 'placeholder').map((f) => f.code),
  };
}
