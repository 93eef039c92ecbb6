import { dropUnused, pathsIn, placeInOrder, setTextIfChanged } from './keyed-dom';
import type { GroupKey, PlanGroup, SortColumn, SortOrder } from '../../core/index/query';
import type { IndexedPlan } from '../../core/index/types';
import {
  renderActivity,
  renderMarkers,
  renderProgress,
  renderStatusPill,
  reusable,
  type CellContext,
  type PlanDom,
} from './plan-cells';

export interface TableContext extends CellContext {
  groupLabel(key: GroupKey): string;
  sort: SortOrder;
  collapsed: ReadonlySet<GroupKey>;
  selected: string | null;
}

const COLUMNS: readonly { column: SortColumn | null; label: string; cls: string }[] = [
  { column: 'title', label: 'Title', cls: 'execplan-col-title' },
  { column: 'status', label: 'Status', cls: 'execplan-col-status' },
  { column: 'progress', label: 'Progress', cls: 'execplan-col-progress' },
  { column: 'next', label: 'Next step', cls: 'execplan-col-next' },
  { column: 'activity', label: 'Last activity', cls: 'execplan-col-activity' },
  { column: null, label: 'Flags', cls: 'execplan-col-flags' },
];

interface GroupDom {
  body: HTMLElement;
  header: HTMLElement;
  label: HTMLElement;
  count: HTMLElement;
}

/**
 * The table layout, built from divs with ARIA table roles rather than <table>: every row is
 * its own CSS grid over the same column template, so the browser can skip the style and
 * layout of rows scrolled out of view (`content-visibility: auto`, which table rows cannot
 * use). One row group per status, rows keyed by path. A render reuses every row whose plan
 * object is unchanged (the index keeps the same object when nothing changed), so an update
 * rebuilds only the rows that changed and only moves the others.
 * Events are delegated to the table; rows carry `data-path`.
 */
export class TableRenderer {
  readonly el: HTMLElement;
  private readonly head: HTMLElement;
  private readonly headCells = new Map<SortColumn, HTMLElement>();
  private readonly groups = new Map<GroupKey, GroupDom>();
  private readonly rows = new Map<string, PlanDom>();
  /** Rows built (not reused) since creation; tests use it to check keyed rendering. */
  rowBuilds = 0;

  constructor(parent: HTMLElement) {
    this.el = parent.createDiv({ cls: 'execplan-dashboard-table', attr: { role: 'table', 'aria-label': 'Plans' } });
    this.head = this.el.createDiv({ cls: 'execplan-dashboard-head', attr: { role: 'rowgroup' } });
    const headRow = this.head.createDiv({ cls: 'execplan-dashboard-head-row', attr: { role: 'row' } });
    for (const col of COLUMNS) {
      const th = headRow.createDiv({ cls: col.cls, attr: { role: 'columnheader' } });
      if (col.column) {
        th.createEl('button', { cls: 'execplan-sort-button', text: col.label, attr: { 'data-sort': col.column } });
        this.headCells.set(col.column, th);
      } else {
        th.setText(col.label);
      }
    }
  }

  render(groups: readonly PlanGroup[], ctx: TableContext): void {
    for (const [column, th] of this.headCells) {
      const active = ctx.sort.column === column;
      th.toggleClass('is-sorted', active);
      th.setAttribute('aria-sort', active ? (ctx.sort.descending ? 'descending' : 'ascending') : 'none');
    }
    const seen = new Set<string>();
    const order: GroupKey[] = [];
    for (const group of groups) {
      order.push(group.key);
      const dom = this.groupDom(group.key, ctx);
      const collapsed = ctx.collapsed.has(group.key);
      dom.body.toggleClass('is-collapsed', collapsed);
      dom.body.toggleClass('is-empty', group.plans.length === 0);
      dom.header.setAttribute('aria-expanded', String(!collapsed));
      setTextIfChanged(dom.count, String(group.plans.length));
      const rows: HTMLElement[] = [];
      if (!collapsed) {
        for (const plan of group.plans) {
          const row = this.rowFor(plan, ctx);
          seen.add(plan.path);
          row.el.toggleClass('is-selected', ctx.selected === plan.path);
          rows.push(row.el);
        }
      }
      // Whatever follows the placed rows left this group.
      placeInOrder(dom.body, dom.header.nextSibling, rows);
    }
    dropUnused(this.rows, seen);
    // Groups in configured order (settings may have changed it).
    let before: ChildNode | null = this.head.nextSibling;
    for (const key of order) {
      const dom = this.groups.get(key);
      if (!dom) continue;
      if (dom.body !== before) this.el.insertBefore(dom.body, before);
      else before = before.nextSibling;
    }
    for (const [key, dom] of this.groups) {
      if (!order.includes(key)) {
        dom.body.remove();
        this.groups.delete(key);
      }
    }
  }

  /** Paths of the rows on screen, top to bottom (for keyboard navigation). */
  visiblePaths(): string[] {
    return pathsIn(this.el, '.execplan-dashboard-row');
  }

  rowElement(path: string): HTMLElement | null {
    return this.rows.get(path)?.el ?? null;
  }

  private groupDom(key: GroupKey, ctx: TableContext): GroupDom {
    let dom = this.groups.get(key);
    if (!dom) {
      const body = this.el.createDiv({ cls: 'execplan-dashboard-group', attr: { role: 'rowgroup', 'data-group': key } });
      const header = body.createDiv({ cls: 'execplan-dashboard-group-header', attr: { role: 'row', 'data-group': key } });
      const cell = header.createDiv({ attr: { role: 'cell' } });
      const toggle = cell.createEl('button', { cls: 'execplan-group-toggle', attr: { 'data-group': key } });
      toggle.createSpan({ cls: 'execplan-group-chevron' });
      const label = toggle.createSpan({ cls: 'execplan-group-label' });
      const count = toggle.createSpan({ cls: 'execplan-group-count' });
      dom = { body, header, label, count };
      this.groups.set(key, dom);
    }
    setTextIfChanged(dom.label, ctx.groupLabel(key));
    return dom;
  }

  private rowFor(plan: IndexedPlan, ctx: TableContext): PlanDom {
    const existing = this.rows.get(plan.path);
    const kept = reusable(existing, plan, ctx.now);
    if (kept) return kept;
    const el = existing?.el ?? createDiv({ cls: 'execplan-dashboard-row', attr: { role: 'row', tabindex: '-1' } });
    el.empty();
    el.dataset.path = plan.path;
    el.toggleClass('is-stale', plan.stale);
    // Cells are the pieces themselves where they can be (pill, progress, activity, markers):
    // fewer elements per row is most of what a thousand rows cost.
    const title = el.createDiv({ cls: 'execplan-col-title', attr: { role: 'cell', title: plan.path } });
    // Text an ellipsis may cut short carries its whole text as a tooltip.
    title.createDiv({ cls: 'execplan-plan-title', text: plan.title, attr: { title: plan.title } });
    if (plan.folder !== '') title.createDiv({ cls: 'execplan-plan-folder', text: plan.folder });
    asCell(renderStatusPill(el, plan, ctx), 'execplan-col-status');
    asCell(renderProgress(el, plan), 'execplan-col-progress');
    const next = plan.nextStep ?? '';
    el.createDiv({ cls: 'execplan-col-next', text: next, attr: next === '' ? { role: 'cell' } : { role: 'cell', title: next } });
    const activity = asCell(renderActivity(el, plan, ctx.now), 'execplan-col-activity');
    asCell(renderMarkers(el, plan, ctx), 'execplan-col-flags');
    const row: PlanDom = { plan, el, activity, activityText: activity.textContent ?? '' };
    this.rows.set(plan.path, row);
    this.rowBuilds++;
    return row;
  }
}

function asCell(el: HTMLElement, cls: string): HTMLElement {
  el.addClass(cls);
  el.setAttribute('role', 'cell');
  return el;
}
