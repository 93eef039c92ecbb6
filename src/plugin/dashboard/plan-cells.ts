import type { IndexedPlan } from '../../core/index/types';
import { daysBetween, formatRelative, formatUtc } from '../../core/index/time-format';

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

export function statusClass(plan: IndexedPlan): string {
  return `execplan-status-${plan.status ?? 'none'}`;
}

export function renderStatusPill(parent: HTMLElement, plan: IndexedPlan, ctx: CellContext): HTMLElement {
  const pill = parent.createSpan({ cls: ['execplan-status-pill', statusClass(plan)], text: ctx.statusLabel(plan) });
  if (plan.statusRaw && plan.statusRaw !== pill.textContent) pill.setAttribute('title', `Written as: ${plan.statusRaw}`);
  return pill;
}

/** A native <progress> (no inline widths) plus "4/8". */
export function renderProgress(parent: HTMLElement, plan: IndexedPlan): HTMLElement {
  const box = parent.createDiv({ cls: 'execplan-progress' });
  if (plan.total === 0) {
    box.addClass('is-empty');
    box.createSpan({ cls: 'execplan-progress-text', text: 'No steps' });
    return box;
  }
  const bar = box.createEl('progress', { cls: 'execplan-progress-bar' });
  bar.max = plan.total;
  bar.value = plan.done;
  bar.setAttribute('aria-label', `${plan.done} of ${plan.total} steps done`);
  if (plan.done === plan.total) box.addClass('is-complete');
  box.createSpan({ cls: 'execplan-progress-text', text: `${plan.done}/${plan.total}` });
  return box;
}

export function activityText(plan: IndexedPlan, now: number): string {
  return plan.lastActivity === null ? '—' : formatRelative(plan.lastActivity, now);
}

export function renderActivity(parent: HTMLElement, plan: IndexedPlan, now: number): HTMLElement {
  const span = parent.createSpan({ cls: 'execplan-activity', text: activityText(plan, now) });
  span.setAttribute('title', plan.lastActivity === null ? 'No stamped activity yet' : formatUtc(plan.lastActivity));
  return span;
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
