import type { EntryKind } from '../types';
import { canonicalLabel, type FieldRole, type LabelStyle } from './fields';
import { DEFAULT_LIST_SHAPE, DEFAULT_STAMP_STYLE, type ListShape, type StampStyle } from './list-item';

/**
 * The shape a new entry is written in, read from the entries a section already holds (see
 * detect-style.ts) or, for an empty section, the canonical PLANS.md shape.
 *
 * Every shape lists the parts of an entry in the order the section writes them. A part with
 * role 'title' holds the entry's text; 'date' holds the stamp; other roles hold the
 * request's optional fields (rationale, evidence, handoff notes). A part without a label is
 * written bare (`- (ts) text`).
 */
export interface EntryPart {
  role: FieldRole;
  label: string | null;
}

/** `- [x] (ts) text`, `- Decision: …` with field lines, `- (ts) text`. */
export interface ListEntryStyle {
  shape: 'list';
  list: ListShape;
  /** Write a checkbox; `doneChar` is the section's mark for a finished item (`x` or `X`). */
  task: { doneChar: string } | null;
  /** Write the stamp at the start of the item's text, wrapped like this. */
  stampLead: StampStyle | null;
  parts: EntryPart[];
  /** Where parts after the first go: continuation lines, nested bullets, or sibling bullets. */
  layout: 'continuation' | 'nested' | 'separate';
  /** Marker and spacing of nested field bullets (`- `, `* `). */
  nestedMarker: string;
  labelStyle: LabelStyle;
}

/** `**Decision**: …` lines, or `**2025-01-10 14:30**: title` paragraphs. */
export interface ParagraphEntryStyle {
  shape: 'paragraph';
  stampLead: { style: StampStyle; bold: boolean } | null;
  parts: EntryPart[];
  labelStyle: LabelStyle;
  /** Each field is its own paragraph (blank lines between them). */
  fieldsAsParagraphs: boolean;
  /**
   * The bullet (`- `, `* `, `1. `) of a details list right under the entry's first line
   * (`**2025-01-10**: Title` / `- Rationale: …`): fields are written as items of such a list.
   */
  fieldBullet?: string;
  /** Hard-break marker the section ends its lines with ('', two spaces, `\`, `<br>`). */
  lineSuffix: string;
}

/** A row in a GFM table; `header` is set when the table has to be created as well. */
export interface TableEntryStyle {
  shape: 'table';
  indent: string;
  leadingPipe: boolean;
  trailingPipe: boolean;
  columns: FieldRole[];
  /** Cells of the table's last row, to continue numbering and copy status words. */
  lastRow: string[];
  header: string[] | null;
}

/** A `### …` sub-heading per entry. */
export interface HeadingEntryStyle {
  shape: 'heading';
  level: number;
  /** What the heading line holds: the stamp, stamp then text, the text, or text then stamp. */
  title: 'stamp' | 'stamp-title' | 'title' | 'title-stamp';
  stamp: StampStyle;
  /** Body parts after the heading (the title part appears here only when the body repeats it). */
  parts: EntryPart[];
  /** `- ` when body fields are bullets, null for plain lines. */
  fieldMarker: string | null;
  labelStyle: LabelStyle;
  blankAfterHeading: boolean;
}

export type EntryStyle = ListEntryStyle | ParagraphEntryStyle | TableEntryStyle | HeadingEntryStyle;

/** A style read from a section, with where the new entry goes. */
export interface DetectedStyle {
  style: EntryStyle;
  /** End of the last entry's last line (before its line ending); the new entry follows it. */
  anchor: number;
  /** A blank line separates the section's entries. */
  blankBefore: boolean;
  /**
   * 'strong' when the entries carry labels, stamps, checkboxes or table cells; 'weak' for a
   * plain list, which is followed only when nothing more telling is around.
   */
  strength: 'strong' | 'weak';
}

export type EmptyDecisionStyle = 'bullets' | 'bold' | 'table' | 'headings';

/**
 * A list style, with the canonical list (`- `), no checkbox, fields on continuation lines and
 * plain labels for whatever `style` does not set.
 */
export function listStyle(style: Partial<ListEntryStyle> & Pick<ListEntryStyle, 'parts' | 'stampLead'>): ListEntryStyle {
  return { shape: 'list', list: DEFAULT_LIST_SHAPE, task: null, layout: 'continuation', nestedMarker: '- ', labelStyle: 'plain', ...style };
}

function part(kind: EntryKind, role: FieldRole, labelled = true): EntryPart {
  return { role, label: labelled ? canonicalLabel(kind, role) : null };
}

/**
 * The PLANS.md shapes used when a section has no entries to copy:
 * - progress: `- [x] (ts) text` (`- [ ] (ts) text` for an open step);
 * - decision: `- Decision: …` / `  Rationale: …` / `  Date/Author: <ts>`;
 * - surprise: `- Observation: …` / `  Evidence: …` / `  Date: <ts>` (the stamp gets its own
 *   line, like the decision log's Date/Author, so the observation reads as written);
 * - retrospective: `- (ts) text`;
 * - handoff: `- (ts) Handoff` / `  Done: …` / `  Next: …` / `  Risks: …`, or `- (ts) text`.
 */
export function canonicalStyle(
  kind: EntryKind,
  done: boolean,
  emptyDecisionStyle: EmptyDecisionStyle,
  sectionLevel: number,
): EntryStyle {
  if (kind === 'progress') {
    return listStyle({ task: { doneChar: 'x' }, stampLead: DEFAULT_STAMP_STYLE, parts: [part(kind, 'title', false)] });
  }
  if (kind === 'decision' || kind === 'surprise') {
    const detail: FieldRole = kind === 'decision' ? 'rationale' : 'evidence';
    const parts = [part(kind, 'title'), part(kind, detail), part(kind, 'date')];
    if (kind === 'decision' && emptyDecisionStyle === 'bold') {
      return { shape: 'paragraph', stampLead: null, parts, labelStyle: 'bold', fieldsAsParagraphs: false,
        lineSuffix: '' };
    }
    if (kind === 'decision' && emptyDecisionStyle === 'table') {
      const columns = parts.map((p) => p.role);
      return { shape: 'table', indent: '', leadingPipe: true, trailingPipe: true, columns, lastRow: [],
        header: parts.map((p) => p.label ?? '') };
    }
    if (kind === 'decision' && emptyDecisionStyle === 'headings') {
      return { shape: 'heading', level: Math.min(6, sectionLevel + 1), title: 'title', stamp: DEFAULT_STAMP_STYLE,
        parts: [part(kind, detail), part(kind, 'date')], fieldMarker: '- ', labelStyle: 'plain',
        blankAfterHeading: true };
    }
    return listStyle({ stampLead: null, parts });
  }
  return listStyle({ stampLead: DEFAULT_STAMP_STYLE, parts: [part(kind, 'title', false)] });
}
