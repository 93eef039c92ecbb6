/**
 * `computeMetadata(text)`: what Obsidian's metadata cache returns for a note, checked field by
 * field against notes captured from the real app (see metadata-conformance.test.ts).
 *
 * Obsidian conventions reproduced here (all observed in the captured corpus):
 * - positions are 0-based lines, columns are UTF-16 indexes into the line, `offset` is
 *   `lineStart + col`; ends are exclusive and never include the line ending;
 * - a section or list item starts where its container's content starts (column 0 at the root,
 *   after `> ` in a quote, at the parent item's content column for nested items);
 * - a list item spans its own text and non-list children (not its sub-lists); when a sibling
 *   follows after blank lines (and the item has no sub-list) it extends over those blank lines;
 * - `parent` is the parent item's line, or minus the first line of the list (-1 for line 0);
 * - empty arrays are left out, except `frontmatterLinks` which accompanies every frontmatter.
 */
import type {
  BlockCache,
  CachedMetadata,
  FrontmatterLinkCache,
  HeadingCache,
  ListItemCache,
  Loc,
  Pos,
  SectionCache,
} from 'obsidian';
import { parseBlocks, type Block } from './markdown-blocks';
import { buildLineTable, lineLength, lineText, type LineTable } from './markdown-lines';
import { scanInline, splitWikilink, wikilinkDisplayText, type InlineRefs } from './inline-refs';
import { parseYamlStrict } from './yaml';

export interface FrontmatterLines {
  /** Line of the closing `---`. */
  closeLine: number;
  yaml: string;
}

/** Frontmatter is a `---` first line closed by the next `---` line. */
export function findFrontmatterLines(table: LineTable): FrontmatterLines | null {
  const count = table.starts.length;
  if (count < 2 || lineText(table, 0).trimEnd() !== '---') return null;
  for (let n = 1; n < count; n++) {
    if (lineText(table, n).trimEnd() === '---') {
      const yaml = n > 1 ? table.text.slice(table.starts[1], table.ends[n - 1]) : '';
      return { closeLine: n, yaml };
    }
  }
  return null;
}

export function computeMetadata(text: string): CachedMetadata {
  const table = buildLineTable(text);
  const builder = new MetadataBuilder(table);
  return builder.build();
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const reBlockId = /(?:^|\s)\^([A-Za-z0-9-]+)\s*$/;

class MetadataBuilder {
  private readonly refs: InlineRefs = { tags: [], links: [], embeds: [] };
  private readonly sections: SectionCache[] = [];
  private readonly headings: HeadingCache[] = [];
  private readonly listItems: ListItemCache[] = [];
  private readonly blocks: Record<string, BlockCache> = {};
  private hasBlocks = false;
  private readonly posAt = (line: number, startCol: number, endCol: number): Pos => ({
    start: this.loc(line, startCol),
    end: this.loc(line, endCol),
  });

  constructor(private readonly table: LineTable) {}

  build(): CachedMetadata {
    const meta: CachedMetadata = {};
    const fm = findFrontmatterLines(this.table);
    if (fm) {
      const position = this.span(0, 0, fm.closeLine);
      this.sections.push({ type: 'yaml', position });
      const data = this.parseFrontmatter(fm.yaml);
      if (data) {
        meta.frontmatter = data;
        meta.frontmatterPosition = position;
        meta.frontmatterLinks = frontmatterLinks(data);
      }
    }
    const doc = parseBlocks(this.table, fm ? fm.closeLine + 1 : 0);
    for (const child of doc.children) this.addSection(child);
    this.walk(doc);

    if (this.refs.tags.length) meta.tags = this.refs.tags;
    if (this.refs.links.length) meta.links = this.refs.links;
    if (this.refs.embeds.length) meta.embeds = this.refs.embeds;
    if (this.headings.length) meta.headings = this.headings;
    if (this.sections.length) meta.sections = this.sections;
    if (this.listItems.length) meta.listItems = this.listItems;
    if (this.hasBlocks) meta.blocks = this.blocks;
    return meta;
  }

  private parseFrontmatter(yaml: string): Record<string, unknown> | null {
    if (yaml.trim() === '') return null;
    try {
      const data = parseYamlStrict(yaml);
      return isPlainObject(data) ? data : null;
    } catch {
      return null;
    }
  }

  private loc(line: number, col: number): Loc {
    return { line, col, offset: (this.table.starts[line] ?? 0) + col };
  }

  /** From (startLine, startCol) to the end of endLine's content. */
  private span(startLine: number, startCol: number, endLine: number): Pos {
    return { start: this.loc(startLine, startCol), end: this.loc(endLine, lineLength(this.table, endLine)) };
  }

  private addSection(block: Block): void {
    const type = sectionType(block);
    const position = this.span(block.startLine, block.startCol, block.lastLine);
    const section: SectionCache = { type, position };
    if (type === 'heading') {
      this.headings.push({ heading: headingText(this.table, block), level: block.level, position });
    } else if (type === 'paragraph') {
      const id = this.blockId(block);
      if (id) {
        section.id = id;
        this.addBlock(id, position);
      }
    }
    this.sections.push(section);
  }

  private addBlock(id: string, position: Pos): void {
    this.blocks[id.toLowerCase()] = { id, position };
    this.hasBlocks = true;
  }

  private blockId(paragraph: Block): string | null {
    const n = paragraph.inline.length;
    if (n < 2) return null;
    const line = paragraph.inline[n - 2] ?? 0;
    const col = paragraph.inline[n - 1] ?? 0;
    const text = this.table.text.slice((this.table.starts[line] ?? 0) + col, this.table.ends[line]);
    const m = reBlockId.exec(text);
    return m ? (m[1] ?? null) : null;
  }

  /** Pre-order walk: list items and inline references come out in document order. */
  private walk(block: Block): void {
    if (block.inline.length > 0 && block.type !== 'code' && block.type !== 'math') this.scanBlock(block);
    const children = block.children;
    for (let i = 0; i < children.length; i++) {
      const child = children[i] as Block;
      if (child.type === 'item') this.addListItem(child, children[i + 1]);
      this.walk(child);
    }
  }

  private scanBlock(block: Block): void {
    const state = { inHtmlComment: false };
    const { text, starts, ends } = this.table;
    for (let k = 0; k + 1 < block.inline.length; k += 2) {
      const line = block.inline[k] ?? 0;
      const lineStart = starts[line] ?? 0;
      scanInline(text, line, lineStart, lineStart + (block.inline[k + 1] ?? 0), ends[line] ?? 0, state, this.refs, this.posAt);
    }
  }

  private addListItem(item: Block, next: Block | undefined): void {
    const list = item.parent;
    if (!list) return;
    const listParent = list.parent;
    const parent = listParent && listParent.type === 'item' ? listParent.startLine : -list.startLine || -1;

    let ownLastLine = item.startLine;
    let laterSubList = false;
    let lastOwnChild: Block | null = null;
    for (const child of item.children) {
      if (child.type === 'list') {
        if (child.startLine > item.startLine) laterSubList = true;
        continue;
      }
      lastOwnChild = child;
      if (child.lastLine > ownLastLine) ownLastLine = child.lastLine;
    }
    const endLine = !laterSubList && next ? next.startLine - 1 : ownLastLine;

    const position = this.span(item.startLine, item.startCol, endLine);
    const cache: ListItemCache = { position, parent };
    if (item.task !== undefined) cache.task = item.task;
    if (lastOwnChild && lastOwnChild.type === 'paragraph') {
      const id = this.blockId(lastOwnChild);
      if (id) {
        cache.id = id;
        this.addBlock(id, position);
      }
    }
    this.listItems.push(cache);
  }
}

function sectionType(block: Block): string {
  switch (block.type) {
    case 'blockquote':
      return block.callout ? 'callout' : 'blockquote';
    case 'document':
      return 'text';
    default:
      return block.type;
  }
}

const reClosingSequence = /(?:^|[ \t]+)#+[ \t]*$/;

function headingText(table: LineTable, heading: Block): string {
  const parts: string[] = [];
  for (let k = 0; k + 1 < heading.inline.length; k += 2) {
    const line = heading.inline[k] ?? 0;
    const text = table.text.slice((table.starts[line] ?? 0) + (heading.inline[k + 1] ?? 0), table.ends[line]);
    parts.push(heading.setext ? text.trim() : text.replace(reClosingSequence, '').trim());
  }
  return parts.join(' ');
}

/** Wikilinks written in frontmatter values, keyed by their property path (`list.0`). */
function frontmatterLinks(data: Record<string, unknown>): FrontmatterLinkCache[] {
  const out: FrontmatterLinkCache[] = [];
  const visit = (key: string, value: unknown): void => {
    if (typeof value === 'string') {
      const re = /\[\[([^\]]+)\]\]/g;
      for (let m = re.exec(value); m; m = re.exec(value)) {
        const { link, alias } = splitWikilink(m[1] ?? '');
        out.push({ key, link, original: m[0], displayText: alias ?? wikilinkDisplayText(link) });
      }
    } else if (Array.isArray(value)) {
      value.forEach((v, i) => visit(`${key}.${i}`, v));
    } else if (isPlainObject(value)) {
      for (const [k, v] of Object.entries(value)) visit(`${key}.${k}`, v);
    }
  };
  for (const [k, v] of Object.entries(data)) visit(k, v);
  return out;
}
