import { inlineQuietRanges } from '../inline';
import type { BlockTree } from '../block-tree';
import type { PlanDocument } from '../markdown';
import { blankOut } from '../text';

/**
 * "Quiet" parts of a note: text a reader must not take for plan content. A task item, a
 * status line or a placeholder inside a code block or a comment is an example, not a fact
 * about the plan.
 */
export interface QuietRanges {
  /** Code blocks, HTML comments, Obsidian `%%` comments and the frontmatter, sorted, merged. */
  blocks: readonly [number, number][];
  /** `blocks` plus inline code spans. */
  all: readonly [number, number][];
  /** Where a `%%` opens that no later `%%` closes (Obsidian hides the rest of the note), or null. */
  openComment: number | null;
}

const rangesCache = new WeakMap<PlanDocument, QuietRanges>();
const maskCache = new WeakMap<PlanDocument, { blocks?: string; all?: string }>();

export function quietRanges(doc: PlanDocument): QuietRanges {
  const cached = rangesCache.get(doc);
  if (cached) return cached;
  const blocks: [number, number][] = [];
  const inline: [number, number][] = [];
  collect(doc.tree, doc.tree.root, blocks, inline, doc.text);
  // `%%` inside code (a block or a span) is literal text in Obsidian, so comments are looked
  // for outside code only.
  const comments = obsidianComments(doc.text, merge(blocks.concat(inline)));
  const withComments = merge(blocks.concat(comments));
  const last = comments[comments.length - 1];
  const closed = (r: [number, number]): boolean => r[1] - r[0] >= 4 && doc.text.startsWith('%%', r[1] - 2);
  const openComment = last && last[1] === doc.text.length && !closed(last) ? last[0] : null;
  const result: QuietRanges = { blocks: withComments, all: merge(withComments.concat(inline)), openComment };
  rangesCache.set(doc, result);
  return result;
}

function collect(tree: BlockTree, node: number, blocks: [number, number][], inline: [number, number][], text: string): void {
  const type = tree.type(node);
  const start = tree.start(node);
  const end = tree.end(node);
  if (type === 'code' || type === 'yaml') {
    blocks.push([start, end]);
    return;
  }
  if (type === 'html') {
    if (tree.value(node).startsWith('<!--')) blocks.push([start, end]);
    return;
  }
  if (type === 'text') {
    // Inline constructs are not parsed (see inline.ts): code spans and inline comments are
    // found in the text's source instead.
    const found = inlineQuietRanges(text, start, end);
    for (const range of found.code) inline.push(range);
    for (const range of found.comments) blocks.push(range);
    return;
  }
  for (let child = tree.firstChild(node); child >= 0; child = tree.nextSibling(child)) collect(tree, child, blocks, inline, text);
}

function obsidianComments(text: string, code: readonly [number, number][]): [number, number][] {
  const found: [number, number][] = [];
  let from = 0;
  for (;;) {
    const open = nextOutside(text, '%%', from, code);
    if (open < 0) break;
    const close = nextOutside(text, '%%', open + 2, code);
    const end = close < 0 ? text.length : close + 2;
    found.push([open, end]);
    from = end;
  }
  return found;
}

function nextOutside(text: string, needle: string, from: number, code: readonly [number, number][]): number {
  let at = text.indexOf(needle, from);
  while (at >= 0) {
    const inside = rangeAt(code, at);
    if (!inside) return at;
    at = text.indexOf(needle, inside[1]);
  }
  return -1;
}

function merge(ranges: [number, number][]): [number, number][] {
  // Indexed loops: a dense note has tens of thousands of ranges, and iterators allocate per item.
  const sorted = ranges.filter((r) => r[1] > r[0]).sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (let i = 0; i < sorted.length; i++) {
    const r = sorted[i] as [number, number];
    const last = out[out.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else out.push([r[0], r[1]]);
  }
  return out;
}

/** The range holding `offset`, if any (binary search over sorted, merged ranges). */
export function rangeAt(ranges: readonly [number, number][], offset: number): [number, number] | undefined {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = ranges[mid];
    if (!r) break;
    if (offset < r[0]) hi = mid - 1;
    else if (offset >= r[1]) lo = mid + 1;
    else return r;
  }
  return undefined;
}

export function isQuiet(doc: PlanDocument, offset: number, includeInlineCode = false): boolean {
  const ranges = quietRanges(doc);
  return rangeAt(includeInlineCode ? ranges.all : ranges.blocks, offset) !== undefined;
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
    const [s, e] = ranges[i] as [number, number];
    const quiet = doc.text.slice(s, e);
    parts.push(doc.text.slice(at, s), blankOut(quiet));
    at = e;
  }
  parts.push(doc.text.slice(at));
  const masked = parts.join('');
  entry[key] = masked;
  return masked;
}
