/**
 * One-line YAML values as the `yaml` library reads them under the default YAML 1.2 core schema,
 * for the fast frontmatter reader (yaml-plain-map.ts): plain and quoted scalars without escapes,
 * and flow sequences of plain words (`[execplan, sync]`). Anything else is OTHER, and the whole
 * block then goes to the library. Scans by character code: a few regular expressions per line
 * were most of the time for 60,000 properties.
 */

/** What the core schema makes of a plain scalar. */
export type PlainValue = string | number | boolean | null;

/** A value this reader cannot vouch for: the caller hands the whole text to the library. */
export const OTHER = Symbol('other');
/** Nothing after the colon (a comment at most): null, or the head of a block sequence. */
export const EMPTY = Symbol('empty');

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
  if (first > 0x39 && first !== 0x4e && first !== 0x54 && first !== 0x46 && first !== 0x6e && first !== 0x74 && first !== 0x66 && first !== 0x7e) {
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

const SPACE = 0x20;
const HASH = 0x23;

/** Characters that may not start a plain scalar (YAML's indicators), `-` handled apart. */
const INDICATORS = new Set(['?', ':', ',', '[', ']', '{', '}', '#', '&', '*', '!', '|', '>', "'", '"', '%', '@', '`']);
/** A word in a flow sequence this reader takes (the key alphabet: no flow or quote characters). */
export const WORD = /^[\p{L}\p{N}_][\p{L}\p{N}_ ./-]*$/u;

/** Where the blanks from `at` on end (the line's end at most). */
export function skipSpaces(line: string, at: number): number {
  let i = at;
  while (line.charCodeAt(i) === SPACE) i++;
  return i;
}

/** Where the blanks ending at `end` start (`from` at least). */
export function trimSpacesBack(line: string, from: number, end: number): number {
  let i = end;
  while (i > from && line.charCodeAt(i - 1) === SPACE) i--;
  return i;
}

/** Whether only blanks, or blanks and then a comment, follow `at` (YAML needs a blank before `#`). */
export function onlyCommentAfter(line: string, at: number): boolean {
  const i = skipSpaces(line, at);
  return i === line.length || (line.charCodeAt(i) === HASH && i > at);
}

/** `[a, b]`: plain words only, each resolved; anything fancier (quotes, nesting, pairs) is OTHER. */
function readFlowSequence(line: string, start: number): PlainValue[] | typeof OTHER {
  const close = line.indexOf(']', start);
  if (close < 0 || !onlyCommentAfter(line, close + 1)) return OTHER;
  const inner = line.slice(start + 1, close);
  if (inner.trim() === '') return [];
  const items: PlainValue[] = [];
  for (const part of inner.split(',')) {
    const word = part.trim();
    if (!WORD.test(word)) return OTHER;
    items.push(resolvePlain(word));
  }
  return items;
}

/**
 * The value on `line` from `at` (right after a mapping's colon or a sequence's dash), or
 * OTHER. Comments (` # …`) and blanks around the value are dropped, as YAML does.
 */
export function readScalar(line: string, at: number): PlainValue | PlainValue[] | typeof OTHER | typeof EMPTY {
  if (onlyCommentAfter(line, at)) return EMPTY;
  const start = skipSpaces(line, at);
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
  if (first === '[') return readFlowSequence(line, start);
  if (INDICATORS.has(first)) return OTHER;
  if (first === '-' && !/^[0-9.]/.test(line.charAt(start + 1))) return OTHER;
  const hash = line.indexOf(' #', start);
  const plain = line.slice(start, trimSpacesBack(line, start, hash < 0 ? line.length : hash));
  // `a: b` inside a value, or a value ending in `:`, is a nested mapping: the library's call.
  if (plain.includes(': ') || plain.endsWith(':')) return OTHER;
  return resolvePlain(plain);
}
