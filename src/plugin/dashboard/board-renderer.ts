import { dropUnused, pathsIn, placeInOrder, setTextIfChanged } from './keyed-dom';
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
      setTextIfChanged(column.count, String(group.plans.length));
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

  /** The cards of each column that has any, left to right (for Left/Right). */
  private cardColumns(): HTMLElement[][] {
    const out: HTMLElement[][] = [];
    for (const column of Array.from(this.el.children)) {
      const cards = Array.from(column.querySelectorAll<HTMLElement>('.execplan-card'));
      if (cards.length > 0) out.push(cards);
    }
    return out;
  }

  /** The first card of the first column (step 1) or of the last column (step -1). */
  edgeCard(step: 1 | -1): string | null {
    const columns = this.cardColumns();
    const column = step > 0 ? columns[0] : columns[columns.length - 1];
    return column?.[0]?.dataset.path ?? null;
  }

  /**
   * The card beside `path` in the next column with cards (`step` 1: right, -1: left): the one
   * nearest in height on screen, ties (and a layout that measures nothing) going to the same
   * position in the column. Null at the edge, or when `path` is not on the board.
   */
  neighbour(path: string, step: 1 | -1): string | null {
    const columns = this.cardColumns();
    const from = columns.findIndex((cards) => cards.some((c) => c.dataset.path === path));
    const source = columns[from];
    const target = columns[from + step];
    if (!source || !target) return null;
    const index = source.findIndex((c) => c.dataset.path === path);
    const y = middle(source[index]);
    let best: string | null = null;
    let bestHeight = Infinity;
    let bestIndex = Infinity;
    for (let i = 0; i < target.length; i++) {
      const card = target[i];
      if (!card) continue;
      const height = Math.abs(middle(card) - y);
      const apart = Math.abs(i - index);
      if (height < bestHeight || (height === bestHeight && apart < bestIndex)) {
        best = card.dataset.path ?? null;
        bestHeight = height;
        bestIndex = apart;
      }
    }
    return best;
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
    setTextIfChanged(column.label, ctx.groupLabel(key));
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
    // Long titles and next steps wrap; the tooltip repeats them as the table rows do.
    el.createDiv({ cls: 'execplan-card-title', text: plan.title, attr: { title: plan.title } });
    renderProgress(el, plan);
    if (plan.nextStep) el.createDiv({ cls: 'execplan-card-next', text: plan.nextStep, attr: { title: plan.nextStep } });
    const footer = el.createDiv({ cls: 'execplan-card-footer' });
    const activity = renderActivity(footer, plan, ctx.now);
    renderMarkers(footer, plan, ctx);
    const card: PlanDom = { plan, el, activity, activityText: activity.textContent ?? '' };
    this.cards.set(plan.path, card);
    this.cardBuilds++;
    return card;
  }
}

/** Vertical middle of an element on screen (0 where nothing is laid out). */
function middle(el: HTMLElement | undefined): number {
  if (!el) return 0;
  const r = el.getBoundingClientRect();
  return r.top + r.height / 2;
}
