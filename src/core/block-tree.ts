/**
 * The block tree of a note: what the block scanner (block-scan.ts) reads, held in columns of
 * numbers rather than one object per node.
 *
 * Why not mdast objects: a node there is five to seven objects (the node, its position, two
 * points, a children array), about 190 bytes, and a dense note has a node every four bytes: a
 * 1 MB note of task items made a 47 MB tree, and V8 let the heap grow to four times what was
 * live (issue 13, `hostile_max_mb`). Here a node is about 30 bytes, most of them outside the
 * JavaScript heap, and the scanner writes each node as soon as it is complete.
 *
 * A node is its id (a number); `-1` is no node. Offsets are UTF-16 indexes into the note's text;
 * lines come from the document's line index. The tree is the one mdast-util-from-markdown
 * builds for the same note (test/support/reference-tree.ts converts it back for the parity
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
const TYPE_CODE = new Map<BlockType, number>(TYPES.map((t, i) => [t, i]));

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

const ORDERED = 1;
const SPREAD = 2;
const NONE = -1;

export class BlockTree {
  private size = 0;
  private kinds: Uint8Array;
  private flags: Uint8Array;
  private starts: Int32Array;
  private ends: Int32Array;
  private firsts: Int32Array;
  private lasts: Int32Array;
  private nexts: Int32Array;
  /** A heading's depth, an ordered list's start number. */
  private nums: Int32Array;
  private readonly values: (string | undefined)[] = [];
  private readonly extras = new Map<number, BlockExtra>();

  constructor(capacity = 64) {
    const n = Math.max(4, capacity);
    this.kinds = new Uint8Array(n);
    this.flags = new Uint8Array(n);
    this.starts = new Int32Array(n);
    this.ends = new Int32Array(n);
    this.firsts = new Int32Array(n);
    this.lasts = new Int32Array(n);
    this.nexts = new Int32Array(n);
    this.nums = new Int32Array(n);
  }

  /** The root's id: the first node added. */
  readonly root = 0;

  /** How many nodes the tree holds (ids run from 0 to count - 1). */
  get count(): number {
    return this.size;
  }

  // ── Reading ────────────────────────────────────────────────────────────────────────────

  type(id: number): BlockType {
    return TYPES[this.kinds[id] ?? 0] ?? 'root';
  }

  start(id: number): number {
    return this.starts[id] ?? 0;
  }

  end(id: number): number {
    return this.ends[id] ?? 0;
  }

  firstChild(id: number): number {
    return this.firsts[id] ?? NONE;
  }

  lastChild(id: number): number {
    return this.lasts[id] ?? NONE;
  }

  nextSibling(id: number): number {
    return this.nexts[id] ?? NONE;
  }

  /** The ids of a node's children, in order (a new array). */
  children(id: number): number[] {
    const out: number[] = [];
    for (let c = this.firstChild(id); c !== NONE; c = this.nextSibling(c)) out.push(c);
    return out;
  }

  /** A heading's level (1–6). */
  depth(id: number): number {
    return this.nums[id] ?? 0;
  }

  ordered(id: number): boolean {
    return ((this.flags[id] ?? 0) & ORDERED) !== 0;
  }

  /** An ordered list's first number, null for a bullet list. */
  listStart(id: number): number | null {
    return this.ordered(id) ? (this.nums[id] ?? 0) : null;
  }

  spread(id: number): boolean {
    return ((this.flags[id] ?? 0) & SPREAD) !== 0;
  }

  /** The text of a `text`, `code`, `html` or `yaml` node (as mdast has it), else ''. */
  value(id: number): string {
    return this.values[id] ?? '';
  }

  extra(id: number): BlockExtra | undefined {
    return this.extras.get(id);
  }

  // ── Building (the scanner) ─────────────────────────────────────────────────────────────

  /** A new node with no children and no parent yet. */
  add(type: BlockType, start: number, end: number): number {
    if (this.size === this.kinds.length) this.grow();
    const id = this.size++;
    this.kinds[id] = TYPE_CODE.get(type) ?? 0;
    this.starts[id] = start;
    this.ends[id] = end;
    this.firsts[id] = NONE;
    this.lasts[id] = NONE;
    this.nexts[id] = NONE;
    return id;
  }

  /** Makes `child` the last child of `parent`. */
  append(parent: number, child: number): void {
    const last = this.lasts[parent] ?? NONE;
    if (last === NONE) this.firsts[parent] = child;
    else this.nexts[last] = child;
    this.lasts[parent] = child;
  }

  setType(id: number, type: BlockType): void {
    this.kinds[id] = TYPE_CODE.get(type) ?? 0;
  }

  setStart(id: number, offset: number): void {
    this.starts[id] = offset;
  }

  setEnd(id: number, offset: number): void {
    this.ends[id] = offset;
  }

  setDepth(id: number, depth: number): void {
    this.nums[id] = depth;
  }

  setList(id: number, ordered: boolean, start: number | null, spread: boolean): void {
    this.flags[id] = (ordered ? ORDERED : 0) | (spread ? SPREAD : 0);
    this.nums[id] = start ?? 0;
  }

  setSpread(id: number, spread: boolean): void {
    this.flags[id] = ((this.flags[id] ?? 0) & ~SPREAD) | (spread ? SPREAD : 0);
  }

  setValue(id: number, value: string): void {
    this.values[id] = value;
  }

  setExtra(id: number, extra: BlockExtra): void {
    this.extras.set(id, extra);
  }

  private grow(): void {
    const n = this.kinds.length * 2;
    const bigger = <T extends Uint8Array | Int32Array>(a: T, make: (n: number) => T): T => {
      const b = make(n);
      b.set(a);
      return b;
    };
    this.kinds = bigger(this.kinds, (k) => new Uint8Array(k));
    this.flags = bigger(this.flags, (k) => new Uint8Array(k));
    this.starts = bigger(this.starts, (k) => new Int32Array(k));
    this.ends = bigger(this.ends, (k) => new Int32Array(k));
    this.firsts = bigger(this.firsts, (k) => new Int32Array(k));
    this.lasts = bigger(this.lasts, (k) => new Int32Array(k));
    this.nexts = bigger(this.nexts, (k) => new Int32Array(k));
    this.nums = bigger(this.nums, (k) => new Int32Array(k));
  }
}
