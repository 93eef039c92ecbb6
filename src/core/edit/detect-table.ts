import type { Table } from 'mdast';
import type { PlanDocument } from '../markdown';
import type { EntryKind } from '../types';
import type { Block } from './document-scan';
import type { DetectedStyle, TableEntryStyle } from './entry-style';
import { type FieldRole, roleOfLabel } from './fields';

/** A cell's text as written, without its pipes and padding. */
function cellText(doc: PlanDocument, cell: { position?: { start: { offset?: number }; end: { offset?: number } } }): string {
  const start = cell.position?.start.offset;
  const end = cell.position?.end.offset;
  if (start === undefined || end === undefined) return '';
  return doc.text
    .slice(start, end)
    .replace(/^[ \t]*\|/, '')
    .replace(/(?<!\\)\|[ \t]*$/, '')
    .trim();
}

/**
 * A table log gets a new row with the columns it has: each header is mapped to a part of the
 * entry (Decision, Rationale, Date, Author, Status, #, …); columns nothing maps to stay empty.
 * The row copies the table's indentation and whether it writes outer pipes.
 */
export function detectTable(doc: PlanDocument, kind: EntryKind, block: Block, table: Table): DetectedStyle | null {
  const header = table.children[0];
  const lastRow = table.children[table.children.length - 1];
  if (!header || !lastRow) return null;
  const columns: FieldRole[] = header.children.map((cell) => roleOfLabel(kind, cellText(doc, cell)));
  const headerLine = doc.lines.textOf(doc.lines.lineOf(block.start));
  const lastLine = doc.lines.textOf(doc.lines.lineOf(Math.max(block.start, block.end - 1)));
  const trimmed = headerLine.trim();
  const style: TableEntryStyle = {
    shape: 'table',
    indent: /^[ \t]*/.exec(lastLine)?.[0] ?? '',
    leadingPipe: trimmed.startsWith('|'),
    trailingPipe: /(?<!\\)\|$/.test(trimmed) && trimmed.length > 1,
    columns,
    lastRow: table.children.length > 1 ? lastRow.children.map((cell) => cellText(doc, cell)) : [],
    header: null,
  };
  return { style, anchor: block.end, blankBefore: false, strength: 'strong' };
}
