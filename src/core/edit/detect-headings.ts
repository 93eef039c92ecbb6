import type { PlanDocument } from '../markdown';
import type { EntryKind, Heading, Section } from '../types';
import { isBlankLine, lastContentEnd } from './document-scan';
import type { DetectedStyle, EntryPart, HeadingEntryStyle } from './entry-style';
import { type LabelStyle, readFieldLine, roleOfLabel } from './fields';
import { DEFAULT_STAMP_STYLE, leadingStampStyle, type StampStyle, wrapOf } from './list-item';

const TRAILING_STAMP =
  /[ \t]+([([]?)(\d{4}-\d{2}-\d{2}(?:[T ]\d{1,2}:\d{2}(?::\d{2})?[ \t]?(?:Z|UTC|[+-]\d{2}:?\d{2})?)?)([)\]]?)[ \t]*$/;

/** How a sub-heading title carries its stamp. */
function titleShape(text: string): { title: HeadingEntryStyle['title']; stamp: StampStyle } {
  const lead = leadingStampStyle(text);
  if (lead) {
    const whole = lead.length >= text.length;
    return { title: whole ? 'stamp' : 'stamp-title', stamp: lead.style };
  }
  const trail = TRAILING_STAMP.exec(text);
  if (trail) {
    return { title: 'title-stamp', stamp: { wrap: wrapOf(trail[1]), after: ' ' } };
  }
  return { title: 'title', stamp: DEFAULT_STAMP_STYLE };
}

export function subHeadings(doc: PlanDocument, section: Section): Heading[] {
  return doc.headings.filter((h) => h.start >= section.bodyEnd && h.start < section.end);
}

/**
 * A section whose entries are sub-headings (`### 2025-01-10`, `### Use SQLite`): the new
 * entry is a sub-heading at the same level after the last one, with a body whose labelled
 * lines copy the last entry's (`- Rationale: …`, `**Rationale**: …`, `Rationale: …`).
 */
export function detectHeadingEntries(
  doc: PlanDocument,
  kind: EntryKind,
  section: Section,
  tops: readonly Heading[],
): DetectedStyle | null {
  const last = tops[tops.length - 1];
  if (!last) return null;
  const { lines } = doc;
  const next = doc.headings.find((h) => h.start > last.start);
  const bodyEnd = next && next.start < section.end ? next.start : section.end;
  const parts: EntryPart[] = [];
  let fieldMarker: string | null = null;
  let labelStyle: LabelStyle | null = null;
  let markerSeen = false;
  if (bodyEnd > last.end) {
    const lastLine = lines.lineOf(bodyEnd - 1);
    for (let n = lines.lineOf(last.end); n <= lastLine; n++) {
      const field = readFieldLine(lines.textOf(n));
      if (!field || field.indent !== '') continue;
      const role = roleOfLabel(kind, field.label);
      if (role === 'other' || parts.some((p) => p.role === role)) continue;
      parts.push({ role, label: field.label });
      labelStyle ??= field.labelStyle;
      if (!markerSeen) {
        fieldMarker = field.marker ? `${field.marker.trim()} ` : null;
        markerSeen = true;
      }
    }
  }
  // Nothing after the heading tells us; a blank line is the common Markdown spacing.
  const blankAfterHeading = last.end >= doc.text.length || isBlankLine(lines.textOf(lines.lineOf(last.end)));
  const shape = titleShape(last.text);
  const style: HeadingEntryStyle = {
    shape: 'heading',
    level: last.level,
    title: shape.title,
    stamp: shape.stamp,
    parts,
    fieldMarker: markerSeen ? fieldMarker : '- ',
    labelStyle: labelStyle ?? 'plain',
    blankAfterHeading,
  };
  const anchor = lastContentEnd(doc, last.start, section.end) ?? last.end;
  return { style, anchor, blankBefore: true, strength: 'strong' };
}
