import type { IndexedPlan } from '../../core/index/types';
import { daysBetween, formatRelative, formatUtc } from '../../core/index/time-format';
import type { ExecPlanSettings } from '../settings';
import { statusLabel } from '../status-names';

/**
 * The pieces a table row and a board card share: status pill, progress bar, last activity and
 * the stale and health markers. DOM is built with createEl/setText only; looks come from
 * classes in styles.css (Obsidian CSS variables, so light and dark themes both work).
 */

export interface CellContext {
  /** The status as the settings name it ("In progress"), or the raw text, or "No status". */
  statusLabel(plan: IndexedPlan): string;
  now: number;
  staleDays: number;
}

/** The cell context of the settings at `now` (the dashboard's and the Bases view's). */
export function cellContext(settings: ExecPlanSettings, now: number): CellContext {
  return {
    statusLabel: (plan) => statusLabel(settings.statuses, plan.statusRaw, plan.status),
    now,
    staleDays: settings.staleDays,
  };
}

export function statusClass(plan: IndexedPlan): string {
  return `execplan-status-${plan.status ?? 'none'}`;
}

export function renderStatusPill(parent: HTMLElement, plan: IndexedPlan, ctx: CellContext): HTMLElement {
  const pill = parent.createSpan({ cls: ['execplan-status-pill', statusClass(plan)], text: ctx.statusLabel(plan) });
  if (plan.statusRaw && plan.statusRaw !== pill.textContent) pill.setAttribute('title', `Written as: ${plan.statusRaw}`);
  return pill;
}

/** The bar's fill, in the 5% steps styles.css has a width class for. */
export function progressStep(done: number, total: number): number {
  if (total <= 0) return 0;
  const step = Math.round((done / total) * 20) * 5;
  // A started plan never shows as empty, an unfinished one never as full.
  if (done > 0 && step === 0) return 5;
  if (done < total && step === 100) return 95;
  return step;
}

/**
 * A bar plus "4/8". The fill width comes from a class per 5% step (`is-p45`), so no inline
 * style is needed; the exact numbers are in the text and in the ARIA progressbar values.
 */
export function renderProgress(parent: HTMLElement, plan: IndexedPlan): HTMLElement {
  const box = parent.createDiv({ cls: 'execplan-progress' });
  if (plan.total === 0) {
    box.addClass('is-empty');
    box.createSpan({ cls: 'execplan-progress-text', text: 'No steps' });
    return box;
  }
  box.createDiv({
    cls: ['execplan-progress-bar', `is-p${progressStep(plan.done, plan.total)}`],
    attr: {
      role: 'progressbar',
      'aria-valuemin': '0',
      'aria-valuemax': String(plan.total),
      'aria-valuenow': String(plan.done),
      'aria-label': `${plan.done} of ${plan.total} steps done`,
    },
  });
  if (plan.done === plan.total) box.addClass('is-complete');
  box.createSpan({ cls: 'execplan-progress-text', text: `${plan.done}/${plan.total}` });
  return box;
}

/** A plan's row or card as the table and the board keep it between renders. */
export interface PlanDom {
  plan: IndexedPlan;
  el: HTMLElement;
  activity: HTMLElement;
  /** The relative time shown, refreshed without rebuilding the element. */
  activityText: string;
}

/**
 * The kept element when its plan object is unchanged (the index keeps the same object when
 * nothing changed), with only its relative time brought up to date; null when it must be built.
 */
export function reusable<T extends PlanDom>(existing: T | undefined, plan: IndexedPlan, now: number): T | null {
  if (!existing || existing.plan !== plan) return null;
  const text = activityText(plan, now);
  if (text !== existing.activityText) {
    existing.activity.setText(text);
    existing.activityText = text;
  }
  return existing;
}

export function activityText(plan: IndexedPlan, now: number): string {
  return plan.lastActivity === null ? '—' : formatRelative(plan.lastActivity, now);
}

export function renderActivity(parent: HTMLElement, plan: IndexedPlan, now: number): HTMLElement {
  return parent.createDiv({
    cls: 'execplan-activity',
    text: activityText(plan, now),
    attr: { title: plan.lastActivity === null ? 'No stamped activity yet' : formatUtc(plan.lastActivity) },
  });
}

export function renderMarkers(parent: HTMLElement, plan: IndexedPlan, ctx: CellContext): HTMLElement {
  const box = parent.createDiv({ cls: 'execplan-markers' });
  if (plan.stale && plan.lastActivity !== null) {
    const days = daysBetween(plan.lastActivity, ctx.now);
    const stale = box.createSpan({ cls: ['execplan-marker', 'execplan-marker-stale'], text: 'Stale' });
    const why = `In progress with no activity for ${days} days (stale after ${ctx.staleDays})`;
    stale.setAttribute('title', why);
    stale.setAttribute('aria-label', why);
  }
  if (plan.health.length > 0) {
    const count = plan.health.length;
    const health = box.createSpan({
      cls: ['execplan-marker', 'execplan-marker-health'],
      text: `${count} ${count === 1 ? 'issue' : 'issues'}`,
    });
    const lines = plan.health.map((f) => (f.line === null ? f.message : `Line ${f.line}: ${f.message}`));
    health.setAttribute('title', lines.join('\n'));
    health.setAttribute('aria-label', lines.join('; '));
  }
  return box;
}
