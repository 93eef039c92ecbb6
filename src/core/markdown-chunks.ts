import type { Nodes, Root, RootContent } from 'mdast';

/**
 * micromark's cost grows faster than the text on long notes: every time a list or quote is
 * closed, it walks back over all the events of the parse so far. So a note is parsed in chunks,
 * each on its own, and the trees are joined with their positions shifted back.
 *
 * A chunk may start only where the whole-note parse would start a new top-level block anyway,
 * at a line that starts in column 0 and
 * - is a `#`-heading right after a blank line (always a chunk of its own); or, once the current
 *   chunk has `minChunk` characters (so small notes stay one parse and chunks are few):
 * - follows a blank line and is not a list item (a blank line ends every paragraph, quote,
 *   table and HTML block of kinds 6–7; a line in column 0 ends every list item; only a list
 *   marker would continue the list above); or
 * - opens a `%%` comment, an HTML comment or a `#`-heading, which end a paragraph, list or quote
 *   above them, as no lazy line can; or a bullet item (see `isBulletItem`).
 * Only an unclosed fenced code block, an HTML block of kinds 1–5 (comments, `<pre>`, …) or a
 * `%%` comment can run across such a line, and a table or an HTML block of kinds 6–7 across a
 * line with no blank before it: `endsOpen` sees those at the end of a chunk, and the chunk is
 * then joined with the next one and parsed again. Frontmatter is never cut.
 */
export function chunkStarts(text: string, from: number, minChunk = MIN_CHUNK): number[] {
  const starts = [from];
  let previousBlank = true;
  let lineStart = from === 0 ? frontmatterEnd(text) : from;
  if (lineStart < 0) return starts;
  while (lineStart < text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    if (lineStart > from && startsChunk(text, lineStart, previousBlank, lineStart - (starts[starts.length - 1] ?? from) >= minChunk)) {
      starts.push(lineStart);
    }
    previousBlank = isBlank(text, lineStart, lineEnd);
    lineStart = lineEnd + 1;
  }
  return starts;
}

/** Chunks past a heading start only once this long: a new parse costs a little too. */
export const MIN_CHUNK = 2048;

function startsChunk(text: string, at: number, previousBlank: boolean, longEnough: boolean): boolean {
  const first = text.charCodeAt(at);
  if (first === 0x23 /* # */ && isAtxOpening(text, at)) return previousBlank || longEnough;
  if (!longEnough || Number.isNaN(first) || first === 0x20 || first === 0x09 || first === 0x0a || first === 0x0d) return false;
  // A chunk's parse would read a `---` line at its start as frontmatter.
  if (previousBlank) return !isListMarker(text, at) && !text.startsWith('---', at);
  return text.startsWith('%%', at) || text.startsWith('<!--', at) || isBulletItem(text, at);
}

/**
 * `- x`, `* x` or `+ x` (not a thematic break): a new item of a bullet list above it with the
 * same bullet, or a new list that ends the block above. parseMarkdown joins the list the chunk
 * opens with to a list with the same bullet that closes the chunk before (`joinLists`), so a
 * long list is parsed in pieces but read as one.
 */
function isBulletItem(text: string, at: number): boolean {
  const bullet = text.charCodeAt(at);
  if (bullet !== 0x2d && bullet !== 0x2a && bullet !== 0x2b) return false;
  const space = text.charCodeAt(at + 1);
  if (space !== 0x20 && space !== 0x09) return false;
  let i = at + 2;
  let c = text.charCodeAt(i);
  while (c === 0x20 || c === 0x09) c = text.charCodeAt(++i);
  if (Number.isNaN(c) || c === 0x0a || c === 0x0d) return false;
  return !isThematicBreak(text, at, bullet);
}

function isThematicBreak(text: string, at: number, marker: number): boolean {
  if (marker === 0x2b) return false;
  let count = 0;
  for (let i = at; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || c === 0x0d) break;
    if (c === marker) count++;
    else if (c !== 0x20 && c !== 0x09) return false;
  }
  return count >= 3;
}

/** Where a frontmatter block (`---` … `---` at the very start) ends; 0 when none, -1 when unclosed. */
function frontmatterEnd(text: string): number {
  const open = /^---[ \t]*\r?\n/.exec(text.slice(0, 8));
  if (!open) return 0;
  const close = /(^|\n)---[ \t]*(\r?\n|$)/.exec(text.slice(open[0].length));
  return close ? open[0].length + close.index + close[0].length : -1;
}

/** A bullet or ordered list marker followed by a blank or the line's end. */
function isListMarker(text: string, at: number): boolean {
  let i = at;
  const c = text.charCodeAt(i);
  if (c === 0x2d || c === 0x2a || c === 0x2b) {
    i++;
  } else {
    while (i - at < 10 && text.charCodeAt(i) >= 0x30 && text.charCodeAt(i) <= 0x39) i++;
    if (i === at) return false;
    const d = text.charCodeAt(i);
    if (d !== 0x2e && d !== 0x29) return false;
    i++;
  }
  const after = text.charCodeAt(i);
  return Number.isNaN(after) || after === 0x20 || after === 0x09 || after === 0x0a || after === 0x0d;
}

function isAtxOpening(text: string, at: number): boolean {
  let i = at;
  while (i < text.length && text.charCodeAt(i) === 0x23 && i - at < 7) i++;
  const hashes = i - at;
  if (hashes < 1 || hashes > 6) return false;
  const next = text.charCodeAt(i);
  return i >= text.length || next === 0x20 || next === 0x09 || next === 0x0a || next === 0x0d;
}

function isBlank(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09 && c !== 0x0d) return false;
  }
  return true;
}

/**
 * Joins a bullet list that a chunk opens with to the one that closed the chunk before, when
 * both use the same bullet: the whole-note parse reads them as one list (the chunk was cut
 * between two of its items, never after a blank line, so looseness is either part's).
 * `previous` is the tree so far; both are already shifted into the note's offsets.
 */
export function joinLists(text: string, previous: RootContent[], next: RootContent[]): RootContent[] {
  const last = previous[previous.length - 1];
  const first = next[0];
  if (last?.type !== 'list' || first?.type !== 'list' || last.ordered || first.ordered) return next;
  const a = last.position?.start.offset;
  const b = first.position?.start.offset;
  if (a === undefined || b === undefined || text.charAt(a) !== text.charAt(b)) return next;
  for (const item of first.children) last.children.push(item);
  last.spread = last.spread === true || first.spread === true;
  if (last.position && first.position) last.position.end = first.position.end;
  return next.slice(1);
}

interface Position {
  line: number;
  column: number;
  offset?: number;
}

/** Moves every position in a tree parsed from a slice to where the slice sits in the note. */
export function shiftTree(node: Nodes, offset: number, lines: number): void {
  const position = node.position;
  if (position) {
    shiftPoint(position.start, offset, lines);
    shiftPoint(position.end, offset, lines);
  }
  if ('children' in node) for (const child of node.children) shiftTree(child, offset, lines);
}

function shiftPoint(point: Position, offset: number, lines: number): void {
  if (point.offset !== undefined) point.offset += offset;
  point.line += lines;
}

/**
 * True when the chunk's last block may still be open at the chunk's end: a fenced code block
 * without its closing fence, or an HTML block of a kind that only a closing marker ends.
 * Checks the last block at every depth (a fence inside a list item counts too).
 */
export function endsOpen(chunk: string, root: Root): boolean {
  const endsBlank = /\n[ \t]*\r?\n$/.test(chunk.slice(-64));
  let node: RootContent | undefined = root.children[root.children.length - 1];
  while (node) {
    if (runsOpen(chunk, node, endsBlank)) return true;
    // A table and HTML blocks of kinds 6–7 run on until a blank line.
    if (node.type === 'table' && !endsBlank) return true;
    node = 'children' in node ? (node.children[node.children.length - 1]) : undefined;
  }
  return false;
}

/**
 * True when a fenced code block has no closing fence, or an HTML block (or `%%` comment) of a
 * kind that only a closing marker ends has none; HTML blocks of kinds 6–7 end at a blank line,
 * so they count as open unless `endsBlank`.
 */
export function runsOpen(text: string, node: RootContent, endsBlank: boolean): boolean {
  if (node.type === 'code') return isFenced(text, node) && !hasClosingFence(text, node);
  if (node.type === 'html') return !htmlClosed(node.value, endsBlank);
  return false;
}

function sourceOf(chunk: string, node: RootContent): string {
  return chunk.slice(node.position?.start.offset ?? 0, node.position?.end.offset ?? 0);
}

function isFenced(chunk: string, node: RootContent): boolean {
  return /^(?:`{3,}|~{3,})/.test(sourceOf(chunk, node).trimStart());
}

function hasClosingFence(chunk: string, node: RootContent): boolean {
  const source = sourceOf(chunk, node);
  const open = /^\s*(`{3,}|~{3,})/.exec(source);
  if (!open?.[1]) return true;
  const lines = source.split('\n');
  if (lines.length < 2) return false;
  const last = (lines[lines.length - 1] ?? '').replace(/^[\s>]*/, '').trimEnd();
  const fence = open[1];
  return last.length >= fence.length && [...last].every((c) => c === fence[0]);
}

const HTML_ENDS: readonly [RegExp, RegExp][] = [
  // Obsidian's `%%` comment blocks come out as html nodes too (obsidian-comment-block.ts).
  [/^\s*%%/, /%%/],
  [/^\s*<!--/, /-->/],
  [/^\s*<(?:script|pre|style|textarea)(?:\s|>|$)/i, /<\/(?:script|pre|style|textarea)>/i],
  [/^\s*<\?/, /\?>/],
  [/^\s*<!\[CDATA\[/, /\]\]>/],
  [/^\s*<![A-Za-z]/, />/],
];

function htmlClosed(value: string, endsBlank: boolean): boolean {
  for (const [open, close] of HTML_ENDS) {
    if (open.test(value)) return close.test(value.replace(open, ''));
  }
  return endsBlank;
}
