import type { PlanDocument } from '../markdown';
import type { SectionKind } from '../types';
import { matchLabel, trimValue } from '../metadata-label';
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

/**
 * The first metadata line for `label` (a regex source; forms in metadata-label.ts) in the body,
 * outside code, comments and log sections.
 */
export function findMetadataLine(doc: PlanDocument, label: string): MetadataLine | null {
  const masked = maskedText(doc, true);
  const from = doc.frontmatter?.end ?? 0;
  // Every form has a colon or a pipe: the next of each is found once and reused across lines.
  let colon = -1;
  let pipe = -1;
  for (let lineStart = from; lineStart < masked.length; ) {
    let next = masked.indexOf('\n', lineStart);
    if (next < 0) next = masked.length;
    const lineEnd = masked.charCodeAt(next - 1) === 0x0d ? next - 1 : next;
    if (colon < lineStart && colon !== Infinity) colon = nextOf(masked, ':', lineStart);
    if (pipe < lineStart && pipe !== Infinity) pipe = nextOf(masked, '|', lineStart);
    if ((colon < lineEnd || pipe < lineEnd) && inMetadataPlace(doc, lineStart)) {
      const found = matchLabel(masked, lineStart, lineEnd, label);
      if (found) {
        // The value may sit in inline code, which the masked scan blanked: read it from the note.
        const [valueStart, valueEnd] = trimValue(doc.text, found[0], found[1]);
        return { value: doc.text.slice(valueStart, valueEnd), line: doc.lines.lineOf(lineStart), valueStart, valueEnd };
      }
    }
    lineStart = next + 1;
  }
  return null;
}

function nextOf(text: string, char: string, from: number): number {
  const at = text.indexOf(char, from);
  return at < 0 ? Infinity : at;
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
