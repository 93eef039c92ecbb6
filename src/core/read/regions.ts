import { inlineQuietRanges } from '../inline';
import type { BlockTree } from '../block-tree';
import type { PlanDocument } from '../markdown';
import { blankOut } from '../text';
import { RangeList, Ranges } from './ranges';

/**
 * "Quiet" parts of a note: text a reader must not take for plan content. A task item, a
 * status line or a placeholder inside a code block or a comment is an example, not a fact
 * about the plan.
 */
export interface QuietRanges {
  /** Code blocks, HTML comments, Obsidian `%%` comments and the frontmatter, sorted, merged. */
  blocks: Ranges;
  /** `blocks` plus inline code spans. */
  all: Ranges;
  /** Where a `%%` opens that no later `%%` closes (Obsidian hides the rest of the note), or null. */
  openComment: number | null;
}

const rangesCache = new WeakMap<PlanDocument, QuietRanges>();
const maskCache = new WeakMap<PlanDocument, { blocks?: string; all?: string }>();

export function quietRanges(doc: PlanDocument): QuietRanges {
  const cached = rangesCache.get(doc);
  if (cached) return cached;
  const blockList = new RangeList();
  const inlineList = new RangeList();
  collect(doc.tree, doc.tree.root, blockList, inlineList, doc.text);
  const blocks = blockList.ranges();
  const inline = inlineList.ranges();
  // `%%` inside code (a block or a span) is literal text in Obsidian, so comments are looked
  // for outside code only.
  const comments = obsidianComments(doc.text, blocks.union(inline));
  const withComments = blocks.union(comments);
  const last = comments.length - 1;
  const text = doc.text;
  const closed = (s: number, e: number): boolean => e - s >= 4 && text.startsWith('%%', e - 2);
  const openComment = last >= 0 && comments.end(last) === text.length && !closed(comments.start(last), comments.end(last)) ? comments.start(last) : null;
  const result: QuietRanges = { blocks: withComments, all: withComments.union(inline), openComment };
  rangesCache.set(doc, result);
  return result;
}

function collect(tree: BlockTree, node: number, blocks: RangeList, inline: RangeList, text: string): void {
  const type = tree.type(node);
  const start = tree.start(node);
  const end = tree.end(node);
  if (type === 'code' || type === 'yaml') {
    blocks.push(start, end);
    return;
  }
  if (type === 'html') {
    if (text.startsWith('<!--', start)) blocks.push(start, end);
    return;
  }
  if (type === 'text') {
    // Inline constructs are not parsed (see inline.ts): code spans and inline comments are
    // found in the text's source instead.
    const found = inlineQuietRanges(text, start, end);
    for (const [s, e] of found.code) inline.push(s, e);
    for (const [s, e] of found.comments) blocks.push(s, e);
    return;
  }
  for (let child = tree.firstChild(node); child >= 0; child = tree.nextSibling(child)) collect(tree, child, blocks, inline, text);
}

function obsidianComments(text: string, code: Ranges): Ranges {
  const found = new RangeList();
  let from = 0;
  for (;;) {
    const open = nextOutside(text, '%%', from, code);
    if (open < 0) break;
    const close = nextOutside(text, '%%', open + 2, code);
    const end = close < 0 ? text.length : close + 2;
    found.push(open, end);
    from = end;
  }
  return found.ranges();
}

function nextOutside(text: string, needle: string, from: number, code: Ranges): number {
  let at = text.indexOf(needle, from);
  while (at >= 0) {
    const inside = code.indexAt(at);
    if (inside < 0) return at;
    at = text.indexOf(needle, code.end(inside));
  }
  return -1;
}

/** The range holding `offset`, if any. */
export function rangeAt(ranges: Ranges, offset: number): [number, number] | undefined {
  const i = ranges.indexAt(offset);
  return i < 0 ? undefined : [ranges.start(i), ranges.end(i)];
}

export function isQuiet(doc: PlanDocument, offset: number, includeInlineCode = false): boolean {
  const ranges = quietRanges(doc);
  return (includeInlineCode ? ranges.all : ranges.blocks).indexAt(offset) >= 0;
}

/**
 * The note with quiet text blanked out, same length and same line breaks, so a line scan over
 * it finds only live text and every offset it reports is an offset into the real note.
 */
export function maskedText(doc: PlanDocument, includeInlineCode: boolean): string {
  let entry = maskCache.get(doc);
  if (!entry) {
    entry = {};
    maskCache.set(doc, entry);
  }
  const key = includeInlineCode ? 'all' : 'blocks';
  const cached = entry[key];
  if (cached !== undefined) return cached;
  const ranges = includeInlineCode ? quietRanges(doc).all : quietRanges(doc).blocks;
  const parts: string[] = [];
  let at = 0;
  for (let i = 0; i < ranges.length; i++) {
    const s = ranges.start(i);
    const e = ranges.end(i);
    const quiet = doc.text.slice(s, e);
    parts.push(doc.text.slice(at, s), blankOut(quiet));
    at = e;
  }
  parts.push(doc.text.slice(at));
  const masked = parts.join('');
  entry[key] = masked;
  return masked;
}
