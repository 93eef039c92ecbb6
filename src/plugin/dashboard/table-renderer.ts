import { dropUnused, pathsIn, placeInOrder } from './keyed-dom';
import type { GroupKey, PlanGroup, SortColumn, SortOrder } from '../../core/index/query';
import type { IndexedPlan } from '../../core/index/types';
import {
  activityText,
  renderActivity,
  renderMarkers,
  renderProgress,
  renderStatusPill,
  type CellContext,
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

interface RowDom {
  plan: IndexedPlan;
  el: HTMLTableRowElement;
  activity: HTMLElement;
  /** The relative time shown, refreshed without re-rendering the row. */
  activityText: string;
}

interface GroupDom {
  body: HTMLTableSectionElement;
  header: HTMLTableRowElement;
  label: HTMLElement;
  count: HTMLElement;
}

/**
 * The table layout: one <tbody> per status group, rows keyed by path. A render reuses every
 * row whose plan object is unchanged (the index keeps the same object when nothing changed),
 * so an update rebuilds only the rows that changed and only moves the others.
 * Events are delegated to the table; rows carry `data-path`.
 */
export class TableRenderer {
  readonly el: HTMLTableElement;
  private readonly headCells = new Map<SortColumn, HTMLTableCellElement>();
  private readonly groups = new Map<GroupKey, GroupDom>();
  private readonly rows = new Map<string, RowDom>();
  /** Rows built (not reused) since creation; tests use it to check keyed rendering. */
  rowBuilds = 0;

  constructor(parent: HTMLElement) {
    this.el = parent.createEl('table', { cls: 'execplan-dashboard-table' });
    const head = this.el.createTHead().insertRow();
    for (const col of COLUMNS) {
      const th = head.createEl('th', { cls: col.cls });
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
    let before: ChildNode | null = this.el.tHead?.nextSibling ?? null;
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
    return pathsIn(this.el, 'tr.execplan-dashboard-row');
  }

  rowElement(path: string): HTMLElement | null {
    return this.rows.get(path)?.el ?? null;
  }

  private groupDom(key: GroupKey, ctx: TableContext): GroupDom {
    let dom = this.groups.get(key);
    if (!dom) {
      const body = this.el.createTBody();
      body.addClass('execplan-dashboard-group');
      body.dataset.group = key;
      const header = body.insertRow();
      header.addClass('execplan-dashboard-group-header');
      header.dataset.group = key;
      const cell = header.createEl('td', { attr: { colspan: COLUMNS.length } });
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

  private newRow(): HTMLTableRowElement {
    return createEl('tr', { cls: 'execplan-dashboard-row' });
  }

  private rowFor(plan: IndexedPlan, ctx: TableContext): RowDom {
    const existing = this.rows.get(plan.path);
    if (existing && existing.plan === plan) {
      const text = activityText(plan, ctx.now);
      if (text !== existing.activityText) {
        existing.activity.setText(text);
        existing.activityText = text;
      }
      return existing;
    }
    const el = existing?.el ?? this.newRow();
    el.empty();
    el.dataset.path = plan.path;
    el.setAttribute('tabindex', '-1');
    el.toggleClass('is-stale', plan.stale);
    const title = el.createEl('td', { cls: 'execplan-col-title' });
    title.createDiv({ cls: 'execplan-plan-title', text: plan.title });
    if (plan.folder !== '') title.createDiv({ cls: 'execplan-plan-folder', text: plan.folder });
    title.setAttribute('title', plan.path);
    renderStatusPill(el.createEl('td', { cls: 'execplan-col-status' }), plan, ctx);
    renderProgress(el.createEl('td', { cls: 'execplan-col-progress' }), plan);
    el.createEl('td', { cls: 'execplan-col-next', text: plan.nextStep ?? '' });
    const activity = renderActivity(el.createEl('td', { cls: 'execplan-col-activity' }), plan, ctx.now);
    renderMarkers(el.createEl('td', { cls: 'execplan-col-flags' }), plan, ctx);
    const row: RowDom = { plan, el, activity, activityText: activity.textContent ?? '' };
    this.rows.set(plan.path, row);
    this.rowBuilds++;
    return row;
  }
}

function setTextIfChanged(el: HTMLElement, text: string): void {
  if (el.textContent !== text) el.setText(text);
}
