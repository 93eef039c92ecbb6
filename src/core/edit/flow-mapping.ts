import type { YamlQuote } from './yaml-scalar';

/**
 * Frontmatter written as one flow mapping (`{"type": "execplan", "status": draft}`, on one
 * line or several) is valid YAML, but a `key: value` line added after it is not. Such a block
 * is edited inside its braces instead: a value is replaced where it stands, a new key goes
 * after the last entry (`, updated: 2026-11-21`). Comments and every other byte stay.
 *
 * Reading is deliberately narrow: the caller has already checked that the YAML parses, and
 * anything this reader does not follow (a flow collection as a key, text after the closing
 * brace) gives null, so the caller refuses instead of guessing.
 */

export interface FlowValue {
  start: number;
  end: number;
  raw: string;
  quote: YamlQuote;
  /** A list, map, alias, anchor or tag rather than a plain or quoted scalar. */
  kind: 'scalar' | 'collection' | 'alias' | 'anchor' | 'tag';
}

export interface FlowEntry {
  key: string;
  /** Offset right after the key (where `: value` goes when the key has no colon). */
  keyEnd: number;
  /** Offset right after the colon, or null for a key written without one (`{a, b: c}`). */
  colonEnd: number | null;
  /** The value as written, or null when there is none. */
  value: FlowValue | null;
}

export interface FlowMapping {
  open: number;
  close: number;
  entries: FlowEntry[];
  /** End of the last entry's text (where `, key: value` is added), or just past `{`. */
  lastEnd: number;
}

/** True when the first thing in the YAML (after blank lines and comments) is a `{`. */
export function startsWithFlowMapping(yaml: string): boolean {
  return yaml.charAt(skipSpace(yaml, 0)) === '{';
}

/** Skips spaces, line breaks and `#` comments (a `#` here always follows space or a line start). */
function skipSpace(text: string, from: number): number {
  let i = from;
  while (i < text.length) {
    const c = text.charAt(i);
    if (c === ' ' || c === '\t' || c === '\r' || c === '\n') i++;
    else if (c === '#') while (i < text.length && text.charAt(i) !== '\n') i++;
    else break;
  }
  return i;
}

/** End of a quoted scalar starting at `from` (past its closing quote), or -1. */
function quotedEnd(text: string, from: number): number {
  const q = text.charAt(from);
  for (let i = from + 1; i < text.length; i++) {
    const c = text.charAt(i);
    if (q === '"' && c === '\\') i++;
    else if (c === q) {
      if (q === "'" && text.charAt(i + 1) === "'") i++;
      else return i + 1;
    }
  }
  return -1;
}

/** End of a balanced `[…]`/`{…}` starting at `from`, quotes respected, or -1. */
function collectionEnd(text: string, from: number): number {
  let depth = 0;
  // Whether a scalar may start here: a quote opens a quoted scalar only then (after a bracket,
  // a comma, `: `, or `:` right after a quoted key); inside a plain one (`it's`) it is text.
  let scalarStart = true;
  let afterQuoted = false;
  for (let i = from; i < text.length; i++) {
    const c = text.charAt(i);
    if (/\s/.test(c)) {
      if (text.charAt(i - 1) === ':' && !afterQuoted) scalarStart = true;
      continue;
    }
    if ((c === '"' || c === "'") && scalarStart) {
      const end = quotedEnd(text, i);
      if (end < 0) return -1;
      i = end - 1;
      scalarStart = false;
      afterQuoted = true;
      continue;
    }
    if (c === '#' && /\s/.test(text.charAt(i - 1))) {
      while (i < text.length && text.charAt(i) !== '\n') i++;
      continue;
    }
    if (c === '[' || c === '{') depth++;
    else if (c === ']' || c === '}') {
      depth--;
      if (depth === 0) return i + 1;
    }
    scalarStart = c === '[' || c === '{' || c === ',' || (c === ':' && afterQuoted);
    afterQuoted = false;
  }
  return -1;
}

/**
 * End of a plain scalar (trailing space and comments excluded): it runs to the next `,` or
 * closing bracket of its level; `stopAtColon` ends a key at `: `.
 */
function plainEnd(text: string, from: number, stopAtColon: boolean): number {
  let end = from;
  for (let i = from; i < text.length; i++) {
    const c = text.charAt(i);
    if (c === ',' || c === '}' || c === ']' || c === '[' || c === '{') return end;
    if (stopAtColon && c === ':' && /[\s,}\]]/.test(text.charAt(i + 1) || ' ')) return end;
    if (c === '#' && /\s/.test(text.charAt(i - 1))) {
      while (i < text.length && text.charAt(i) !== '\n') i++;
      continue;
    }
    if (!/\s/.test(c)) end = i + 1;
  }
  return end;
}

function unquote(raw: string): string {
  if (raw.startsWith('"')) {
    try {
      return JSON.parse(raw) as string;
    } catch {
      return raw.slice(1, -1);
    }
  }
  if (raw.startsWith("'")) return raw.slice(1, -1).replace(/''/g, "'");
  return raw;
}

function readValue(text: string, from: number): FlowValue | null {
  const c = text.charAt(from);
  let end: number;
  let kind: FlowValue['kind'] = 'scalar';
  let quote: YamlQuote = 'plain';
  if (c === '"' || c === "'") {
    end = quotedEnd(text, from);
    quote = c === '"' ? 'double' : 'single';
  } else if (c === '[' || c === '{') {
    end = collectionEnd(text, from);
    kind = 'collection';
  } else {
    end = plainEnd(text, from, false);
    if (c === '*') kind = 'alias';
    else if (c === '&') kind = 'anchor';
    else if (c === '!') kind = 'tag';
    else if (c === '|' || c === '>') kind = 'collection';
  }
  if (end < 0) return null;
  return { start: from, end, raw: text.slice(from, end), quote, kind };
}

/** The root flow mapping of the YAML, or null when the YAML is not one this reader follows. */
export function readFlowMapping(yaml: string): FlowMapping | null {
  const open = skipSpace(yaml, 0);
  if (yaml.charAt(open) !== '{') return null;
  const entries: FlowEntry[] = [];
  let lastEnd = open + 1;
  let i = skipSpace(yaml, open + 1);
  while (yaml.charAt(i) !== '}') {
    if (i >= yaml.length) return null;
    const k = yaml.charAt(i);
    if (k === '[' || k === '{' || k === '?' || k === ',') return null;
    const keyEnd = k === '"' || k === "'" ? quotedEnd(yaml, i) : plainEnd(yaml, i, true);
    if (keyEnd <= i) return null;
    const key = unquote(yaml.slice(i, keyEnd)).trim();
    let entryEnd = keyEnd;
    let colonEnd: number | null = null;
    let value: FlowValue | null = null;
    let j = skipSpace(yaml, keyEnd);
    if (yaml.charAt(j) === ':') {
      colonEnd = j + 1;
      entryEnd = colonEnd;
      j = skipSpace(yaml, colonEnd);
      if (yaml.charAt(j) !== ',' && yaml.charAt(j) !== '}') {
        value = readValue(yaml, j);
        if (!value || value.end <= j) return null;
        entryEnd = value.end;
        j = skipSpace(yaml, value.end);
      }
    }
    entries.push({ key, keyEnd, colonEnd, value });
    lastEnd = entryEnd;
    if (yaml.charAt(j) === ',') i = skipSpace(yaml, j + 1);
    else if (yaml.charAt(j) === '}') i = j;
    else return null;
  }
  const close = i;
  // Only blank lines and comments may follow the mapping.
  if (skipSpace(yaml, close + 1) < yaml.length) return null;
  return { open, close, entries, lastEnd };
}
