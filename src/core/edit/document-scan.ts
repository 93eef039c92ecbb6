import type { BlockType } from '../block-tree';
import type { PlanDocument } from '../markdown';
import { quietRanges, rangeAt } from '../read/regions';

/**
 * Read-only helpers over a parsed note that the edit functions share: which top-level blocks
 * a range holds and where the last written line of a range ends. Blocks inside Obsidian
 * `%% … %%` comments are left out: the Markdown parser does not know those comments, so a
 * template's example list inside one looks like a real list to it.
 */

export interface Block {
  /** The block's id in the document's tree. */
  node: number;
  type: BlockType;
  start: number;
  end: number;
}

/**
 * The quiet range (code, HTML comment, `%% … %%` comment, frontmatter — as the read side
 * defines them) that holds `offset`, if any.
 */
export function quietRangeAround(doc: PlanDocument, offset: number): [number, number] | undefined {
  return rangeAt(quietRanges(doc).blocks, offset);
}

/** Top-level blocks that start inside `[start, end)`, leaving out code and comments. */
export function blocksIn(doc: PlanDocument, start: number, end: number): Block[] {
  const blocks: Block[] = [];
  const tree = doc.tree;
  for (let node = tree.firstChild(tree.root); node >= 0; node = tree.nextSibling(node)) {
    const s = tree.start(node);
    if (s < start) continue;
    if (s >= end) break;
    const type = tree.type(node);
    if (type === 'yaml' || type === 'code') continue;
    if (quietRangeAround(doc, s)) continue;
    blocks.push({ node, type, start: s, end: tree.end(node) });
  }
  return blocks;
}

export function isBlankLine(text: string): boolean {
  return /^[ \t]*$/.test(text);
}

/**
 * Offset just past the last non-blank line in `[start, end)` (before its line ending), or
 * null when the range holds only blank lines. `start` and `end` are line starts or the end
 * of the text.
 */
export function lastContentEnd(doc: PlanDocument, start: number, end: number): number | null {
  if (end <= start) return null;
  const { lines } = doc;
  const first = lines.lineOf(start);
  for (let line = lines.lineOf(end - 1); line >= first; line--) {
    const lineStart = lines.startOf(line);
    if (lineStart >= end) continue;
    if (!isBlankLine(lines.textOf(line))) return lines.endOf(line);
  }
  return null;
}

/** End of a heading's last line, before its line ending. */
export function headingLineEnd(doc: PlanDocument, heading: { start: number; end: number }): number {
  return stripEol(doc.text, heading.end);
}

function stripEol(text: string, end: number): number {
  if (text.charAt(end - 1) !== '\n') return end;
  return text.charAt(end - 2) === '\r' ? end - 2 : end - 1;
}

/** Whether the line after `lineEnd` (an end-of-line offset) is blank or missing. */
export function nextLineIsBlankOrEnd(doc: PlanDocument, lineEnd: number): boolean {
  const { lines } = doc;
  const line = lines.lineOf(lineEnd);
  if (line >= lines.count) return true;
  return isBlankLine(lines.textOf(line + 1));
}
