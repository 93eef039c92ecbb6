import { EMPTY, OTHER, type PlainValue, onlyCommentAfter, readScalar, resolvePlain, skipSpaces, trimSpacesBack, WORD } from './yaml-plain-scalar';

/**
 * A fast reader for the YAML most frontmatter is: one `key: value` line per property at the
 * margin, each value a one-line scalar or `[a, b]` (yaml-plain-scalar.ts), or nothing, or a
 * block list of such scalars on the lines below (`tags:` then `  - execplan`), with blank and
 * comment lines between. The `yaml` library takes about 0.6 s and 200 MB for 1 MB of such lines
 * (it builds a token stream, a syntax tree and a document before the object), and ~40 µs for a
 * plan's few properties; this reads them in one pass. Anything else (nested maps, multi-line
 * values, escapes, anchors, tags, odd indentation, tabs, control characters, directives) gives
 * `undefined`, and the caller asks the library: this reader only answers where its answer is
 * the library's `parseDocument(text).toJS()` under the default YAML 1.2 core schema
 * (test/cli/yaml-plain-map.property.test.ts holds the two to the same result).
 */

export type { PlainValue };

/** Thrown for a key given twice, in the words the library-backed check uses too. */
export function duplicateKeyError(key: PlainValue): Error {
  return new Error(`Map keys must be unique: "${String(key)}" appears more than once`);
}

/**
 * Whether `text` holds a character YAML forbids or treats specially: C0/C1 controls (tab
 * included), a CR that does not end a CRLF line, BOM, line separators.
 */
function hasAwkward(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x20 && c < 0x7f) continue;
    if (c === 0x0a || (c === 0x0d && text.charCodeAt(i + 1) === 0x0a)) continue;
    if (c < 0xa0 || c === 0xfeff || c === 0x2028 || c === 0x2029) return true;
  }
  return false;
}

/** The library refuses an implicit key whose `:` is more than 1024 characters on. */
const MAX_KEY = 1000;

/** A block list being read: its items and the indentation of their dashes. */
interface OpenList {
  items: PlainValue[];
  indent: number;
}

/**
 * The properties of `text` when it is all such lines (see above); `undefined` when it is
 * anything else. A key given twice throws, as the library-backed reader does.
 */
export function readPlainMapping(text: string): Record<string, unknown> | undefined {
  if (hasAwkward(text)) return undefined;
  const data: Record<string, unknown> = {};
  const seen = new Set<PlainValue>();
  // A duplicate is only reported once every line is known to be this reader's: a later line
  // the library must read may hold an error it would report first.
  let duplicate: { key: PlainValue } | null = null;
  let entries = 0;
  // The key whose value was left empty: a block list may follow it.
  let emptyKey: string | null = null;
  let list: OpenList | null = null;
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.charCodeAt(end - 1) === 0x0d ? text.slice(start, end - 1) : text.slice(start, end);
    start = end + 1;
    if (onlyCommentAfter(line, 0) || line.charCodeAt(0) === 0x23) continue;
    const indent = skipSpaces(line, 0);
    const dash = line.charCodeAt(indent) === 0x2d && (indent + 1 === line.length || line.charCodeAt(indent + 1) === 0x20);
    if (dash) {
      // A list item: under an empty key, or after the items before it at the same indentation.
      if (list === null && emptyKey !== null) {
        list = { items: [], indent };
        data[emptyKey] = list.items;
        emptyKey = null;
      }
      if (list === null || indent !== list.indent) return undefined;
      const item = readScalar(line, indent + 1);
      if (item === OTHER || Array.isArray(item)) return undefined;
      list.items.push(item === EMPTY ? null : item);
      continue;
    }
    // Anything else indented continues a value (a nested map, a wrapped line).
    if (indent > 0) return undefined;
    list = null;
    const colon = line.indexOf(':');
    if (colon < 0 || colon > MAX_KEY) return undefined;
    if (colon + 1 < line.length && line.charCodeAt(colon + 1) !== 0x20) return undefined;
    const source = line.slice(0, trimSpacesBack(line, 0, colon));
    if (!WORD.test(source) || source === '__proto__') return undefined;
    const value = readScalar(line, colon + 1);
    if (value === OTHER) return undefined;
    const key = resolvePlain(source);
    if (duplicate === null && seen.has(key)) duplicate = { key };
    seen.add(key);
    const name = key === null ? '' : String(key);
    data[name] = value === EMPTY ? null : value;
    emptyKey = value === EMPTY ? name : null;
    entries++;
  }
  if (entries === 0) return undefined;
  if (duplicate !== null) throw duplicateKeyError(duplicate.key);
  return data;
}
