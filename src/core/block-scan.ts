import type { Root } from 'mdast';
import { readDefinitions } from './block-definitions';
import { htmlBlockEnds, htmlBlockKind } from './block-html';
import { cellDataEnd, countHeadCells, hasCellAfter, mayBeDelimiterRow, readDelimiterRow } from './block-tables';
import { type BlockExtra, BlockTree, type BlockType } from './block-tree';
import { LineEnds } from './line-ends';
import { mdastOf } from './block-tree-mdast';

/**
 * The engine's markdown parse: the block structure of a note (CommonMark blocks plus GFM
 * tables, YAML frontmatter and Obsidian's `%%` comment blocks) as a BlockTree (block-tree.ts:
 * nodes in columns of numbers, positions as offsets), read in one pass over the lines.
 * `scanBlocks` gives the same tree as mdast, with points, for the tests and the readers not yet
 * on the BlockTree.
 *
 * It replaced micromark (with our own compiler of its events), for three reasons: the engine
 * never used inline parsing, which was most of micromark; micromark's cost per list item made a
 * 1 MB note of tasks take seconds (issue 13); and with what was built around it, micromark was
 * about 45 KB of main.js, where this scanner (with its helper files) is about 20 KB (issue 9).
 * The tree is the one mdast-util-from-markdown gives for these constructs (same nodes, fields
 * and positions): test/core/foundation/block-scan.test.ts holds the two together on every
 * sample note and on random fragments, and documents where they differ on purpose.
 *
 * Memory: the complete tree never exists as objects (an mdast tree of a 1 MB note of tasks was
 * 47 MB). A node is a small object only while the scanner may still change it: the open
 * containers, the last two children of each (a new list item moves the end of the item before
 * it, a closing container takes its end from its last child) and the open leaf with its inline
 * children or table row. Once final, a node goes into the BlockTree and the object is dropped.
 *
 * Cost: each line is looked at a bounded number of times per open container, and containers
 * nest at most MAX_NESTING deep (markdown-depth.ts), so time grows with the note's length.
 */

/** A node the scanner may still change, with its offsets (points come from mdastOf). */
interface Node {
  type: BlockType;
  start: number;
  end: number;
  /** Its id in the tree: given once a child of its goes there, or when it goes itself; -1 before. */
  id: number;
  /**
   * A leaf's own children, objects until the leaf goes into the tree: a paragraph's or heading's
   * text and breaks, a row's cells, a cell's text. A container's go through Container.last/prev.
   */
  children?: Node[];
  /** Text, code, HTML, YAML: the value. */
  value?: string;
  /** Heading: its level. */
  depth?: number;
  /** List: ordered, and its first number (null for bullets). List and item: spread. */
  ordered?: boolean;
  listStart?: number | null;
  spread?: boolean;
  /** Code: lang and meta; definition: its fields; table: its alignment. */
  extra?: BlockExtra;
}

type LeafKind = 'paragraph' | 'fence' | 'indented' | 'html' | 'comment' | 'table';

interface Leaf {
  kind: LeafKind;
  node: Node;
  /** Offsets of each line's content start and end (paragraph, code, html, table rows). */
  lines: [number, number, number?][];
  /** Fence: marker character, length and indentation. */
  fence?: { char: number; size: number; indent: number };
  /** HTML block kind (1–7), after which a blank line or a closing marker ends it. */
  htmlKind?: number;
  /** Fence: its closing fence was read (the last line is that fence, not content). */
  closed?: boolean;
  /** Indented code: trailing blank lines, which end up outside the block. */
  blankTail?: number;
  /** Indented code opened on a line that closed containers: it does not keep items out. */
  afterClose?: boolean;
  /** Fence, HTML block or comment: its last line is blank and short (see concreteLine). */
  shortLast?: boolean;
  /** Paragraph: the container it is the last child of (definitions may take its place). */
  parent?: Container;
}

interface Container {
  kind: 'root' | 'quote' | 'list' | 'item';
  node: Node;
  /**
   * Its last child and the one before, still objects: a new item moves the previous item's end
   * (after it became the one before), and a closing container ends with its last child. Earlier
   * children are in the tree; `prev` is null when there is none or it went there.
   */
  last: Node | null;
  prev: Node | null;
  /** List: bullet character or ordered delimiter; ordered or not. */
  marker?: number;
  ordered?: boolean;
  /** Item: columns its content is indented by. */
  size?: number;
  /** Item: it started with a blank line / a further blank line followed (CommonMark 5.2). */
  initialBlank?: boolean;
  furtherBlank?: boolean;
  /** Item: had a blank line between its children (spread), and a blank line pending. */
  blankSeen?: boolean;
  sawBlank?: boolean;
  /** List: a blank line came between two items; one ended the last item. */
  blankBetween?: boolean;
  pendingBlank?: boolean;
  /** End of the last line this container took part in (quote markers, item markers). */
  lastEnd: number;
  /** Virtual column where its content starts on its first line. */
  contentCol?: number;
}

const TAB = 9;
const SPACE = 32;
const GT = 62;

/** Code with no info string: one extra shared by all of them (nothing changes an extra). */
const NO_INFO: BlockExtra = Object.freeze({ lang: null, meta: null });

/**
 * The block tree of `text`. A leading BOM is not part of the note's markdown: its offsets count
 * from after it (as micromark's do), or, with `bomOffsets`, from the text's start (the engine's
 * own offsets, which must splice into the note as it is).
 */
export function scanTree(text: string, bomOffsets = false, keepValues = false): BlockTree {
  const bom = text.charCodeAt(0) === 0xfeff;
  if (bom && !bomOffsets) return new BlockScanner(text.slice(1), 0, keepValues).run();
  return new BlockScanner(text, bom ? 1 : 0, keepValues).run();
}

/** The block tree of `text` as mdast (offsets as in `scanTree`). */
export function scanBlocks(text: string, bomOffsets = false): Root {
  const bom = text.charCodeAt(0) === 0xfeff;
  // mdastOf reads the text the scanner read, from where its markdown starts.
  const scanned = bom && !bomOffsets ? text.slice(1) : text;
  return mdastOf(scanTree(text, bomOffsets, true), scanned, bom && bomOffsets ? 1 : 0);
}

class BlockScanner {
  private readonly text: string;
  /** Where the markdown starts (after a BOM). */
  private readonly base: number;
  private readonly tree: BlockTree;
  private readonly ends: LineEnds;
  private readonly stack: Container[];
  private leaf: Leaf | null = null;
  /** A blank line came since the last block was added (see addChild). */
  private blankBefore = false;
  // The line being read.
  private lineStart = 0;
  private lineEnd = 0;
  private nextLine = 0;
  // The cursor: offset, virtual column (tabs to 4) and columns left of a partly used tab.
  private off = 0;
  private col = 0;
  private partial = 0;

  constructor(text: string, base: number, private readonly values: boolean) {
    this.text = text;
    this.base = base;
    this.ends = new LineEnds(text);
    // Room for three nodes a line (a task item is an item, a paragraph and its text), so a
    // dense note's tree seldom grows: each growth leaves a copy outside the heap for the
    // garbage collector, which a 1 MB note of tasks grew four times.
    this.tree = new BlockTree(countLines(text) * 3 + 16, values);
    const root: Node = { type: 'root', start: 0, end: 0, id: this.tree.add('root', 0, 0) };
    this.stack = [{ kind: 'root', node: root, last: null, prev: null, lastEnd: 0 }];
  }

  run(): BlockTree {
    const text = this.text;
    let at = this.frontmatter();
    while (at <= text.length) {
      this.setLine(at);
      this.line();
      if (this.lineEnd >= text.length) break;
      at = this.nextLine;
    }
    this.closeAll();
    this.flush(this.stack[0] as Container);
    this.tree.setEnd(this.tree.root, text.length);
    return this.tree;
  }

  // ── The tree ────────────────────────────────────────────────────────────────────────────

  /** A node's id, given now if it has none. */
  private idOf(node: Node): number {
    if (node.id < 0) node.id = this.tree.add(node.type, node.start, node.end);
    return node.id;
  }

  /** A final node and its object children into the tree, as the last child of `parent`. */
  private write(parent: number, node: Node): void {
    const tree = this.tree;
    let id = node.id;
    if (id < 0) id = tree.add(node.type, node.start, node.end);
    else {
      // Given when its first child went in: what changed since (a paragraph may be a heading).
      tree.setType(id, node.type);
      tree.setStart(id, node.start);
      tree.setEnd(id, node.end);
    }
    switch (node.type) {
      case 'list':
        tree.setList(id, node.ordered === true, node.listStart ?? null, node.spread === true);
        break;
      case 'listItem':
        tree.setSpread(id, node.spread === true);
        break;
      case 'heading':
        tree.setDepth(id, node.depth ?? 1);
        break;
      case 'code':
        tree.setValue(id, node.value ?? '');
        tree.setExtra(id, node.extra ?? NO_INFO);
        break;
      case 'definition':
      case 'table':
        if (node.extra) tree.setExtra(id, node.extra);
        break;
      case 'html':
      case 'yaml':
      case 'text':
        tree.setValue(id, node.value ?? '');
        break;
      default:
        break;
    }
    const children = node.children;
    if (children) for (let i = 0; i < children.length; i++) this.write(id, children[i] as Node);
    tree.append(parent, id);
  }

  /** A new last child of `c`; the child two before it is final and goes into the tree. */
  private push(c: Container, node: Node): void {
    if (c.prev) this.write(this.idOf(c.node), c.prev);
    c.prev = c.last;
    c.last = node;
  }

  /** A closed container's last children into the tree: nothing changes them any more. */
  private flush(c: Container): void {
    if (!c.last) return;
    const id = this.idOf(c.node);
    if (c.prev) this.write(id, c.prev);
    this.write(id, c.last);
    c.prev = null;
    c.last = null;
  }

  // ── Lines and the cursor ────────────────────────────────────────────────────────────────

  private lineEndOf(start: number): number {
    return this.ends.endOf(start);
  }

  private lineAfter(start: number): number {
    return this.ends.nextStart(start);
  }

  private setLine(at: number): void {
    this.lineStart = at;
    const end = this.ends.endOf(at);
    this.lineEnd = end;
    const text = this.text;
    this.nextLine = end >= text.length ? end : text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? end + 2 : end + 1;
    this.off = at;
    this.col = 0;
    this.partial = 0;
  }

  private code(offset = this.off): number {
    return offset < this.lineEnd ? this.text.charCodeAt(offset) : -1;
  }

  /** Columns of blank from the cursor, and the offset and column of the first non-blank. */
  private indent(): { cols: number; next: number; nextCol: number } {
    let cols = this.partial;
    let i = this.off;
    let col = this.col + this.partial;
    while (i < this.lineEnd) {
      const c = this.text.charCodeAt(i);
      if (c === SPACE) {
        cols++;
        col++;
      } else if (c === TAB) {
        const w = 4 - (col % 4);
        cols += w;
        col += w;
      } else break;
      i++;
    }
    return { cols, next: i, nextCol: col };
  }

  private isBlankRest(): boolean {
    return this.indent().next >= this.lineEnd;
  }

  /** Moves the cursor `n` columns over blanks (a tab may be used in part). */
  private advanceCols(n: number): void {
    while (n > 0) {
      if (this.partial > 0) {
        const take = Math.min(n, this.partial);
        this.partial -= take;
        this.col += take;
        n -= take;
        continue;
      }
      const c = this.code();
      if (c === SPACE) {
        this.off++;
        this.col++;
        n--;
      } else if (c === TAB) {
        const w = 4 - (this.col % 4);
        this.off++;
        if (w <= n) {
          this.col += w;
          n -= w;
        } else {
          this.col += n;
          this.partial = w - n;
          n = 0;
        }
      } else return;
    }
  }

  /** Moves the cursor to `offset` on this line (no blanks to account for in between but text). */
  private moveTo(offset: number, col: number): void {
    this.off = offset;
    this.col = col;
    this.partial = 0;
  }

  // ── One line ────────────────────────────────────────────────────────────────────────────

  private line(): void {
    const stack = this.stack;
    // 1. Which open containers this line continues.
    let matched = 0;
    for (let i = 1; i < stack.length; i++) {
      const c = stack[i] as Container;
      if (c.kind === 'list') {
        matched = i;
        continue;
      }
      if (c.kind === 'quote' ? this.continueQuote(c) : this.continueItem(c)) matched = i;
      else break;
    }
    const allMatched = matched === stack.length - 1;
    const leaf = this.leaf;

    // 2. The open leaf, when every container goes on: a fence, code or HTML block takes the line.
    if (allMatched && leaf && this.continueLeaf(leaf)) return;

    // 3. New containers and blocks.
    let unmatched = matched < stack.length - 1;
    let opened = false;
    // Whether list items on this line interrupt a block: a paragraph (CommonMark), or, as in
    // micromark, indented code (unless it began where containers closed); nested items after
    // the first one on the line still do.
    const interruptsList = !unmatched && (leaf?.kind === 'paragraph' || (leaf?.kind === 'indented' && !leaf.afterClose));
    for (;;) {
      const { cols, next, nextCol } = this.indent();
      const blank = next >= this.lineEnd;
      const c = this.code(next);
      const paragraphOpen = this.leaf?.kind === 'paragraph' && !unmatched;
      const lazyParagraph = this.leaf?.kind === 'paragraph';
      if (cols >= 4) {
        if (blank || lazyParagraph) break;
        const closing = this.stack.length - 1 > matched;
        this.closeUnmatched(matched);
        unmatched = false;
        this.closeLeaf();
        const start = this.off;
        this.advanceCols(4);
        this.openIndented(start);
        if (closing) (this.leaf as Leaf).afterClose = true;
        return;
      }
      if (c === GT) {
        if (unmatched) this.takeLineStart();
        this.closeUnmatched(matched, true);
        unmatched = false;
        this.closeLeaf();
        const start = next;
        const cursor = this.cursorEnd(matched);
        this.moveTo(next + 1, nextCol + 1);
        this.quoteSpace();
        const node: Node = { type: 'blockquote', start, end: start + 1, id: -1 };
        this.addChild(node, cursor);
        this.stack.push({ kind: 'quote', node, last: null, prev: null, lastEnd: this.isBlankRest() ? this.lineEnd : this.off, contentCol: this.col });
        matched = this.stack.length - 1;
        opened = true;
        continue;
      }
      if (blank) break;
      const interrupting = lazyParagraph;
      if (this.tryLeafStart(next, matched, unmatched, paragraphOpen, interrupting)) return;
      const item = this.listStart(next, nextCol, interruptsList, stack[matched] as Container);
      if (item) {
        // A sibling item closes what the last item held where its content ended.
        const parent = stack[matched] as Container;
        const sibling = parent.kind === 'list' && parent.marker === item.marker && parent.ordered === item.ordered;
        // The list's last item, which stays an object after the new one as the one before it.
        const previous = sibling && unmatched && this.takeLineStart() ? parent.last : null;
        if (!sibling && unmatched) this.takeLineStart();
        this.closeUnmatched(matched, !sibling);
        unmatched = false;
        this.openItem(item, next);
        // With no line ending left between them, micromark ends the item before at the end of
        // this item's marker (and the blanks after it when the item has content).
        if (previous) previous.end = this.isBlankRest() ? item.markerEnd : this.off;
        matched = this.stack.length - 1;
        opened = true;
        continue;
      }
      if (this.tableStart(next, matched, unmatched)) return;
      break;
    }

    // 4. The rest of the line: a lazy paragraph line, a blank, or a paragraph.
    const { next } = this.indent();
    const blank = next >= this.lineEnd;
    if (unmatched && !blank && this.leaf?.kind === 'paragraph') {
      this.paragraphLine(next);
      return;
    }
    // Under a quote, a blank line ends the containers it does not continue at its own end, and
    // the lists it continues reach it.
    if (blank && this.cursorEnd(matched)) this.closeUnmatched(matched, true, this.lineEnd);
    else this.closeUnmatched(matched);
    if (blank) {
      // The rest of a line that opened a container (`-`, `>`) is not a blank line between blocks.
      if (!opened) this.blankLine();
      return;
    }
    if (this.leaf?.kind === 'paragraph') {
      this.paragraphLine(next);
      return;
    }
    if (this.leaf?.kind === 'table') {
      this.tableRow(next);
      return;
    }
    this.closeLeaf();
    this.openParagraph(next);
  }

  // ── Containers ──────────────────────────────────────────────────────────────────────────

  private continueQuote(c: Container): boolean {
    const { cols, next, nextCol } = this.indent();
    if (cols >= 4 || this.code(next) !== GT) return false;
    this.moveTo(next + 1, nextCol + 1);
    this.quoteSpace();
    // A quote line with nothing else on it ends with its trailing blanks.
    c.lastEnd = this.isBlankRest() ? this.lineEnd : this.off;
    return true;
  }

  /** The optional blank after `>`: one space, or one column of a tab. */
  private quoteSpace(): void {
    const c = this.code();
    if (c === SPACE || c === TAB) this.advanceCols(1);
  }

  private continueItem(c: Container): boolean {
    const size = c.size ?? 2;
    if (this.isBlankRest()) {
      // A blank line goes on with the item, unless it is the second one after an item that
      // started blank.
      c.furtherBlank = c.furtherBlank || c.initialBlank;
      this.advanceCols(Math.min(size, this.indent().cols));
      return true;
    }
    const first = this.code();
    if (c.furtherBlank || (first !== SPACE && first !== TAB && this.partial === 0)) {
      c.furtherBlank = false;
      c.initialBlank = false;
      return false;
    }
    c.furtherBlank = false;
    c.initialBlank = false;
    if (this.indent().cols < size) return false;
    this.advanceCols(size);
    return true;
  }

  /**
   * Closes the containers this line did not continue. When a new container starts on the line
   * after some continued prefixes, micromark ends the closed quotes and lists there, at the
   * cursor, rather than where their content ended (`atCursor`).
   */
  private closeUnmatched(matched: number, atCursor = false, at = this.off): void {
    const cursor = atCursor && this.cursorEnd(matched) ? at : 0;
    while (this.stack.length - 1 > matched) this.closeContainer(cursor);
  }

  /**
   * micromark quirk, kept for an identical tree: a fence, HTML block or comment left open in a
   * container that a new container's line closes runs to the start of that line.
   */
  private takeLineStart(): boolean {
    const leaf = this.leaf;
    const last = leaf?.lines[leaf.lines.length - 1];
    if (!leaf || !last || !(leaf.kind === 'fence' || leaf.kind === 'comment' || (leaf.htmlKind ?? 6) < 6)) return false;
    leaf.lines.push([this.lineStart, this.lineStart]);
    return true;
  }

  /** The cursor, as an end for closed containers, when a quote's `>` was read on this line. */
  private cursorEnd(matched: number): number {
    for (let i = 1; i <= matched; i++) if (this.stack[i]?.kind === 'quote') return this.off;
    return 0;
  }

  private closeContainer(cursor = 0): void {
    this.closeLeaf();
    const c = this.stack.pop() as Container;
    const last = c.last;
    c.node.end = Math.max(last ? last.end : 0, c.lastEnd, c.kind === 'item' ? 0 : cursor);
    if (c.kind === 'item') {
      const list = this.stack[this.stack.length - 1];
      c.node.spread = c.blankSeen === true;
      if (list && c.sawBlank) list.pendingBlank = true;
    }
    if (c.kind === 'list') c.node.spread = c.blankBetween === true;
    // Only its own end may still change (a next item moves it); what it holds is final.
    this.flush(c);
  }

  private closeAll(): void {
    while (this.stack.length > 1) this.closeContainer();
    this.closeLeaf();
  }

  private addChild(node: Node, cursor = 0): void {
    let top = this.stack[this.stack.length - 1] as Container;
    // Only items go into a list: anything else ends it.
    if (top.kind === 'list' && node.type !== 'listItem') {
      this.closeContainer(cursor);
      top = this.stack[this.stack.length - 1] as Container;
    }
    if (top.kind === 'item' && top.sawBlank && top.last) top.blankSeen = true;
    if (top.kind === 'item') top.sawBlank = false;
    if (this.blankBefore) {
      // Content after a blank line, inside a deeper container: for the items around that
      // container the blank is inside one of their children, not between two of them, so it
      // neither spreads them nor separates them from the next item (CommonMark 5.3).
      this.blankBefore = false;
      for (const c of this.stack) if (c !== top && c.kind === 'item') c.sawBlank = false;
    }
    this.push(top, node);
  }

  // ── Lists ───────────────────────────────────────────────────────────────────────────────

  private listStart(at: number, col: number, interrupting: boolean, parent: Container):
    | { ordered: boolean; marker: number; start: number | null; markerEnd: number; markerCol: number }
    | null {
    const text = this.text;
    const c = this.code(at);
    let ordered = false;
    let marker = c;
    let end = at;
    let start: number | null = null;
    if (c === 45 || c === 43 || c === 42) {
      if ((c === 45 || c === 42) && this.isThematicBreak(at)) return null;
      end = at + 1;
    } else if (c >= 48 && c <= 57) {
      let i = at;
      while (i < this.lineEnd && i - at < 10 && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
      const d = this.code(i);
      if (i - at > 9 || (d !== 46 && d !== 41)) return null;
      ordered = true;
      marker = d;
      start = Number.parseInt(text.slice(at, i), 10);
      end = i + 1;
    } else return null;
    const after = this.code(end);
    if (after !== -1 && after !== SPACE && after !== TAB) return null;
    const sibling = parent.kind === 'list' && parent.marker === marker && parent.ordered === ordered;
    if (interrupting && !sibling) {
      // Only a list that starts at 1 and has content may interrupt a paragraph.
      if (ordered && start !== 1) return null;
      let i = end;
      while (i < this.lineEnd && (text.charCodeAt(i) === SPACE || text.charCodeAt(i) === TAB)) i++;
      if (i >= this.lineEnd) return null;
    }
    return { ordered, marker, start, markerEnd: end, markerCol: col + (end - at) };
  }

  private openItem(item: NonNullable<ReturnType<BlockScanner['listStart']>>, at: number): void {
    this.closeLeaf();
    let top = this.stack[this.stack.length - 1] as Container;
    if (!(top.kind === 'list' && top.marker === item.marker && top.ordered === item.ordered)) {
      if (top.kind === 'list') this.closeContainer(this.cursorEnd(this.stack.length - 2));
      const list: Node = { type: 'list', start: at, end: at, id: -1, ordered: item.ordered, listStart: item.start, spread: false };
      this.addChild(list);
      this.stack.push({ kind: 'list', node: list, last: null, prev: null, marker: item.marker, ordered: item.ordered, lastEnd: 0 });
      top = this.stack[this.stack.length - 1] as Container;
    } else if (top.pendingBlank) {
      top.blankBetween = true;
    }
    top.pendingBlank = false;
    // Content indentation, in columns from the cursor (as micromark counts the item's prefix):
    // the indentation before the marker, the marker, and the blanks after it (1–4 columns), or
    // one column when the item starts blank or with indented code.
    const before = this.indent().nextCol - this.col;
    this.moveTo(item.markerEnd, item.markerCol);
    const { cols, next } = this.indent();
    const blank = next >= this.lineEnd;
    const width = item.markerEnd - at;
    const size = before + width + (blank || cols >= 5 ? 1 : cols);
    const node: Node = { type: 'listItem', start: at, end: item.markerEnd, id: -1, spread: false };
    this.addChild(node);
    const contentCol = blank ? item.markerCol + 1 : item.markerCol + (cols >= 5 ? 1 : cols);
    this.stack.push({ kind: 'item', node, last: null, prev: null, size, initialBlank: blank, lastEnd: blank ? this.lineEnd : item.markerEnd, contentCol });
    if (blank) this.moveTo(this.lineEnd, 0);
    else this.advanceCols(cols >= 5 ? 1 : cols);
  }

  // ── Leaves ──────────────────────────────────────────────────────────────────────────────

  private continueLeaf(leaf: Leaf): boolean {
    switch (leaf.kind) {
      case 'fence':
        return this.fenceLine(leaf);
      case 'indented':
        return this.indentedLine(leaf);
      case 'html':
      case 'comment':
        return this.htmlLine(leaf);
      default:
        return false;
    }
  }

  private closeLeaf(): void {
    const leaf = this.leaf;
    if (!leaf) return;
    this.leaf = null;
    const node = leaf.node;
    const lines = leaf.lines;
    switch (leaf.kind) {
      case 'paragraph':
        this.finishParagraph(leaf);
        break;
      case 'fence': {
        const body = leaf.closed ? lines.slice(1, -1) : lines.slice(1);
        // As mdast has it: the text between the fences, less one line ending at each edge.
        let value = this.join(body);
        if (!leaf.closed && body.length) value = value.replace(/(?:\r?\n|\r)$/, '');
        node.value = value;
        node.end = this.concreteEnd(leaf);
        break;
      }
      case 'indented': {
        const body = lines.slice(0, lines.length - (leaf.blankTail ?? 0));
        // A last line of only indentation adds no line ending to the value.
        const last = body[body.length - 1] as [number, number, number?];
        node.value = this.join(body).replace(last[0] === last[1] && !last[2] ? /(?:\r?\n|\r)$/ : /$^/, '');
        node.end = last[1];
        break;
      }
      case 'html':
      case 'comment': {
        node.value = this.join(lines);
        node.end = this.concreteEnd(leaf);
        break;
      }
      case 'table':
        break;
    }
  }

  private openParagraph(at: number): void {
    const node: Node = { type: 'paragraph', start: at, end: this.lineEnd, id: -1 };
    this.addChild(node);
    const parent = this.stack[this.stack.length - 1] as Container;
    this.leaf = { kind: 'paragraph', node, lines: [[at, this.lineEnd]], parent };
  }

  private paragraphLine(at: number): void {
    const leaf = this.leaf as Leaf;
    leaf.lines.push([at, this.lineEnd]);
    leaf.node.end = this.lineEnd;
  }

  /**
   * Text and hard-break children of a paragraph (or setext heading) from its lines: each line's
   * text without its trailing blanks, joined by the line endings; two or more trailing spaces
   * before a line ending make a break.
   */
  private inlineChildren(lines: Leaf['lines']): Node[] {
    const text = this.text;
    const out: Node[] = [];
    let value = '';
    let start = -1;
    let end = -1;
    for (let i = 0; i < lines.length; i++) {
      const [s, e] = lines[i] as [number, number];
      let contentEnd = e;
      let spaces = 0;
      let tabs = false;
      while (contentEnd > s) {
        const c = text.charCodeAt(contentEnd - 1);
        if (c === SPACE) spaces++;
        else if (c === TAB) tabs = true;
        else break;
        contentEnd--;
      }
      if (contentEnd > s) {
        if (start < 0) start = s;
        if (this.values) value += text.slice(s, contentEnd);
        end = contentEnd;
      }
      if (i === lines.length - 1) break;
      const after = this.lineAfter(s);
      if (!tabs && spaces >= 2 && contentEnd < e) {
        if (start >= 0) out.push({ type: 'text', start, end, id: -1, value });
        start = -1;
        value = '';
        out.push({ type: 'break', start: contentEnd, end: after, id: -1 });
        continue;
      }
      if (start < 0) start = e;
      if (this.values) value += text.slice(e, after);
      end = after;
    }
    if (start >= 0) out.push({ type: 'text', start, end, id: -1, value });
    return out;
  }

  /** A paragraph's text, after the link reference definitions that may open it. */
  private finishParagraph(leaf: Leaf): void {
    leaf.node.children = this.inlineChildren(this.afterDefinitions(leaf));
  }

  /**
   * The link reference definitions that open a paragraph (or setext heading) become nodes of
   * their own before it; its lines after them are returned (none: the paragraph goes).
   */
  private afterDefinitions(leaf: Leaf): Leaf['lines'] {
    const node = leaf.node;
    const lines = leaf.lines;
    const parent = leaf.parent;
    if (this.text.charCodeAt(lines[0]?.[0] ?? 0) !== 91 || !parent) return lines;
    const definitions = readDefinitions(this.text, lines);
    if (!definitions.length) return lines;
    // The paragraph is its container's last child (a block closes the open leaf before it is
    // added), so it comes off the end; the child before it is still an object.
    parent.last = parent.prev;
    parent.prev = null;
    for (const d of definitions) {
      const extra: BlockExtra = { identifier: normalizeLabel(d.label), label: d.label, title: d.title, url: d.url };
      this.push(parent, { type: 'definition', start: d.start, end: d.end, id: -1, extra });
    }
    const rest = lines.slice((definitions[definitions.length - 1] as { next: number }).next);
    const first = rest[0];
    if (first) {
      node.start = first[0];
      this.push(parent, node);
    }
    return rest;
  }

  private onlyDefinitions(): boolean {
    const lines = (this.leaf as Leaf).lines;
    if (this.text.charCodeAt(lines[0]?.[0] ?? 0) !== 91) return false;
    const definitions = readDefinitions(this.text, lines);
    return definitions[definitions.length - 1]?.next === lines.length;
  }

  /** Setext: the paragraph becomes a heading that ends with its underline. */
  private setext(level: number): void {
    const leaf = this.leaf as Leaf;
    this.leaf = null;
    const node = leaf.node;
    node.type = 'heading';
    node.depth = level;
    node.children = this.inlineChildren(this.afterDefinitions(leaf));
    node.end = this.lineEnd;
  }

  /** Indented code: it starts where its indentation does; its value drops four columns. */
  private openIndented(start: number): void {
    const node: Node = { type: 'code', start, end: this.lineEnd, id: -1, value: '' };
    this.addChild(node);
    this.leaf = { kind: 'indented', node, lines: [this.rest()], blankTail: 0 };
  }

  /** Where a fence, HTML block or comment ends: its last line's end, or that line's start. */
  private concreteEnd(leaf: Leaf): number {
    const [s, e] = leaf.lines[leaf.lines.length - 1] as [number, number];
    if (!leaf.shortLast) return e;
    let start = s;
    while (start > 0 && this.text.charCodeAt(start - 1) !== 10 && this.text.charCodeAt(start - 1) !== 13) start--;
    return start;
  }

  /** Lines' text joined by their own line endings, as one value (none when the tree keeps no values). */
  private join(lines: [number, number, number?][]): string {
    if (!this.values) return '';
    let out = '';
    for (let i = 0; i < lines.length; i++) {
      const [s, e, partial] = lines[i] as [number, number, number?];
      if (i > 0) {
        const prev = (lines[i - 1] as [number, number])[1];
        out += this.text.slice(prev, this.lineAfter(prev));
      }
      out += ' '.repeat(partial ?? 0) + this.text.slice(s, e);
    }
    return out;
  }

  /** The rest of the line from the cursor; a partly used tab's columns count as spaces. */
  private rest(): [number, number, number] {
    return [this.off, this.lineEnd, this.partial];
  }

  private indentedLine(leaf: Leaf): boolean {
    const { cols, next } = this.indent();
    if (next >= this.lineEnd && cols < 4) {
      // A blank line: kept inside the block, dropped at its end.
      this.advanceCols(cols);
      leaf.lines.push(this.rest());
      leaf.blankTail = (leaf.blankTail ?? 0) + 1;
      this.blankLine();
      return true;
    }
    if (cols < 4) return false;
    this.advanceCols(4);
    leaf.lines.push(this.rest());
    leaf.blankTail = 0;
    return true;
  }

  private fenceLine(leaf: Leaf): boolean {
    const fence = leaf.fence as { char: number; size: number; indent: number };
    const { cols, next } = this.indent();
    if (cols < 4 && this.code(next) === fence.char) {
      let i = next;
      while (this.code(i) === fence.char) i++;
      if (i - next >= fence.size) {
        let j = i;
        while (j < this.lineEnd && (this.text.charCodeAt(j) === SPACE || this.text.charCodeAt(j) === TAB)) j++;
        if (j >= this.lineEnd) {
          leaf.lines.push([next, this.lineEnd]);
          leaf.shortLast = false;
          leaf.closed = true;
          this.closeLeaf();
          return true;
        }
      }
    }
    this.advanceCols(Math.min(fence.indent, cols));
    this.concreteLine(leaf);
    return true;
  }

  /**
   * A line of a fence, HTML block or comment. micromark ends such a block, when the note ends
   * with a blank line in a quote or no wider than its item's content column (nothing left
   * after the item's indentation), at that line's start (and the container at the line's end).
   */
  private concreteLine(leaf: Leaf): void {
    leaf.lines.push(this.rest());
    leaf.shortLast = false;
    if (!this.isBlankRest() || this.lineEnd < this.text.length) return;
    const top = this.stack[this.stack.length - 1] as Container;
    if (top.kind === 'quote' || this.indent().nextCol <= (top.contentCol ?? 0)) {
      leaf.shortLast = true;
      top.lastEnd = Math.max(top.lastEnd, this.lineEnd);
    }
  }

  private htmlLine(leaf: Leaf): boolean {
    const blank = this.isBlankRest();
    if (blank && (leaf.htmlKind === 6 || leaf.htmlKind === 7)) return false;
    const start = this.off;
    this.concreteLine(leaf);
    if (htmlBlockEnds(leaf.htmlKind, this.text.slice(start, this.lineEnd))) this.closeLeaf();
    return true;
  }

  private blankLine(): void {
    // Lists that a blank line under a quote continues reach that line's end.
    if (this.cursorEnd(this.stack.length - 1)) for (const c of this.stack) if (c.kind === 'list') c.lastEnd = this.lineEnd;
    // A line that is blank inside a quote (`>` and nothing else) is a quote line, not a blank
    // one, to the items outside that quote.
    let inner = 1;
    for (let i = this.stack.length - 1; i > 0; i--) {
      if (this.stack[i]?.kind === 'quote') {
        inner = i + 1;
        break;
      }
    }
    for (let i = inner; i < this.stack.length; i++) {
      const c = this.stack[i] as Container;
      if (c.kind === 'item') c.sawBlank = true;
    }
    this.blankBefore = true;
    const top = this.stack[this.stack.length - 1] as Container;
    if (top.kind === 'list') top.pendingBlank = true;
    if (this.leaf && this.leaf.kind !== 'indented') this.closeLeaf();
  }

  private tryLeafStart(at: number, matched: number, unmatched: boolean, paragraphOpen: boolean, interrupting: boolean): boolean {
    const c = this.code(at);
    // ATX heading.
    if (c === 35) {
      const heading = this.atxHeading(at);
      if (heading) {
        this.closeUnmatched(matched);
        this.closeLeaf();
        this.addChild(heading);
        this.moveTo(this.lineEnd, 0);
        return true;
      }
    }
    // Fenced code.
    if (c === 96 || c === 126) {
      let i = at;
      while (this.code(i) === c) i++;
      const size = i - at;
      const info = this.text.slice(i, this.lineEnd);
      if (size >= 3 && !(c === 96 && info.includes('`'))) {
        this.closeUnmatched(matched);
        this.closeLeaf();
        // The info string: a language up to the first blank, then the meta (trailing blanks kept).
        const info_ = /^[ \t]*([^ \t]*)[ \t]*(.*)$/s.exec(info);
        const lang = info_?.[1] || null;
        const meta = info_?.[2] || null;
        const extra = lang === null && meta === null ? NO_INFO : { lang, meta };
        const node: Node = { type: 'code', start: at, end: this.lineEnd, id: -1, value: '', extra };
        this.addChild(node);
        const indent = this.indent().cols;
        this.leaf = { kind: 'fence', node, lines: [[at, this.lineEnd]], fence: { char: c, size, indent } };
        this.moveTo(this.lineEnd, 0);
        return true;
      }
    }
    // HTML blocks and `%%` comments.
    if (c === 60 || (c === 37 && this.code(at + 1) === 37)) {
      const kind = c === 37 ? 0 : htmlBlockKind(this.text, at, this.lineEnd, paragraphOpen);
      if (kind !== null) {
        // As in micromark, a kind-7 block on a lazy line (with a line ending) ends the paragraph
        // there and stays in its containers.
        if (!(kind === 7 && interrupting && unmatched && this.lineEnd < this.text.length)) this.closeUnmatched(matched);
        this.closeLeaf();
        // An HTML block starts with its line's indentation (a `%%` comment after it).
        const from = kind === 0 ? at : this.off;
        const node: Node = { type: 'html', start: from, end: this.lineEnd, id: -1, value: '' };
        this.addChild(node);
        const leaf: Leaf = { kind: kind === 0 ? 'comment' : 'html', node, lines: [[from, this.lineEnd, kind === 0 ? 0 : this.partial]], htmlKind: kind };
        this.leaf = leaf;
        this.moveTo(this.lineEnd, 0);
        if (htmlBlockEnds(leaf.htmlKind, this.text.slice(at, this.lineEnd), true)) this.closeLeaf();
        return true;
      }
    }
    // Setext underline (under a paragraph that is more than link reference definitions).
    if ((c === 61 || c === 45) && paragraphOpen && !this.onlyDefinitions()) {
      let i = at;
      while (this.code(i) === c) i++;
      let j = i;
      while (j < this.lineEnd && (this.text.charCodeAt(j) === SPACE || this.text.charCodeAt(j) === TAB)) j++;
      if (j >= this.lineEnd) {
        this.setext(c === 61 ? 1 : 2);
        this.moveTo(this.lineEnd, 0);
        return true;
      }
    }
    // Thematic break.
    if ((c === 42 || c === 45 || c === 95) && this.isThematicBreak(at)) {
      this.closeUnmatched(matched);
      this.closeLeaf();
      this.addChild({ type: 'thematicBreak', start: at, end: this.lineEnd, id: -1 });
      this.moveTo(this.lineEnd, 0);
      return true;
    }
    return false;
  }

  private isThematicBreak(at: number): boolean {
    const c = this.code(at);
    let n = 0;
    for (let i = at; i < this.lineEnd; i++) {
      const d = this.text.charCodeAt(i);
      if (d === c) n++;
      else if (d !== SPACE && d !== TAB) return false;
    }
    return n >= 3;
  }

  private atxHeading(at: number): Node | null {
    const text = this.text;
    let i = at;
    while (this.code(i) === 35) i++;
    const depth = i - at;
    if (depth > 6) return null;
    const after = this.code(i);
    if (after !== -1 && after !== SPACE && after !== TAB) return null;
    // Content: between the blanks after the opening and the closing sequence.
    let s = i;
    while (s < this.lineEnd && (text.charCodeAt(s) === SPACE || text.charCodeAt(s) === TAB)) s++;
    let e = this.lineEnd;
    while (e > s && (text.charCodeAt(e - 1) === SPACE || text.charCodeAt(e - 1) === TAB)) e--;
    let h = e;
    while (h > s && text.charCodeAt(h - 1) === 35) h--;
    if (h < e && (h === s || text.charCodeAt(h - 1) === SPACE || text.charCodeAt(h - 1) === TAB)) {
      e = h;
      while (e > s && (text.charCodeAt(e - 1) === SPACE || text.charCodeAt(e - 1) === TAB)) e--;
    }
    const heading: Node = { type: 'heading', start: at, end: this.lineEnd, id: -1, depth };
    if (e > s) heading.children = [{ type: 'text', start: s, end: e, id: -1, value: text.slice(s, e) }];
    return heading;
  }

  // ── Tables ──────────────────────────────────────────────────────────────────────────────
  // GFM tables as micromark-extension-gfm-table cuts them: a head row, then a delimiter row
  // with as many cells (not lazy, in the same containers); body rows until a blank line or a
  // line that starts another block. A table may interrupt a paragraph.

  private tableStart(at: number, matched: number, unmatched: boolean): boolean {
    // A lazy line goes on with a paragraph; it cannot start a table nor add a row to one.
    if (unmatched && this.leaf?.kind === 'paragraph') return false;
    if (!unmatched && this.leaf?.kind === 'table') {
      this.tableRow(at);
      return true;
    }
    if (this.lineEnd >= this.text.length || !mayBeDelimiterRow(this.text, this.nextLine)) return false;
    const headCells = countHeadCells(this.text, at, this.lineEnd);
    if (headCells === null) return false;
    const align = this.delimiterRow(headCells, unmatched ? matched : this.stack.length - 1);
    if (!align) return false;
    this.closeUnmatched(matched);
    this.closeLeaf();
    const node: Node = { type: 'table', start: at, end: this.lineEnd, id: -1, extra: { align } };
    this.addChild(node);
    this.leaf = { kind: 'table', node, lines: [] };
    this.tableRow(at);
    // The delimiter row is part of the table (and of its containers), not a row.
    this.setLine(this.nextLine);
    this.continueAll();
    node.end = this.lineEnd;
    return true;
  }

  /** The next line as a delimiter row for a head row of `headCells` cells: its alignments. */
  private delimiterRow(headCells: number, depth: number): (string | null)[] | null {
    const saved = { lineStart: this.lineStart, off: this.off, col: this.col, partial: this.partial };
    const flags = this.stack.map((c) => [c.initialBlank, c.furtherBlank] as const);
    this.setLine(this.nextLine);
    let align: (string | null)[] | null = null;
    if (this.continueAll(depth)) {
      const { cols, next } = this.indent();
      // A line that opens a list item or a quote is no delimiter row: its container comes first.
      const opens = this.code(next) === GT || this.startsItem(next);
      if (cols < 4 && !opens) align = readDelimiterRow(this.text, next, this.lineEnd, headCells);
    }
    this.setLine(saved.lineStart);
    this.off = saved.off;
    this.col = saved.col;
    this.partial = saved.partial;
    this.stack.forEach((c, i) => {
      const [initialBlank, furtherBlank] = flags[i] ?? [];
      c.initialBlank = initialBlank;
      c.furtherBlank = furtherBlank;
    });
    return align;
  }

  /** Whether a list marker (then a blank or the line's end) is at `at`. */
  private startsItem(at: number): boolean {
    let i = at;
    const c = this.code(i);
    if (c === 45 || c === 43 || c === 42) i++;
    else {
      while (i - at < 10 && this.code(i) >= 48 && this.code(i) <= 57) i++;
      if (i === at || (this.code(i) !== 46 && this.code(i) !== 41)) return false;
      i++;
    }
    const after = this.code(i);
    return after === -1 || after === SPACE || after === TAB;
  }

  /** Whether every open container goes on on this line (the cursor moves past their prefixes). */
  private continueAll(depth = this.stack.length - 1): boolean {
    for (let i = 1; i <= depth; i++) {
      const c = this.stack[i] as Container;
      if (c.kind === 'list') continue;
      if (!(c.kind === 'quote' ? this.continueQuote(c) : this.continueItem(c))) return false;
    }
    return true;
  }

  /** A row of the open table: its cells, cut at the pipes as the GFM table extension cuts them. */
  private tableRow(at: number): void {
    const leaf = this.leaf as Leaf;
    const text = this.text;
    const end = this.lineEnd;
    let cell: Node = { type: 'tableCell', start: at, end, id: -1 };
    const cells: Node[] = [cell];
    let awaitingPipe = true;
    let i = at;
    while (i < end) {
      const c = text.charCodeAt(i);
      if (c === SPACE || c === TAB) {
        i++;
      } else if (c === 124) {
        if (awaitingPipe) awaitingPipe = false;
        else if (hasCellAfter(text, i + 1, end)) {
          cell.end = i;
          cell = { type: 'tableCell', start: i, end, id: -1 };
          cells.push(cell);
        }
        i++;
      } else {
        const dataEnd = cellDataEnd(text, i, end);
        awaitingPipe = false;
        const textNode = cell.children?.[0];
        if (textNode) {
          textNode.end = dataEnd;
          textNode.value = text.slice(textNode.start, dataEnd);
        } else {
          cell.children = [{ type: 'text', start: i, end: dataEnd, id: -1, value: text.slice(i, dataEnd) }];
        }
        i = dataEnd;
      }
    }
    // A row is final once read: it goes into the tree now (a long table is not held as objects).
    this.write(this.idOf(leaf.node), { type: 'tableRow', start: at, end, id: -1, children: cells });
    leaf.node.end = end;
    this.moveTo(end, 0);
  }

  // ── Frontmatter ─────────────────────────────────────────────────────────────────────────

  /** YAML frontmatter: `---` on the first line to the next `---` line (either may end in blanks). */
  private frontmatter(): number {
    const at = this.base;
    const text = this.text;
    if (!isYamlFence(text, at, this.lineEndOf(at)) || this.lineEndOf(at) >= text.length) return at;
    const body: [number, number][] = [];
    for (let line = this.lineAfter(at); line <= text.length; line = this.lineAfter(line)) {
      const end = this.lineEndOf(line);
      if (isYamlFence(text, line, end)) {
        this.push(this.stack[0] as Container, { type: 'yaml', start: at, end, id: -1, value: this.join(body) });
        return end >= text.length ? text.length + 1 : this.lineAfter(line);
      }
      body.push([line, end]);
      if (end >= text.length) break;
    }
    return at;
  }
}

function countLines(text: string): number {
  let lines = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines++;
  return lines;
}

function isYamlFence(text: string, start: number, end: number): boolean {
  if (!text.startsWith('---', start)) return false;
  for (let i = start + 3; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c !== SPACE && c !== TAB) return false;
  }
  return true;
}






/** A label as an identifier: blanks collapsed, trimmed, case folded (as micromark normalises it). */
function normalizeLabel(label: string): string {
  return label.replace(/[\t\n\r ]+/g, ' ').replace(/^ | $/g, '').toLowerCase().toUpperCase().toLowerCase();
}
