import { CODE } from './heading-kinds';
import type { MetaHeading, MetaSection } from './metadata';

/**
 * `Label: value` lines in a note's body (`Status: Blocked`, `**Status**: 🟢 Done`,
 * `- Last updated: 2026-11-10`, `Status:: Draft`, `| Status | Draft |`) for plans that keep
 * their metadata in the text. Same forms and same places as the engine's findMetadataLine
 * (src/core/read/metadata-line.ts, whose two patterns are repeated here because it parses the
 * note to find them): the top of the note, the title's section and purpose or context
 * sections; never inside a log, where `Status:` describes a decision or a step. Code blocks are
 * skipped by searching only the cache's text-like sections.
 * Only plans without the matching property pay for this search.
 */

const BOLD = String.raw`(?:\*\*|__)`;

/** Kind codes (see heading-kinds.ts) of sections where metadata lines count. */
const METADATA_CODES: ReadonlySet<number> = new Set([CODE.other, CODE.purpose, CODE.context]);
const TEXT_BLOCKS: ReadonlySet<string> = new Set(['paragraph', 'list', 'blockquote', 'callout', 'table', 'text']);

const regexCache = new Map<string, [RegExp, RegExp]>();

function regexesFor(label: string): [RegExp, RegExp] {
  let pair = regexCache.get(label);
  if (!pair) {
    pair = [
      new RegExp(
        String.raw`^\uFEFF?[ \t]*(?:>[ \t]*)*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)?(?:${BOLD}[ \t]*)?(?:${label})[ \t]*` +
          String.raw`(?:${BOLD}[ \t]*::?|::?${BOLD}?)([^\r\n]*)$`,
        'im',
      ),
      new RegExp(
        String.raw`^\uFEFF?[ \t]*\|[ \t]*(?:${BOLD})?(?:${label})(?:${BOLD})?[ \t]*:?[ \t]*\|([^|\r\n]*)(?=\|[ \t]*$)`,
        'im',
      ),
    ];
    regexCache.set(label, pair);
  }
  return pair;
}

/** Offset ranges where metadata lines count, in document order. */
export function metadataRegions(
  headings: readonly MetaHeading[],
  ownCodes: ArrayLike<number>,
  from: number,
  length: number,
): [number, number][] {
  const regions: [number, number][] = [];
  const firstH1 = headings.findIndex((h) => h.level === 1);
  const levels: number[] = [];
  const allowed: boolean[] = [];
  let open = true;
  let start = from;
  const close = (end: number): void => {
    if (open && end > start) regions.push([start, end]);
  };
  for (let i = 0; i < headings.length; i++) {
    const h = headings[i] as MetaHeading;
    const at = h.position.start.offset;
    close(at);
    while (levels.length > 0 && (levels[levels.length - 1] as number) >= h.level) {
      levels.pop();
      allowed.pop();
    }
    const parent = allowed.length === 0 ? true : (allowed[allowed.length - 1] as boolean);
    const own = i === firstH1 || METADATA_CODES.has(ownCodes[i] ?? CODE.other);
    levels.push(h.level);
    allowed.push(parent && own);
    open = parent && own;
    start = at;
  }
  close(length);
  return regions;
}

/**
 * The first metadata line for `label` (a regex source), or null; the value is trimmed.
 * `initials` are the letters the label can start with (`s` for status): only lines whose first
 * word starts with one of them are tried against the patterns, so a long body costs a pass over
 * its line starts, not a regex run per block.
 */
export function findBodyLine(
  text: string,
  label: string,
  initials: string,
  regions: readonly [number, number][],
  sections: readonly MetaSection[] | undefined,
): string | null {
  if (!sections) {
    for (const [from, to] of regions) {
      const found = searchLines(text, label, initials, from, to);
      if (found !== null) return found;
    }
    return null;
  }
  let r = 0;
  for (const section of sections) {
    if (!TEXT_BLOCKS.has(section.type)) continue;
    const start = section.position.start.offset;
    while (r < regions.length && (regions[r] as [number, number])[1] <= start) r++;
    const region = regions[r];
    if (!region) break;
    if (start < region[0]) continue;
    const found = searchLines(text, label, initials, start - section.position.start.col, Math.min(section.position.end.offset, region[1]));
    if (found !== null) return found;
  }
  return null;
}

function searchLines(text: string, label: string, initials: string, from: number, to: number): string | null {
  for (let line = from; line < to; ) {
    let end = text.indexOf('\n', line);
    if (end < 0 || end > to) end = to;
    const first = text.charAt(firstWordAt(text, line, end)).toLowerCase();
    if (first !== '' && initials.includes(first)) {
      const [lineRegex, tableRegex] = regexesFor(label);
      const slice = text.slice(line, end);
      const m = lineRegex.exec(slice) ?? tableRegex.exec(slice);
      if (m) return cleanValue(m[1] ?? '');
    }
    line = end + 1;
  }
  return null;
}

/** Where a line's first word starts, past a BOM, quote and list markers, a table pipe and bold. */
function firstWordAt(text: string, start: number, end: number): number {
  let i = start;
  if (text.charCodeAt(i) === 0xfeff) i++;
  for (;;) {
    while (i < end && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09)) i++;
    const c = text.charCodeAt(i);
    if (c === 0x3e || c === 0x7c) {
      i++;
      continue;
    }
    if ((c === 0x2d || c === 0x2a || c === 0x2b) && (text.charCodeAt(i + 1) === 0x20 || text.charCodeAt(i + 1) === 0x09)) {
      i++;
      continue;
    }
    if (c >= 0x30 && c <= 0x39) {
      let j = i;
      while (j < end && text.charCodeAt(j) >= 0x30 && text.charCodeAt(j) <= 0x39) j++;
      const d = text.charCodeAt(j);
      if ((d === 0x2e || d === 0x29) && (text.charCodeAt(j + 1) === 0x20 || text.charCodeAt(j + 1) === 0x09)) {
        i = j + 1;
        continue;
      }
      return i;
    }
    if ((c === 0x2a || c === 0x5f) && text.charCodeAt(i + 1) === c) {
      i += 2;
      continue;
    }
    return i;
  }
}

/** `**Status: In progress**`: the closing marker belongs to the label's bold, not the value. */
function cleanValue(raw: string): string {
  let value = raw.trim();
  const closing = /(\*\*|__)$/.exec(value);
  if (closing && value.split(closing[1] ?? '').length % 2 === 0) value = value.slice(0, -2).trimEnd();
  return value;
}
