import { DATE_FIELD, FIELD, LEAD, listOpensWithStamp, TASK_ITEM } from './entry-fields';
import { opensWithStrong, withoutComments } from '../inline';
import type { List, ListItem, Paragraph, RootContent, Table, TableRow } from 'mdast';
import type { PlanDocument } from '../markdown';
import { findStamps, readLeadingStamp } from '../timestamps';
import type { Entry, EntryShape, Section } from '../types';
import { isInstruction, isPlaceholderOnly } from './placeholders';
import { isStatusChangeText } from './steps';
import { ownRanges } from './plan-sections';
import { isQuiet, quietRanges, rangeAt } from './regions';


interface Draft {
  shape: EntryShape;
  start: number;
  end: number;
}

/**
 * The entries of a log section (decisions, surprises, retrospective, handoff, progress), as a
 * person would count them:
 * - a top-level list item, with everything nested under it;
 * - a table row (not the header, not an empty or placeholder-only row);
 * - a deeper sub-heading with its whole body;
 * - a paragraph opening with bold (`**2025-01-10 14:30**: Use a token bucket`,
 *   `**Decision:** …`) together with the list right under it;
 * - any other paragraph or quote (a retrospective in prose is one entry per paragraph).
 * A list item or paragraph that only carries a field (`Rationale:`, `**Date/Author:**`, …) joins
 * the entry above it, and code blocks join the entry above as evidence. Template text alone
 * (`- Decision: <…>`, `_None yet._`, an HTML comment) is no entry, so a fresh template counts 0.
 * A paragraph ending in `:` right before a list introduces the list and is no entry.
 */
export function readEntries(doc: PlanDocument, section: Section): Entry[] {
  const quiet = quietRanges(doc).blocks;
  const own = ownRanges(doc, section);
  const rangeOf = (node: { position?: RootContent['position'] }): number => {
    const s = startOf(node);
    return own.findIndex(([start, end]) => s >= start && s < end);
  };
  const blocks = doc.root.children.filter((node) => {
    const s = node.position?.start.offset;
    if (s === undefined || rangeOf(node) < 0) return false;
    const range = rangeAt(quiet, s);
    // A code block is quiet itself but still evidence for the entry above; one inside a comment is not.
    return !range || (node.type === 'code' && range[0] === s);
  });
  const drafts: Draft[] = [];
  // Whether the last draft may take field items and code: not after a heading or a rule.
  let open = false;
  const push = (shape: EntryShape, node: { position?: RootContent['position'] }): void => {
    drafts.push({ shape, start: startOf(node), end: endOf(node) });
    open = true;
  };
  const extend = (node: { position?: RootContent['position'] }): boolean => {
    const last = drafts[drafts.length - 1];
    if (!open || !last) return false;
    last.end = Math.max(last.end, endOf(node));
    return true;
  };

  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    if (!block) continue;
    const next = blocks[i + 1];
    switch (block.type) {
      case 'heading': {
        // Only deeper headings can be inside the section: each is one entry with its body.
        // It ends at a sub-section of another kind too, which is not the section's own text.
        const range = rangeOf(block);
        let j = i + 1;
        while (j < blocks.length) {
          const b = blocks[j];
          if (b && ((b.type === 'heading' && b.depth <= block.depth) || rangeOf(b) !== range)) break;
          j++;
        }
        const last = blocks[j - 1] ?? block;
        drafts.push({ shape: 'subheading', start: startOf(block), end: endOf(last) });
        open = false;
        i = j - 1;
        break;
      }
      case 'list':
        readList(block, push, extend, doc);
        break;
      case 'table':
        for (const row of bodyRows(block, doc)) push('table-row', row);
        break;
      case 'paragraph': {
        const text = sourceOf(doc, block);
        if (FIELD.test(text) && extend(block)) break;
        if (opensWithBold(block, doc)) {
          push('bold-block', block);
          if (next && next.type === 'list' && !listOpensWithStamp(doc.lines.textOf(doc.lines.lineOf(startOf(next))))) {
            extend(next);
            i++;
          }
          break;
        }
        // A `%%` comment at its end is not seen: "Options:" over a comment still introduces the list.
        if (next && next.type === 'list' && /:\s*$/.test(withoutComments(text))) {
          open = false;
          break;
        }
        push('paragraph', block);
        break;
      }
      case 'blockquote':
      case 'html':
        push('paragraph', block);
        break;
      case 'code':
        extend(block);
        break;
      case 'thematicBreak':
        open = false;
        break;
      default:
        break;
    }
  }

  const entries: Entry[] = [];
  for (const draft of drafts) {
    const start = doc.lines.startOf(doc.lines.lineOf(draft.start));
    const end = doc.lines.endOf(doc.lines.lineOf(Math.max(draft.start, draft.end - 1)));
    const text = doc.text.slice(start, end);
    if (isPlaceholderOnly(text)) continue;
    if (section.kind === 'progress' && draft.shape === 'bullet' && isPlaceholderStepEntry(text)) continue;
    // A blank template's instruction to its reader is prose about the section, not an entry.
    if (draft.shape === 'paragraph' && isInstruction(text) && findStamps(text).length === 0) continue;
    entries.push({ shape: draft.shape, line: doc.lines.lineOf(start), start, end, text, timestamps: findStamps(text) });
  }
  return entries;
}

/**
 * A stamped template example step (`- [x] (2026-01-01 10:00Z) <example completed step>`): no
 * step (isPlaceholderStepText) and no progress entry, so its stamp is not activity. Its words
 * are read on its first line, as the dashboard index reads them.
 */
function isPlaceholderStepEntry(text: string): boolean {
  const task = TASK_ITEM.exec(text);
  if (!task) return false;
  const rest = text.slice(task[0].length).replace(/^[ \t]+/, '');
  const stamp = readLeadingStamp(rest);
  if (!stamp) return false;
  const words = rest.slice(stamp.length).replace(/^\s*(?:[-–—:]\s+|:)?/, '');
  const firstLine = words.split(/\r?\n/)[0] ?? '';
  return !isStatusChangeText(firstLine) && isPlaceholderOnly(' ' + firstLine);
}

function readList(
  list: List,
  push: (shape: EntryShape, node: ListItem) => void,
  extend: (node: ListItem) => boolean,
  doc: PlanDocument,
): void {
  for (const item of list.children) {
    const first = item.children[0];
    const text = first && first.type === 'paragraph' ? sourceOf(doc, first) : '';
    if (FIELD.test(text) && extend(item)) continue;
    push('bullet', item);
  }
}

function bodyRows(table: Table, doc: PlanDocument): TableRow[] {
  // The first row is the header; the delimiter row is not a node.
  return table.children.slice(1).filter((row) => !isQuiet(doc, startOf(row)));
}

function opensWithBold(paragraph: Paragraph, doc: PlanDocument): boolean {
  return opensWithStrong(sourceOf(doc, paragraph));
}

function sourceOf(doc: PlanDocument, node: { position?: RootContent['position'] }): string {
  return doc.text.slice(startOf(node), endOf(node));
}

function startOf(node: { position?: RootContent['position'] }): number {
  return node.position?.start.offset ?? 0;
}

function endOf(node: { position?: RootContent['position'] }): number {
  return node.position?.end.offset ?? 0;
}


/**
 * When an entry happened: the stamp it opens with (`- (2025-10-01 13:00Z) …`, `### 2025-01-11 …`,
 * `| 2025-01-09 | …`, `**2026-08-12 09:40Z**: …`), else its `Date:`/`Date/Author:` field, else
 * the first date in it (a step, a task item, only by the stamp it opens with). Later dates in the prose ("frozen until 2025-01-20") are what the entry
 * talks about, not when it was written, so they do not make a plan look recently active.
 */
export function entryDate(entry: Entry): Date | null {
  const lead = entry.text.replace(LEAD, '');
  const leading = readLeadingStamp(lead);
  if (leading?.date) return leading.date;
  // A step (task item) counts with its own stamp only: "Ship it by 2026-02-07" is a due date.
  if (entry.shape === 'bullet' && TASK_ITEM.test(entry.text)) return null;
  const field = DATE_FIELD.exec(entry.text);
  const fromField = field ? findStamps(field[1] ?? '')[0] : undefined;
  if (fromField) return fromField;
  return entry.timestamps[0] ?? null;
}
