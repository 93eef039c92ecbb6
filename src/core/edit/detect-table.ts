import type { PlanDocument } from '../markdown';
import type { EntryKind } from '../types';
import type { Block } from './document-scan';
import type { DetectedStyle, TableEntryStyle } from './entry-style';
import { type FieldRole, roleOfLabel } from './fields';

/** A cell's text as written, without its pipes and padding. */
function cellText(doc: PlanDocument, cell: number): string {
  return doc.text
    .slice(doc.tree.start(cell), doc.tree.end(cell))
    .replace(/^[ \t]*\|/, '')
    .replace(/(?<!\\)\|[ \t]*$/, '')
    .trim();
}

/**
 * A table log gets a new row with the columns it has: each header is mapped to a part of the
 * entry (Decision, Rationale, Date, Author, Status, #, …); columns nothing maps to stay empty.
 * The row copies the table's indentation and whether it writes outer pipes.
 */
export function detectTable(doc: PlanDocument, kind: EntryKind, block: Block, table: number): DetectedStyle | null {
  const tree = doc.tree;
  const header = tree.firstChild(table);
  const lastRow = tree.lastChild(table);
  if (header < 0 || lastRow < 0) return null;
  const columns: FieldRole[] = tree.children(header).map((cell) => roleOfLabel(kind, cellText(doc, cell)));
  const headerLine = doc.lines.textOf(doc.lines.lineOf(block.start));
  const lastLine = doc.lines.textOf(doc.lines.lineOf(Math.max(block.start, block.end - 1)));
  const trimmed = headerLine.trim();
  const style: TableEntryStyle = {
    shape: 'table',
    indent: /^[ \t]*/.exec(lastLine)?.[0] ?? '',
    leadingPipe: trimmed.startsWith('|'),
    trailingPipe: /(?<!\\)\|$/.test(trimmed) && trimmed.length > 1,
    columns,
    lastRow: lastRow !== header ? tree.children(lastRow).map((cell) => cellText(doc, cell)) : [],
    header: null,
  };
  return { style, anchor: block.end, blankBefore: false, strength: 'strong' };
}
