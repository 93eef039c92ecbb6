import { parseStamp } from '../timestamps';
import { keyToMs, stampKey } from './stamp-key';

/**
 * Reading loosely-typed frontmatter values. Obsidian hands properties over as parsed YAML, so a
 * status may be a string, a list, a number or a date; these helpers turn each into text or a
 * time once. They are the only such readers: the engine's `textValue`/`dateValue`
 * (read/frontmatter-data.ts) are these applied to a property looked up by its keys.
 */

/**
 * Whether the last frontmatter asked about has a key with capitals. Most notes write keys in
 * lower case, and then a missing key is simply missing: no walk over the keys (a `for…in` over
 * a cloned object is slow, and the index asks about several absent keys per plan).
 */
let lastFrontmatter: Record<string, unknown> | null = null;
let lastHasCapitals = false;
const CAPITAL = /[A-Z]/;

function hasCapitals(fm: Record<string, unknown>): boolean {
  if (fm !== lastFrontmatter) {
    lastFrontmatter = fm;
    lastHasCapitals = false;
    for (const k in fm) {
      if (CAPITAL.test(k)) {
        lastHasCapitals = true;
        break;
      }
    }
  }
  return lastHasCapitals;
}

/** A property by exact key first (the common case, one lookup), then case-insensitively. */
export function property(fm: Record<string, unknown> | undefined, key: string): unknown {
  if (!fm) return undefined;
  const direct = fm[key];
  if (direct !== undefined) return direct;
  if (!hasCapitals(fm)) return undefined;
  for (const k in fm) {
    if (k.length === key.length && k.toLowerCase() === key) return fm[k];
  }
  return undefined;
}

/** Text of a scalar or the first scalar of a list; null when empty or not text-like. */
export function asText(value: unknown): string | null {
  if (typeof value === 'string') {
    const trimmed = value.trim();
    return trimmed === '' ? null : trimmed;
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  if (Array.isArray(value)) {
    for (const item of value) {
      const text = asText(item);
      if (text !== null) return text;
    }
  }
  return null;
}

/**
 * A property as a time, epoch milliseconds: a YAML timestamp (a Date), or text `parseStamp`
 * reads (`2026-11-20`, `2026-11-20 13:00Z`, …); null when it is neither.
 */
export function asEpochMs(value: unknown): number | null {
  if (value instanceof Date) {
    const ms = value.getTime();
    return Number.isNaN(ms) ? null : ms;
  }
  const text = asText(value);
  if (text === null) return null;
  // The index asks this for every plan: a plain `2026-11-20` or `2026-11-20 13:00Z` is read by
  // key, with no regex (stamp-key.ts; a property test holds it equal to the stamp regex).
  const first = text.charCodeAt(0);
  if (first >= 0x30 && first <= 0x39) {
    const key = stampKey(text, 0);
    if (key >= 0) return keyToMs(key);
  }
  const date = parseStamp(text);
  return date ? date.getTime() : null;
}

/**
 * Every word of a scalar-or-list property, as the engine reads tags: `tags: a b`, `tags: a, b`
 * and `tags: [a, b]` all give `a`, `b`. Numbers count (`tags: [2026]`).
 */
const SEPARATOR = /[,\s]/;

export function asTextList(value: unknown): string[] {
  const out: string[] = [];
  const add = (v: unknown): void => {
    if (Array.isArray(v)) {
      for (const item of v) add(item);
      return;
    }
    if (typeof v !== 'string' && typeof v !== 'number') return;
    const text = String(v);
    if (!SEPARATOR.test(text)) {
      if (text !== '') out.push(text);
      return;
    }
    for (const part of text.split(/[,\s]+/)) if (part !== '') out.push(part);
  };
  add(value);
  return out;
}
