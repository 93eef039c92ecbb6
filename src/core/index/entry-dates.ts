import { DATE_FIELD as ENGINE_DATE_FIELD, FIELD, FIELD_LABELS, listOpensWithStamp } from '../read/entry-fields';
import { opensWithStrong } from '../inline';
import { isInstruction, isPlaceholderOnly } from '../read/placeholders';
import { findStamps, readLeadingStamp } from '../timestamps';
import { CODE, KIND_BIT } from './heading-kinds';
import { itemTextStart, lineEndAt, nextFieldColon } from './line-slices';
import type { MetaHeading, MetaListItem, MetaSection } from './metadata';
import { ASK, bareStampKey, keyToMs, lastStampEnd, NO_STAMP, stampKey } from './stamp-key';

const NONE = Number.NEGATIVE_INFINITY;

/**
 * The rules' walk over a plan's log entries, from the note model's blocks (either builder's):
 * when each happened, and, when asked, how many there are and where (counts, sink).
 * Entries are cut as a person would count them: a top-level list item
 * with what is nested under it, a table row, a sub-heading with its body, a paragraph (one that
 * opens with bold takes the list right under it), a quote; an item or paragraph that only
 * carries a field (`Rationale:`, `**Date/Author:**`) joins the entry above, and so does a code
 * block. An entry's date (`entryDate`) is the stamp it opens with, else its
 * `Date:`/`When:`/`Date/Author:` field, else the first date in it; a task item (a step) counts
 * with the stamp it opens with only. Later dates in the prose
 * ("frozen until 2025-01-20") are what an entry talks about, not when it was written.
 *
 * The text is touched only at the entries' first characters and, for an entry that does not
 * open with a stamp, along its lines until the first date.
 */

const LOG_BITS =
  KIND_BIT.progress | KIND_BIT.decisions | KIND_BIT.surprises | KIND_BIT.retrospective | KIND_BIT.handoff;


/** The engine's date field line, tried at one line start (single-line form of DATE_FIELD). */
const DATE_FIELD = new RegExp(ENGINE_DATE_FIELD.source, 'i');

/** The latest entry date: plain stamps as keys (see stamp-key.ts), unusual ones in ms. */
export class EntryDates {
  key = -1;
  ms = Number.NEGATIVE_INFINITY;

  reset(): void {
    this.key = -1;
    this.ms = Number.NEGATIVE_INFINITY;
  }

  /**
   * Entries per section kind code, counted only when set: the engine's summary wants the numbers,
   * the dashboard does not pay for them. Only the kinds in COUNTED are counted, unless
   * `countAll` (plan detection from headings alone wants any entry of any kind).
   */
  counts: Int32Array | null = null;
  countAll = false;
  /**
   * Every entry, when set (the weekly review wants the dated ones; tests list them all): where it
   * is, its section's kind code, the list item it opens with (or -1) and its date in epoch ms, NaN
   * when it has none. An entry here is one the counts count: template text is none.
   */
  sink: ((start: number, end: number, code: number, item: number, ms: number) => void) | null = null;

  latestMs(): number {
    return this.key < 0 ? this.ms : Math.max(this.ms, keyToMs(this.key));
  }
}

/** The entry being built: where it starts and ends in the text. */
let entryStart = -1;
let entryEnd = -1;
/** Whether the last entry may still take fields and code (not after a heading or a rule). */
let open = false;

/** The recognised sections around the current block, outermost first: level and kind code. */
const ownerLevels: number[] = [];
const ownerCodes: number[] = [];
let owners = 0;

/** The list item an entry opens with, or -1: its leading stamp may be known already. */
let entryItem = -1;
/** The kind code of the log section the entry is in, and whether it is a paragraph-like block. */
let entryCode = -1;
let entryProse = false;

function begin(start: number, end: number, item = -1, prose = false): void {
  entryItem = item;
  entryCode = owners > 0 ? (ownerCodes[owners - 1] as number) : -1;
  entryProse = prose;
  entryStart = start;
  entryEnd = end;
  open = true;
}

function extend(end: number): boolean {
  if (!open || entryStart < 0) return false;
  if (end > entryEnd) entryEnd = end;
  return true;
}

/** The start of a block's first line (the cache gives the column, so no search is needed). */
function lineStart(loc: { offset: number; col: number }): number {
  return loc.offset - loc.col;
}

/**
 * Walks the blocks of the log sections and records each entry's date in `out`.
 * `ownCodes[i]` is the kind heading `i` names (heading-kinds.ts codes); `leadKeys[i]` is the
 * stamp key list item `i` opens with when the caller already read it (steps), else -1;
 * `textStarts[i]` is where its own text starts (itemTextStart) when the caller found it, else -1.
 */
export function collectEntryDates(
  text: string,
  sections: readonly MetaSection[],
  headings: readonly MetaHeading[],
  ownCodes: Int32Array,
  items: readonly MetaListItem[],
  leadKeys: Float64Array,
  textStarts: Int32Array,
  out: EntryDates,
): void {
  knownLeads = leadKeys;
  knownStarts = textStarts;
  knownItems = items;
  entryStart = -1;
  open = false;
  nextAngle = -1;
  nextPercent = -1;
  let h = -1;
  owners = 0;
  /** Level of the log section we are in, or 0 outside logs. */
  let logLevel = 0;
  /** Level of the sub-heading entry we are in, or 0. */
  let subLevel = 0;
  let item = 0;
  let boldTakesList = false;
  // Positions are read only for blocks inside a log: most of a plan's blocks (the prose of its
  // context and plan of work) are not, and each position is objects of its own to load.
  for (let s = 0; s < sections.length; s++) {
    const block = sections[s] as MetaSection;
    const type = block.type;
    // A `%%` or HTML comment is not seen in the note, and the engine passes over it: a bold
    // paragraph still takes the list after it, and the entry around it goes on.
    if (isComment(text, block)) continue;
    const takeList = boldTakesList;
    boldTakesList = false;
    if (type === 'heading') {
      h++;
      const level = headings[h]?.level ?? 1;
      const code = ownCodes[h] ?? CODE.other;
      while (owners > 0 && (ownerLevels[owners - 1] as number) >= level) owners--;
      if (code !== CODE.other && (owners === 0 || ownerCodes[owners - 1] !== code)) {
        // A recognised heading opens a section of its own, also under another one (the engine's
        // ownRanges): it is no sub-heading entry of the log above. Under a section of its own
        // kind ("## Progress" / "### Week 2 progress") it is one, as any other sub-heading.
        const isLog = ((1 << code) & LOG_BITS) !== 0;
        ownerLevels[owners] = level;
        ownerCodes[owners] = code;
        owners++;
        finish(text, out);
        entryStart = -1;
        subLevel = 0;
        logLevel = isLog ? level : 0;
        continue;
      }
      // Any other heading, or one of its own kind, belongs to the innermost recognised section around it.
      logLevel = owners > 0 && ((1 << (ownerCodes[owners - 1] as number)) & LOG_BITS) !== 0 ? (ownerLevels[owners - 1] as number) : 0;
      if (subLevel > 0 && level > subLevel) {
        entryEnd = block.position.end.offset;
        continue;
      }
      if (logLevel > 0 && level > logLevel) {
        finish(text, out);
        begin(lineStart(block.position.start), block.position.end.offset);
        subLevel = level;
        open = false;
        continue;
      }
      finish(text, out);
      entryStart = -1;
      subLevel = 0;
      continue;
    }
    if (logLevel === 0) continue;
    if (type === 'list') {
      // The items of this list: the ones whose line lies within it. Items of lists outside the
      // logs are passed over here too (they lie before this list), so those lists need no visit.
      const firstLine = block.position.start.line;
      const lastLine = block.position.end.line;
      while (item < items.length && (items[item] as MetaListItem).position.start.line < firstLine) item++;
      for (; item < items.length; item++) {
        const it = items[item] as MetaListItem;
        if (it.position.start.line > lastLine) break;
        const itemEnd = it.position.end.offset;
        if (subLevel > 0 || takeList || it.parent >= 0) {
          if (subLevel > 0 || takeList) entryEnd = Math.max(entryEnd, itemEnd);
          else if (!extend(itemEnd)) begin(lineStart(it.position.start), itemEnd, item);
          continue;
        }
        // An item opening with a stamp (known from the steps) is no field.
        if ((knownLeads[item] ?? -1) < 0 && isFieldItem(text, item, it.position.start.offset) && extend(itemEnd)) continue;
        finish(text, out);
        begin(lineStart(it.position.start), itemEnd, item);
      }
      continue;
    }
    const end = block.position.end.offset;
    if (subLevel > 0) {
      entryEnd = end;
      continue;
    }
    const start = block.position.start.offset;
    switch (type) {
      case 'paragraph': {
        if (startsWithField(text, start) && extend(end)) break;
        const next = nextShown(text, sections, s);
        if (opensWithBold(text, start, end)) {
          finish(text, out);
          begin(start, end, -1, true);
          boldTakesList = next?.type === 'list' && !listOpensWithStamp(text.slice(next.position.start.offset, lineEndAt(text, next.position.start.offset)));
          break;
        }
        if (next?.type === 'list' && endsWithColon(text, end)) {
          finish(text, out);
          entryStart = -1;
          open = false;
          break;
        }
        finish(text, out);
        beginParagraphEntries(text, start, end, out);
        break;
      }
      case 'table':
        finish(text, out);
        tableRows(text, start, end, out);
        entryStart = -1;
        open = true;
        break;
      case 'blockquote':
      case 'callout':
      case 'html':
        finish(text, out);
        begin(start, end, -1, true);
        break;
      case 'code':
        extend(end);
        break;
      case 'thematicBreak':
        open = false;
        break;
      default:
        break;
    }
  }
  finish(text, out);
}

/**
 * A log paragraph is one entry, unless it is a run of dated lines written without blank lines
 * between them, the first line dated too (`2026-11-03 — Keep the export.` / `2026-11-04 — Drop XML.`): then each line that
 * opens with a date starts an entry of its own, and the lines after it belong to it.
 */
function beginParagraphEntries(text: string, start: number, end: number, out: EntryDates): void {
  let entryAt = start;
  if (!opensWithDate(text, start)) {
    begin(start, end, -1, true);
    return;
  }
  for (let line = text.indexOf('\n', start) + 1; line > 0 && line < end; line = text.indexOf('\n', line) + 1) {
    if (!opensWithDate(text, line)) continue;
    begin(entryAt, line - 1, -1, true);
    finish(text, out);
    entryAt = line;
  }
  begin(entryAt, end, -1, true);
}

/** A line that opens with a date (`2026-11-04`, `(2026-11-04 10:00Z)`, `[2026-11-04]`), after any blanks. */
function opensWithDate(text: string, line: number): boolean {
  let at = line;
  while (text.charCodeAt(at) === 0x20 || text.charCodeAt(at) === 0x09) at++;
  const c = text.charCodeAt(at);
  if (c === 0x28 || c === 0x5b) at++;
  return stampKey(text, at) >= 0;
}

/**
 * The first letters of the field labels, one bit per letter a–z: a text starting otherwise is
 * no field. A bit test instead of a Set lookup, as this is asked for every log item.
 */
const FIELD_INITIALS = FIELD_LABELS.reduce((mask, l) => mask | (1 << (l.charCodeAt(0) - 0x61)), 0);

function isFieldItem(text: string, item: number, itemStart: number): boolean {
  const known = knownStarts[item] ?? -1;
  return startsWithField(text, known >= 0 ? known : itemTextStart(text, itemStart, text.length));
}

/** FIELD at `at`, tried only when the text could be one: a label's initial, a colon soon after. */
function startsWithField(text: string, at: number): boolean {
  let i = at;
  for (let c = text.charCodeAt(i); c === 0x2a || c === 0x5f || c === 0x20 || c === 0x09; c = text.charCodeAt(++i));
  const initial = (text.charCodeAt(i) | 0x20) - 0x61;
  if (initial < 0 || initial > 25 || ((FIELD_INITIALS >>> initial) & 1) === 0) return false;
  const colon = nextFieldColon(text, i);
  if (colon < 0 || colon - i > 40) return false;
  const lineEnd = lineEndAt(text, at);
  if (colon > lineEnd) return false;
  return FIELD.test(text.slice(at, Math.min(lineEnd, at + 80)));
}

function opensWithBold(text: string, start: number, end: number): boolean {
  const a = text.charCodeAt(start);
  if ((a !== 0x2a && a !== 0x5f) || text.charCodeAt(start + 1) !== a) return false;
  return opensWithStrong(text.slice(start, end));
}

/** A `%%` comment block, or an HTML block that is one `<!-- … -->` comment. */
function isComment(text: string, block: MetaSection): boolean {
  if (block.type === 'comment') return true;
  if (block.type !== 'html') return false;
  const start = block.position.start.offset;
  const end = block.position.end.offset;
  if (!text.startsWith('<!--', start)) return false;
  const close = text.indexOf('-->', start + 4);
  return close < 0 || text.slice(close + 3, end).trim() === '';
}

/** The block after `s`, past comments. */
function nextShown(text: string, sections: readonly MetaSection[], s: number): MetaSection | undefined {
  let i = s + 1;
  for (let next = sections[i]; next && isComment(text, next); next = sections[++i]);
  return sections[i];
}

function endsWithColon(text: string, end: number): boolean {
  let i = end - 1;
  while (i >= 0 && /\s/.test(text.charAt(i))) i--;
  return text.charCodeAt(i) === 0x3a;
}

/** Each body row of a table is an entry (the header row and the delimiter row are not). */
function tableRows(text: string, start: number, end: number, out: EntryDates): void {
  let rowStart = start;
  let row = 0;
  while (rowStart < end) {
    const rowEnd = lineEndAt(text, rowStart);
    if (row >= 2) {
      // A row opens no list item, so no step's known stamp may date it (`begin` without item).
      begin(rowStart, rowEnd);
      finish(text, out);
    }
    row++;
    const lf = text.indexOf('\n', rowEnd);
    if (lf < 0 || lf >= end) break;
    rowStart = lf + 1;
  }
}

/**
 * The kinds whose entries are counted: the summary shows decisions and surprises, nothing reads
 * the others, and telling a real entry from template text is the costly part (a plan's steps,
 * most of its entries, made `list` over 10,000 plans spend a second on it).
 */
const COUNTED: ReadonlySet<number> = new Set([CODE.decisions, CODE.surprises]);

/** A `leadKeys` mark: the item is a stamped template example, no entry (summarise.ts). */
export const NOT_AN_ENTRY = -2;

let knownLeads: Float64Array = new Float64Array(0);
let knownItems: readonly MetaListItem[] = [];
let knownStarts: Int32Array = new Int32Array(0);

/** Records the finished entry's date (if it has one) and closes it. */
function finish(text: string, out: EntryDates): void {
  if (entryStart < 0) return;
  const start = entryStart;
  entryStart = -1;
  const known = entryItem >= 0 ? (knownLeads[entryItem] ?? -1) : -1;
  if (known === NOT_AN_ENTRY) return;
  // Whether the block is an entry at all is asked only to count or list entries: the dashboard
  // wants the latest date, which template text has none of anyway (see `record`). Counting asks
  // it for decisions and surprises only, unless every kind counts (is-plan.ts asks for that).
  const counted = out.counts !== null && entryCode >= 0 && (out.countAll || COUNTED.has(entryCode));
  const listed = (counted || out.sink !== null) && entryCode >= 0 && isEntry(text, start, entryEnd);
  if (listed && counted && out.counts !== null) out.counts[entryCode] = (out.counts[entryCode] ?? 0) + 1;
  recordedMs = Number.NaN;
  if (known >= 0) record(text, start, entryEnd, known, NONE, out);
  // A step (task item) counts with its own stamp only: a date in its text is a due date.
  else entryDate(text, start, entryEnd, out, entryItem >= 0 && knownItems[entryItem]?.task !== undefined);
  if (listed && out.sink !== null) out.sink(start, entryEnd, entryCode, entryItem, recordedMs);
}

/** The date `record` took for the entry being finished, NaN when none. */
let recordedMs = Number.NaN;

/**
 * The rules for what is an entry: template text alone is none, nor is a template's instruction
 * paragraph without a date.
 */
function isEntry(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const body = text.slice(lineStart, end);
  if (isPlaceholderOnly(body)) return false;
  return !(entryProse && isInstruction(body) && findStamps(body).length === 0);
}

/**
 * Past what comes before an entry's own words on its first line, as the engine's LEAD reads it:
 * `[ \t]*(?:>[ \t]*)*(?:#{1,6}[ \t]+|(?:[-*+]|\d{1,9}[.)])[ \t]+|\|[ \t]*)?(?:\[.\][ \t]+)?(?:\*\*|__|[*_])?`
 */
function leadEnd(text: string, start: number): number {
  let i = skipBlanks(text, start);
  while (text.charCodeAt(i) === 0x3e) i = skipBlanks(text, i + 1);
  const c = text.charCodeAt(i);
  if (c === 0x23) {
    let j = i;
    while (text.charCodeAt(j) === 0x23 && j - i < 6) j++;
    if (isBlankAt(text, j)) i = skipBlanks(text, j);
  } else if (c === 0x2d || c === 0x2a || c === 0x2b) {
    if (isBlankAt(text, i + 1)) i = skipBlanks(text, i + 1);
  } else if (c >= 0x30 && c <= 0x39) {
    let j = i;
    while (text.charCodeAt(j) >= 0x30 && text.charCodeAt(j) <= 0x39 && j - i < 9) j++;
    const d = text.charCodeAt(j);
    if ((d === 0x2e || d === 0x29) && isBlankAt(text, j + 1)) i = skipBlanks(text, j + 1);
  } else if (c === 0x7c) {
    i = skipBlanks(text, i + 1);
  }
  if (text.charCodeAt(i) === 0x5b && text.charCodeAt(i + 2) === 0x5d && isBlankAt(text, i + 3)) i = skipBlanks(text, i + 3);
  const e = text.charCodeAt(i);
  if (e === 0x2a || e === 0x5f) i += text.charCodeAt(i + 1) === e ? 2 : 1;
  return i;
}

function skipBlanks(text: string, at: number): number {
  let i = at;
  while (isBlankAt(text, i)) i++;
  return i;
}

function isBlankAt(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return c === 0x20 || c === 0x09;
}

/** An entry's date over `[start, end)`; true when a date was found (and recorded). */
function entryDate(text: string, start: number, end: number, out: EntryDates, leadOnly = false): boolean {
  // 1. The stamp the entry opens with.
  const at = leadEnd(text, start);
  const key = stampKey(text, at);
  if (key >= 0) return record(text, start, end, key, NONE, out);
  if (key === ASK) {
    const date = readLeadingStamp(text.slice(at, lineEndAt(text, start)))?.date;
    if (date) return record(text, start, end, -1, date.getTime(), out);
  }
  if (leadOnly) return false;
  // 2. The date in the first `Date:` field; 3. else the first date anywhere in the entry.
  let fieldSeen = false;
  let first: FoundStamp | null = null;
  for (let line = start; line < end; ) {
    const stop = Math.min(lineEndAt(text, line), end);
    if (!fieldSeen && mayBeDateField(text, line, stop)) {
      const field = DATE_FIELD.exec(text.slice(line, stop));
      if (field) {
        fieldSeen = true;
        const value = firstStampIn(text, stop - (field[1] ?? '').length, stop);
        if (value) return record(text, start, end, value.key, value.ms, out);
      }
    }
    first ??= firstStampIn(text, line, stop);
    // The text's end stops it too, should the metadata reach past it (a note changed since).
    if (stop >= end || stop >= text.length) break;
    // `stop` is the line's end: its `\n`, or the `\r` of a `\r\n`.
    line = text.charCodeAt(stop) === 0x0a ? stop + 1 : stop + 2;
    if (line > end) break;
  }
  return first !== null && record(text, start, end, first.key, first.ms, out);
}

/**
 * A date the engine counts, unless the entry is template text alone. A real stamp survives the
 * placeholder check unless it sits inside `<…>` or a comment, so only those entries are checked.
 */
function record(text: string, start: number, end: number, key: number, ms: number, out: EntryDates): boolean {
  if (mayHide(text, start, end) && isPlaceholderOnly(text.slice(start, end))) return false;
  if (out.sink !== null) recordedMs = key >= 0 ? keyToMs(key) : ms;
  if (key > out.key) out.key = key;
  if (ms > out.ms) out.ms = ms;
  return true;
}

/*
 * The next `<` and `%` at or after the current entry. Entries come in text order, so each
 * search continues where the last one stopped: one pass over the text per plan at most.
 */
let nextAngle = -1;
let nextPercent = -1;

/** `<` or `%` in `[start, end)`: an angle placeholder or a comment might hide the entry's date. */
function mayHide(text: string, start: number, end: number): boolean {
  if (nextAngle !== -2 && nextAngle < start) {
    nextAngle = text.indexOf('<', start);
    if (nextAngle < 0) nextAngle = -2;
  }
  if (nextPercent !== -2 && nextPercent < start) {
    nextPercent = text.indexOf('%', start);
    if (nextPercent < 0) nextPercent = -2;
  }
  return (nextAngle >= 0 && nextAngle < end) || (nextPercent >= 0 && nextPercent < end);
}

function mayBeDateField(text: string, from: number, end: number): boolean {
  let i = from;
  for (; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09 && c !== 0x3e && c !== 0x2a && c !== 0x2b && c !== 0x2d && c !== 0x5f) break;
  }
  // `date…` or `when`, case-insensitive (the field's words; anything else needs no regex).
  const c = text.charCodeAt(i) | 0x20;
  if (c === 0x64) {
    return (text.charCodeAt(i + 1) | 0x20) === 0x61 && (text.charCodeAt(i + 2) | 0x20) === 0x74 && (text.charCodeAt(i + 3) | 0x20) === 0x65;
  }
  if (c === 0x77) {
    return (text.charCodeAt(i + 1) | 0x20) === 0x68 && (text.charCodeAt(i + 2) | 0x20) === 0x65 && (text.charCodeAt(i + 3) | 0x20) === 0x6e;
  }
  return false;
}

interface FoundStamp {
  /** A stamp-key.ts key, or -1 when the date came as milliseconds. */
  key: number;
  ms: number;
}

/** The first date in `[from, to)` as findStamps reads it, found by a dash scan; null if none. */
function firstStampIn(text: string, from: number, to: number): FoundStamp | null {
  for (let dash = text.indexOf('-', from + 4); dash >= 0 && dash < to; dash = text.indexOf('-', dash + 1)) {
    const start = dash - 4;
    if (!isDigitAt(text, start) || !isDigitAt(text, start + 1) || !isDigitAt(text, start + 2) || !isDigitAt(text, start + 3)) {
      continue;
    }
    const before = start > from ? text.charCodeAt(start - 1) : 0x20;
    if ((before >= 0x30 && before <= 0x39) || before === 0x2d) continue;
    const key = bareStampKey(text, start);
    if (key >= 0 && lastStampEnd() <= to) return { key, ms: NONE };
    if (key !== NO_STAMP) {
      // Unusual (a zone offset, an impossible date) or cut by the range end: ask findStamps.
      const date = findStamps(text.slice(start, Math.min(to, start + 40)))[0];
      if (date) return { key: -1, ms: date.getTime() };
    }
  }
  return null;
}

function isDigitAt(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return c >= 0x30 && c <= 0x39;
}
