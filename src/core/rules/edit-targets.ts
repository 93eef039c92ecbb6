import type { PlanDocument } from '../markdown';
import { findStatusLine, lastStepItems, lastSummaryDetails, summariseFromMetadata, type SummaryDetails } from '../index/summarise';
import { EVERY_NOTE, type IndexedPlan } from '../index/types';
import type { NoteModel } from '../model/note-model';
import { untaggedModelOf } from './document';

/**
 * What an edit needs to know from the reading rules, so a command edits what the dashboard,
 * the status bar and `inspect` show: the next step (tick), the step list (log progress), the
 * status line (set status). Where and how to write stays with the edit side.
 */
export interface EditTargets extends SummaryDetails {
  /** 1-based line of the next open step, or null. */
  nextStepLine: number | null;
  statusRaw: string | null;
  statusSource: 'frontmatter' | 'body' | null;
}

/**
 * The dashboard's row of a parsed note (title, status, steps, next step, last activity; inline
 * tags left out, see untaggedModelOf):
 * what the status bar and the commands' notices show, without the CLI's extras (placeholders,
 * entry counts), so the plugin bundle carries no more rules than the dashboard does.
 */
export function planRow(doc: PlanDocument): IndexedPlan {
  const plan = summariseFromMetadata(untaggedModelOf(doc), EVERY_NOTE);
  if (plan === null) throw new Error('every note is summarised');
  return plan;
}

export function editTargetsOf(model: NoteModel): EditTargets {
  const plan = summariseFromMetadata(model, EVERY_NOTE);
  if (plan === null) throw new Error('every note is summarised');
  return { ...lastSummaryDetails(), nextStepLine: plan.nextStepLine, statusRaw: plan.statusRaw, statusSource: plan.statusSource };
}

export function editTargets(doc: PlanDocument): EditTargets {
  return editTargetsOf(untaggedModelOf(doc));
}

/** The body's status line of a parsed note: its value as written and where the value sits. */
export function statusLineOf(doc: PlanDocument): { value: string; valueStart: number; valueEnd: number } | null {
  const found = findStatusLine(untaggedModelOf(doc));
  return found === null ? null : { ...found, valueEnd: found.valueStart + found.value.length };
}

/** The 1-based lines of the step list's items (open, done and cancelled) and the kind of section holding them. */
export function stepLinesOf(doc: PlanDocument): { lines: Set<number>; kind: 'progress' | 'concrete-steps' | null } {
  const model = untaggedModelOf(doc);
  summariseFromMetadata(model, { ...EVERY_NOTE, collectActivity: true });
  const kind = lastSummaryDetails().stepKind;
  const items = model.listItems ?? [];
  const lines = new Set<number>();
  for (const index of lastStepItems()) {
    const item = items[index];
    if (item) lines.add(item.position.start.line + 1);
  }
  return { lines, kind };
}
