/**
 * Line-based block parser for the metadata stand-in.
 *
 * It follows the CommonMark container algorithm (open blocks are matched line by line, then new
 * block starts are tried, then the rest of the line is text) because that is what decides where
 * lists, quotes and code blocks begin and end. On top of it sit the Obsidian dialect pieces the
 * metadata cache reports: callouts, `%%` comment blocks, `$$` math blocks, GFM tables, footnote
 * definitions and task checkboxes (whose remaining text is parsed as block content, so
 * `- [ ] 1. x` holds a nested ordered item exactly as Obsidian reports it).
 *
 * The output is a light tree; `metadata.ts` turns it into `CachedMetadata` positions.
 */
import { type LineTable } from './markdown-lines';

export type BlockType =
  | 'document'
  | 'blockquote'
  | 'list'
  | 'item'
  | 'footnoteDefinition'
  | 'paragraph'
  | 'heading'
  | 'code'
  | 'html'
  | 'comment'
  | 'math'
  | 'table'
  | 'thematicBreak';

export interface ListData {
  ordered: boolean;
  /** Bullet character, or the ordered delimiter (`.` or `)`). */
  marker: string;
  markerOffset: number;
  padding: number;
}

export interface Block {
  type: BlockType;
  parent: Block | null;
  children: Block[];
  open: boolean;
  startLine: number;
  /** Column (UTF-16 index into the line) where the block's container content begins. */
  startCol: number;
  /** Last line holding content of this block or of any descendant. */
  lastLine: number;
  /** Inline-bearing leaves: flat pairs (line, column where inline content starts). */
  inline: number[];
  level: number;
  setext: boolean;
  fenceChar: string;
  fenceLength: number;
  fenceOffset: number;
  htmlType: number;
  /** Indented code: last non-blank line, since trailing blank lines are not part of it. */
  lastNonBlankLine: number;
  list: ListData | null;
  task: string | undefined;
  callout: boolean;
}

const enum Continuation {
  Matched,
  Failed,
  LineConsumed,
}

const enum Start {
  None,
  Container,
  Leaf,
}

const CODE_TAB = 9;
const CODE_SPACE = 32;

const reAtxHeading = /#{1,6}(?:[ \t]+|$)/y;
const reCodeFence = /`{3,}(?!.*`)|~{3,}/y;
const reClosingCodeFence = /(?:`{3,}|~{3,})(?=[ \t]*$)/y;
const reThematicBreak = /(?:(?:\*[ \t]*){3,}|(?:_[ \t]*){3,}|(?:-[ \t]*){3,})$/y;
const reSetextUnderline = /(?:=+|-+)[ \t]*$/y;
const reBulletMarker = /[*+-]/y;
const reOrderedMarker = /(\d{1,9})([.)])/y;
const reTaskBox = /\[(.)\](?=[ \t]|$)/y;
const reFootnoteDefinition = /\[\^[^\]\s]+\]:/y;
const reCallout = /\[![^\]]+\]/y;
const reTableDelimiterRow = /^\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$/;

const reHtmlBlockOpen: RegExp[] = [
  /^<(?:script|pre|textarea|style)(?:\s|>|$)/i,
  /^<!--/,
  /^<[?]/,
  /^<![A-Za-z]/,
  /^<!\[CDATA\[/,
  /^<[/]?(?:address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h[123456]|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul)(?:\s|[/]?[>]|$)/i,
  /^(?:<[A-Za-z][A-Za-z0-9-]*(?:\s+[a-zA-Z_:][a-zA-Z0-9_.:-]*(?:\s*=\s*(?:[^"'=<>`\s]+|'[^']*'|"[^"]*"))?)*\s*\/?>|<\/[A-Za-z][A-Za-z0-9-]*\s*>)\s*$/i,
];
const reHtmlBlockClose: (RegExp | null)[] = [
  /<\/(?:script|pre|textarea|style)>/i,
  /-->/,
  /\?>/,
  />/,
  /\]\]>/,
  null,
  null,
];

function newBlock(type: BlockType, line: number, col: number): Block {
  return {
    type,
    parent: null,
    children: [],
    open: true,
    startLine: line,
    startCol: col,
    lastLine: line,
    inline: [],
    level: 0,
    setext: false,
    fenceChar: '',
    fenceLength: 0,
    fenceOffset: 0,
    htmlType: 0,
    lastNonBlankLine: line,
    list: null,
    task: undefined,
    callout: false,
  };
}

function canContain(parent: BlockType, child: BlockType): boolean {
  switch (parent) {
    case 'document':
    case 'blockquote':
    case 'footnoteDefinition':
      return child !== 'item';
    case 'item':
      return child !== 'item';
    case 'list':
      return child === 'item';
    default:
      return false;
  }
}

function acceptsLines(type: BlockType): boolean {
  return (
    type === 'paragraph' ||
    type === 'code' ||
    type === 'html' ||
    type === 'comment' ||
    type === 'math' ||
    type === 'table'
  );
}

/** Characters that may begin a block start; other lines go straight to paragraph text. */
const MAYBE_SPECIAL = new Uint8Array(128);
for (const ch of '#`~*+_=<>0123456789%$[|-') MAYBE_SPECIAL[ch.charCodeAt(0)] = 1;

function maybeSpecial(code: number): boolean {
  return code < 128 && MAYBE_SPECIAL[code] === 1;
}

function isSpaceOrTab(code: number): boolean {
  return code === CODE_SPACE || code === CODE_TAB;
}

function testAt(re: RegExp, s: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(s);
}

function countTableCells(row: string): number {
  let s = row.trim();
  if (s.startsWith('|')) s = s.slice(1);
  if (s.endsWith('|') && !s.endsWith('\\|')) s = s.slice(0, -1);
  let cells = 1;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 92) i++;
    else if (c === 124) cells++;
  }
  return cells;
}

/** Parses lines `[firstLine, table.starts.length)` into a block tree. */
export function parseBlocks(table: LineTable, firstLine: number): Block {
  return new BlockParser(table).parse(firstLine);
}

class BlockParser {
  private readonly doc: Block;
  private tip: Block;
  private oldTip: Block;
  private lastMatchedContainer: Block;
  private allClosed = true;
  private line = '';
  private lineNumber = 0;
  private offset = 0;
  private column = 0;
  private nextNonspace = 0;
  private nextNonspaceColumn = 0;
  private indent = 0;
  private indented = false;
  private blank = false;
  private partiallyConsumedTab = false;
  /** Set by one-line leaves (headings, breaks, ...) that consume the whole line. */
  private lineDone = false;

  constructor(private readonly table: LineTable) {
    this.doc = newBlock('document', 0, 0);
    this.tip = this.doc;
    this.oldTip = this.doc;
    this.lastMatchedContainer = this.doc;
  }

  parse(firstLine: number): Block {
    const count = this.table.starts.length;
    for (let n = firstLine; n < count; n++) this.incorporateLine(n);
    while (this.tip !== this.doc) this.finalize(this.tip);
    this.doc.open = false;
    return this.doc;
  }

  // ---- per-line cursor -------------------------------------------------------------------------

  private findNextNonspace(): void {
    const s = this.line;
    let i = this.offset;
    let cols = this.column;
    while (i < s.length) {
      const c = s.charCodeAt(i);
      if (c === CODE_SPACE) {
        i++;
        cols++;
      } else if (c === CODE_TAB) {
        i++;
        cols += 4 - (cols % 4);
      } else break;
    }
    this.blank = i === s.length;
    this.nextNonspace = i;
    this.nextNonspaceColumn = cols;
    this.indent = this.nextNonspaceColumn - this.column;
    this.indented = this.indent >= 4;
  }

  private advanceNextNonspace(): void {
    this.offset = this.nextNonspace;
    this.column = this.nextNonspaceColumn;
    this.partiallyConsumedTab = false;
  }

  private advanceOffset(count: number, columns: boolean): void {
    const s = this.line;
    while (count > 0 && this.offset < s.length) {
      if (s.charCodeAt(this.offset) === CODE_TAB) {
        const charsToTab = 4 - (this.column % 4);
        if (columns) {
          this.partiallyConsumedTab = charsToTab > count;
          const charsToAdvance = charsToTab > count ? count : charsToTab;
          this.column += charsToAdvance;
          this.offset += this.partiallyConsumedTab ? 0 : 1;
          count -= charsToAdvance;
        } else {
          this.partiallyConsumedTab = false;
          this.column += charsToTab;
          this.offset += 1;
          count -= 1;
        }
      } else {
        this.partiallyConsumedTab = false;
        this.offset += 1;
        this.column += 1;
        count -= 1;
      }
    }
  }

  /** Where a block opened now begins: a half-consumed tab counts as consumed (Obsidian does so). */
  private containerColumn(): number {
    return this.offset + (this.partiallyConsumedTab ? 1 : 0);
  }

  // ---- tree bookkeeping ------------------------------------------------------------------------

  private touch(block: Block): void {
    for (let b: Block | null = block; b; b = b.parent) {
      if (b.lastLine === this.lineNumber && b !== block) break;
      b.lastLine = this.lineNumber;
    }
  }

  private addChild(type: BlockType, col: number): Block {
    while (!canContain(this.tip.type, type)) this.finalize(this.tip);
    const block = newBlock(type, this.lineNumber, col);
    block.parent = this.tip;
    this.tip.children.push(block);
    this.tip = block;
    this.touch(block);
    return block;
  }

  private finalize(block: Block): void {
    block.open = false;
    if (block.type === 'code' && block.fenceLength === 0) block.lastLine = block.lastNonBlankLine;
    this.tip = block.parent ?? this.doc;
  }

  private closeUnmatchedBlocks(): void {
    if (this.allClosed) return;
    while (this.oldTip !== this.lastMatchedContainer) {
      const parent = this.oldTip.parent ?? this.doc;
      this.finalize(this.oldTip);
      this.oldTip = parent;
    }
    this.allClosed = true;
  }

  private addLine(): void {
    const tip = this.tip;
    if (tip.type === 'paragraph' || tip.type === 'table' || tip.type === 'comment') {
      tip.inline.push(this.lineNumber, this.offset);
    }
    if (!this.blank) tip.lastNonBlankLine = this.lineNumber;
    else if (tip.type === 'code' && tip.fenceLength === 0) return; // may be trailing, see finalize
    this.touch(tip);
  }

  // ---- the line algorithm ----------------------------------------------------------------------

  private incorporateLine(lineNumber: number): void {
    const table = this.table;
    this.lineNumber = lineNumber;
    this.line = table.text.slice(table.starts[lineNumber], table.ends[lineNumber]);
    this.offset = 0;
    this.column = 0;
    this.blank = false;
    this.partiallyConsumedTab = false;
    this.lineDone = false;

    let container = this.doc;
    this.oldTip = this.tip;
    for (;;) {
      const last = container.children[container.children.length - 1];
      if (!last || !last.open) break;
      container = last;
      this.findNextNonspace();
      const result = this.continueBlock(container);
      if (result === Continuation.LineConsumed) return;
      if (result === Continuation.Failed) {
        container = container.parent ?? this.doc;
        break;
      }
    }

    this.allClosed = container === this.oldTip;
    this.lastMatchedContainer = container;

    let matchedLeaf = container.type !== 'paragraph' && acceptsLines(container.type);
    while (!matchedLeaf) {
      this.findNextNonspace();
      if (!this.indented && !maybeSpecial(this.line.charCodeAt(this.nextNonspace))) {
        this.advanceNextNonspace();
        break;
      }
      const started = this.tryBlockStarts(container);
      if (started === Start.None) {
        this.advanceNextNonspace();
        break;
      }
      if (this.lineDone) return;
      container = this.tip;
      if (started === Start.Leaf) matchedLeaf = true;
    }

    if (!this.allClosed && !this.blank && this.tip.type === 'paragraph') {
      this.addLine(); // lazy continuation
      return;
    }
    this.closeUnmatchedBlocks();
    if (acceptsLines(container.type)) {
      if (container.type === 'paragraph' && this.maybeStartTable(container)) return;
      this.addLine();
      if (container.type === 'html' && container.htmlType >= 1 && container.htmlType <= 5) {
        const close = reHtmlBlockClose[container.htmlType - 1];
        if (close && close.test(this.line.slice(this.offset))) this.finalize(container);
      }
    } else if (this.offset < this.line.length && !this.blank) {
      this.addChild('paragraph', this.offset);
      this.advanceNextNonspace();
      this.addLine();
    }
  }

  private continueBlock(block: Block): Continuation {
    const s = this.line;
    switch (block.type) {
      case 'document':
      case 'list':
        return Continuation.Matched;
      case 'blockquote':
        if (!this.indented && s.charCodeAt(this.nextNonspace) === 62 /* > */) {
          this.advanceNextNonspace();
          this.advanceOffset(1, false);
          if (isSpaceOrTab(s.charCodeAt(this.offset))) this.advanceOffset(1, true);
          this.touch(block);
          return Continuation.Matched;
        }
        return Continuation.Failed;
      case 'item': {
        const list = block.list;
        if (!list) return Continuation.Failed;
        if (this.blank) {
          if (block.children.length === 0) return Continuation.Failed;
          this.advanceNextNonspace();
          return Continuation.Matched;
        }
        if (this.indent >= list.markerOffset + list.padding) {
          this.advanceOffset(list.markerOffset + list.padding, true);
          return Continuation.Matched;
        }
        return Continuation.Failed;
      }
      case 'footnoteDefinition':
        if (this.blank) {
          if (block.children.length === 0) return Continuation.Failed;
          this.advanceNextNonspace();
          return Continuation.Matched;
        }
        if (this.indent >= 4) {
          this.advanceOffset(4, true);
          return Continuation.Matched;
        }
        return Continuation.Failed;
      case 'heading':
      case 'thematicBreak':
        return Continuation.Failed;
      case 'paragraph':
        return this.blank ? Continuation.Failed : Continuation.Matched;
      case 'table':
        if (this.blank) return Continuation.Failed;
        if (!this.indented && this.startsOtherBlock()) return Continuation.Failed;
        return Continuation.Matched;
      case 'html':
        return this.blank && (block.htmlType === 6 || block.htmlType === 7)
          ? Continuation.Failed
          : Continuation.Matched;
      case 'code':
        return this.continueCode(block);
      case 'comment':
      case 'math':
        return this.continueDelimited(block, block.type === 'comment' ? '%%' : '$$');
    }
  }

  private continueCode(block: Block): Continuation {
    if (block.fenceLength > 0) {
      const m = this.indent <= 3 ? testAt(reClosingCodeFence, this.line, this.nextNonspace) : null;
      if (m && m[0][0] === block.fenceChar && m[0].length >= block.fenceLength) {
        this.touch(block);
        this.finalize(block);
        return Continuation.LineConsumed;
      }
      let i = block.fenceOffset;
      while (i > 0 && isSpaceOrTab(this.line.charCodeAt(this.offset))) {
        this.advanceOffset(1, true);
        i--;
      }
      return Continuation.Matched;
    }
    if (this.indent >= 4) {
      this.advanceOffset(4, true);
      return Continuation.Matched;
    }
    if (this.blank) {
      this.advanceNextNonspace();
      return Continuation.Matched;
    }
    return Continuation.Failed;
  }

  /** `%%` and `$$` blocks run until a line that contains the closing marker. */
  private continueDelimited(block: Block, marker: string): Continuation {
    if (this.line.indexOf(marker, this.offset) !== -1) {
      block.inline.push(this.lineNumber, this.offset);
      this.touch(block);
      this.finalize(block);
      return Continuation.LineConsumed;
    }
    return Continuation.Matched;
  }

  private startsOtherBlock(): boolean {
    const s = this.line;
    const at = this.nextNonspace;
    const c = s.charCodeAt(at);
    if (c === 62 /* > */) return true;
    if (c === 60 /* < */) {
      const rest = s.slice(at);
      if (reHtmlBlockOpen.slice(0, 6).some((re) => re.test(rest))) return true;
    }
    if (testAt(reAtxHeading, s, at) || testAt(reCodeFence, s, at) || testAt(reThematicBreak, s, at)) {
      return true;
    }
    const bullet = testAt(reBulletMarker, s, at);
    if (bullet && (at + 1 >= s.length || isSpaceOrTab(s.charCodeAt(at + 1)))) return true;
    const ordered = testAt(reOrderedMarker, s, at);
    if (ordered && (at + ordered[0].length >= s.length || isSpaceOrTab(s.charCodeAt(at + ordered[0].length)))) {
      return true;
    }
    return false;
  }

  // ---- block starts ----------------------------------------------------------------------------

  private tryBlockStarts(container: Block): Start {
    const s = this.line;
    const at = this.nextNonspace;
    const c = s.charCodeAt(at);
    const inParagraph = container.type === 'paragraph';

    if (!this.indented) {
      if (c === 62 /* > */) return this.startBlockquote();
      if (c === 35 /* # */ && testAt(reAtxHeading, s, at)) return this.startAtxHeading();
      if ((c === 96 || c === 126) && testAt(reCodeFence, s, at)) return this.startFencedCode();
      if (c === 60 /* < */) {
        const started = this.startHtml(container);
        if (started !== Start.None) return started;
      }
      if (c === 37 /* % */ && s.startsWith('%%', at)) return this.startDelimited('comment', '%%');
      if (c === 36 /* $ */ && s.startsWith('$$', at)) return this.startDelimited('math', '$$');
      if (inParagraph && (c === 61 || c === 45) && testAt(reSetextUnderline, s, at)) {
        return this.startSetextHeading(container);
      }
      if ((c === 42 || c === 95 || c === 45) && testAt(reThematicBreak, s, at)) {
        this.closeUnmatchedBlocks();
        this.addChild('thematicBreak', this.offset);
        this.finalize(this.tip);
        this.lineDone = true;
        return Start.Leaf;
      }
      if (!inParagraph && c === 91 /* [ */ && testAt(reFootnoteDefinition, s, at)) {
        return this.startFootnoteDefinition();
      }
    }
    if (!this.indented) {
      const started = this.startListItem(container);
      if (started !== Start.None) return started;
    }
    // Indented code cannot interrupt a paragraph, even one continued lazily (tip, not container).
    if (this.indented && this.tip.type !== 'paragraph' && !this.blank) {
      this.advanceOffset(4, true);
      this.closeUnmatchedBlocks();
      this.addChild('code', this.offset);
      return Start.Leaf;
    }
    return Start.None;
  }

  private startBlockquote(): Start {
    const col = this.containerColumn();
    this.advanceNextNonspace();
    this.advanceOffset(1, false);
    if (isSpaceOrTab(this.line.charCodeAt(this.offset))) this.advanceOffset(1, true);
    this.closeUnmatchedBlocks();
    const quote = this.addChild('blockquote', col);
    this.findNextNonspace();
    quote.callout = testAt(reCallout, this.line, this.nextNonspace) !== null;
    return Start.Container;
  }

  private startAtxHeading(): Start {
    const col = this.containerColumn();
    this.advanceNextNonspace();
    this.closeUnmatchedBlocks();
    const heading = this.addChild('heading', col);
    const m = testAt(reAtxHeading, this.line, this.offset);
    heading.level = m ? m[0].trim().length : 1;
    this.advanceOffset(m ? m[0].length : 0, false);
    heading.inline.push(this.lineNumber, this.offset);
    this.finalize(heading);
    this.lineDone = true;
    return Start.Leaf;
  }

  private startFencedCode(): Start {
    const col = this.containerColumn();
    const m = testAt(reCodeFence, this.line, this.nextNonspace);
    const fence = m ? m[0] : '```';
    this.closeUnmatchedBlocks();
    const code = this.addChild('code', col);
    code.fenceChar = fence[0] ?? '`';
    code.fenceLength = fence.length;
    code.fenceOffset = this.indent;
    this.advanceNextNonspace();
    this.advanceOffset(fence.length, false);
    return Start.Leaf;
  }

  private startHtml(container: Block): Start {
    const rest = this.line.slice(this.nextNonspace);
    for (let kind = 1; kind <= 7; kind++) {
      const re = reHtmlBlockOpen[kind - 1];
      if (!re || !re.test(rest)) continue;
      if (kind === 7 && (container.type === 'paragraph' || (!this.allClosed && this.tip.type === 'paragraph'))) {
        continue;
      }
      const col = this.containerColumn();
      this.closeUnmatchedBlocks();
      const html = this.addChild('html', col);
      html.htmlType = kind;
      return Start.Leaf;
    }
    return Start.None;
  }

  private startDelimited(type: 'comment' | 'math', marker: string): Start {
    const col = this.containerColumn();
    this.closeUnmatchedBlocks();
    const block = this.addChild(type, col);
    this.advanceNextNonspace();
    if (type === 'comment') block.inline.push(this.lineNumber, this.offset);
    if (this.line.indexOf(marker, this.offset + marker.length) !== -1) this.finalize(block);
    this.lineDone = true;
    return Start.Leaf;
  }

  private startSetextHeading(paragraph: Block): Start {
    this.closeUnmatchedBlocks();
    paragraph.type = 'heading';
    paragraph.setext = true;
    paragraph.level = this.line.charCodeAt(this.nextNonspace) === 61 ? 1 : 2;
    this.touch(paragraph);
    this.finalize(paragraph);
    this.lineDone = true;
    return Start.Leaf;
  }

  private startFootnoteDefinition(): Start {
    const col = this.containerColumn();
    const m = testAt(reFootnoteDefinition, this.line, this.nextNonspace);
    this.closeUnmatchedBlocks();
    this.addChild('footnoteDefinition', col);
    this.advanceNextNonspace();
    this.advanceOffset(m ? m[0].length : 0, false);
    if (isSpaceOrTab(this.line.charCodeAt(this.offset))) this.advanceOffset(1, true);
    return Start.Container;
  }

  /**
   * A delimiter row under a paragraph line with as many cells makes that line a table header (GFM):
   * the paragraph's earlier lines, if any, stay a paragraph.
   */
  private maybeStartTable(paragraph: Block): boolean {
    const n = paragraph.inline.length;
    if (n < 2 || this.indented) return false;
    const row = this.line.slice(this.nextNonspace);
    if (!row.includes('-') || !reTableDelimiterRow.test(row)) return false;
    const headerLine = paragraph.inline[n - 2] ?? 0;
    const headerCol = paragraph.inline[n - 1] ?? 0;
    const header = this.table.text.slice((this.table.starts[headerLine] ?? 0) + headerCol, this.table.ends[headerLine]);
    if (!header.includes('|') && !row.includes('|')) return false;
    if (countTableCells(header) !== countTableCells(row)) return false;
    if (n === 2) {
      paragraph.type = 'table';
    } else {
      // Split: the header line leaves the paragraph and opens the table.
      paragraph.inline.length = n - 2;
      paragraph.lastLine = headerLine - 1;
      paragraph.lastNonBlankLine = headerLine - 1;
      paragraph.open = false;
      const parent = paragraph.parent ?? this.doc;
      const table = newBlock('table', headerLine, paragraph.startCol);
      table.parent = parent;
      table.inline.push(headerLine, headerCol);
      parent.children.push(table);
      this.tip = table;
    }
    this.addLine();
    return true;
  }

  private startListItem(container: Block): Start {
    if (this.indent >= 4) return Start.None;
    const s = this.line;
    const at = this.nextNonspace;
    let ordered = false;
    let marker = '';
    let markerLength = 0;
    const bullet = testAt(reBulletMarker, s, at);
    if (bullet) {
      marker = bullet[0];
      markerLength = 1;
    } else {
      const m = testAt(reOrderedMarker, s, at);
      if (!m || (container.type === 'paragraph' && m[1] !== '1')) return Start.None;
      ordered = true;
      marker = m[2] ?? '.';
      markerLength = m[0].length;
    }
    const after = s.charCodeAt(at + markerLength);
    if (!(Number.isNaN(after) || isSpaceOrTab(after))) return Start.None;
    if (container.type === 'paragraph' && s.slice(at + markerLength).trim() === '') return Start.None;

    let col = this.containerColumn();
    const markerOffset = this.indent;
    const markerAt = this.nextNonspace;
    this.advanceNextNonspace();
    this.advanceOffset(markerLength, true);
    const spacesStartColumn = this.column;
    const spacesStartOffset = this.offset;
    do {
      this.advanceOffset(1, true);
    } while (this.column - spacesStartColumn < 5 && isSpaceOrTab(s.charCodeAt(this.offset)));
    const blankItem = this.offset >= s.length;
    const spacesAfterMarker = this.column - spacesStartColumn;
    let padding: number;
    if (spacesAfterMarker >= 5 || spacesAfterMarker < 1 || blankItem) {
      padding = markerLength + 1;
      this.column = spacesStartColumn;
      this.offset = spacesStartOffset;
      if (isSpaceOrTab(s.charCodeAt(this.offset))) this.advanceOffset(1, true);
    } else {
      padding = markerLength + spacesAfterMarker;
    }
    const data: ListData = { ordered, marker, markerOffset, padding };

    this.closeUnmatchedBlocks();
    const tip = this.tip;
    // Observed in Obsidian: an item nested under a `1.` item (not `1)` nor a bullet) starts one
    // column past the parent's content column, without passing its own marker.
    let host = tip;
    while (host.type !== 'list' && !canContain(host.type, 'list') && host.parent) host = host.parent;
    if (host.type === 'item' && host.list?.ordered && host.list.marker === '.') col = Math.min(col + 1, markerAt);
    if (tip.type !== 'list' || !tip.list || tip.list.ordered !== ordered || tip.list.marker !== marker) {
      const list = this.addChild('list', col);
      list.list = data;
    }
    const item = this.addChild('item', col);
    item.list = data;

    const box = testAt(reTaskBox, s, this.offset);
    if (box) {
      item.task = box[1];
      this.advanceOffset(box[0].length, false);
      this.findNextNonspace();
      this.advanceNextNonspace();
    }
    return Start.Container;
  }
}
