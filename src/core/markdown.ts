import type { Root, RootContent } from 'mdast';
import { blockTree } from './block-tree';
import { readFrontmatter } from './frontmatter';
import { gfmTableBlock } from './gfm-table-block';
import { detectEol, withLfBreaks } from './line-endings';
import { chunkStarts, endsOpen, shiftTree } from './markdown-chunks';
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
 * mdast for a note, with every position offset into `text` exactly as given. Parsed in chunks
 * at top-level headings (see markdown-chunks.ts): the same blocks as one whole parse, in time
 * that grows with the note instead of faster than it.
 */
export function parseMarkdown(text: string): Root {
  // micromark drops a leading BOM, so it is sliced off here and offsets are shifted past it.
  const base = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const body = base ? text.slice(1) : text;
  const starts = chunkStarts(body, 0);
  const children: RootContent[] = [];
  let linesBefore = 0;
  let counted = 0;
  for (let i = 0; i < starts.length; ) {
    const start = starts[i] ?? 0;
    let take = 1;
    for (;;) {
      const next = starts[i + take];
      const chunk = body.slice(start, next ?? body.length);
      const tree = blockTree(chunk, PARSE_OPTIONS);
      if (next !== undefined && endsOpen(chunk, tree)) {
        // A fence or HTML block runs on past the next heading: widen (doubling keeps a note
        // that is one long unclosed fence from being parsed over and over).
        take *= 2;
        continue;
      }
      linesBefore += countLines(body, counted, start);
      counted = start;
      shiftTree(tree, start + base, linesBefore);
      children.push(...tree.children);
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
  return lines
    .textOf(first)
    .replace(/^\uFEFF? {0,3}#{1,6}/, '')
    .replace(/[ \t]+#+[ \t]*$/, '')
    .replace(/^[ \t]+#+[ \t]*$/, '')
    .trim();
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
