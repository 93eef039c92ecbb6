import type { Root } from 'mdast';
import { scanBlocks, scanTree } from './block-scan';
import type { BlockTree } from './block-tree';
import { readFrontmatter } from './frontmatter';
import { detectEol, withLfBreaks } from './line-endings';
import { capNesting } from './markdown-depth';
import { trailerOf } from './rules/trailer';
import { classifyHeading } from './sections';
import { LineIndex } from './text';
import type { FrontmatterBlock, Heading, Section, YamlParser } from './types';

/**
 * One note, parsed once, with exact offsets: the engine's view of the text at hand.
 * Only the note being edited or inspected is parsed this way (about 14 ms for a large
 * note); the dashboard works from Obsidian's metadata cache instead.
 */
export interface PlanDocument {
  /** The note's text, lone CRs read as LF (same length and offsets as the note itself). */
  text: string;
  eol: '\n' | '\r\n' | '\r';
  bom: boolean;
  lines: LineIndex;
  frontmatter: FrontmatterBlock | null;
  /** Top-level headings (not inside lists, quotes, callouts, code, HTML or comments). */
  headings: Heading[];
  sections: Section[];
  /** The block tree (block-tree.ts); every offset is into `text` (BOM included). */
  tree: BlockTree;
  /** File name without extension, when the caller knows it (title fallback). */
  fileName: string | null;
}

export interface ParseOptions {
  parseYaml?: YamlParser;
  fileName?: string;
}

export { detectEol };

/**
 * The engine's parse as mdast, for the tests that hold it to micromark's tree (the engine itself
 * reads the BlockTree, parseTree). Every position offset is into `text` exactly as given (a
 * leading BOM is skipped by the parse and counted in the offsets). Container markers nested
 * past the cap are text to the scanner (markdown-depth.ts; same length, so offsets hold).
 */
export function parseMarkdown(text: string): Root {
  return scanBlocks(capNesting(text), true);
}

/** The engine's parse: the block tree of a note, offsets into `text` as given (see parseMarkdown). */
export function parseTree(text: string): BlockTree {
  return scanTree(capNesting(text), true);
}

export function parseDocument(source: string, options: ParseOptions = {}): PlanDocument {
  // Lone CRs read as line breaks, as in Obsidian; offsets stay those of `source` (line-endings.ts).
  const text = withLfBreaks(source);
  const lines = new LineIndex(text);
  const fm = readFrontmatter(text, options.parseYaml);
  const tree = parseTree(text);
  const headings = collectHeadings(text, tree, lines, fm);
  return {
    text,
    eol: detectEol(source),
    bom: text.charCodeAt(0) === 0xfeff,
    lines,
    frontmatter: fm,
    headings,
    sections: buildSections(headings, bodyEnd(tree, lines, text.length)),
    tree,
    fileName: options.fileName ?? null,
  };
}

/** Where the note's sections end: the start of its trailer's line (rules/trailer.ts), else the end. */
export function bodyEnd(tree: BlockTree, lines: LineIndex, length: number): number {
  const block = trailerOf(tree.firstChild(tree.root), (id) => tree.nextSibling(id), -1, (id) => tree.type(id));
  return block < 0 ? length : lines.startOf(lines.lineOf(tree.start(block)));
}

/**
 * Whether an offset lies inside an Obsidian `%% … %%` comment (a heading inside one is not a
 * heading), asked for offsets in increasing order: the comments are found as the offsets move
 * on, none kept. A `%%` in a property value is YAML text, not a comment: the search starts
 * after the frontmatter.
 */
function commentTest(text: string, bodyStart: number): (offset: number) => boolean {
  if (!text.includes('%%', bodyStart)) return () => false;
  let from = bodyStart;
  let start = -1;
  let end = -1;
  return (offset) => {
    while (end <= offset && from >= 0) {
      const open = text.indexOf('%%', from);
      if (open < 0) {
        from = -1;
        start = end = -1;
        break;
      }
      const close = text.indexOf('%%', open + 2);
      start = open;
      end = close < 0 ? text.length : close + 2;
      from = end;
    }
    return offset > start && offset < end;
  };
}

function collectHeadings(
  text: string,
  tree: BlockTree,
  lines: LineIndex,
  fm: FrontmatterBlock | null,
): Heading[] {
  const inComment = commentTest(text, fm ? fm.end : 0);
  const headings: Heading[] = [];
  for (let node = tree.firstChild(tree.root); node >= 0; node = tree.nextSibling(node)) {
    if (tree.type(node) !== 'heading') continue;
    const start = tree.start(node);
    const endOffset = tree.end(node);
    if (fm && start < fm.end) continue;
    if (inComment(start)) continue;
    const line = lines.lineOf(start);
    const lastLine = lines.lineOf(Math.max(start, endOffset - 1));
    const setext = isSetext(text, start, lines);
    const lineStart = lines.startOf(line);
    headings.push({
      level: tree.depth(node),
      text: headingText(text, lines, line, lastLine, setext),
      line,
      start: lineStart,
      end: lines.endWithEol(lastLine),
      setext,
    });
  }
  return headings;
}

function isSetext(text: string, start: number, lines: LineIndex): boolean {
  // A BOM before the first line's `#` is not part of the line as a reader sees it.
  const lineText = lines.textOf(lines.lineOf(start)).replace(/^\uFEFF/, '');
  return !/^ {0,3}#{1,6}(?:[ \t]|$)/.test(lineText) && text.length > 0;
}

function headingText(text: string, lines: LineIndex, first: number, last: number, setext: boolean): string {
  if (setext) {
    const parts: string[] = [];
    for (let line = first; line < last; line++) parts.push(lines.textOf(line).replace(/^\uFEFF/, '').trim());
    return parts.join(' ').trim();
  }
  const content = lines.textOf(first).replace(/^\uFEFF? {0,3}#{1,6}/, '');
  return withoutClosingHashes(content)
    .replace(/^[ \t]+#+[ \t]*$/, '')
    .trim();
}

/**
 * An ATX heading's closing `#`s (after a blank) dropped. A scan from the end, not
 * `[ \t]+#+[ \t]*$`, which retried from every blank of a long run.
 */
function withoutClosingHashes(text: string): string {
  const blank = (i: number): boolean => text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09;
  let end = text.length;
  while (end > 0 && blank(end - 1)) end--;
  let hashes = end;
  while (hashes > 0 && text.charCodeAt(hashes - 1) === 0x23) hashes--;
  if (hashes === end || hashes === 0 || !blank(hashes - 1)) return text;
  let cut = hashes;
  while (cut > 0 && blank(cut - 1)) cut--;
  return text.slice(0, cut);
}

function buildSections(headings: Heading[], length: number): Section[] {
  return headings.map((heading, i) => {
    let end = length;
    for (let j = i + 1; j < headings.length; j++) {
      const next = headings[j];
      if (next && next.level <= heading.level) {
        end = next.start;
        break;
      }
    }
    const following = headings[i + 1];
    const bodyEnd = following && following.start < end ? following.start : end;
    return {
      kind: classifyHeading(heading.text),
      heading,
      contentStart: heading.end,
      end,
      bodyEnd,
    };
  });
}

/** The first section of a kind, or undefined. */
export function findSection(doc: PlanDocument, kind: Section['kind']): Section | undefined {
  return doc.sections.find((s) => s.kind === kind);
}
