/**
 * The `Editor` of a Markdown view, modelled on CodeMirror 6 as Obsidian wraps it: positions are
 * `{line, ch}` (0-based); a transaction applies all its changes against the same starting text;
 * selections not set explicitly are mapped through the changes the way CodeMirror maps them (a
 * caret stays before text inserted exactly at it, a change before it shifts it). Each call that
 * changes text is one undo step (CodeMirror would also merge edits made within 500 ms; tests
 * get the deterministic version). An invalid line number throws, like CodeMirror; a `ch` past the
 * end of its line is clamped, like Obsidian's wrapper.
 */
import type { EditorChange, EditorPosition, EditorRange, EditorSelection, EditorSelectionOrCaret, EditorTransaction } from 'obsidian';
import { notImplemented } from './not-implemented';

interface Change {
  from: number;
  to: number;
  insert: string;
}

interface Range {
  anchor: number;
  head: number;
}

interface HistoryEntry {
  changes: Change[];
  inverse: Change[];
  selectionBefore: Range[];
  selectionAfter: Range[];
}

/** CodeMirror's `mapPos` over sorted, non-overlapping changes given in old-document offsets. */
export function mapPosition(changes: readonly Change[], pos: number, assoc: -1 | 1): number {
  let delta = 0;
  for (const c of changes) {
    if (c.from > pos) break;
    const len = c.to - c.from;
    const ins = c.insert.length;
    if (pos > c.to) {
      delta += ins - len;
      continue;
    }
    if (len === 0) {
      if (assoc < 0) return pos + delta;
      delta += ins;
      continue;
    }
    if (pos === c.from) return c.from + delta;
    if (pos < c.to) return (assoc < 0 ? c.from : c.from + ins) + delta;
    delta += ins - len;
  }
  return pos + delta;
}

function applyChanges(doc: string, changes: readonly Change[]): string {
  let out = '';
  let at = 0;
  for (const c of changes) {
    out += doc.slice(at, c.from) + c.insert;
    at = c.to;
  }
  return out + doc.slice(at);
}

function invert(doc: string, changes: readonly Change[]): Change[] {
  let delta = 0;
  return changes.map((c) => {
    const from = c.from + delta;
    delta += c.insert.length - (c.to - c.from);
    return { from, to: from + c.insert.length, insert: doc.slice(c.from, c.to) };
  });
}

export class Editor {
  private doc = '';
  private lineStarts: number[] = [0];
  private ranges: Range[] = [{ anchor: 0, head: 0 }];
  private undoStack: HistoryEntry[] = [];
  private redoStack: HistoryEntry[] = [];
  private focused = false;
  /** The last range passed to `scrollIntoView`, for assertions. */
  lastScrolledInto: EditorRange | null = null;
  /** Called after every text change made through the editor (the view marks itself dirty). */
  _onChange: (() => void) | null = null;

  getDoc(): this {
    return this;
  }

  refresh(): void {
    // Nothing is rendered.
  }

  getValue(): string {
    return this.doc;
  }

  setValue(content: string): void {
    this.dispatch([{ from: 0, to: this.doc.length, insert: content }], null);
  }

  getLine(line: number): string {
    this.assertLine(line);
    return this.doc.slice(this.lineStarts[line], this.lineEnd(line));
  }

  setLine(n: number, text: string): void {
    this.assertLine(n);
    this.dispatch([{ from: this.lineStarts[n] ?? 0, to: this.lineEnd(n), insert: text }], null);
  }

  lineCount(): number {
    return this.lineStarts.length;
  }

  lastLine(): number {
    return this.lineStarts.length - 1;
  }

  getSelection(): string {
    const main = this.main();
    return this.doc.slice(Math.min(main.anchor, main.head), Math.max(main.anchor, main.head));
  }

  somethingSelected(): boolean {
    return this.ranges.some((r) => r.anchor !== r.head);
  }

  getRange(from: EditorPosition, to: EditorPosition): string {
    const a = this.posToOffset(from);
    const b = this.posToOffset(to);
    return this.doc.slice(Math.min(a, b), Math.max(a, b));
  }

  replaceSelection(replacement: string, _origin?: string): void {
    this.transaction({ replaceSelection: replacement });
  }

  replaceRange(replacement: string, from: EditorPosition, to?: EditorPosition, _origin?: string): void {
    this.transaction({ changes: [{ from, to: to ?? from, text: replacement }] });
  }

  getCursor(which: 'from' | 'to' | 'head' | 'anchor' = 'head'): EditorPosition {
    const main = this.main();
    const offset =
      which === 'from'
        ? Math.min(main.anchor, main.head)
        : which === 'to'
          ? Math.max(main.anchor, main.head)
          : which === 'anchor'
            ? main.anchor
            : main.head;
    return this.offsetToPos(offset);
  }

  listSelections(): EditorSelection[] {
    return this.ranges.map((r) => ({ anchor: this.offsetToPos(r.anchor), head: this.offsetToPos(r.head) }));
  }

  setCursor(pos: EditorPosition | number, ch?: number): void {
    const p = typeof pos === 'number' ? { line: pos, ch: ch ?? 0 } : pos;
    this.setSelection(p);
  }

  setSelection(anchor: EditorPosition, head?: EditorPosition): void {
    const a = this.posToOffset(anchor);
    this.ranges = [{ anchor: a, head: head ? this.posToOffset(head) : a }];
  }

  setSelections(ranges: EditorSelectionOrCaret[], main = 0): void {
    if (ranges.length === 0) throw new RangeError('setSelections needs at least one range');
    const mapped = ranges.map((r) => {
      const a = this.posToOffset(r.anchor);
      return { anchor: a, head: r.head ? this.posToOffset(r.head) : a };
    });
    const [first] = mapped.splice(main, 1);
    this.ranges = first ? [first, ...mapped] : mapped;
  }

  focus(): void {
    this.focused = true;
  }

  blur(): void {
    this.focused = false;
  }

  hasFocus(): boolean {
    return this.focused;
  }

  getScrollInfo(): { top: number; left: number } {
    return { top: 0, left: 0 };
  }

  scrollTo(_x?: number | null, _y?: number | null): void {
    // Nothing is rendered.
  }

  scrollIntoView(range: EditorRange, _center?: boolean): void {
    this.lastScrolledInto = { from: { ...range.from }, to: { ...range.to } };
  }

  undo(): void {
    const entry = this.undoStack.pop();
    if (!entry) return;
    this.setDoc(applyChanges(this.doc, entry.inverse));
    this.ranges = entry.selectionBefore.map((r) => ({ ...r }));
    this.redoStack.push(entry);
    this._onChange?.();
  }

  redo(): void {
    const entry = this.redoStack.pop();
    if (!entry) return;
    this.setDoc(applyChanges(this.doc, entry.changes));
    this.ranges = entry.selectionAfter.map((r) => ({ ...r }));
    this.undoStack.push(entry);
    this._onChange?.();
  }

  exec(command: string): void {
    throw notImplemented(`Editor.exec('${command}')`);
  }

  wordAt(_pos: EditorPosition): EditorRange | null {
    throw notImplemented('Editor.wordAt');
  }

  processLines(): void {
    throw notImplemented('Editor.processLines');
  }

  transaction(tx: EditorTransaction, _origin?: string): void {
    const changes: Change[] = (tx.changes ?? []).map((c: EditorChange) => {
      const a = this.posToOffset(c.from);
      const b = c.to ? this.posToOffset(c.to) : a;
      return { from: Math.min(a, b), to: Math.max(a, b), insert: c.text };
    });
    if (tx.replaceSelection !== undefined) {
      for (const r of this.ranges) {
        changes.push({ from: Math.min(r.anchor, r.head), to: Math.max(r.anchor, r.head), insert: tx.replaceSelection });
      }
    }
    let selection: Range[] | null = null;
    const explicit = tx.selections ?? (tx.selection ? [tx.selection] : null);
    if (explicit) {
      // Explicit selections are positions in the document after the changes (as in CodeMirror).
      const after = applyChanges(this.doc, sortChanges(changes));
      const probe = new Editor();
      probe.setDoc(after);
      selection = explicit.map((r) => {
        const a = probe.posToOffset(r.from);
        return { anchor: a, head: r.to ? probe.posToOffset(r.to) : a };
      });
    } else if (tx.replaceSelection !== undefined) {
      const sorted = sortChanges(changes);
      selection = this.ranges.map((r) => {
        const end = mapPosition(sorted, Math.max(r.anchor, r.head), 1);
        return { anchor: end, head: end };
      });
    }
    this.dispatch(changes, selection);
  }

  posToOffset(pos: EditorPosition): number {
    this.assertLine(pos.line);
    const start = this.lineStarts[pos.line] ?? 0;
    const ch = Math.max(0, Math.min(pos.ch, this.lineEnd(pos.line) - start));
    return start + ch;
  }

  offsetToPos(offset: number): EditorPosition {
    const o = Math.max(0, Math.min(offset, this.doc.length));
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.lineStarts[mid] ?? 0) <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, ch: o - (this.lineStarts[lo] ?? 0) };
  }

  // ---- stand-in internals ----------------------------------------------------------------------

  /** Loads a file's text: no undo step, caret at the start. */
  _load(content: string): void {
    this.setDoc(content);
    this.ranges = [{ anchor: 0, head: 0 }];
    this.undoStack = [];
    this.redoStack = [];
  }

  /** The file changed outside the editor: take its text, keep the selection clamped. */
  _reload(content: string): void {
    const before = this.listSelections();
    this.setDoc(content);
    this.ranges = before.map((s) => ({ anchor: this.clampPos(s.anchor), head: this.clampPos(s.head) }));
    this.undoStack = [];
    this.redoStack = [];
  }

  private clampPos(pos: EditorPosition): number {
    const line = Math.min(pos.line, this.lastLine());
    return this.posToOffset({ line, ch: pos.ch });
  }

  private main(): Range {
    return this.ranges[0] ?? { anchor: 0, head: 0 };
  }

  private dispatch(changes: Change[], selection: Range[] | null): void {
    const sorted = sortChanges(changes);
    for (let i = 1; i < sorted.length; i++) {
      const prev = sorted[i - 1];
      const cur = sorted[i];
      if (prev && cur && cur.from < prev.to) throw new RangeError('Editor.transaction: overlapping changes');
    }
    const effective = sorted.filter((c) => c.from !== c.to || c.insert !== '');
    const selectionBefore = this.ranges.map((r) => ({ ...r }));
    const mapped =
      selection ??
      this.ranges.map((r) =>
        r.anchor === r.head
          ? { anchor: mapPosition(effective, r.anchor, -1), head: mapPosition(effective, r.head, -1) }
          : r.anchor < r.head
            ? { anchor: mapPosition(effective, r.anchor, 1), head: mapPosition(effective, r.head, -1) }
            : { anchor: mapPosition(effective, r.anchor, -1), head: mapPosition(effective, r.head, 1) },
      );
    if (effective.length === 0) {
      this.ranges = mapped;
      return;
    }
    const inverse = invert(this.doc, effective);
    this.setDoc(applyChanges(this.doc, effective));
    this.ranges = mapped.map((r) => ({ anchor: this.clampOffset(r.anchor), head: this.clampOffset(r.head) }));
    this.undoStack.push({ changes: effective, inverse, selectionBefore, selectionAfter: this.ranges.map((r) => ({ ...r })) });
    this.redoStack = [];
    this._onChange?.();
  }

  private clampOffset(offset: number): number {
    return Math.max(0, Math.min(offset, this.doc.length));
  }

  private setDoc(doc: string): void {
    this.doc = doc;
    const starts = [0];
    for (let i = doc.indexOf('\n'); i !== -1; i = doc.indexOf('\n', i + 1)) starts.push(i + 1);
    this.lineStarts = starts;
  }

  private lineEnd(line: number): number {
    const next = this.lineStarts[line + 1];
    return next === undefined ? this.doc.length : next - 1;
  }

  private assertLine(line: number): void {
    if (!Number.isInteger(line) || line < 0 || line >= this.lineStarts.length) {
      throw new RangeError(`Invalid line number ${line} (the document has ${this.lineStarts.length} lines)`);
    }
  }
}

function sortChanges(changes: Change[]): Change[] {
  return changes.slice().sort((a, b) => a.from - b.from || a.to - b.to);
}
