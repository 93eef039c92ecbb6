import type { PlanDocument } from '../markdown';
import type { SectionKind } from '../types';
import { maskedText } from './regions';

/** A `Label: value` line in the note body. */
export interface MetadataLine {
  /** The value as written, trimmed, without a closing bold marker that wraps the whole line. */
  value: string;
  /** 1-based line. */
  line: number;
  /** Offsets of `value` in the note, so an edit can replace exactly it. */
  valueStart: number;
  valueEnd: number;
}

/**
 * Sections where a `Status:` or `Updated:` line describes the plan. Elsewhere it describes
 * something inside the plan: a decision record's `Status: Accepted`, a milestone's status, a
 * progress entry. The first H1 is the title and counts as the top of the note.
 */
const METADATA_SECTIONS: ReadonlySet<SectionKind> = new Set(['other', 'purpose', 'context']);

const BOLD = String.raw`(?:\*\*|__)`;

/**
 * A metadata line for a label (a regex source, matched case-insensitively):
 * `Status: x`, `- Status: x`, `* Status: x`, `1. Status: x`, `**Status**: x`, `**Status:** x`,
 * `__Status__: x`, `> Status: x`, Dataview's `Status:: x`, and a two-column table row
 * `| Status | x |`. Task items never match: the label must come right after the list marker.
 */
function lineRegex(label: string): RegExp {
  // The value group runs to the end of the line so its start is `match end - value length`.
  return new RegExp(
    String.raw`^\uFEFF?[ \t]*(?:>[ \t]*)*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)?(?:${BOLD}[ \t]*)?(?:${label})[ \t]*` +
      String.raw`(?:${BOLD}[ \t]*::?|::?${BOLD}?)([^\r\n]*)$`,
    'gim',
  );
}

function tableRegex(label: string): RegExp {
  return new RegExp(
    String.raw`^\uFEFF?[ \t]*\|[ \t]*(?:${BOLD})?(?:${label})(?:${BOLD})?[ \t]*:?[ \t]*\|([^|\r\n]*)(?=\|[ \t]*$)`,
    'gim',
  );
}

/** The first metadata line for `label` in the body, outside code, comments and log sections. */
export function findMetadataLine(doc: PlanDocument, label: string): MetadataLine | null {
  const masked = maskedText(doc, true);
  const from = doc.frontmatter?.end ?? 0;
  let best: MetadataLine | null = null;
  for (const regex of [lineRegex(label), tableRegex(label)]) {
    regex.lastIndex = from;
    for (let m = regex.exec(masked); m; m = regex.exec(masked)) {
      if (best && m.index >= best.valueStart) break;
      if (!inMetadataPlace(doc, m.index)) continue;
      const end = m.index + m[0].length;
      best = valueOf(doc, doc.lines.lineOf(m.index), end - (m[1] ?? '').length, end);
      break;
    }
  }
  return best;
}

function valueOf(doc: PlanDocument, line: number, start: number, end: number): MetadataLine {
  // The value may sit in inline code, which the masked scan blanked: read it from the note.
  let raw = doc.text.slice(start, end);
  let valueStart = start;
  const lead = raw.length - raw.trimStart().length;
  valueStart += lead;
  raw = raw.trim();
  // `**Status: In progress**`: the closing marker belongs to the label's bold, not the value.
  const closing = /(\*\*|__)$/.exec(raw);
  if (closing && countOf(raw, closing[1] ?? '') % 2 === 1) raw = raw.slice(0, -2).trimEnd();
  return { value: raw, line, valueStart, valueEnd: valueStart + raw.length };
}

function countOf(text: string, marker: string): number {
  return text.split(marker).length - 1;
}

function inMetadataPlace(doc: PlanDocument, offset: number): boolean {
  const firstH1 = doc.headings.find((h) => h.level === 1);
  for (const section of doc.sections) {
    if (section.heading.start > offset) break;
    if (offset >= section.end) continue;
    if (section.heading === firstH1) continue;
    if (!METADATA_SECTIONS.has(section.kind)) return false;
  }
  return true;
}
