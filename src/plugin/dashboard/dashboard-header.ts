import type { GroupKey } from '../../core/index/query';
import type { StatusKind } from '../../core/types';
import { dropUnused, setPressed, setTextIfChanged } from './keyed-dom';

export type DashboardLayout = 'table' | 'board' | 'timeline';

export interface HeaderCallbacks {
  onFilterText(text: string): void;
  onToggleStatus(key: GroupKey): void;
  onFolder(folder: string | null): void;
  onNewPlan(): void;
  onLayout(layout: DashboardLayout): void;
}

export interface HeaderState {
  /** Groups in display order with their labels and counts (over all plans, unfiltered). */
  groups: readonly { key: GroupKey; kind: StatusKind | null; label: string; count: number }[];
  total: number;
  shown: number;
  folders: readonly string[];
  folder: string | null;
  statuses: ReadonlySet<GroupKey>;
  layout: DashboardLayout;
}

/** Option value for "all folders"; no folder path can contain a NUL. */
const ALL_FOLDERS = '\u0000';

/**
 * The dashboard's toolbar: plan counts, status chips (each a filter toggle showing its count),
 * the text filter, the folder filter, "New plan" and the table/board/timeline switch. Built once; each
 * render only updates texts, pressed states and the folder list.
 */
export class DashboardHeader {
  readonly el: HTMLElement;
  readonly filterInput: HTMLInputElement;
  private readonly summary: HTMLElement;
  private readonly chips: HTMLElement;
  private readonly chipEls = new Map<GroupKey, { el: HTMLElement; count: HTMLElement; label: HTMLElement }>();
  private readonly folderSelect: HTMLSelectElement;
  private folderKey = '';
  private readonly layoutButtons = new Map<DashboardLayout, HTMLButtonElement>();

  constructor(parent: HTMLElement, callbacks: HeaderCallbacks, register: (el: HTMLElement, type: 'input' | 'click' | 'change', fn: (evt: Event) => void) => void) {
    this.el = parent.createDiv({ cls: 'execplan-dashboard-header' });
    const top = this.el.createDiv({ cls: 'execplan-dashboard-toolbar' });
    this.summary = top.createDiv({ cls: 'execplan-dashboard-summary' });
    this.filterInput = top.createEl('input', {
      cls: 'execplan-dashboard-filter',
      type: 'search',
      placeholder: 'Filter plans… (press / to focus)',
      attr: { 'aria-label': 'Filter plans' },
    });
    const filter = this.filterInput;
    register(filter, 'input', () => callbacks.onFilterText(filter.value));
    const select = (this.folderSelect = top.createEl('select', {
      cls: ['dropdown', 'execplan-dashboard-folder'],
      attr: { 'aria-label': 'Folder' },
    }));
    register(select, 'change', () => {
      const value = select.value;
      callbacks.onFolder(value === ALL_FOLDERS ? null : value);
    });
    const layout = top.createDiv({ cls: 'execplan-layout-switch', attr: { role: 'group', 'aria-label': 'Layout' } });
    for (const [value, label] of [['table', 'Table'], ['board', 'Board'], ['timeline', 'Timeline']] as const) {
      const button = layout.createEl('button', { cls: 'execplan-layout-button', text: label, attr: { 'data-layout': value } });
      register(button, 'click', () => callbacks.onLayout(value));
      this.layoutButtons.set(value, button);
    }
    const newPlan = top.createEl('button', { cls: ['mod-cta', 'execplan-new-plan'], text: 'New plan' });
    register(newPlan, 'click', () => callbacks.onNewPlan());
    this.chips = this.el.createDiv({ cls: 'execplan-status-chips', attr: { role: 'group', 'aria-label': 'Filter by status' } });
    register(this.chips, 'click', (evt) => {
      const target = evt.target instanceof Element ? evt.target.closest<HTMLElement>('[data-group]') : null;
      const key = target?.dataset.group;
      if (key !== undefined) callbacks.onToggleStatus(key);
    });
  }

  update(state: HeaderState): void {
    const summary =
      state.shown === state.total
        ? `${state.total} ${state.total === 1 ? 'plan' : 'plans'}`
        : `${state.shown} of ${state.total} plans`;
    setTextIfChanged(this.summary, summary);
    this.updateChips(state);
    this.updateFolders(state.folders, state.folder);
    for (const [value, button] of this.layoutButtons) setPressed(button, value === state.layout);
  }

  private updateChips(state: HeaderState): void {
    dropUnused(this.chipEls, new Set(state.groups.map((g) => g.key)));
    let cursor: ChildNode | null = this.chips.firstChild;
    for (const group of state.groups) {
      let chip = this.chipEls.get(group.key);
      if (!chip) {
        const el = this.chips.createEl('button', {
          cls: ['execplan-status-chip', `execplan-status-${group.kind ?? 'none'}`],
          attr: { 'data-group': group.key },
        });
        const label = el.createSpan({ cls: 'execplan-status-chip-label' });
        const count = el.createSpan({ cls: 'execplan-status-chip-count' });
        chip = { el, label, count };
        this.chipEls.set(group.key, chip);
      }
      if (chip.el !== cursor) this.chips.insertBefore(chip.el, cursor);
      else cursor = cursor.nextSibling;
      setTextIfChanged(chip.label, group.label);
      setTextIfChanged(chip.count, String(group.count));
      setPressed(chip.el, state.statuses.has(group.key));
    }
  }

  private updateFolders(folders: readonly string[], selected: string | null): void {
    const select = this.folderSelect;
    const key = folders.join('\n');
    if (key !== this.folderKey) {
      this.folderKey = key;
      select.empty();
      select.createEl('option', { text: 'All folders', value: ALL_FOLDERS });
      for (const folder of folders) select.createEl('option', { text: folder === '' ? '/' : folder, value: folder });
    }
    const value = selected ?? ALL_FOLDERS;
    if (select.value !== value) select.value = value;
  }
}
