import type { PlanDocument } from '../markdown';
import { frontmatterData } from '../read';
import { formatStamp } from '../timestamps';
import type { Splice, TimeOptions } from '../types';
import { planSetProperties } from './frontmatter-edit';

/** Property names people use for "last updated"; the note's own spelling is kept. */
const UPDATED_KEYS: readonly string[] = ['updated', 'last_updated', 'last-updated', 'lastupdated', 'last updated'];

/**
 * The `updated` property for a moment, in the shape the note already uses: the date alone
 * (as new plans write it), or date and time in the stamp format when the value has a time.
 * The plugin and the CLI both use this, so they keep a note's `updated` in one shape.
 */
export function updatedProperty(doc: PlanDocument, at: Date, time: TimeOptions): [string, string] {
  const data = frontmatterData(doc) ?? {};
  const key = Object.keys(data).find((k) => UPDATED_KEYS.includes(k.toLowerCase())) ?? 'updated';
  const current = data[key];
  const withTime = typeof current === 'string' && /\d{1,2}:\d{2}/.test(current);
  return [key, formatStamp(at, withTime ? time : { format: 'yyyy-MM-dd', utc: time.utc })];
}

export interface UpdatedBump {
  splices: Splice[];
  /** Why `updated` was left alone, when it could not be set. */
  warning: string | null;
}

/**
 * Splices that set `updated` after a log entry. Only a note that already has properties gets
 * it: a plan without frontmatter is not given one just for this. A block that cannot be
 * edited (malformed YAML, `updated` holding a list) is left alone with a warning, so the
 * entry the user just typed still lands.
 */
export function planBumpUpdated(doc: PlanDocument, at: Date, time: TimeOptions): UpdatedBump {
  if (!doc.frontmatter) return { splices: [], warning: null };
  const [key, value] = updatedProperty(doc, at, time);
  const result = planSetProperties(doc, { [key]: value });
  if (!result.ok) return { splices: [], warning: `"${key}" was left unchanged: ${result.message}` };
  return { splices: result.splices, warning: null };
}

/** True when no two splices touch the same characters (so they can be applied together). */
export function splicesAreDisjoint(splices: readonly Splice[]): boolean {
  const ordered = [...splices].sort((a, b) => a.offset - b.offset);
  for (let i = 1; i < ordered.length; i++) {
    const prev = ordered[i - 1];
    const next = ordered[i];
    if (prev && next && prev.offset + prev.deleteCount > next.offset) return false;
  }
  return true;
}
