/**
 * A fast reader for the YAML most frontmatter is: one `key: value` line per property at the
 * margin, each value a one-line plain or quoted scalar (or nothing), with blank and comment
 * lines between. The `yaml` library takes about 0.6 s and 200 MB for 1 MB of such lines (it
 * builds a token stream, a syntax tree and a document before the object); this reads them in
 * one pass. Anything else (lists, nested maps, flow style, escapes, anchors, tags, indentation,
 * tabs, control characters, directives) gives `undefined`, and the caller asks the library:
 * this reader only ever answers where its answer is the library's `parseDocument(text).toJS()`
 * under the default YAML 1.2 core schema (test/cli/yaml-plain-map.property.test.ts holds the
 * two to the same result).
 */

/** What the core schema makes of a plain scalar. */
export type PlainValue = string | number | boolean | null;

/** Thrown for a key given twice, in the words the library-backed check uses too. */
export function duplicateKeyError(key: PlainValue): Error {
  return new Error(`Map keys must be unique: "${String(key)}" appears more than once`);
}

// The core schema's resolution, in its order (yaml/dist/schema/core): the first test that
// matches a plain scalar decides its type; none matching leaves it a string.
const NULL = /^(?:~|[Nn]ull|NULL)?$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const INT_OCT = /^0o[0-7]+$/;
const INT = /^[-+]?[0-9]+$/;
const INT_HEX = /^0x[0-9a-fA-F]+$/;
const FLOAT_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;

/** A plain scalar as the core schema resolves it (the library's own conversions, copied). */
export function resolvePlain(source: string): PlainValue {
  // Most values start with a letter other than n, t, f, N, T, F: text, decided at once.
  const first = source.charCodeAt(0);
  if (!(first <= 0x39 || first === 0x4e || first === 0x54 || first === 0x46 || first === 0x6e || first === 0x74 || first === 0x66 || first === 0x7e)) {
    return source;
  }
  if (NULL.test(source)) return null;
  if (BOOL.test(source)) return first === 0x74 || first === 0x54;
  if (INT_OCT.test(source)) return parseInt(source.substring(2), 8);
  if (INT.test(source)) return parseInt(source, 10);
  if (INT_HEX.test(source)) return parseInt(source.substring(2), 16);
  if (FLOAT_NAN.test(source)) {
    if (source.slice(-3).toLowerCase() === 'nan') return NaN;
    return source.startsWith('-') ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  }
  if (FLOAT_EXP.test(source) || FLOAT.test(source)) return parseFloat(source);
  return source;
}

/** A key this reader takes: letters, digits, `_`, then also blanks, `.`, `/` and `-`. */
const KEY = /^[\p{L}\p{N}_][\p{L}\p{N}_ ./-]*$/u;
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
/** Characters that may not start a plain scalar (YAML's indicators), `-` handled apart. */
const INDICATORS = new Set(['?', ':', ',', '[', ']', '{', '}', '#', '&', '*', '!', '|', '>', "'", '"', '%', '@', '`']);

/** Marks a line this reader does not take: the whole text then goes to the library. */
const OTHER = Symbol('other');

const SPACE = 0x20;
const HASH = 0x23;

/** Where the blanks from `at` on end (the line's end at most). */
function skipSpaces(line: string, at: number): number {
  let i = at;
  while (line.charCodeAt(i) === SPACE) i++;
  return i;
}

/** Where the blanks ending at `end` start (`from` at least). */
function trimSpacesBack(line: string, from: number, end: number): number {
  let i = end;
  while (i > from && line.charCodeAt(i - 1) === SPACE) i--;
  return i;
}

/** Whether only blanks, or blanks and then a comment, follow `at` (YAML needs a blank before `#`). */
function onlyCommentAfter(line: string, at: number): boolean {
  const i = skipSpaces(line, at);
  return i === line.length || (line.charCodeAt(i) === HASH && i > at);
}

/**
 * The value after `key:` on one line (from `at`, right after the colon), or OTHER. Comments
 * (` # …`) and blanks around the value are dropped, as YAML does. Scans by character code:
 * a few regular expressions per line were most of the time for 60,000 properties.
 */
function readValue(line: string, at: number): PlainValue | typeof OTHER {
  const start = skipSpaces(line, at);
  if (onlyCommentAfter(line, at)) return null;
  const first = line.charAt(start);
  if (first === '"') {
    const close = line.indexOf('"', start + 1);
    // An escape (`\"`, `\n`) is the library's to read.
    if (close < 0 || line.lastIndexOf('\\', close) > start || !onlyCommentAfter(line, close + 1)) return OTHER;
    return line.slice(start + 1, close);
  }
  if (first === "'") {
    let close = line.indexOf("'", start + 1);
    while (close >= 0 && line.charCodeAt(close + 1) === 0x27) close = line.indexOf("'", close + 2);
    if (close < 0 || !onlyCommentAfter(line, close + 1)) return OTHER;
    return line.slice(start + 1, close).replace(/''/g, "'");
  }
  if (INDICATORS.has(first)) return OTHER;
  if (first === '-' && !/^[0-9.]/.test(line.charAt(start + 1))) return OTHER;
  const hash = line.indexOf(' #', start);
  const plain = line.slice(start, trimSpacesBack(line, start, hash < 0 ? line.length : hash));
  // `a: b` inside a value, or a value ending in `:`, is a nested mapping: the library's call.
  if (plain.includes(': ') || plain.endsWith(':')) return OTHER;
  return resolvePlain(plain);
}

/**
 * The properties of `text` when it is all `key: value` lines (see above); `undefined` when it
 * is anything else. A key given twice throws, as the library-backed reader does.
 */
export function readPlainMapping(text: string): Record<string, unknown> | undefined {
  if (hasAwkward(text)) return undefined;
  const data: Record<string, unknown> = {};
  const seen = new Set<PlainValue>();
  // A duplicate is only reported once every line is known to be this reader's: a later line
  // the library must read may hold an error it would report first.
  let duplicate: { key: PlainValue } | null = null;
  let entries = 0;
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.charCodeAt(end - 1) === 0x0d ? text.slice(start, end - 1) : text.slice(start, end);
    start = end + 1;
    const first = line.charCodeAt(0);
    if (line === '' || first === HASH) continue;
    if (first === SPACE) {
      // Only blank and comment lines may be indented: anything else continues a value.
      if (onlyCommentAfter(line, 0)) continue;
      return undefined;
    }
    const colon = line.indexOf(':');
    if (colon < 0 || colon > MAX_KEY) return undefined;
    if (colon + 1 < line.length && line.charCodeAt(colon + 1) !== SPACE) return undefined;
    const source = line.slice(0, trimSpacesBack(line, 0, colon));
    if (!KEY.test(source) || source === '__proto__') return undefined;
    const value = readValue(line, colon + 1);
    if (value === OTHER) return undefined;
    const key = resolvePlain(source);
    if (duplicate === null && seen.has(key)) duplicate = { key };
    seen.add(key);
    data[key === null ? '' : String(key)] = value;
    entries++;
  }
  if (entries === 0) return undefined;
  if (duplicate !== null) throw duplicateKeyError(duplicate.key);
  return data;
}
