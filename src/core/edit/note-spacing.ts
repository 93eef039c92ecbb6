import type { PlanDocument } from '../markdown';
import { isBlankLine } from './document-scan';

/** How the note spaces its headings, so new text follows the same convention. */
export interface NoteSpacing {
  /** A blank line between a heading and the text under it. */
  blankAfterHeading: boolean;
  /** A blank line between text and the heading that follows it. */
  blankBeforeHeading: boolean;
}

/** The majority convention among the note's headings; a blank line when there is no evidence. */
export function noteSpacing(doc: PlanDocument): NoteSpacing {
  const { lines } = doc;
  let afterBlank = 0;
  let afterTight = 0;
  let beforeBlank = 0;
  let beforeTight = 0;
  const bodyStart = doc.frontmatter?.end ?? (doc.bom ? 1 : 0);
  const headingStarts = new Set(doc.headings.map((h) => h.start));
  const headingEnds = new Set(doc.headings.map((h) => h.end));
  for (const heading of doc.headings) {
    if (heading.end < doc.text.length) {
      const next = lines.lineOf(heading.end);
      if (!headingStarts.has(heading.end)) {
        if (isBlankLine(lines.textOf(next))) afterBlank++;
        else afterTight++;
      }
    }
    if (heading.start > bodyStart) {
      const previous = heading.line - 1;
      if (!headingEnds.has(heading.start)) {
        if (isBlankLine(lines.textOf(previous))) beforeBlank++;
        else beforeTight++;
      }
    }
  }
  return { blankAfterHeading: afterBlank >= afterTight, blankBeforeHeading: beforeBlank >= beforeTight };
}
