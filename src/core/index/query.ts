import { STATUS_KINDS } from '../types';
import { isUnder } from './detect';
import type { IndexedPlan } from './types';

/** Filtering, sorting and grouping of indexed plans for the dashboard; pure and DOM-free. */

/**
 * A status group's key. By default the canonical status or 'none'; the plugin groups by its
 * configured status names instead, through a `GroupOf` function.
 */
export type GroupKey = string;
export type GroupOf = (plan: IndexedPlan) => GroupKey;

export const NO_STATUS_GROUP = 'none';

export interface PlanFilter {
  /** Case-insensitive words; every word must occur in the title, path, next step, status or tags. */
  text: string;
  /** Groups to show; empty shows all. */
  statuses: ReadonlySet<GroupKey>;
  /** Folder (with its subfolders) to show; null shows all. */
  folder: string | null;
}

export const EMPTY_FILTER: PlanFilter = { text: '', statuses: new Set(), folder: null };

export type SortColumn = 'title' | 'status' | 'progress' | 'next' | 'activity';

export interface SortOrder {
  column: SortColumn;
  descending: boolean;
}

export const DEFAULT_SORT: SortOrder = { column: 'activity', descending: true };

export function groupKeyOf(plan: IndexedPlan): GroupKey {
  return plan.status ?? NO_STATUS_GROUP;
}

const haystacks = new WeakMap<IndexedPlan, string>();

function haystackOf(plan: IndexedPlan): string {
  let text = haystacks.get(plan);
  if (text === undefined) {
    text = [plan.title, plan.path, plan.nextStep ?? '', plan.statusRaw ?? '', ...plan.tags.map((t) => '#' + t)]
      .join('\n')
      .toLowerCase();
    haystacks.set(plan, text);
  }
  return text;
}

export function matchesFilter(plan: IndexedPlan, filter: PlanFilter, groupOf: GroupOf = groupKeyOf): boolean {
  if (filter.statuses.size > 0 && !filter.statuses.has(groupOf(plan))) return false;
  // The vault root ('') means plans directly in it; any other folder includes its subfolders.
  const folder = filter.folder;
  if (folder !== null && plan.folder !== folder && (folder === '' || !isUnder(plan.path, folder))) return false;
  const words = filter.text.toLowerCase().split(/\s+/).filter((w) => w !== '');
  if (words.length === 0) return true;
  const hay = haystackOf(plan);
  return words.every((w) => hay.includes(w));
}

export function filterPlans(plans: Iterable<IndexedPlan>, filter: PlanFilter, groupOf: GroupOf = groupKeyOf): IndexedPlan[] {
  const out: IndexedPlan[] = [];
  for (const plan of plans) if (matchesFilter(plan, filter, groupOf)) out.push(plan);
  return out;
}

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

/** Missing values sort last in both directions: an empty cell is never "the most". */
function compareMaybe<T>(a: T | null, b: T | null, cmp: (x: T, y: T) => number, descending: boolean): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  const c = cmp(a, b);
  return descending ? -c : c;
}

function ratio(plan: IndexedPlan): number | null {
  return plan.total === 0 ? null : plan.done / plan.total;
}

export function comparePlans(
  order: SortOrder,
  statusOrder: readonly GroupKey[] = defaultGroupOrder(),
  groupOf: GroupOf = groupKeyOf,
): (a: IndexedPlan, b: IndexedPlan) => number {
  const rank = new Map(statusOrder.map((k, i) => [k, i]));
  const d = order.descending;
  const byTitle = (a: IndexedPlan, b: IndexedPlan): number => collator.compare(a.title, b.title) || collator.compare(a.path, b.path);
  const primary = (a: IndexedPlan, b: IndexedPlan): number => {
    switch (order.column) {
      case 'title':
        return d ? -byTitle(a, b) : byTitle(a, b);
      case 'status':
        return compareMaybe(rank.get(groupOf(a)) ?? null, rank.get(groupOf(b)) ?? null, (x, y) => x - y, d);
      case 'progress':
        return compareMaybe(ratio(a), ratio(b), (x, y) => x - y, d);
      case 'next':
        return compareMaybe(a.nextStep, b.nextStep, (x, y) => collator.compare(x, y), d);
      case 'activity':
        return compareMaybe(a.lastActivity, b.lastActivity, (x, y) => x - y, d);
    }
  };
  return (a, b) => primary(a, b) || byTitle(a, b);
}

export function sortPlans(
  plans: IndexedPlan[],
  order: SortOrder,
  statusOrder?: readonly GroupKey[],
  groupOf: GroupOf = groupKeyOf,
): IndexedPlan[] {
  return plans.sort(comparePlans(order, statusOrder, groupOf));
}

export function defaultGroupOrder(): GroupKey[] {
  return [...STATUS_KINDS, NO_STATUS_GROUP];
}

export interface PlanGroup {
  key: GroupKey;
  plans: IndexedPlan[];
}

/** Every group in `order`, empty ones included, each keeping the input's order. */
export function groupPlans(plans: readonly IndexedPlan[], order: readonly GroupKey[], groupOf: GroupOf = groupKeyOf): PlanGroup[] {
  const groups = new Map<GroupKey, IndexedPlan[]>(order.map((k) => [k, []]));
  for (const plan of plans) {
    const key = groupOf(plan);
    let list = groups.get(key);
    if (!list) {
      list = [];
      groups.set(key, list);
    }
    list.push(plan);
  }
  return [...groups].map(([key, list]) => ({ key, plans: list }));
}

export function countByGroup(plans: Iterable<IndexedPlan>, groupOf: GroupOf = groupKeyOf): Map<GroupKey, number> {
  const counts = new Map<GroupKey, number>();
  for (const plan of plans) {
    const key = groupOf(plan);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** Distinct folders holding plans, sorted. */
export function foldersOf(plans: Iterable<IndexedPlan>): string[] {
  const set = new Set<string>();
  for (const plan of plans) set.add(plan.folder);
  return [...set].sort((a, b) => collator.compare(a, b));
}
