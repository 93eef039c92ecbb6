import type { Root, RootContent } from 'mdast';
import { blockTree } from './block-tree';
import { readFrontmatter } from './frontmatter';
import { gfmTableBlock } from './gfm-table-block';
import { detectEol, withLfBreaks } from './line-endings';
import { chunkStarts, endsOpen, joinLists, MIN_CHUNK, shiftTree } from './markdown-chunks';
import { capNesting } from './markdown-depth';
import { obsidianCommentBlock } from './obsidian-comment-block';
import { trailerIndex } from './rules/trailer';
import { classifyHeading } from './sections';
import { LineIndex } from './text';
import { yamlFrontmatter } from './yaml-frontmatter-block';
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
  /** mdast tree; every position offset is into `text` (BOM included). */
  root: Root;
  /** File name without extension, when the caller knows it (title fallback). */
  fileName: string | null;
}

export interface ParseOptions {
  parseYaml?: YamlParser;
  fileName?: string;
}

export { detectEol };

/**
 * Inline constructs are switched off: they are most of micromark's time, and the engine works
 * from block positions and source text (inline.ts reads the few inline facts it needs).
 * The bundles leave them out of micromark altogether (micromark-block-constructs.ts): to turn
 * one back on, add it there too (its test fails until then).
 */
const BLOCKS_ONLY = {
  disable: {
    null: ['attention', 'autolink', 'characterEscape', 'characterReference', 'codeText', 'hardBreakEscape',
      'htmlText', 'labelEnd', 'labelStartImage', 'labelStartLink'],
  },
};

/** Obsidian's `%%` comment blocks end a list or paragraph, as in the app (obsidian-comment-block.ts). */
const COMMENT_BLOCKS = { flow: { [37]: obsidianCommentBlock } };

/**
 * micromark's options for the engine's parse. The tree is built by block-tree.ts, which handles
 * the yaml and table tokens itself (tests compare it with mdast-util-from-markdown given these
 * options with micromark's own frontmatter and table extensions, plus their mdast extensions:
 * test/support/reference-tree.ts).
 */
export const PARSE_OPTIONS = {
  // Task checkboxes are read from the source line (read/steps.ts), so no task extension.
  extensions: [yamlFrontmatter, gfmTableBlock, BLOCKS_ONLY, COMMENT_BLOCKS],
};

/**
 * The same without tables, for text that holds no table. The table construct is tried on every
 * line and tokenizes it to its end looking for cells: on a long line that is most of the parse
 * and hundreds of MB of tokens, for nothing when no line could be a delimiter row.
 */
const NO_TABLE_OPTIONS = {
  extensions: [yamlFrontmatter, BLOCKS_ONLY, COMMENT_BLOCKS],
};

/**
 * Whether some line could be a table's delimiter row (`|---|:-:|`): after any quote markers and
 * indentation, only pipes, colons, dashes and blanks, with a dash. A table needs one.
 */
export function mayHoldTable(text: string): boolean {
  let i = 0;
  const n = text.length;
  while (i < n) {
    let c = text.charCodeAt(i);
    while (i < n && (c === 0x20 || c === 0x09 || c === 0x3e)) c = text.charCodeAt(++i);
    let dash = false;
    let other = false;
    while (i < n && c !== 0x0a && c !== 0x0d) {
      if (c === 0x2d) dash = true;
      else if (c !== 0x7c && c !== 0x3a && c !== 0x20 && c !== 0x09) other = true;
      c = text.charCodeAt(++i);
    }
    if (dash && !other) return true;
    i++;
  }
  return false;
}

/**
 * mdast for a note, with every position offset into `text` exactly as given. Parsed in chunks
 * at top-level block starts (see markdown-chunks.ts; `minChunk` is for tests): the same blocks as one whole parse, in time
 * that grows with the note instead of faster than it.
 */
export function parseMarkdown(text: string, minChunk = MIN_CHUNK): Root {
  // micromark drops a leading BOM, so it is sliced off here and offsets are shifted past it.
  const base = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  // Markers nested past the cap are text to the parser (same length, so offsets hold).
  const body = capNesting(base ? text.slice(1) : text);
  const starts = chunkStarts(body, 0, minChunk);
  const children: RootContent[] = [];
  let linesBefore = 0;
  let counted = 0;
  for (let i = 0; i < starts.length; ) {
    const start = starts[i] ?? 0;
    let take = 1;
    for (;;) {
      const next = starts[i + take];
      const chunk = body.slice(start, next ?? body.length);
      const tree = blockTree(chunk, mayHoldTable(chunk) ? PARSE_OPTIONS : NO_TABLE_OPTIONS);
      if (next !== undefined && endsOpen(chunk, tree)) {
        // A fence or HTML block runs on past the next chunk start: widen (doubling keeps a note
        // that is one long unclosed fence from being parsed over and over), or straight to the
        // end when nothing further on could close it.
        take = closesLater(chunk, tree, body, next) ? take * 2 : starts.length - i;
        continue;
      }
      linesBefore += countLines(body, counted, start);
      counted = start;
      shiftTree(tree, start + base, linesBefore);
      for (const child of joinLists(text, children, tree.children)) children.push(child);
      break;
    }
    i += take;
  }
  const lastBreak = text.lastIndexOf('\n');
  return {
    type: 'root',
    children,
    position: {
      start: { line: 1, column: 1, offset: 0 },
      end: { line: linesBefore + countLines(body, counted, body.length) + 1, column: text.length - lastBreak, offset: text.length },
    },
  };
}

/** False when the open construct ending `chunk` is top-level and its closing marker appears nowhere after `from`. */
function closesLater(chunk: string, tree: Root, body: string, from: number): boolean {
  const last = tree.children[tree.children.length - 1];
  const start = last?.position?.start.offset;
  if (!last || start === undefined) return true;
  const opening = chunk.slice(start, start + 8).trimStart();
  let marker: string | null = null;
  if (last.type === 'code') marker = opening.slice(0, 3);
  else if (opening.startsWith('<!--')) marker = '-->';
  else if (opening.startsWith('%%')) marker = '%%';
  return marker === null || body.includes(marker, from);
}

function countLines(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = text.indexOf('\n', from); i >= 0 && i < to; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

export function parseDocument(source: string, options: ParseOptions = {}): PlanDocument {
  // Lone CRs read as line breaks, as in Obsidian; offsets stay those of `source` (line-endings.ts).
  const text = withLfBreaks(source);
  const lines = new LineIndex(text);
  const fm = readFrontmatter(text, options.parseYaml);
  const root = parseMarkdown(text);
  const headings = collectHeadings(text, root, lines, fm);
  return {
    text,
    eol: detectEol(source),
    bom: text.charCodeAt(0) === 0xfeff,
    lines,
    frontmatter: fm,
    headings,
    sections: buildSections(headings, bodyEnd(root, lines, text.length)),
    root,
    fileName: options.fileName ?? null,
  };
}

/** Where the note's sections end: the start of its trailer's line (rules/trailer.ts), else the end. */
export function bodyEnd(root: Root, lines: LineIndex, length: number): number {
  const at = trailerIndex(root.children, (node) => node.type);
  const start = root.children[at]?.position?.start.offset;
  return start === undefined ? length : lines.startOf(lines.lineOf(start));
}

/** Obsidian `%% … %%` comment ranges; a heading inside one is not a heading. */
function obsidianCommentRanges(text: string, bodyStart: number): [number, number][] {
  const ranges: [number, number][] = [];
  // A `%%` in a property value is YAML text, not a comment: the scan starts after the frontmatter.
  let from = bodyStart;
  for (;;) {
    const open = text.indexOf('%%', from);
    if (open < 0) break;
    const close = text.indexOf('%%', open + 2);
    const end = close < 0 ? text.length : close + 2;
    ranges.push([open, end]);
    from = end;
  }
  return ranges;
}

function collectHeadings(
  text: string,
  root: Root,
  lines: LineIndex,
  fm: FrontmatterBlock | null,
): Heading[] {
  const comments = text.includes('%%') ? obsidianCommentRanges(text, fm ? fm.end : 0) : [];
  const inComment = (offset: number): boolean =>
    comments.some(([start, end]) => offset > start && offset < end);
  const headings: Heading[] = [];
  for (const node of root.children) {
    if (node.type !== 'heading') continue;
    const start = node.position?.start.offset;
    const endOffset = node.position?.end.offset;
    if (start === undefined || endOffset === undefined) continue;
    if (fm && start < fm.end) continue;
    if (inComment(start)) continue;
    const line = lines.lineOf(start);
    const lastLine = lines.lineOf(Math.max(start, endOffset - 1));
    const setext = isSetext(text, node, lines);
    const lineStart = lines.startOf(line);
    headings.push({
      level: node.depth,
      text: headingText(text, lines, line, lastLine, setext),
      line,
      start: lineStart,
      end: lines.endWithEol(lastLine),
      setext,
    });
  }
  return headings;
}

function isSetext(text: string, node: RootContent, lines: LineIndex): boolean {
  const start = node.position?.start.offset ?? 0;
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
