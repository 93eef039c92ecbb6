import { readLeadingStamp } from '../timestamps';

/**
 * The field vocabulary of log entries: how the rules' entry walk (index/entry-dates.ts) tells a
 * field of the entry above from a new entry, and where an entry's date is written; the weekly
 * review's headlines (review/activity.ts) drop the same lead.
 */

/**
 * Labels that carry a field of the entry above rather than start a new one:
 * `- **Decision:** …` / `- **Rationale:** …` / `- **Date/Author:** …` is one decision.
 */
export const FIELD_LABELS: readonly string[] = [
  'rationale', 'reason', 'reasons', 'reasoning', 'why', 'why it matters', 'evidence', 'proof',
  'date/author', 'date / author', 'date', 'author', 'authors', 'owner', 'decided by', 'when', 'who',
  'alternatives', 'alternatives considered', 'options considered', 'trade-offs', 'tradeoffs',
  'impact', 'consequences', 'consequence', 'implications', 'follow-up', 'follow-ups', 'follow up',
  'mitigation', 'links', 'references', 'refs', 'source', 'notes', 'note',
];

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** Text that opens with a field label (`Rationale:`, `**Evidence:**`, `__Date__:`). */
export const FIELD = new RegExp(
  String.raw`^(?:\*\*|__|[*_])?\s*(?:${FIELD_LABELS.map(escape).join('|')})\s*(?:(?:\*\*|__|[*_])\s*:|:\s*(?:\*\*|__|[*_])?)`,
  'i',
);

/** A line giving an entry's date: `Date: …`, `- **When:** …`, `Date/Author: …`. */
export const DATE_FIELD = /^[ \t>*+-]*(?:\*\*|__)?(?:date|when|date\s*\/\s*author)(?:\*\*|__)?[ \t]*:(?:\*\*|__)?[ \t]*([^\r\n]*)/im;

/** What stands before an entry's own words on its first line: quote, heading, bullet, cell, checkbox, bold. */
export const LEAD = /^[ \t]*(?:>[ \t]*)*(?:#{1,6}[ \t]+|(?:[-*+]|\d{1,9}[.)])[ \t]+|\|[ \t]*)?(?:\[.\][ \t]+)?(?:\*\*|__|[*_])?/;

/**
 * Whether a list's first line opens with a stamp (`- (2025-10-01 13:00Z) …`): such items are
 * log entries of their own, so the bold line above them does not take the list as its details.
 */
export function listOpensWithStamp(firstLine: string): boolean {
  return readLeadingStamp(firstLine.replace(LEAD, '')) !== null;
}
