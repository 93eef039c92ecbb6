import { normaliseStatus } from '../status';
import type { StatusKind } from '../types';
import type { IndexStatusName } from './types';

/**
 * Status text to canonical kind, remembered per distinct text: a vault holds thousands of plans
 * but only a handful of distinct status spellings, and normaliseStatus is a word search.
 * Configured status names (from settings) win over the built-in vocabulary.
 */
const MEMO_LIMIT = 5_000;
const memo = new Map<string, StatusKind | null>();
const namesCache = new WeakMap<readonly IndexStatusName[], Map<string, StatusKind>>();

export function statusKindOf(raw: string, names?: readonly IndexStatusName[]): StatusKind | null {
  if (names && names.length > 0) {
    let byName = namesCache.get(names);
    if (!byName) {
      byName = new Map(names.map((n) => [n.name.trim().toLowerCase(), n.kind]));
      namesCache.set(names, byName);
    }
    const configured = byName.get(raw.toLowerCase());
    if (configured !== undefined) return configured;
  }
  const known = memo.get(raw);
  if (known !== undefined) return known;
  const kind = normaliseStatus(raw);
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(raw, kind);
  return kind;
}
