/**
 * Line table of a note: where each line starts and where its content ends (line ending excluded).
 * Every position the metadata parser reports is derived from this table, so `Loc.offset` always
 * equals `lineStart + col`, exactly as in Obsidian's cache.
 */
export interface LineTable {
  readonly text: string;
  /** Offset of the first character of each line. */
  readonly starts: number[];
  /** Offset just past each line's content (before `\n` or `\r\n`). */
  readonly ends: number[];
}

export function buildLineTable(text: string): LineTable {
  const starts: number[] = [];
  const ends: number[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    if (nl === -1) {
      starts.push(start);
      ends.push(text.length);
      break;
    }
    starts.push(start);
    ends.push(nl > start && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl);
    start = nl + 1;
  }
  return { text, starts, ends };
}

export function lineText(table: LineTable, line: number): string {
  return table.text.slice(table.starts[line] ?? 0, table.ends[line] ?? 0);
}

export function lineLength(table: LineTable, line: number): number {
  return (table.ends[line] ?? 0) - (table.starts[line] ?? 0);
}
