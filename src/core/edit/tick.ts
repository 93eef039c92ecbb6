import type { PlanDocument } from '../markdown';
import { outermostSections } from '../read/plan-sections';
import { readTasks } from '../read/steps';
import { editTargets } from '../rules/edit-targets';
import { formatStamp, readLeadingStamp } from '../timestamps';
import type { Step, TimeOptions } from '../types';
import { DEFAULT_STAMP_STYLE, leadingStampStyle, type StampStyle, wrapStamp } from './list-item';
import { noteTimeOptions } from './note-style';
import { edited, failed, type EditResult } from './result';

export interface TickRequest {
  /** 1-based line of the step to tick; without it, the first open step. */
  line?: number;
  at: Date;
  time: TimeOptions;
}

/** How the step's text after the checkbox starts with a stamp, if it does. */
function stampStyleOf(doc: PlanDocument, step: Step): StampStyle | null {
  if (!step.timestampRaw) return null;
  const after = doc.text.slice(step.checkOffset + 2, step.lineEnd).replace(/^[ \t]+/, '');
  return leadingStampStyle(after)?.style ?? null;
}

/**
 * The step's own stamp, the one a tick replaces: where it is and how long it is (brackets
 * included, separator not). A bare date without a time (`- [ ] 2025-12-24 ship the beta`) is
 * a date the step talks about, not a stamp, and stays.
 */
function ownStamp(doc: PlanDocument, step: Step): { offset: number; length: number } | null {
  if (!step.timestampRaw) return null;
  const from = step.checkOffset + 2;
  const rest = doc.text.slice(from, step.lineEnd);
  const blanks = /^[ \t]*/.exec(rest)?.[0].length ?? 0;
  const stamp = readLeadingStamp(rest.slice(blanks));
  if (!stamp?.date) return null;
  const raw = stamp.raw.replace(/\s+$/, '');
  if (!/^[([]/.test(raw) && !/\d:\d/.test(raw)) return null;
  return { offset: from + blanks, length: raw.length };
}

/**
 * Ticks a step: the check character becomes `x` (or `X` when that is how the plan marks its
 * finished steps) and the completion time is stamped right after the checkbox. A step carries
 * one stamp: one that already starts with a stamp (an open step logged with the time it was
 * added) has that stamp replaced by the completion time, in the same brackets, so the leading
 * stamp of a finished step is when it was finished (the PLANS.md convention). Without `line`, the step ticked is the plan's next step as the
 * read side reports it (first open step of Progress, else of Concrete Steps); with `line`,
 * any task item on that line of the note.
 */
export function planTickStep(doc: PlanDocument, req: TickRequest): EditResult {
  let target: Step | undefined;
  let scope: Step[];
  if (req.line !== undefined) {
    scope = readTasks(doc, 0, doc.text.length);
    target = scope.find((step) => step.line === req.line);
    if (!target) return failed('no-step-at-line', `Line ${req.line} is not a step with a checkbox.`);
    if (target.done) return failed('step-already-done', `The step on line ${req.line} is already done.`);
  } else {
    // The next step as the reading rules report it (the status bar, the dashboard, `inspect`).
    const targets = editTargets(doc);
    const line = targets.nextStepLine;
    const tasks = readTasks(doc, 0, doc.text.length);
    target = line === null ? undefined : tasks.find((step) => step.line === line);
    if (!target || targets.stepKind === null) return failed('no-open-step', 'There is no open step to tick.');
    const at = target.start;
    // The step list the target belongs to: how its finished steps are marked and stamped.
    scope = outermostSections(doc, targets.stepKind)
      .filter((s) => s.heading.start < at && at < s.end)
      .flatMap((s) => tasks.filter((step) => step.start >= s.contentStart && step.start < s.end));
    if (scope.length === 0) scope = [target];
  }
  let doneChar = 'x';
  const existing = ownStamp(doc, target);
  let stampStyle = existing ? stampStyleOf(doc, target) : null;
  const own = stampStyle !== null;
  for (const step of scope) {
    if (step.done) doneChar = step.checkChar;
    if (!own && step.line < target.line) stampStyle = stampStyleOf(doc, step) ?? stampStyle;
  }
  stampStyle ??= DEFAULT_STAMP_STYLE;
  const stamp = wrapStamp(formatStamp(req.at, noteTimeOptions(doc, req.time)), stampStyle);
  const afterBox = target.checkOffset + 2;
  const next = doc.text.charAt(afterBox);
  const stampSplice = existing
    ? { offset: existing.offset, deleteCount: existing.length, insert: stamp }
    : next === ' ' || next === '\t'
      ? { offset: afterBox + 1, deleteCount: 0, insert: stamp + stampStyle.after }
      : { offset: afterBox, deleteCount: 0, insert: ` ${stamp}` };
  return edited(
    [{ offset: target.checkOffset, deleteCount: 1, insert: doneChar }, stampSplice],
    `Ticked the step on line ${target.line}.`,
  );
}
