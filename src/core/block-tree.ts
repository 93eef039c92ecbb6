/**
 * The block tree of a note: what the block scanner (block-scan.ts) reads, held in columns of
 * numbers rather than one object per node.
 *
 * Why not mdast objects: a node there is five to seven objects (the node, its position, two
 * points, a children array), about 190 bytes, and a dense note has a node every few bytes: a
 * 1 MB note of task items made a 47 MB tree, and V8 let the heap grow to four times what was
 * live (issue 13, `hostile_max_mb`). Here a node is about 30 bytes, most of them outside the
 * JavaScript heap, and the scanner writes each node as soon as it is complete.
 *
 * A node is its id (a number); `-1` is no node. Offsets are UTF-16 indexes into the note's text;
 * lines come from the document's line index. The tree is the one mdast-util-from-markdown
 * builds for the same note (block-tree-mdast.ts converts it back, for the parity
 * tests), with the same node types and fields.
 */

export type BlockType =
  | 'root'
  | 'blockquote'
  | 'list'
  | 'listItem'
  | 'paragraph'
  | 'heading'
  | 'code'
  | 'html'
  | 'thematicBreak'
  | 'table'
  | 'tableRow'
  | 'tableCell'
  | 'definition'
  | 'yaml'
  | 'text'
  | 'break';

const TYPES: readonly BlockType[] = [
  'root', 'blockquote', 'list', 'listItem', 'paragraph', 'heading', 'code', 'html', 'thematicBreak',
  'table', 'tableRow', 'tableCell', 'definition', 'yaml', 'text', 'break',
];
const TYPE_CODE: Readonly<Record<BlockType, number>> = Object.fromEntries(TYPES.map((t, i) => [t, i])) as Record<BlockType, number>;

/** The fields only a few node types have (a code block's info, a definition, a table's alignment). */
export interface BlockExtra {
  lang?: string | null;
  meta?: string | null;
  identifier?: string;
  label?: string;
  url?: string;
  title?: string | null;
  align?: (string | null)[];
}

const ORDERED = 1 << 8;
const SPREAD = 2 << 8;
const NONE = -1;

// A node is STRIDE numbers in one array: one allocation for the whole tree, read in one place.
const STRIDE = 7;
/** Type code in the low byte, ORDERED and SPREAD above it. */
const KIND = 0;
const START = 1;
const END = 2;
const FIRST = 3;
const LAST = 4;
const NEXT = 5;
/** A heading's depth, an ordered list's start number. */
const NUM = 6;

export class BlockTree {
  private size = 0;
  private cols: Int32Array;
  private readonly values: (string | undefined)[] = [];
  private readonly extras = new Map<number, BlockExtra>();

  /**
   * `keepsValues`: the tree holds the text of its text, code, HTML and YAML nodes, as mdast has
   * it. Only the conversion to mdast needs it (block-tree-mdast.ts); the engine reads the
   * note's own text at a node's offsets, and building the values was a sixth of what a dense
   * note's parse allocated.
   */
  constructor(capacity = 64, readonly keepsValues = false) {
    this.cols = new Int32Array(Math.max(4, capacity) * STRIDE);
  }

  /** The root's id: the first node added. */
  readonly root = 0;

  /** How many nodes the tree holds (ids run from 0 to count - 1). */
  get count(): number {
    return this.size;
  }

  private get(id: number, field: number): number {
    return this.cols[id * STRIDE + field] ?? 0;
  }

  private put(id: number, field: number, value: number): void {
    this.cols[id * STRIDE + field] = value;
  }

  // ── Reading ────────────────────────────────────────────────────────────────────────────

  type(id: number): BlockType {
    return TYPES[this.get(id, KIND) & 0xff] ?? 'root';
  }

  start(id: number): number {
    return this.get(id, START);
  }

  end(id: number): number {
    return this.get(id, END);
  }

  firstChild(id: number): number {
    return id >>> 0 < this.size ? this.get(id, FIRST) : NONE;
  }

  lastChild(id: number): number {
    return id >>> 0 < this.size ? this.get(id, LAST) : NONE;
  }

  nextSibling(id: number): number {
    return id >>> 0 < this.size ? this.get(id, NEXT) : NONE;
  }

  /** The ids of a node's children, in order (a new array). */
  children(id: number): number[] {
    const out: number[] = [];
    for (let c = this.firstChild(id); c !== NONE; c = this.nextSibling(c)) out.push(c);
    return out;
  }

  /** A heading's level (1–6). */
  depth(id: number): number {
    return this.get(id, NUM);
  }

  ordered(id: number): boolean {
    return (this.get(id, KIND) & ORDERED) !== 0;
  }

  /** An ordered list's first number, null for a bullet list. */
  listStart(id: number): number | null {
    return this.ordered(id) ? this.get(id, NUM) : null;
  }

  spread(id: number): boolean {
    return (this.get(id, KIND) & SPREAD) !== 0;
  }

  /** The text of a `text`, `code`, `html` or `yaml` node (as mdast has it), else ''; only in a tree that keeps values. */
  value(id: number): string {
    if (!this.keepsValues) throw new Error('BlockTree.value: this tree keeps no values (read the note text from the node start to its end)');
    return this.values[id] ?? '';
  }

  extra(id: number): BlockExtra | undefined {
    return this.extras.get(id);
  }

  // ── Building (the scanner) ─────────────────────────────────────────────────────────────

  /** A new node with no children and no parent yet. */
  add(type: BlockType, start: number, end: number): number {
    if ((this.size + 1) * STRIDE > this.cols.length) this.grow();
    const id = this.size++;
    const at = id * STRIDE;
    const cols = this.cols;
    cols[at + KIND] = TYPE_CODE[type];
    cols[at + START] = start;
    cols[at + END] = end;
    cols[at + FIRST] = NONE;
    cols[at + LAST] = NONE;
    cols[at + NEXT] = NONE;
    cols[at + NUM] = 0;
    return id;
  }

  /** Makes `child` the last child of `parent`. */
  append(parent: number, child: number): void {
    const last = this.get(parent, LAST);
    if (last === NONE) this.put(parent, FIRST, child);
    else this.put(last, NEXT, child);
    this.put(parent, LAST, child);
  }

  setType(id: number, type: BlockType): void {
    this.put(id, KIND, (this.get(id, KIND) & ~0xff) | TYPE_CODE[type]);
  }

  setStart(id: number, offset: number): void {
    this.put(id, START, offset);
  }

  setEnd(id: number, offset: number): void {
    this.put(id, END, offset);
  }

  setDepth(id: number, depth: number): void {
    this.put(id, NUM, depth);
  }

  setList(id: number, ordered: boolean, start: number | null, spread: boolean): void {
    this.put(id, KIND, (this.get(id, KIND) & 0xff) | (ordered ? ORDERED : 0) | (spread ? SPREAD : 0));
    this.put(id, NUM, start ?? 0);
  }

  setSpread(id: number, spread: boolean): void {
    this.put(id, KIND, (this.get(id, KIND) & ~SPREAD) | (spread ? SPREAD : 0));
  }

  setValue(id: number, value: string): void {
    if (this.keepsValues) this.values[id] = value;
  }

  setExtra(id: number, extra: BlockExtra): void {
    this.extras.set(id, extra);
  }

  private grow(): void {
    const bigger = new Int32Array(this.cols.length * 2);
    bigger.set(this.cols);
    this.cols = bigger;
  }
}
