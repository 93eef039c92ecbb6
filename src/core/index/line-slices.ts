/**
 * Character-level helpers for reading single lines out of a note's text by offset. The index
 * never splits a note into lines or parses it: it jumps to the offsets the metadata cache
 * gives and reads just that line.
 */

const SPACE = 0x20;
const TAB = 0x09;
const GT = 0x3e; // '>' of a quote or callout
const DASH = 0x2d;
const STAR = 0x2a;
const PLUS = 0x2b;
const DOT = 0x2e;
const PAREN_CLOSE = 0x29;
const BRACKET_OPEN = 0x5b;
const BRACKET_CLOSE = 0x5d;

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

function skipBlanks(text: string, at: number, end: number): number {
  let i = at;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c !== SPACE && c !== TAB) break;
    i++;
  }
  return i;
}

/** Offset just past the line holding `from`, before its line ending. */
export function lineEndAt(text: string, from: number): number {
  const lf = text.indexOf('\n', from);
  if (lf < 0) return text.length;
  return lf > from && text.charCodeAt(lf - 1) === 0x0d ? lf - 1 : lf;
}

/*
 * The last colon search: its text, where it started, and the colon it found (-1: none after).
 * Questions about one note come in text order, so most are answered from the last search; an
 * indexOf per question would run on from every line without a colon to the next colon of the
 * note, and a character loop bounded by the line costs more than that.
 */
class ColonSearch {
  private text = '';
  private from = 0;
  private at = -1;

  constructor(private readonly colon: string) {}

  next(text: string, from: number): number {
    // `===` on strings compares contents only when the objects differ, and the answer depends
    // on nothing else.
    if (from >= this.from && (this.at < 0 || from <= this.at) && text === this.text) return this.at;
    this.text = text;
    this.from = from;
    this.at = text.indexOf(this.colon, from);
    return this.at;
  }
}

const colons = new ColonSearch(':');
const fieldColons = new ColonSearch(':');
const wideColons = new ColonSearch('：');

/** Offset of the first `:` at or after `from`, or -1. */
export function nextColon(text: string, from: number): number {
  return colons.next(text, from);
}

/**
 * The same, remembered apart: the entries' field check asks from other places of the same note
 * than the step check does, and one shared memory would make each forget the other's answer.
 */
export function nextFieldColon(text: string, from: number): number {
  return fieldColons.next(text, from);
}

/** Offset of the first full-width `：` (Chinese, Japanese) at or after `from`, or -1. */
export function nextWideColon(text: string, from: number): number {
  return wideColons.next(text, from);
}

/**
 * Where a list item's own text starts: past indentation, quote markers, the bullet or number
 * and a `[ ]` checkbox. Works whether the cache's position points at the line start or at the
 * bullet, since both conventions exist.
 */
export function itemTextStart(text: string, from: number, lineEnd: number): number {
  let i = from;
  for (;;) {
    i = skipBlanks(text, i, lineEnd);
    if (text.charCodeAt(i) !== GT) break;
    i++;
  }
  const c = text.charCodeAt(i);
  if (c === DASH || c === STAR || c === PLUS) {
    i++;
  } else if (isDigit(c)) {
    while (i < lineEnd && isDigit(text.charCodeAt(i))) i++;
    const d = text.charCodeAt(i);
    if (d === DOT || d === PAREN_CLOSE) i++;
  }
  i = skipBlanks(text, i, lineEnd);
  if (text.charCodeAt(i) === BRACKET_OPEN && text.charCodeAt(i + 2) === BRACKET_CLOSE) {
    i = skipBlanks(text, i + 3, lineEnd);
  }
  return i;
}

/** A cheap test before the stamp regex: stamps start with a digit, `(`, `[` or bold `**`. */
export function mayStartWithStamp(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return isDigit(c) || c === 0x28 || c === BRACKET_OPEN;
}

/** Past leading emphasis markers (`**2026-09-06 18:20**:` entries). */
export function skipEmphasis(text: string, at: number, end: number): number {
  let i = at;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c !== STAR && c !== 0x5f) break;
    i++;
  }
  return i;
}

/**
 * The lines a list item's paragraph wraps onto, from the end of its first line to `itemEnd`
 * (Obsidian's list item position, which stops before nested items), each with a space in front
 * and its indent and quote markers dropped. The paragraph ends at a blank line or at a line
 * that opens a code fence, heading, rule or `%%` comment (as the engine's parse ends it).
 */
export function wrappedLines(text: string, firstLineEnd: number, itemEnd: number): string {
  let out = '';
  let from = text.indexOf('\n', firstLineEnd) + 1;
  while (from > 0 && from < itemEnd) {
    const end = Math.min(lineEndAt(text, from), itemEnd);
    const part = text.slice(from, end).replace(/^[ \t>]*/, '');
    if (part.trim() === '' || PARAGRAPH_BREAK.test(part)) break;
    out += ' ' + part;
    from = text.indexOf('\n', end) + 1;
  }
  return out;
}

const PARAGRAPH_BREAK = /^(?:`{3,}|~{3,}|%%|#{1,6}(?:[ \t]|$)|(?:[-*_][ \t]*){3,}$)/;
