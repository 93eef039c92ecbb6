import type { BlockTree } from '../block-tree';
import type { PlanDocument } from '../markdown';
import { frontmatterData } from '../read/frontmatter-data';
import { inlineTags } from './inline-tags';
import type { MetaHeading, MetaListItem, MetaLoc, MetaPos, MetaSection, NoteModel } from './note-model';

/**
 * Builder A: the note model from the engine's parse (its block tree), as Obsidian's metadata cache
 * reports the same note (builder B is the cache itself). Obsidian's conventions, which the
 * stand-in reproduces from real captures (test/stand-in/metadata.ts):
 * - lines are 0-based, a top-level block starts at column 0 of its first line and ends at the
 *   end of its last line's content;
 * - block types are Obsidian's names: a quote opening with `[!type]` is a `callout`, a `%%`
 *   block is a `comment`, a `$$` block is `math`, `[^1]:` opens a `footnoteDefinition`;
 * - a list item starts at its container's content column (0 at the root, after `> ` in a quote,
 *   at the parent item's content column when nested), spans its own text but not its sub-lists,
 *   and runs over the blank lines before a following sibling when it has no sub-list;
 * - `parent` is the parent item's line, or minus the list's first line (-1 for line 0);
 * - the checkbox is the character between `[` and `]` right after the marker and its spaces.
 */
export function modelFromDocument(doc: PlanDocument, path: string, options: { tags?: boolean } = {}): NoteModel {
  return new Builder(doc).build(path, options.tags !== false);
}

class Builder {
  private readonly text: string;
  private readonly tree: BlockTree;
  private readonly sections: MetaSection[] = [];
  private readonly headings: MetaHeading[] = [];
  private readonly items: MetaListItem[] = [];

  constructor(private readonly doc: PlanDocument) {
    this.text = doc.text;
    this.tree = doc.tree;
  }

  build(path: string, withTags: boolean): NoteModel {
    const doc = this.doc;
    const fm = doc.frontmatter;
    const model: NoteModel = { path, text: doc.text };
    let bodyStart = 0;
    if (fm) {
      const closeLine = doc.lines.lineOf(Math.max(fm.contentEnd, fm.end - 1)) - 1;
      const position = this.span(0, 0, closeLine);
      this.sections.push({ type: 'yaml', position });
      // Without a YAML parser (a quick read) the simple forms are read by hand, as Obsidian would parse them.
      const data = frontmatterData(doc);
      if (data) {
        model.frontmatter = data;
        model.frontmatterPosition = position;
      }
      bodyStart = fm.end;
    }
    const tree = this.tree;
    const headingAt = new Map<number, string>();
    for (const h of doc.headings) headingAt.set(h.line - 1, h.text);
    for (let node = tree.firstChild(tree.root); node >= 0; node = tree.nextSibling(node)) {
      if (tree.type(node) === 'yaml' || (fm && tree.start(node) < bodyStart)) continue;
      this.addSection(node, headingAt);
    }
    for (let node = tree.firstChild(tree.root); node >= 0; node = tree.nextSibling(node)) {
      if (fm && tree.start(node) < bodyStart) continue;
      this.walk(node, 0);
    }
    if (this.headings.length) model.headings = this.headings;
    if (this.sections.length) model.sections = this.sections;
    if (this.items.length) model.listItems = this.items;
    // Tags are a scan of the whole text: an edit, which reads steps and status only, skips it.
    const tags = withTags ? inlineTags(doc) : [];
    if (tags.length) model.tags = tags;
    return model;
  }

  /** 0-based line of an offset. */
  private line(offset: number): number {
    return this.doc.lines.lineOf(offset) - 1;
  }

  private span(startLine: number, startCol: number, endLine: number): MetaPos {
    const lines = this.doc.lines;
    const start = lines.startOf(startLine + 1) + startCol;
    const end = lines.endOf(endLine + 1);
    return new Span(startLine, startCol, start, endLine, end - lines.startOf(endLine + 1), end);
  }

  private firstLine(node: number): number {
    return this.line(this.tree.start(node));
  }

  /** The line of a node's last character (its end offset is exclusive). */
  private lastLine(node: number): number {
    const start = this.tree.start(node);
    return this.line(Math.max(start, this.tree.end(node) - 1));
  }

  private addSection(node: number, headingAt: Map<number, string>): void {
    const first = this.firstLine(node);
    const type = this.sectionType(node);
    const position = this.span(first, 0, this.lastLine(node));
    if (type === 'heading') {
      const heading = headingAt.get(first);
      // A heading the engine skipped (inside a `%%` comment) is no heading for Obsidian either.
      if (heading === undefined) return;
      this.headings.push({ heading, level: this.tree.depth(node), position });
    }
    this.sections.push({ type, position });
  }

  private sectionType(node: number): string {
    const text = this.text;
    const start = this.tree.start(node);
    const type = this.tree.type(node);
    switch (type) {
      case 'blockquote':
        return /^>[ \t]?[ \t]*\[![^\]]+\]/.test(text.slice(start, this.tree.end(node))) ? 'callout' : 'blockquote';
      case 'html':
        return text.startsWith('%%', start) ? 'comment' : 'html';
      case 'paragraph':
        if (text.startsWith('$$', start)) return 'math';
        if (/^\[\^[^\]\s]+\]:/.test(text.slice(start, this.tree.end(node)))) return 'footnoteDefinition';
        return 'paragraph';
      default:
        return type;
    }
  }

  /** Pre-order: list items come out in document order, nested ones after their parent. */
  private walk(node: number, contentCol: number): void {
    const tree = this.tree;
    const type = tree.type(node);
    if (type === 'list') {
      this.addList(node, contentCol);
      return;
    }
    if (type === 'blockquote') {
      const col = this.quoteContentCol(node, contentCol);
      for (let child = tree.firstChild(node); child >= 0; child = tree.nextSibling(child)) this.walk(child, col);
    }
  }

  private addList(list: number, contentCol: number, parentItem?: number): void {
    const tree = this.tree;
    const listLine = this.firstLine(list);
    const parent = parentItem !== undefined ? this.firstLine(parentItem) : -listLine || -1;
    for (let item = tree.firstChild(list); item >= 0; item = tree.nextSibling(item)) {
      const first = this.firstLine(item);
      const marker = this.marker(item);
      let ownLast = first;
      let laterSubList = false;
      for (let child = tree.firstChild(item); child >= 0; child = tree.nextSibling(child)) {
        if (tree.type(child) === 'list') {
          if (this.firstLine(child) > first) laterSubList = true;
          continue;
        }
        ownLast = Math.max(ownLast, this.lastLine(child));
      }
      const next = tree.nextSibling(item);
      const endLine = !laterSubList && next >= 0 ? this.firstLine(next) - 1 : ownLast;
      // One literal with every field (a field added later moves to a store of its own).
      this.items.push(marker.task === undefined ? { parent, position: this.span(first, contentCol, endLine) } : { task: marker.task, parent, position: this.span(first, contentCol, endLine) });
      // Obsidian reads a checkbox's text as blocks: `- [ ] 1. x` holds an item of its own.
      if (marker.task !== undefined && marker.innerMarker >= 0) {
        this.items.push({ parent: first, position: this.span(first, marker.innerMarker, ownLast) });
      }
      for (let child = tree.firstChild(item); child >= 0; child = tree.nextSibling(child)) {
        if (tree.type(child) === 'list') {
          const nested = tree.firstChild(child);
          let col = this.colOnLine(nested >= 0 ? this.firstLine(nested) : first, marker.contentVisual);
          // Obsidian: an item nested under a `1.` item starts one column further (not past its marker).
          if (tree.ordered(list) && marker.delimiter === '.') col = Math.min(col + 1, this.markerCol(nested));
          this.addList(child, col, item);
        } else this.walk(child, marker.contentCol);
      }
    }
  }

  private markerCol(item: number): number {
    if (item < 0) return 0;
    const at = this.tree.start(item);
    return at - this.doc.lines.startOf(this.line(at) + 1);
  }

  /**
   * The offset into a line (from its start) where visual column `target` is reached, tabs
   * expanded to stops of 4; a tab only partly consumed counts as consumed, as in Obsidian.
   */
  private colOnLine(line: number, target: number): number {
    const text = this.text;
    const start = this.doc.lines.startOf(line + 1);
    const end = this.doc.lines.endOf(line + 1);
    let visual = 0;
    let i = start;
    while (visual < target && i < end) {
      if (text.charCodeAt(i) === 0x09) {
        const width = 4 - (visual % 4);
        if (visual + width > target) return i + 1 - start;
        visual += width;
      } else visual++;
      i++;
    }
    return i - start;
  }

  /** The item's marker: where its content starts (offset in the line and visual column) and its checkbox. */
  private marker(item: number): { contentCol: number; contentVisual: number; task: string | undefined; delimiter: string; innerMarker: number } {
    const text = this.text;
    const at = this.tree.start(item);
    const lineStart = this.doc.lines.startOf(this.line(at) + 1);
    const lineEnd = this.doc.lines.endOf(this.line(at) + 1);
    let visual = 0;
    for (let i = lineStart; i < at; i++) visual = text.charCodeAt(i) === 0x09 ? visual + 4 - (visual % 4) : visual + 1;
    let p = at;
    const c = text.charCodeAt(p);
    let delimiter = '';
    if (c === 0x2d || c === 0x2a || c === 0x2b) p++;
    else {
      while (p < lineEnd && text.charCodeAt(p) >= 0x30 && text.charCodeAt(p) <= 0x39) p++;
      delimiter = text.charAt(p);
      p++;
    }
    visual += p - at;
    const afterMarker = p;
    const markerVisual = visual;
    let spaces = 0;
    while (p < lineEnd && (text.charCodeAt(p) === 0x20 || text.charCodeAt(p) === 0x09) && spaces < 5) {
      spaces += text.charCodeAt(p) === 0x09 ? 4 - (visual % 4) : 1;
      visual += text.charCodeAt(p) === 0x09 ? 4 - ((visual) % 4) : 1;
      p++;
    }
    const none = { task: undefined, delimiter, innerMarker: -1 };
    if (p >= lineEnd || spaces >= 5 || spaces < 1) {
      return { ...none, contentCol: afterMarker + 1 - lineStart, contentVisual: markerVisual + 1 };
    }
    let task: string | undefined;
    let innerMarker = -1;
    if (text.charCodeAt(p) === 0x5b && text.charCodeAt(p + 2) === 0x5d && p + 2 < lineEnd) {
      const after = p + 3 >= lineEnd ? 0x20 : text.charCodeAt(p + 3);
      if (after === 0x20 || after === 0x09) {
        task = text.charAt(p + 1);
        const inner = /^[ \t]+(?=(?:[*+-]|\d{1,9}[.)])(?:[ \t]|$))/.exec(text.slice(p + 3, lineEnd));
        if (inner) innerMarker = p + 3 + inner[0].length - lineStart;
      }
    }
    return { contentCol: p - lineStart, contentVisual: visual, task, delimiter, innerMarker };
  }

  /** Column just past a quote's `>` and the one space or tab after it, on its first line. */
  private quoteContentCol(quote: number, outer: number): number {
    const at = this.tree.start(quote);
    const lineStart = this.doc.lines.startOf(this.line(at) + 1);
    let col = at - lineStart + 1;
    const next = this.text.charCodeAt(lineStart + col);
    if (next === 0x20 || next === 0x09) col++;
    return Math.max(col, outer);
  }
}

/**
 * A position held as six numbers, its points made when read. The model of a dense note holds a
 * position for every block and every list item (113,000 in a 1 MB note of comments, issue 13);
 * as a position object with two point objects each took 136 bytes, as this 72. It is the same
 * shape to the rules, and `toJSON` gives the plain one.
 */
class Span implements MetaPos {
  constructor(
    private readonly startLine: number,
    private readonly startCol: number,
    private readonly startOffset: number,
    private readonly endLine: number,
    private readonly endCol: number,
    private readonly endOffset: number,
  ) {}

  get start(): MetaLoc {
    return { line: this.startLine, col: this.startCol, offset: this.startOffset };
  }

  get end(): MetaLoc {
    return { line: this.endLine, col: this.endCol, offset: this.endOffset };
  }

  toJSON(): MetaPos {
    return { start: this.start, end: this.end };
  }
}
