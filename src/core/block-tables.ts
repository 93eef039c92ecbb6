/**
 * GFM table rows as micromark-extension-gfm-table cuts them, for the block scanner
 * (block-scan.ts): which line can be a head row and how many cells it has, which line is a
 * delimiter row and its alignments, and where a row's cells and their text run.
 */

const SPACE = 32;
const TAB = 9;
const GT = 62;

/** Where a cell's data run that starts at `i` ends: at a blank or a pipe; `\|` and `\\` stay in it. */
export function cellDataEnd(text: string, i: number, end: number): number {
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c === SPACE || c === TAB || c === 124) break;
    if (c === 92) {
      const d = text.charCodeAt(i + 1);
      if (i + 1 < end && (d === 92 || d === 124)) i++;
    }
    i++;
  }
  return i;
}

/** Whether text or another pipe follows in the row: then a pipe starts a cell. */
export function hasCellAfter(text: string, i: number, end: number): boolean {
  for (; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c !== SPACE && c !== TAB) return true;
  }
  return false;
}

/**
 * Whether the line at `start` could be a delimiter row under any container prefixes: only
 * blanks, `>`, pipes, colons and dashes, with a dash. Most lines fail at once, which spares
 * them the full check with its container walk.
 */
export function mayBeDelimiterRow(text: string, start: number): boolean {
  let dash = false;
  for (let i = start; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) break;
    if (c === 45) dash = true;
    else if (c !== SPACE && c !== TAB && c !== GT && c !== 124 && c !== 58) return false;
  }
  return dash;
}

/** A head row's cells as the GFM table extension counts them, or null when it cannot be one. */
export function countHeadCells(text: string, at: number, end: number): number | null {
  let marks = 0;
  let cells = 0;
  let cellStart = false;
  if (text.charCodeAt(at) !== 124) {
    cellStart = true;
    marks++;
  }
  let i = at;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c === SPACE || c === TAB) {
      i++;
      continue;
    }
    marks++;
    if (cellStart) {
      cellStart = false;
      cells++;
    }
    if (c === 124) {
      cellStart = true;
      i++;
    } else i = cellDataEnd(text, i, end);
  }
  return marks < 2 ? null : cells;
}

/** A delimiter row (`| :-- | --: |`) with `cells` cells: its alignments, or null. */
export function readDelimiterRow(text: string, at: number, end: number, cells: number): (string | null)[] | null {
  const align: (string | null)[] = [];
  let cellStart = false;
  let i = at;
  const blanks = (): void => {
    while (i < end && (text.charCodeAt(i) === SPACE || text.charCodeAt(i) === TAB)) i++;
  };
  let c = text.charCodeAt(i);
  if (c !== 45 && c !== 58 && c !== 124) return null;
  for (;;) {
    c = i < end ? text.charCodeAt(i) : -1;
    if (c === 124) {
      cellStart = true;
      i++;
      blanks();
      c = i < end ? text.charCodeAt(i) : -1;
    }
    if (c === -1) break;
    if (c !== 45 && c !== 58) return null;
    let a: string | null = null;
    if (c === 58) {
      a = 'left';
      cellStart = true;
      i++;
    }
    if (text.charCodeAt(i) !== 45 || i >= end) return null;
    while (i < end && text.charCodeAt(i) === 45) i++;
    if (i < end && text.charCodeAt(i) === 58) {
      cellStart = true;
      a = a === 'left' ? 'center' : 'right';
      i++;
    }
    align.push(a);
    blanks();
    c = i < end ? text.charCodeAt(i) : -1;
    if (c === -1) break;
    if (c !== 124) return null;
  }
  return cellStart && align.length === cells ? align : null;
}
