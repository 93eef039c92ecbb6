import { opensWithStrong } from '../inline';
import type { PlanDocument } from '../markdown';
import type { EntryKind } from '../types';
import type { Block } from './document-scan';
import type { DetectedStyle, EntryPart, ParagraphEntryStyle } from './entry-style';
import { type FieldRole, type LabelStyle, readFieldLine, roleOfLabel } from './fields';
import { leadingStampStyle, type StampStyle } from './list-item';

interface LineLead {
  kind: 'stamp' | 'title' | 'field';
  role: FieldRole;
  label: string | null;
  labelStyle: LabelStyle;
  stamp: { style: StampStyle; bold: boolean } | null;
}

const BOLD_START = /^\*\*([^*\r\n]+)\*\*/;
const SEPARATOR = /^[ \t]*(?:[:\-–—|][ \t]*)?/;

/** A line that opens with a stamp: the entry's title follows it. */
function stampLine(style: StampStyle, bold: boolean): LineLead {
  return { kind: 'stamp', role: 'title', label: null, labelStyle: 'plain', stamp: { style, bold } };
}

/** What a paragraph line starts with: a stamp (`**2025-01-10 14:30**:`), a label, or neither. */
function leadOf(kind: EntryKind, raw: string): LineLead | null {
  const line = raw.replace(/^[ \t]+/, '');
  const bold = BOLD_START.exec(line);
  if (bold) {
    const inner = bold[1] ?? '';
    const stamp = leadingStampStyle(inner);
    if (stamp && stamp.length >= inner.trimEnd().length) {
      const sep = SEPARATOR.exec(line.slice(bold[0].length))?.[0] ?? '';
      const after = sep === '' ? ' ' : sep;
      return stampLine({ wrap: stamp.style.wrap, after }, true);
    }
  }
  const stamp = leadingStampStyle(line);
  if (stamp) return stampLine(stamp.style, false);
  const field = readFieldLine(line);
  if (!field || field.marker) return null;
  const role = roleOfLabel(kind, field.label);
  if (role === 'other') return null;
  return { kind: role === 'title' ? 'title' : 'field', role, label: field.label, labelStyle: field.labelStyle, stamp: null };
}

function firstLineLead(doc: PlanDocument, kind: EntryKind, block: Block): LineLead | null {
  return leadOf(kind, doc.lines.textOf(doc.lines.lineOf(block.start)));
}

function hardBreakOf(line: string): string {
  if (/ {2,}$/.test(line)) return '  ';
  if (/\\$/.test(line)) return '\\';
  if (/<br\s*\/?>$/i.test(line)) return '<br>';
  return '';
}

/**
 * Entries written as paragraphs: `**Decision**: …` / `**Rationale**: …` blocks (labels bold
 * or plain, fields on consecutive lines or as separate paragraphs), and paragraphs that
 * start with a stamp (`**2025-01-10 14:30**: Chose X`). `blocks[index]` must be a paragraph.
 */
export function detectParagraphEntry(
  doc: PlanDocument,
  kind: EntryKind,
  blocks: readonly Block[],
  index: number,
): DetectedStyle | null {
  const block = blocks[index];
  if (!block || block.type !== 'paragraph') return null;
  const lead = firstLineLead(doc, kind, block) ?? (opensWithBold(doc, block) ? BOLD_ENTRY : null);
  if (!lead || lead.kind === 'field') return null;
  const { lines } = doc;
  const first = lines.lineOf(block.start);
  const last = lines.lineOf(Math.max(block.start, block.end - 1));
  // Several entries may share one paragraph; the last one is the model.
  let entryLine = first;
  for (let n = first + 1; n <= last; n++) {
    const next = leadOf(kind, lines.textOf(n));
    if (next && next.kind === lead.kind) entryLine = n;
  }
  const model = leadOf(kind, lines.textOf(entryLine)) ?? lead;
  const parts: EntryPart[] = [{ role: 'title', label: model.label }];
  let labelStyle: LabelStyle | null = model.kind === 'title' ? model.labelStyle : null;
  for (let n = entryLine + 1; n <= last; n++) {
    const field = leadOf(kind, lines.textOf(n));
    if (field?.kind !== 'field') continue;
    parts.push({ role: field.role, label: field.label });
    labelStyle ??= field.labelStyle;
  }
  // Fields written as paragraphs of their own belong to the entry above them.
  let anchor = block.end;
  let fieldsAsParagraphs = false;
  let j = index + 1;
  for (; j < blocks.length; j++) {
    const next = blocks[j];
    if (!next || next.type !== 'paragraph') break;
    const field = firstLineLead(doc, kind, next);
    if (field?.kind !== 'field') break;
    parts.push({ role: field.role, label: field.label });
    labelStyle ??= field.labelStyle;
    anchor = next.end;
    fieldsAsParagraphs = true;
  }
  // A list right under a bold entry holds its details, and code under an entry is its
  // evidence (as the read side counts them): the new entry goes after them.
  let fieldBullet: string | undefined;
  for (let listSeen = false; j < blocks.length; j++) {
    const next = blocks[j];
    if (!next) break;
    if (next.type === 'list' && !listSeen && opensWithBold(doc, block)) {
      listSeen = true;
      // Its bullet, when its items carry the entry's fields: new fields are written the same way.
      const item = /^([-*+]|\d{1,9}[.)])([ \t]+)(.*)$/.exec(lines.textOf(lines.lineOf(next.start)));
      const field = item ? leadOf(kind, item[3] ?? '') : null;
      if (item && field?.kind === 'field') fieldBullet = `${/\d/.test(item[1] ?? '') ? '-' : item[1]}${item[2]}`;
    } else if (next.type !== 'code') break;
    anchor = next.end;
  }
  const style: ParagraphEntryStyle = {
    shape: 'paragraph',
    stampLead: model.stamp,
    parts,
    labelStyle: labelStyle ?? 'plain',
    fieldsAsParagraphs,
    ...(fieldBullet !== undefined ? { fieldBullet } : {}),
    lineSuffix: last > entryLine || fieldsAsParagraphs ? hardBreakOf(lines.textOf(entryLine)) : '',
  };
  // Always a paragraph of its own: the read side counts one entry per paragraph, so an entry
  // glued to the paragraph above would not count, even where the section glues them.
  return { style, anchor, blankBefore: true, strength: 'strong' };
}

/**
 * A bold opening the read side counts as an entry but that names no known label
 * (`**Context**: …`): new entries are written as bold stamp paragraphs, `**<stamp>**: text`.
 */
const BOLD_ENTRY: LineLead = stampLine({ wrap: 'bare', after: ': ' }, true);

export function opensWithBold(doc: PlanDocument, block: Block): boolean {
  return block.type === 'paragraph' && opensWithStrong(doc.text.slice(block.start, block.end));
}

/** True for a paragraph that only continues the entry above it (a field of its own). */
export function isFieldParagraph(doc: PlanDocument, kind: EntryKind, block: Block): boolean {
  return firstLineLead(doc, kind, block)?.kind === 'field';
}
