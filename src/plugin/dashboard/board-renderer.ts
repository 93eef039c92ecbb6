import { dropUnused, pathsIn, placeInOrder } from './keyed-dom';
import type { GroupKey, PlanGroup } from '../../core/index/query';
import type { IndexedPlan } from '../../core/index/types';
import {
  renderActivity,
  renderMarkers,
  renderProgress,
  reusable,
  type CellContext,
  type PlanDom,
} from './plan-cells';

export interface BoardContext extends CellContext {
  groupLabel(key: GroupKey): string;
  /** Whether dropping a card on this column can set a status (not for "No status"). */
  canDropOn(key: GroupKey): boolean;
  selected: string | null;
}

interface ColumnDom {
  el: HTMLElement;
  label: HTMLElement;
  count: HTMLElement;
  cards: HTMLElement;
}

/**
 * The board layout: one column per status group, cards keyed by path and reused while their
 * plan is unchanged, exactly like the table's rows. Cards are draggable; the view handles the
 * drag events (delegated on the board) and sets the status of the column a card lands on.
 */
export class BoardRenderer {
  readonly el: HTMLElement;
  private readonly columns = new Map<GroupKey, ColumnDom>();
  private readonly cards = new Map<string, PlanDom>();
  cardBuilds = 0;

  constructor(parent: HTMLElement) {
    this.el = parent.createDiv({ cls: 'execplan-board' });
  }

  render(groups: readonly PlanGroup[], ctx: BoardContext): void {
    const seen = new Set<string>();
    let before: ChildNode | null = this.el.firstChild;
    const keys: GroupKey[] = [];
    for (const group of groups) {
      keys.push(group.key);
      const column = this.columnDom(group.key, ctx);
      if (column.el !== before) this.el.insertBefore(column.el, before);
      else before = before.nextSibling;
      column.el.toggleClass('is-empty', group.plans.length === 0);
      if (column.count.textContent !== String(group.plans.length)) column.count.setText(String(group.plans.length));
      const cards: HTMLElement[] = [];
      for (const plan of group.plans) {
        const card = this.cardFor(plan, ctx);
        seen.add(plan.path);
        card.el.toggleClass('is-selected', ctx.selected === plan.path);
        cards.push(card.el);
      }
      placeInOrder(column.cards, column.cards.firstChild, cards);
    }
    dropUnused(this.cards, seen);
    dropUnused(this.columns, new Set(keys));
  }

  visiblePaths(): string[] {
    return pathsIn(this.el, '.execplan-card');
  }

  cardElement(path: string): HTMLElement | null {
    return this.cards.get(path)?.el ?? null;
  }

  private columnDom(key: GroupKey, ctx: BoardContext): ColumnDom {
    let column = this.columns.get(key);
    if (!column) {
      const el = createDiv({ cls: 'execplan-board-column' });
      el.dataset.group = key;
      el.toggleClass('is-drop-disabled', !ctx.canDropOn(key));
      const header = el.createDiv({ cls: 'execplan-board-column-header' });
      const label = header.createSpan({ cls: 'execplan-board-column-label' });
      const count = header.createSpan({ cls: 'execplan-board-column-count' });
      const cards = el.createDiv({ cls: 'execplan-board-cards' });
      column = { el, label, count, cards };
      this.columns.set(key, column);
    }
    const label = ctx.groupLabel(key);
    if (column.label.textContent !== label) column.label.setText(label);
    return column;
  }

  private cardFor(plan: IndexedPlan, ctx: BoardContext): PlanDom {
    const existing = this.cards.get(plan.path);
    const kept = reusable(existing, plan, ctx.now);
    if (kept) return kept;
    let el = existing?.el;
    if (!el) {
      el = createDiv({ cls: 'execplan-card' });
    }
    el.empty();
    el.dataset.path = plan.path;
    el.setAttribute('draggable', 'true');
    el.setAttribute('tabindex', '-1');
    el.setAttribute('title', plan.path);
    el.toggleClass('is-stale', plan.stale);
    el.createDiv({ cls: 'execplan-card-title', text: plan.title });
    renderProgress(el, plan);
    if (plan.nextStep) el.createDiv({ cls: 'execplan-card-next', text: plan.nextStep });
    const footer = el.createDiv({ cls: 'execplan-card-footer' });
    const activity = renderActivity(footer, plan, ctx.now);
    renderMarkers(footer, plan, ctx);
    const card: PlanDom = { plan, el, activity, activityText: activity.textContent ?? '' };
    this.cards.set(plan.path, card);
    this.cardBuilds++;
    return card;
  }
}
