import { isPlanByMetadata } from '../index/is-plan';
import { CODE } from '../index/heading-kinds';
import { lastActivityItems, stepText, summariseFromMetadata } from '../index/summarise';
import { EVERY_NOTE, PLAN_RULES, type IndexOptions } from '../index/types';
import { parseDocument, type PlanDocument } from '../markdown';
import type { NoteModel } from '../model/note-model';
import { LEAD } from '../read/entry-fields';
import { isStatusChangeText } from '../read/steps';
import { fileNameOf } from '../read/summary';
import { modelOf } from '../rules/document';
import { readLeadingStamp } from '../timestamps';
import type { StatusKind, YamlParser } from '../types';

/**
 * What a stamped line of a plan says happened: a step done, something logged in Progress (an
 * open step, a note, a cancelled step), a status change, or an entry of one of the logs.
 */
export type ReviewKind = 'done' | 'logged' | 'status' | 'decision' | 'surprise' | 'retrospective' | 'handoff';

export interface ReviewItem {
  /** When it happened, epoch milliseconds (UTC). */
  at: number;
  kind: ReviewKind;
  /** One line: the step or the entry's first words, without bullet, checkbox and stamp. */
  text: string;
  /** 1-based line in the note. */
  line: number;
}

/** One plan as the review sees it: every dated item, whatever the range. */
export interface PlanActivity {
  path: string;
  title: string;
  status: StatusKind | null;
  /**
   * Latest activity as the dashboard defines it (stamps, else `updated`), epoch milliseconds,
   * or null; shown for quiet plans. The plugin takes it from its index, the CLI from the summary.
   */
  lastActivity: number | null;
  items: ReviewItem[];
}

/** Log sections whose entries are review items, by the rules' kind code. */
const LOG_KINDS = new Map<number, ReviewKind>([
  [CODE.decisions, 'decision'],
  [CODE.surprises, 'surprise'],
  [CODE.retrospective, 'retrospective'],
  [CODE.handoff, 'handoff'],
]);

const EVERY_NOTE_ACTIVITY: IndexOptions = { ...EVERY_NOTE, collectActivity: true };

/**
 * Reads one note (`lastActivity` is its latest item; callers that know more, such as an
 * `updated` property, fill it in); null when the rules see no plan in it, unless `knownPlan`
 * says the caller's own detection already did (the plugin's plans-folder rule).
 */
export function planActivity(text: string, path: string, parseYaml?: YamlParser, knownPlan = false): PlanActivity | null {
  return activityOf(parseDocument(text, { parseYaml, fileName: fileNameOf(path) }), path, knownPlan);
}

/** The same from a note the caller already parsed (the CLI also summarises it). */
export function activityOf(doc: PlanDocument, path: string, knownPlan = false): PlanActivity | null {
  return activityOfModel({ ...modelOf(doc), path }, knownPlan);
}

/**
 * The review's items of one note model, as the rules read it: each step of the step list that
 * carries a stamp (done, or logged when open or cancelled), each dated entry of Progress that is
 * no step (a status change, or a note logged without a checkbox) and each dated entry of the
 * other logs. Either builder's model will do.
 */
export function activityOfModel(model: NoteModel, knownPlan = false): PlanActivity | null {
  if (!knownPlan && !isPlanByMetadata(model, PLAN_RULES)) return null;
  const plan = summariseFromMetadata(model, EVERY_NOTE_ACTIVITY);
  const text = model.text;
  if (plan === null || text === undefined) return null;
  const found = lastActivityItems();
  const listItems = model.listItems ?? [];
  const items: ReviewItem[] = [];
  const stepItems = new Set<number>();
  for (const step of found.steps) {
    stepItems.add(step.index);
    const item = listItems[step.index];
    if (!item || Number.isNaN(step.ms)) continue;
    items.push({ at: step.ms, kind: step.done ? 'done' : 'logged', text: stepText(text, item), line: item.position.start.line + 1 });
  }
  for (const entry of found.entries) {
    // An undated entry happened at no time the review can place.
    if (Number.isNaN(entry.ms)) continue;
    let kind = LOG_KINDS.get(entry.code);
    const lineStart = text.lastIndexOf('\n', entry.start - 1) + 1;
    const words = headline(text.slice(lineStart, entry.end));
    if (entry.code === CODE.progress) {
      // Progress entries that are steps were counted above, with their done state.
      if (entry.item >= 0 && stepItems.has(entry.item)) continue;
      kind = isStatusChangeText(words) ? 'status' : 'logged';
    }
    if (kind === undefined) continue;
    items.push({ at: entry.ms, kind, text: words, line: lineOf(text, lineStart) });
  }
  items.sort((a, b) => a.at - b.at || a.line - b.line);
  const last = items.at(-1);
  return { path: model.path, title: plan.title, status: plan.status, lastActivity: last ? last.at : null, items };
}

/** 1-based line of an offset. */
function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/**
 * An entry's first words: its first line without quote, bullet, checkbox, heading marks, the
 * opening stamp and bold; a table row's cells joined with " — ".
 */
export function headline(text: string): string {
  const first = text.split(/\r\n|\r|\n/).find((l) => l.trim() !== '') ?? '';
  let line = first.replace(LEAD, '');
  const stamp = readLeadingStamp(line);
  if (stamp) line = line.slice(stamp.length);
  // What is left between the stamp and the words (`**: `, ` — `, a cell's `| `) goes, and so
  // does a row's closing pipe; a table row's inner pipes separate its cells.
  line = line.replace(/^[\s:—–*_|-]+/, '');
  if (/^\s*\|/.test(first)) line = line.replace(/[\s|]+$/, '').replace(/\s*\|\s*/g, ' — ');
  return line.replace(/\s+/g, ' ').trim();
}
