import type { Nodes, Root, RootContent } from 'mdast';

/**
 * micromark's cost grows faster than the text on long notes (long lists above all), and a
 * plan only ever grows. So a note is parsed in chunks that start at top-level ATX headings,
 * each chunk on its own, and the trees are joined with their positions shifted back.
 *
 * A chunk may start only where the whole-note parse would start a new top-level block anyway:
 * a `#`-heading at column 0 right after a blank line. Such a line ends every open paragraph,
 * list, quote, indented code and HTML block of kinds 6–7, so parsing from it gives the same
 * blocks. Only an unclosed fenced code block or an HTML block of kinds 1–5 (comments,
 * `<pre>`, `<script>`, …) can run across it; `joinChunks` sees those at the end of a chunk
 * and merges it with the next one before parsing again.
 */
export function chunkStarts(text: string, from: number): number[] {
  const starts = [from];
  let previousBlank = true;
  let lineStart = from;
  while (lineStart < text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const first = text.charCodeAt(lineStart);
    if (previousBlank && first === 0x23 /* # */ && lineStart > from && isAtxOpening(text, lineStart)) {
      starts.push(lineStart);
    }
    previousBlank = isBlank(text, lineStart, lineEnd);
    lineStart = lineEnd + 1;
  }
  return starts;
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
  let node: RootContent | undefined = root.children[root.children.length - 1];
  while (node) {
    if (node.type === 'code' && isFenced(chunk, node) && !hasClosingFence(chunk, node)) return true;
    if (node.type === 'html' && !htmlClosed(node.value)) return true;
    node = 'children' in node ? (node.children[node.children.length - 1]) : undefined;
  }
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

function htmlClosed(value: string): boolean {
  for (const [open, close] of HTML_ENDS) {
    if (open.test(value)) return close.test(value.replace(open, ''));
  }
  return true;
}
