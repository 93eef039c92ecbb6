import type { PlanDocument } from '../markdown';
import type { EntryKind, Section } from '../types';
import { blocksIn } from './document-scan';
import { detectHeadingEntries, subHeadings } from './detect-headings';
import { detectLogList, detectProgressList } from './detect-list';
import { detectParagraphEntry, isFieldParagraph, opensWithBold } from './detect-paragraph';
import { detectTable } from './detect-table';
import type { DetectedStyle } from './entry-style';

/**
 * The style of the entries in `[start, end)`, read from the last block that looks like a
 * log (a list, a table, labelled or stamped paragraphs); null when there is none, so the
 * caller writes the canonical shape. Prose, comments, callouts and code are skipped: a
 * section that holds only template placeholders counts as empty.
 */
export function detectInRange(
  doc: PlanDocument,
  kind: EntryKind,
  start: number,
  end: number,
  done: boolean,
): DetectedStyle | null {
  const blocks = blocksIn(doc, start, end);
  let weak: DetectedStyle | null = null;
  for (let i = blocks.length - 1; i >= 0; i--) {
    const block = blocks[i];
    if (!block) continue;
    const { node, type } = block;
    let found: DetectedStyle | null = null;
    if (type === 'table') found = detectTable(doc, kind, block, node);
    else if (type === 'list') {
      const previous = blocks[i - 1];
      if (kind !== 'progress' && previous && opensWithBold(doc, previous)) {
        // The list holds the details of the bold entry above it.
        found = detectParagraphEntry(doc, kind, blocks, i - 1);
        i--;
      } else {
        found = kind === 'progress' ? detectProgressList(doc, block, node, done) : detectLogList(doc, kind, block, node);
      }
    } else if (type === 'paragraph' && kind !== 'progress' && !isFieldParagraph(doc, kind, block)) {
      found = detectParagraphEntry(doc, kind, blocks, i);
    }
    if (!found) continue;
    if (found.strength === 'strong') return found;
    weak ??= found;
  }
  return weak;
}

/**
 * Where and how a new entry goes in a section. The section's own body (before its first
 * sub-heading) wins when it holds entries. Otherwise sub-headings are looked at: a progress
 * section split into milestones gets the new step in its last milestone's list; in other logs
 * the sub-headings are the entries (the read side counts a sub-heading with its body as one
 * entry), so the new entry is a sub-heading too.
 */
export function detectSectionStyle(
  doc: PlanDocument,
  kind: EntryKind,
  section: Section,
  done: boolean,
): DetectedStyle | null {
  const body = detectInRange(doc, kind, section.contentStart, section.bodyEnd, done);
  if (body?.strength === 'strong' || section.bodyEnd >= section.end) return body;
  const subs = subHeadings(doc, section);
  const lastSub = subs[subs.length - 1];
  if (!lastSub) return body;
  if (kind === 'progress') {
    return detectInRange(doc, kind, lastSub.end, section.end, done) ?? body;
  }
  if (body) return body;
  const level = Math.min(...subs.map((h) => h.level));
  const tops = subs.filter((h) => h.level === level);
  return detectHeadingEntries(doc, kind, section, tops);
}
