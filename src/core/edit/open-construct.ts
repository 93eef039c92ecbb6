import type { BlockTree } from '../block-tree';
import type { PlanDocument } from '../markdown';
import { quietRanges } from '../read/regions';

/** A construct that opens and is never closed, so it hides everything after it. */
export interface OpenConstruct {
  start: number;
  /** 1-based line, as messages show it. */
  line: number;
  /** What it is, for a message: "a code block (```)". */
  what: string;
}

/**
 * The construct that runs unclosed to the end of the note, if any: a `%%` comment (Obsidian hides
 * everything up to the next `%%`), or a top-level fenced code block, HTML comment or HTML block
 * of a kind that only its closing marker ends. Text written after its start would be hidden, so
 * an append there is refused (see planAppend): closing it is for the user to decide, since only
 * they know where it was meant to end. Of two, the earlier one.
 */
export function openConstruct(doc: PlanDocument): OpenConstruct | null {
  let found: { start: number; what: string } | null = null;
  const comment = quietRanges(doc).openComment;
  if (comment !== null) found = { start: comment, what: 'a %% comment' };
  const tree = doc.tree;
  const last = tree.lastChild(tree.root);
  const start = last < 0 ? 0 : tree.start(last);
  if (last >= 0 && (found === null || start < found.start) && runsOpen(doc.text, tree, last, true)) {
    const source = doc.text.slice(start, start + 16).trimStart();
    const what = tree.type(last) === 'code' ? `a code block (${source.charAt(0).repeat(3)})` : source.startsWith('%%') ? 'a %% comment' : source.startsWith('<!--') ? 'an HTML comment (<!--)' : 'an HTML block';
    found = { start, what };
  }
  return found ? { ...found, line: doc.lines.lineOf(found.start) } : null;
}

/**
 * True when a fenced code block has no closing fence, or an HTML block (or `%%` comment) of a
 * kind that only a closing marker ends has none; HTML blocks of kinds 6–7 end at a blank line,
 * so they count as open unless `endsBlank`.
 */
export function runsOpen(text: string, tree: BlockTree, node: number, endsBlank: boolean): boolean {
  const type = tree.type(node);
  if (type === 'code') {
    const source = text.slice(tree.start(node), tree.end(node));
    return isFenced(source) && !hasClosingFence(source);
  }
  // A top-level block's source is its value (no container prefixes to leave out).
  if (type === 'html') return !htmlClosed(text.slice(tree.start(node), tree.end(node)), endsBlank);
  return false;
}

function isFenced(source: string): boolean {
  return /^(?:`{3,}|~{3,})/.test(source.trimStart());
}

function hasClosingFence(source: string): boolean {
  const open = /^\s*(`{3,}|~{3,})/.exec(source);
  if (!open?.[1]) return true;
  const lines = source.split('\n');
  if (lines.length < 2) return false;
  const last = (lines[lines.length - 1] ?? '').replace(/^[\s>]*/, '').trimEnd();
  const fence = open[1];
  return last.length >= fence.length && [...last].every((c) => c === fence[0]);
}

const HTML_ENDS: readonly [RegExp, RegExp][] = [
  // Obsidian's `%%` comment blocks come out as html nodes too (block-scan.ts).
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
