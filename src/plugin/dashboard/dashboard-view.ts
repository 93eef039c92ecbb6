import { ItemView, Keymap, Menu, Notice, Scope, TFile, type WorkspaceLeaf } from 'obsidian';
import {
  countByGroup,
  DEFAULT_SORT,
  filterPlans,
  foldersOf,
  groupPlans,
  NO_STATUS_GROUP,
  sortPlans,
  type GroupKey,
  type SortColumn,
  type SortOrder,
} from '../../core/index/query';
import type { IndexedPlan } from '../../core/index/types';
import { timelineWindow, type TimelineZoom } from '../../core/review';
import type { StatusKind } from '../../core/types';
import { openAtLine } from '../open-at-line';
import type { ExecPlanSettings, StatusSetting } from '../settings';
import { configuredStatus } from '../status-names';
import { BoardRenderer } from './board-renderer';
import { DashboardHeader, type DashboardLayout } from './dashboard-header';
import { isControl, isTextField } from './focus';
import type { PlanIndex } from './plan-index';
import { cellContext } from './plan-cells';
import { TableRenderer } from './table-renderer';
import { ActivityCache } from './activity-cache';
import { TimelineRenderer } from './timeline-renderer';

export const DASHBOARD_VIEW_TYPE = 'execplan-dashboard';
export const DASHBOARD_ICON = 'list-checks';

/** What the view needs from the plugin; passed in so the view owns no plugin state. */
export interface DashboardHost {
  index: PlanIndex;
  settings(): ExecPlanSettings;
  now(): number;
  saveLayout(layout: DashboardLayout): void;
  onNewPlan(): void;
  setStatus(file: TFile, status: StatusSetting): Promise<void>;
  /** Reveals a file in the file explorer; null when no explorer can do it. */
  revealInExplorer(file: TFile): boolean;
  /** Milliseconds changes are gathered before one render (default 100). */
  renderDelayMs?: number;
}

const DEFAULT_RENDER_DELAY = 100;
/**
 * Below this pane width (CSS pixels, the view's whole content element) rows switch to the compact
 * two-line layout and board columns stack: the six table columns need about 700 px, and
 * ellipses start cutting titles and next steps well before that.
 */
export const NARROW_BELOW_PX = 880;
/** Columns whose natural first order is descending (most recent, most progress first). */
const DESCENDING_FIRST: ReadonlySet<SortColumn> = new Set(['activity', 'progress']);

/**
 * The plans dashboard: every plan in the vault, grouped by status, as a table, a board or a
 * timeline (ticks and burn-ups read lazily, see activity-cache.ts).
 * It renders from the plan index and re-renders, at most once per `renderDelayMs`, when the
 * index reports changes; the renderers reuse unchanged rows, so an edit to one plan rebuilds
 * one row. Clicking opens a plan (Ctrl/Cmd-click: new tab); right-click offers open, set status
 * and reveal; cards dragged to another column get that column's status.
 */
export class DashboardView extends ItemView {
  private header: DashboardHeader | null = null;
  private body: HTMLElement | null = null;
  private table: TableRenderer | null = null;
  private board: BoardRenderer | null = null;
  private timeline: TimelineRenderer | null = null;
  private activity: ActivityCache | null = null;
  private zoom: TimelineZoom = 'month';
  /** Timeline rows showing their burn-up. */
  private readonly expanded = new Set<string>();
  private emptyEl: HTMLElement | null = null;
  private filterText = '';
  private statusFilter = new Set<GroupKey>();
  private folder: string | null = null;
  private sort: SortOrder = DEFAULT_SORT;
  private readonly collapsed = new Set<GroupKey>();
  private selected: string | null = null;
  private layout: DashboardLayout = 'table';
  private unsubscribe: (() => void) | null = null;
  private timer: number | null = null;
  private dragPath: string | null = null;
  private groupCache = new WeakMap<IndexedPlan, GroupKey>();
  private groupCacheFor: readonly StatusSetting[] | null = null;
  /** Full renders so far (tests check that bursts of changes are batched). */
  renderCount = 0;

  constructor(
    leaf: WorkspaceLeaf,
    private readonly host: DashboardHost,
  ) {
    super(leaf);
  }

  override getViewType(): string {
    return DASHBOARD_VIEW_TYPE;
  }

  override getDisplayText(): string {
    return 'Plans dashboard';
  }

  override getIcon(): string {
    return DASHBOARD_ICON;
  }

  override async onOpen(): Promise<void> {
    this.layout = this.host.settings().dashboardLayout;
    const root = this.contentEl;
    root.empty();
    root.addClass('execplan-dashboard');
    root.setAttribute('tabindex', '0');
    this.header = new DashboardHeader(
      root,
      {
        onFilterText: (text) => {
          this.filterText = text;
          this.renderNow();
        },
        onToggleStatus: (key) => {
          if (!this.statusFilter.delete(key)) this.statusFilter.add(key);
          this.renderNow();
        },
        onFolder: (folder) => {
          this.folder = folder;
          this.renderNow();
        },
        onNewPlan: () => this.host.onNewPlan(),
        onLayout: (layout) => this.setLayout(layout),
      },
      (el, type, fn) => this.registerDomEvent(el, type, fn),
    );
    this.body = root.createDiv({ cls: 'execplan-dashboard-body' });
    this.activity = new ActivityCache(this.app.vault, () => this.scheduleRender());
    // Events delegated to the body (rows and cards carry data-path).
    const body = this.body;
    const on = <K extends keyof HTMLElementEventMap>(type: K, fn: (evt: HTMLElementEventMap[K]) => unknown): void =>
      this.registerDomEvent(body, type, fn);
    on('click', (evt) => this.onBodyClick(evt));
    on('auxclick', (evt) => this.onBodyClick(evt));
    on('contextmenu', (evt) => this.onContextMenu(evt));
    on('dragstart', (evt) => this.onDragStart(evt));
    on('dragover', (evt) => this.onDragOver(evt));
    on('dragleave', (evt) => this.onDragLeave(evt));
    on('drop', (evt) => void this.onDrop(evt));
    on('dragend', () => this.endDrag());
    this.registerDomEvent(root, 'keydown', (evt) => this.onKeyDown(evt));
    // Keys that work as soon as the dashboard is the active view, wherever focus is: Obsidian
    // hands key presses to the active view's scope. Shift+/ is "/" on some keyboard layouts;
    // other modifiers are left to the user's hotkeys.
    this.scope = new Scope(this.app.scope);
    this.scope.register([], '/', (evt) => this.onSlash(evt));
    this.scope.register(['Shift'], '/', (evt) => this.onSlash(evt));
    this.watchWidth(root);
    this.unsubscribe = this.host.index.onChange(() => this.scheduleRender());
    this.host.index.syncSettings();
    this.renderNow();
  }

  override async onClose(): Promise<void> {
    this.unsubscribe?.();
    this.unsubscribe = null;
    if (this.timer !== null) window.clearTimeout(this.timer);
    this.timer = null;
    this.scope = null;
    // Stamps still being read must not render into a closed view.
    this.timeline?.detach();
    this.timeline = null;
    this.body = null;
    this.contentEl.empty();
  }

  /**
   * Switches to the compact layout (`is-narrow`) by the width of this pane, not the window: a
   * dashboard in a sidebar of a wide screen is narrow too. Only the class changes; the CSS does
   * the rest, so a resize costs no render.
   */
  private watchWidth(el: HTMLElement): void {
    const observer = new ResizeObserver((entries) => {
      // The border box: unlike the content box it does not change with the padding or the
      // scrollbar the compact layout itself brings, so the switch cannot flip back and forth.
      const entry = entries[entries.length - 1];
      const width = entry?.borderBoxSize?.[0]?.inlineSize ?? entry?.contentRect.width ?? 0;
      // A pane in a background tab measures 0: keep its layout until it is shown again.
      if (width > 0) el.toggleClass('is-narrow', width < NARROW_BELOW_PX);
    });
    observer.observe(el);
    this.register(() => observer.disconnect());
  }

  /** The filter box, for the `/` shortcut and tests. */
  get filterInput(): HTMLInputElement | null {
    return this.header?.filterInput ?? null;
  }

  get currentLayout(): DashboardLayout {
    return this.layout;
  }

  get selectedPath(): string | null {
    return this.selected;
  }

  /** Rows or cards built since the view opened (not reused), for tests. */
  get builds(): number {
    return (this.table?.rowBuilds ?? 0) + (this.board?.cardBuilds ?? 0) + (this.timeline?.rowBuilds ?? 0);
  }

  setLayout(layout: DashboardLayout): void {
    if (layout === this.layout) return;
    this.layout = layout;
    this.host.saveLayout(layout);
    this.renderNow();
  }

  /** Gathers index changes into one render after a short delay (a throttle, not a reset). */
  private scheduleRender(): void {
    if (this.timer !== null) return;
    this.timer = window.setTimeout(() => {
      this.timer = null;
      this.renderNow();
    }, this.host.renderDelayMs ?? DEFAULT_RENDER_DELAY);
  }

  renderNow(): void {
    const { body, header, host, layout, folder, statusFilter } = this;
    if (!body || !header) return;
    if (this.timer !== null) {
      window.clearTimeout(this.timer);
      this.timer = null;
    }
    this.renderCount++;
    const settings = host.settings();
    const now = host.now();
    const groupOf = this.groupOf(settings.statuses);
    const all = [...host.index.plans()];
    const order = groupOrder(settings.statuses);
    const counts = countByGroup(all, groupOf);
    const visible = sortPlans(
      filterPlans(all, { text: this.filterText, statuses: statusFilter, folder }, groupOf),
      this.sort,
      order,
      groupOf,
    );
    header.update({
      groups: order.map((key) => ({
        key,
        kind: kindOf(key, settings.statuses),
        label: groupLabel(key, settings.statuses),
        count: counts.get(key) ?? 0,
      })),
      total: all.length,
      shown: visible.length,
      folders: foldersOf(all),
      folder,
      statuses: statusFilter,
      layout,
    });
    if (this.selected !== null && !visible.some((p) => p.path === this.selected)) this.selected = null;

    const empty = this.emptyMessage(all.length, visible.length);
    body.toggleClass('is-empty', empty !== null);
    if (empty) {
      this.showEmpty(empty);
      return;
    }
    this.emptyEl?.remove();
    this.emptyEl = null;
    // Groups: every configured status, shown even when empty; "No status" only when used.
    const groups = groupPlans(visible, order, groupOf).filter(
      (g) => g.key !== NO_STATUS_GROUP || g.plans.length > 0 || (counts.get(NO_STATUS_GROUP) ?? 0) > 0,
    );
    const cells = {
      ...cellContext(settings, now),
      groupLabel: (key: GroupKey) => groupLabel(key, settings.statuses),
      selected: this.selected,
    };
    if (layout !== 'table') {
      this.table?.el.remove();
      this.table = null;
    }
    if (layout !== 'board') {
      this.board?.el.remove();
      this.board = null;
    }
    if (layout !== 'timeline') {
      this.timeline?.detach();
      this.timeline = null;
    }
    /** The renderer, put back in the pane when an empty message had taken it out. */
    const shown = <R extends { el: HTMLElement }>(renderer: R): R => {
      if (!renderer.el.isConnected) body.appendChild(renderer.el);
      return renderer;
    };
    if (layout === 'table') {
      this.table = shown(this.table ?? new TableRenderer(body));
      this.table.render(groups, { ...cells, sort: this.sort, collapsed: this.collapsed });
    } else if (layout === 'board') {
      this.board = shown(this.board ?? new BoardRenderer(body));
      this.board.render(groups, { ...cells, canDropOn: (key) => key !== NO_STATUS_GROUP });
    } else {
      this.timeline = shown(this.timeline ?? new TimelineRenderer(body, () => this.scheduleRender()));
      const plans = groups.flatMap((g) => g.plans);
      const { activity, timeline } = this;
      activity?.request(plans.filter((p) => timeline.isNear(p)));
      this.timeline.render(plans, {
        ...cells,
        window: timelineWindow(this.zoom, now),
        zoom: this.zoom,
        activity: (plan) => activity?.get(plan),
        expanded: this.expanded,
      });
    }
  }

  private emptyMessage(total: number, shown: number): 'loading' | 'no-plans' | 'no-match' | null {
    if (!this.host.index.ready && total === 0) return 'loading';
    if (total === 0) return 'no-plans';
    if (shown === 0) return 'no-match';
    return null;
  }

  private showEmpty(kind: 'loading' | 'no-plans' | 'no-match'): void {
    if (!this.body) return;
    this.table?.el.remove();
    this.board?.el.remove();
    this.timeline?.el.remove();
    this.emptyEl?.remove();
    const box = this.body.createDiv({ cls: ['execplan-dashboard-empty', `is-${kind}`] });
    this.emptyEl = box;
    if (kind === 'loading') {
      box.createEl('p', { text: 'Looking for plans…' });
      return;
    }
    if (kind === 'no-match') {
      box.createEl('p', { text: 'No plans match the filter.' });
      const clear = box.createEl('button', { text: 'Clear filter' });
      this.registerDomEvent(clear, 'click', () => this.clearFilter());
      return;
    }
    box.createEl('h3', { text: 'No plans yet' });
    box.createEl('p', {
      text:
        'A plan is a note that tracks a piece of work: its purpose, a progress checklist with ' +
        'timestamps, the decisions taken and what was learned.',
    });
    box.createEl('p', {
      text:
        'Create one with "New plan" (or the command "Create new plan"). Notes with "type: execplan" ' +
        'or the #execplan tag, and notes with a Progress section next to a Decision log, show up here too.',
    });
    const create = box.createEl('button', { cls: 'mod-cta', text: 'New plan' });
    this.registerDomEvent(create, 'click', () => this.host.onNewPlan());
  }

  clearFilter(): void {
    this.filterText = '';
    this.statusFilter = new Set();
    this.folder = null;
    if (this.header) this.header.filterInput.value = '';
    this.renderNow();
  }

  /** A plan's group: its configured status name, or "none" (memoised per plan object). */
  private groupOf(statuses: readonly StatusSetting[]): (plan: IndexedPlan) => GroupKey {
    if (this.groupCacheFor !== statuses) {
      this.groupCache = new WeakMap();
      this.groupCacheFor = statuses;
    }
    const cache = this.groupCache;
    return (plan) => {
      let key = cache.get(plan);
      if (key === undefined) {
        key = configuredStatus(statuses, plan.statusRaw, plan.status)?.name ?? NO_STATUS_GROUP;
        cache.set(plan, key);
      }
      return key;
    };
  }

  // --- Events -------------------------------------------------------------------------------

  private onBodyClick(evt: MouseEvent): void {
    const target = evt.target instanceof Element ? evt.target : null;
    if (!target) return;
    const sortButton = target.closest<HTMLElement>('[data-sort]');
    if (sortButton?.dataset.sort) {
      this.toggleSort(sortButton.dataset.sort as SortColumn);
      return;
    }
    const groupButton = target.closest<HTMLElement>('.execplan-group-toggle');
    if (groupButton?.dataset.group !== undefined) {
      const key = groupButton.dataset.group;
      if (!this.collapsed.delete(key)) this.collapsed.add(key);
      this.renderNow();
      return;
    }
    const zoom = target.closest<HTMLElement>('[data-zoom]')?.dataset.zoom;
    if (zoom) {
      this.zoom = zoom as TimelineZoom;
      this.renderNow();
      return;
    }
    const path = pathAt(target);
    if (path === null) return;
    if (target.closest('[data-expand]')) {
      if (!this.expanded.delete(path)) this.expanded.add(path);
      this.renderNow();
      return;
    }
    // Middle click arrives as auxclick (button 1); other aux buttons are not ours.
    if (evt.type === 'auxclick' && evt.button !== 1) return;
    this.select(path);
    // A timeline tick opens the note at its line.
    void this.openPlan(path, evt, undefined, Number(target.closest('[data-line]')?.getAttribute('data-line')));
  }

  private toggleSort(column: SortColumn): void {
    if (this.sort.column === column) this.sort = { column, descending: !this.sort.descending };
    else this.sort = { column, descending: DESCENDING_FIRST.has(column) };
    this.renderNow();
  }

  private onContextMenu(evt: MouseEvent): void {
    const path = pathAt(evt.target);
    if (path === null) return;
    evt.preventDefault();
    this.select(path);
    this.planMenu(path).showAtMouseEvent(evt);
  }

  /** The right-click menu of a plan: open, set status, reveal. */
  planMenu(path: string): Menu {
    const menu = new Menu();
    const file = this.fileAt(path);
    const add = (title: string, icon: string, run: () => void): void => {
      menu.addItem((item) => item.setTitle(title).setIcon(icon).onClick(run));
    };
    add('Open', 'file-text', () => void this.openPlan(path, null));
    add('Open in new tab', 'file-plus', () => void this.openPlan(path, null, 'tab'));
    menu.addSeparator();
    const plan = this.host.index.get(path);
    const statuses = this.host.settings().statuses;
    const current = plan ? configuredStatus(statuses, plan.statusRaw, plan.status) : null;
    for (const status of statuses) {
      menu.addItem((item) => {
        item.setTitle(`Set status: ${status.name}`).setIcon('circle-dot');
        if (current?.name === status.name) item.setChecked(true);
        item.onClick(() => {
          if (file) void this.host.setStatus(file, status);
        });
      });
    }
    menu.addSeparator();
    add('Reveal in file explorer', 'folder-open', () => {
      if (file && !this.host.revealInExplorer(file)) new Notice('Open the file explorer to reveal the plan.');
    });
    return menu;
  }

  private fileAt(path: string): TFile | null {
    const file = this.app.vault.getAbstractFileByPath(path);
    return file instanceof TFile ? file : null;
  }

  /**
   * Opens a plan. Ctrl/Cmd-click or a middle click opens a new tab (Keymap.isModEvent); a
   * plain click reuses the most recent note tab so the dashboard itself stays open.
   */
  async openPlan(path: string, evt: MouseEvent | KeyboardEvent | null, force?: 'tab', line?: number): Promise<void> {
    const file = this.fileAt(path);
    if (!file) return;
    const mode = force ?? (evt ? Keymap.isModEvent(evt) : false);
    const { workspace } = this.app;
    let leaf: WorkspaceLeaf;
    if (mode) leaf = workspace.getLeaf(mode);
    else {
      const recent = workspace.getMostRecentLeaf();
      const reusable = recent && recent !== this.leaf && recent.view.getViewType() === 'markdown' ? recent : null;
      leaf = reusable ?? workspace.getLeavesOfType('markdown').find((l) => l !== this.leaf) ?? workspace.getLeaf('tab');
    }
    await openAtLine(leaf, file, line);
  }

  private onDragStart(evt: DragEvent): void {
    const target = evt.target instanceof Element ? evt.target.closest<HTMLElement>('.execplan-card') : null;
    const path = target?.dataset.path;
    if (!target || path === undefined) return;
    this.dragPath = path;
    target.addClass('is-dragging');
    if (evt.dataTransfer) {
      evt.dataTransfer.setData('text/plain', path);
      evt.dataTransfer.effectAllowed = 'move';
    }
  }

  private onDragOver(evt: DragEvent): void {
    const column = columnAt(evt.target);
    if (!column || this.dragPath === null || column.hasClass('is-drop-disabled')) return;
    evt.preventDefault();
    if (evt.dataTransfer) evt.dataTransfer.dropEffect = 'move';
    column.addClass('is-drop-target');
  }

  private onDragLeave(evt: DragEvent): void {
    const column = columnAt(evt.target);
    const into = evt.relatedTarget instanceof Node ? evt.relatedTarget : null;
    if (column && (!into || !column.contains(into))) column.removeClass('is-drop-target');
  }

  private async onDrop(evt: DragEvent): Promise<void> {
    const column = columnAt(evt.target);
    const path = this.dragPath ?? evt.dataTransfer?.getData('text/plain') ?? null;
    this.endDrag();
    if (!column || !path || column.hasClass('is-drop-disabled')) return;
    evt.preventDefault();
    const key = column.dataset.group;
    const status = this.host.settings().statuses.find((s) => s.name === key);
    const plan = this.host.index.get(path);
    const file = this.fileAt(path);
    if (!status || !plan || !file) return;
    const current = configuredStatus(this.host.settings().statuses, plan.statusRaw, plan.status);
    if (current?.name === status.name) return;
    await this.host.setStatus(file, status);
  }

  private endDrag(): void {
    this.dragPath = null;
    for (const el of Array.from(this.contentEl.querySelectorAll('.is-drop-target, .is-dragging'))) {
      el.removeClass('is-drop-target');
      el.removeClass('is-dragging');
    }
  }

  /** "/" from the view scope: focus the filter, unless "/" is being typed into a field. */
  private onSlash(evt: KeyboardEvent): boolean {
    const target = evt.target instanceof Node ? evt.target : this.contentEl.doc.activeElement;
    if (isTextField(target)) return true;
    const input = this.header?.filterInput;
    input?.focus();
    input?.select();
    // false: Obsidian prevents the default, so the "/" is not typed into the filter.
    return false;
  }

  private onKeyDown(evt: KeyboardEvent): void {
    const input = this.header?.filterInput;
    if (evt.key === 'Escape' && evt.target === input && input) {
      if (input.value !== '') {
        input.value = '';
        this.filterText = '';
        this.renderNow();
      }
      this.contentEl.focus();
      return;
    }
    const down = evt.key === 'ArrowDown' ? 1 : evt.key === 'ArrowUp' ? -1 : 0;
    const across = evt.key === 'ArrowRight' ? 1 : evt.key === 'ArrowLeft' ? -1 : 0;
    // Arrows in a chip, button, the filter or the folder menu belong to that control (moving
    // the caret, the menu, the browser's own focus handling), not to the selection.
    if ((down || across) && isControl(evt.target)) return;
    if (down) {
      evt.preventDefault();
      this.moveSelection(down);
      return;
    }
    if (across && this.board) {
      evt.preventDefault();
      this.moveAcross(across);
      return;
    }
    if (evt.key === 'Enter' && this.selected !== null && !(evt.target instanceof HTMLButtonElement)) {
      evt.preventDefault();
      void this.openPlan(this.selected, evt);
    }
  }

  private visiblePaths(): string[] {
    return (this.table ?? this.board ?? this.timeline)?.visiblePaths() ?? [];
  }

  moveSelection(step: 1 | -1): void {
    const paths = this.visiblePaths();
    if (paths.length === 0) return;
    const at = this.selected === null ? -1 : paths.indexOf(this.selected);
    const next = at < 0 ? (step > 0 ? 0 : paths.length - 1) : Math.min(paths.length - 1, Math.max(0, at + step));
    const path = paths[next];
    if (path !== undefined) this.select(path);
  }

  /** Board: to the nearest card in the next column (left or right) that has cards. */
  moveAcross(step: 1 | -1): void {
    if (!this.board) return;
    const path = this.selected === null ? this.board.edgeCard(step) : this.board.neighbour(this.selected, step);
    if (path !== null) this.select(path);
  }

  private select(path: string): void {
    const previous = this.selected;
    this.selected = path;
    if (previous !== null) {
      const before = this.elementOf(previous);
      before?.removeClass('is-selected');
      before?.removeAttribute('aria-selected');
    }
    const el = this.elementOf(path);
    if (el) {
      el.addClass('is-selected');
      el.setAttribute('aria-selected', 'true');
      if (typeof el.scrollIntoView === 'function') el.scrollIntoView({ block: 'nearest' });
    }
  }

  private elementOf(path: string): HTMLElement | null {
    return this.table?.rowElement(path) ?? this.board?.cardElement(path) ?? this.timeline?.rowElement(path) ?? null;
  }
}

/** Configured statuses in order (each name once), then "No status". */
function groupOrder(statuses: readonly StatusSetting[]): GroupKey[] {
  const keys: GroupKey[] = [];
  for (const s of statuses) if (!keys.includes(s.name)) keys.push(s.name);
  keys.push(NO_STATUS_GROUP);
  return keys;
}

function groupLabel(key: GroupKey, statuses: readonly StatusSetting[]): string {
  if (key === NO_STATUS_GROUP) return 'No status';
  return statuses.find((s) => s.name === key)?.name ?? key;
}

function kindOf(key: GroupKey, statuses: readonly StatusSetting[]): StatusKind | null {
  return statuses.find((s) => s.name === key)?.kind ?? null;
}

/** The plan path of the row, card or tick an event happened in. */
function pathAt(target: EventTarget | null): string | null {
  if (!(target instanceof Element)) return null;
  return target.closest<HTMLElement>('[data-path]')?.dataset.path ?? null;
}

function columnAt(target: EventTarget | null): HTMLElement | null {
  return target instanceof Element ? target.closest<HTMLElement>('.execplan-board-column') : null;
}
