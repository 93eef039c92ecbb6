import type { PlanDocument } from '../markdown';
import { taskState } from '../task-markers';
import { readLeadingStamp } from '../timestamps';
import type { Section, Step } from '../types';
import { isPlaceholderOnly } from './placeholders';
import { outermostSections } from './plan-sections';
import { stepLinesOf } from '../rules/edit-targets';
import { isQuiet } from './regions';
import { withoutComments } from '../inline';

/**
 * Check characters (see task-markers.ts): `x`/`X` is done. Cancelled, skipped and deferred
 * steps (`-`, `~`, `>`) are closed but not done: they leave the done/total count altogether (a
 * plan with 3 done and 1 cancelled step is 3/3) and are never the next step. Every other
 * character (` `, `/`, `!`, `?`, …) is open: in progress or flagged, but still work to do.
 */
export function isDoneChar(char: string): boolean {
  return taskState(char) === 'done';
}

/** Closed without being done: cancelled, skipped or deferred. */
export function isCancelledChar(char: string): boolean {
  return taskState(char) === 'closed';
}

export function isCancelled(step: Step): boolean {
  return isCancelledChar(step.checkChar);
}

/** Open: neither done nor cancelled. */
export function isOpen(step: Step): boolean {
  return !step.done && !isCancelled(step);
}

/** Done and total as the summary counts them: cancelled steps count in neither. */
export function countSteps(steps: readonly Step[]): { done: number; total: number } {
  let done = 0;
  let total = 0;
  for (const step of steps) {
    if (isCancelled(step)) continue;
    total++;
    if (step.done) done++;
  }
  return { done, total };
}

export interface StepReading {
  steps: Step[];
  /** The section the steps were read from, or null when there are none. */
  section: Section | null;
}

/**
 * The plan's steps: task items in the progress section (sub-headings included). A plan that
 * keeps its checkboxes elsewhere, under "Concrete steps" or "Milestones", is read from there
 * when the progress section has no tasks (a running log of plain bullets, say). Template
 * placeholder tasks and logged status changes are left out; `readTasks` still returns them for
 * an edit to replace. Which items are steps is the reading rules' answer (rules/edit-targets.ts);
 * this gives those items with what an edit needs of them (offsets, check character, stamp).
 */
export function readStepSource(doc: PlanDocument): StepReading {
  const { lines, kind } = stepLinesOf(doc);
  if (kind === null || lines.size === 0) return { steps: [], section: null };
  const steps = readTasks(doc, 0, doc.text.length).filter((step) => lines.has(step.line));
  const first = steps[0];
  const sections = outermostSections(doc, kind);
  const section = (first && sections.find((s) => s.heading.start < first.start && first.start < s.end)) ?? sections[0] ?? null;
  return { steps, section };
}

/**
 * A progress line that records a status change ("Status: In progress → Blocked — reason", as
 * the status command logs it) is history, not a step: it must not move the "4/8" count.
 */
export function isStatusChangeText(text: string): boolean {
  return /^status\s*:/i.test(text);
}

/**
 * A placeholder step is never a step, done or open, stamped or not: a step whose words (after
 * its stamp) are only template placeholder — `<example completed step>`, `[Task Title]`, `TBD`,
 * `...`, or nothing at all — is skipped (`- [ ] (YYYY-MM-DD HH:MMZ) <first step>`,
 * `- [x] (2026-01-01 10:00Z) <example completed step>`). Nor is a logged status change a step.
 */
export function isPlaceholderStepText(text: string): boolean {
  return isPlaceholderOnly(text);
}

export function readSteps(doc: PlanDocument): Step[] {
  return readStepSource(doc).steps;
}

/** Task items whose marker lies in `[start, end)`, outside code and comments, in order. */
export function readTasks(doc: PlanDocument, start: number, end: number): Step[] {
  const steps: Step[] = [];
  const tree = doc.tree;
  const visit = (node: number, depth: number): void => {
    const s = tree.start(node);
    const e = tree.end(node);
    if (e <= start || s >= end) return;
    const type = tree.type(node);
    let childDepth = depth;
    if (type === 'listItem') {
      if (s >= start) {
        const step = readTaskItem(doc, node, depth);
        if (step) steps.push(step);
      }
      childDepth = depth + 1;
    }
    // Lists live in the root, in other lists and in quotes; paragraphs, tables and the rest hold none.
    if (type === 'root' || type === 'list' || type === 'listItem' || type === 'blockquote') {
      for (let child = tree.firstChild(node); child >= 0; child = tree.nextSibling(child)) visit(child, childDepth);
    }
  };
  visit(tree.root, 0);
  return steps;
}

const TASK = /^(?:[-*+]|\d{1,9}[.)])[ \t]+\[([^\]\r\n])\](?=[ \t]|$)/;
// No quantifier next to an overlapping one (`\s*([^;)]*?)\s*;` retried every split of a long run
// of spaces): the values are trimmed afterwards instead.
const PARTIAL = /\(\s*completed:([^;)]*);\s*remaining:([^)]*)\)/i;

function readTaskItem(doc: PlanDocument, item: number, depth: number): Step | null {
  const marker = doc.tree.start(item);
  if (isQuiet(doc, marker)) return null;
  const line = doc.lines.lineOf(marker);
  const lineStart = doc.lines.startOf(line);
  const lineEnd = doc.lines.endOf(line);
  const m = TASK.exec(doc.text.slice(marker, lineEnd));
  if (!m) return null;
  const checkChar = m[1] ?? ' ';
  const checkOffset = marker + m[0].length - 2;
  const body = doc.text.slice(marker + m[0].length, Math.max(marker + m[0].length, firstParagraphEnd(item, line, doc) ?? lineEnd));
  const joined = body
    .split(/\r?\n/)
    .map((part, i) => (i === 0 ? part : part.replace(/^[ \t>]*/, '')))
    .join(' ')
    .trim();
  const stamp = readLeadingStamp(joined);
  let text = joined;
  let timestampRaw: string | null = null;
  let timestamp: Date | null = null;
  if (stamp) {
    timestampRaw = stamp.raw.trim();
    timestamp = stamp.date;
    // "2026-07-15 — did X", "(…) - did X", "(…): did X": the separator is not part of the text.
    text = joined.slice(stamp.length).replace(/^\s*(?:[-–—:]\s+|:)?/, '');
  }
  text = withoutComments(text).trim();
  const partial = PARTIAL.exec(text);
  return {
    line,
    start: lineStart,
    lineEnd,
    checkOffset,
    checkChar,
    done: isDoneChar(checkChar),
    text,
    timestampRaw,
    timestamp,
    completed: partial ? (partial[1] ?? '').trim() : null,
    remaining: partial ? (partial[2] ?? '').trim() : null,
    depth,
  };
}

/** End of the item's first paragraph when it starts on the marker line (wrapped item text). */
function firstParagraphEnd(item: number, line: number, doc: PlanDocument): number | null {
  const tree = doc.tree;
  const first = tree.firstChild(item);
  if (first < 0 || tree.type(first) !== 'paragraph') return null;
  if (doc.lines.lineOf(tree.start(first)) !== line) return null;
  return tree.end(first);
}
