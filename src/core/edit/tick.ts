import type { PlanDocument } from '../markdown';
import { isOpen, readStepSource, readTasks } from '../read/steps';
import { formatStamp } from '../timestamps';
import type { Step, TimeOptions } from '../types';
import { DEFAULT_STAMP_STYLE, leadingStampStyle, type StampStyle, wrapStamp } from './list-item';
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
 * Ticks a step: the check character becomes `x` (or `X` when that is how the plan marks its
 * finished steps) and the completion time is stamped right after the checkbox. A step that
 * already starts with a stamp keeps it: the completion stamp goes in front, so the leading
 * stamp of a finished step is always when it was finished (the PLANS.md convention) and the
 * earlier stamp is not lost. Without `line`, the step ticked is the plan's next step as the
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
    scope = readStepSource(doc).steps;
    target = scope.find(isOpen);
    if (!target) return failed('no-open-step', 'There is no open step to tick.');
  }
  let doneChar = 'x';
  let stampStyle = stampStyleOf(doc, target);
  const own = stampStyle !== null;
  for (const step of scope) {
    if (step.done) doneChar = step.checkChar;
    if (!own && step.line < target.line) stampStyle = stampStyleOf(doc, step) ?? stampStyle;
  }
  stampStyle ??= DEFAULT_STAMP_STYLE;
  const stamp = wrapStamp(formatStamp(req.at, req.time), stampStyle);
  const afterBox = target.checkOffset + 2;
  const next = doc.text.charAt(afterBox);
  const stampSplice =
    next === ' ' || next === '\t'
      ? { offset: afterBox + 1, deleteCount: 0, insert: stamp + stampStyle.after }
      : { offset: afterBox, deleteCount: 0, insert: ` ${stamp}` };
  return edited(
    [{ offset: target.checkOffset, deleteCount: 1, insert: doneChar }, stampSplice],
    `Ticked the step on line ${target.line}.`,
  );
}
