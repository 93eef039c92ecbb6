import { matchLabel, trimValue } from '../metadata-label';
import { CODE } from './heading-kinds';
import type { MetaHeading, MetaSection } from './metadata';

/**
 * `Label: value` lines in a note's body (`Status: Blocked`, `**Status**: 🟢 Done`,
 * `- Last updated: 2026-11-10`, `Status:: Draft`, `| Status | Draft |`) for plans that keep
 * their metadata in the text. Same forms as the engine's findMetadataLine (both use
 * metadata-label.ts) and the same places: the top of the note, the title's section and purpose or context
 * sections; never inside a log, where `Status:` describes a decision or a step. Code blocks are
 * skipped by searching only the cache's text-like sections.
 * Only plans without the matching property pay for this search.
 */

/** Kind codes (see heading-kinds.ts) of sections where metadata lines count. */
const METADATA_CODES: ReadonlySet<number> = new Set([CODE.other, CODE.purpose, CODE.context]);
const TEXT_BLOCKS: ReadonlySet<string> = new Set(['paragraph', 'list', 'blockquote', 'callout', 'table', 'text']);

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

/** Where the value `findBodyLine` last returned starts (an offset into the text), or -1. */
let foundAt = -1;

export function lastBodyLineAt(): number {
  return foundAt;
}

function searchLines(text: string, label: string, initials: string, from: number, to: number): string | null {
  // A code block inside a list item is part of the cache's list section: an example there
  // (`Status: In progress` in a fenced snippet) is no metadata line.
  let fence = 0;
  for (let line = from; line < to; ) {
    let end = text.indexOf('\n', line);
    if (end < 0 || end > to) end = to;
    const wordAt = firstWordAt(text, line, end);
    const code = text.charCodeAt(wordAt);
    if ((code === 0x60 || code === 0x7e) && text.charCodeAt(wordAt + 1) === code && text.charCodeAt(wordAt + 2) === code) {
      if (fence === 0) fence = code;
      else if (fence === code) fence = 0;
      line = end + 1;
      continue;
    }
    if (fence !== 0) {
      line = end + 1;
      continue;
    }
    const first = text.charAt(wordAt).toLowerCase();
    // A field can also stand after a pipe, in a line of fields (`**Phase:** 0 | **Status:** …`).
    if ((first !== '' && initials.includes(first)) || hasPipe(text, line, end)) {
      const lineEnd = text.charCodeAt(end - 1) === 0x0d ? end - 1 : end;
      const found = matchLabel(text, line, lineEnd, label);
      if (found) {
        const [start, stop] = trimValue(text, found[0], found[1]);
        foundAt = start;
        return text.slice(start, stop);
      }
    }
    line = end + 1;
  }
  return null;
}

function hasPipe(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 0x7c) return true;
  return false;
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
