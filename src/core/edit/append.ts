import { findSection, type PlanDocument } from '../markdown';
import { CANONICAL_SECTION_TITLES } from '../sections';
import { outermostSections } from '../read/plan-sections';
import { isStatusChangeText } from '../read/steps';
import { editTargets } from '../rules/edit-targets';
import { formatStamp } from '../timestamps';
import type { EntryKind, Section, TimeOptions } from '../types';
import { newSectionSplice, type PlanSectionKind } from './create-section';
import { detectSectionStyle } from './detect-style';
import {
  headingLineEnd,
  lastContentEnd,
  nextLineIsBlankOrEnd,
  quietRangeAround,
} from './document-scan';
import type { EntryContent } from './entry-content';
import { canonicalStyle, type EmptyDecisionStyle, type EntryStyle } from './entry-style';
import type { FieldRole } from './fields';
import { noteSpacing } from './note-spacing';
import { noteStyle, noteTimeOptions, withNoteStyle } from './note-style';
import { openConstruct } from './open-construct';
import { renderEntry } from './render-entry';
import { edited, failed, type EditResult } from './result';
import { textLines } from './text-input';

export interface AppendRequest {
  kind: EntryKind;
  text: string;
  /** Decisions: why. Written as a field (or column) when given. */
  rationale?: string;
  /** Surprises: what shows it. Written as a field (or column) when given. */
  evidence?: string;
  /** Progress: a finished step `[x]` (default) or an open one `[ ]`. */
  done?: boolean;
  /** Handoff notes; the entry is titled "Handoff" when no text is given. */
  handoff?: { done?: string; next?: string; risks?: string };
  at: Date;
  time: TimeOptions;
  /** Shape of the first entry in an empty decision log (default 'bullets', the PLANS.md shape). */
  emptyDecisionStyle?: EmptyDecisionStyle;
  /** Create the section when the plan lacks it (default true). */
  createMissingSection?: boolean;
}

/** The section each kind of entry is logged in. */
const LOG_SECTION: Readonly<Record<EntryKind, PlanSectionKind>> = {
  progress: 'progress',
  decision: 'decisions',
  surprise: 'surprises',
  retrospective: 'retrospective',
  handoff: 'handoff',
};

const ENTRY_NAMES: Readonly<Record<EntryKind, string>> = {
  progress: 'a progress entry',
  decision: 'a decision',
  surprise: 'a surprise',
  retrospective: 'a retrospective note',
  handoff: 'a handoff note',
};

function buildContent(doc: PlanDocument, req: AppendRequest): EntryContent | null {
  const fields = new Map<FieldRole, string[]>();
  const add = (role: FieldRole, value: string | undefined): void => {
    const lines = textLines(value);
    if (lines.length > 0) fields.set(role, lines);
  };
  add('rationale', req.rationale);
  add('evidence', req.evidence);
  if (req.kind === 'handoff') {
    add('done', req.handoff?.done);
    add('next', req.handoff?.next);
    add('risks', req.handoff?.risks);
  }
  let title = textLines(req.text);
  if (title.length === 0 && req.kind === 'handoff' && fields.size > 0) title = ['Handoff'];
  if (title.length === 0) return null;
  return {
    kind: req.kind,
    title,
    stamp: formatStamp(req.at, noteTimeOptions(doc, req.time)),
    done: req.done ?? true,
    fields,
  };
}

/**
 * Appends an entry at the end of its section, in the style the section already uses (see
 * detect-style.ts), or in the canonical PLANS.md shape when the section has no entries.
 * The new entry follows the section's last entry (or its last written line), before
 * trailing blank lines and before any sub-heading that closes the section's own body.
 * A missing section is created at its canonical place unless `createMissingSection` is
 * false. The result only inserts text: every existing character stays as it was.
 */
export function planAppend(doc: PlanDocument, req: AppendRequest): EditResult {
  const content = buildContent(doc, req);
  if (!content) {
    return failed('empty-text', `Nothing to add: the text of ${ENTRY_NAMES[req.kind]} is empty.`);
  }
  const sectionKind = LOG_SECTION[req.kind];
  const title = CANONICAL_SECTION_TITLES[sectionKind];
  const emptyStyle = req.emptyDecisionStyle ?? 'bullets';
  const section = (req.kind === 'progress' ? stepListSection(doc, req.text) : undefined) ?? findSection(doc, sectionKind);
  if (!section) {
    if (req.createMissingSection === false) {
      return failed('missing-section', `This plan has no ${title} section.`);
    }
    const note = noteStyle(doc);
    const splice = newSectionSplice(doc, sectionKind, (level) =>
      renderEntry(withNoteStyle(canonicalStyle(req.kind, content.done, emptyStyle, level), note), content),
    );
    return hiddenAt(doc, splice.offset, req.kind) ?? edited([splice], `Added the ${title} section with ${ENTRY_NAMES[req.kind]}.`);
  }
  const detected = detectSectionStyle(doc, req.kind, section, content.done);
  // A section without entries to copy gets the canonical shape, written the note's way.
  let style = detected?.style ?? withNoteStyle(canonicalStyle(req.kind, content.done, emptyStyle, section.heading.level), noteStyle(doc));
  const place = detected
    ? { anchor: doc.lines.endOf(doc.lines.lineOf(Math.max(0, detected.anchor - 1))), blankBefore: detected.blankBefore, empty: false }
    : placeInBody(doc, section);
  let { anchor, blankBefore } = place;
  // Never write inside a comment (or code): it would hide the entry.
  const quiet = quietRangeAround(doc, anchor);
  if (quiet) {
    anchor = doc.lines.endOf(doc.lines.lineOf(Math.max(0, quiet[1] - 1)));
    blankBefore = true;
  }
  if (!detected || quiet) style = breakAwayFromList(doc, anchor, style);
  const lines = renderEntry(style, content);
  const { eol } = doc;
  let insert = eol + (blankBefore ? eol : '') + lines.join(eol);
  // First text in an empty section directly followed by a heading: keep a blank line before it.
  if (place.empty && !nextLineIsBlankOrEnd(doc, anchor)) insert += eol;
  return hiddenAt(doc, anchor, req.kind) ?? edited(
    [{ offset: anchor, deleteCount: 0, insert }],
    `Added ${ENTRY_NAMES[req.kind]} to ${section.heading.text || title}.`,
  );
}

/**
 * Where a new step goes: at the end of the plan's step list. The steps are read from Progress,
 * else from a steps section (Concrete Steps, Tasks, Checklist, …) when Progress has no tasks of
 * its own (a running log); a step logged into such a running log would become Progress's only
 * task and hide the open steps of the checklist, so it goes to the checklist instead, and the
 * count goes up by one. A logged status change is history, not a step: it stays in Progress.
 * Undefined means Progress.
 */
function stepListSection(doc: PlanDocument, text: string): Section | undefined {
  if (isStatusChangeText(text.trim())) return undefined;
  // Where the steps are is the reading rules' answer (rules/edit-targets.ts).
  const targets = editTargets(doc);
  if (targets.stepKind !== 'concrete-steps' || targets.lastStepLine === null) return undefined;
  const last = doc.lines.startOf(targets.lastStepLine);
  const holders = outermostSections(doc, targets.stepKind).filter((s) => s.heading.start < last && last < s.end);
  return holders[holders.length - 1] ?? outermostSections(doc, targets.stepKind)[0];
}

/**
 * A refusal when text inserted at `offset` would land inside a code block or comment that is
 * never closed: invisible in Obsidian, and the section it was meant for not found next time
 * (each run would add another). Nothing is closed for the user, who knows where it should end.
 */
function hiddenAt(doc: PlanDocument, offset: number, kind: EntryKind): EditResult | null {
  const open = openConstruct(doc);
  if (!open || offset <= open.start) return null;
  return failed(
    'hidden-by-open-construct',
    `Line ${open.line} opens ${open.what} that is never closed, so ${ENTRY_NAMES[kind]} added after it would be hidden. Close it, then try again.`,
  );
}

/**
 * A new list item placed after a list it does not belong to (one that starts inside a
 * comment, say) would continue that list. A different bullet character starts a new list.
 */
function breakAwayFromList(doc: PlanDocument, anchor: number, style: EntryStyle): EntryStyle {
  if (style.shape !== 'list' || style.list.bullet === null) return style;
  const tree = doc.tree;
  let previous = -1;
  for (let node = tree.firstChild(tree.root); node >= 0; node = tree.nextSibling(node)) {
    if (tree.start(node) >= anchor) break;
    previous = node;
  }
  if (previous < 0 || tree.type(previous) !== 'list' || tree.ordered(previous)) return style;
  const start = tree.start(previous);
  const used = doc.text.charAt(start);
  if (used !== style.list.bullet) return style;
  return { ...style, list: { ...style.list, bullet: used === '-' ? '*' : '-' } };
}

/** After the last written line of the section body, or right under the heading when empty. */
function placeInBody(doc: PlanDocument, section: Section): { anchor: number; blankBefore: boolean; empty: boolean } {
  const last = lastContentEnd(doc, section.contentStart, section.bodyEnd);
  if (last !== null) return { anchor: last, blankBefore: true, empty: false };
  return { anchor: headingLineEnd(doc, section.heading), blankBefore: noteSpacing(doc).blankAfterHeading, empty: true };
}
