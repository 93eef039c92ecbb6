import { parseDocument } from '../markdown';
import { entryDate } from '../read/entries';
import { LEAD } from '../read/entry-fields';
import { readPlan, type PlanReading } from '../read/reading';
import { isStatusChangeText } from '../read/steps';
import { fileNameOf } from '../read/summary';
import { readLeadingStamp } from '../timestamps';
import type { Entry, EntryKind, StatusKind, Step, YamlParser } from '../types';

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

/** The logs whose entries are review items of the same name. */
const LOGS = ['decision', 'surprise', 'retrospective', 'handoff'] as const satisfies readonly (EntryKind & ReviewKind)[];

/**
 * Reads one note with the engine (`lastActivity` is its latest item; callers that know more,
 * such as an `updated` property, fill it in); null when the engine sees no plan in it, unless
 * `knownPlan` says the caller's own detection already did (the plugin's plans-folder rule).
 */
export function planActivity(text: string, path: string, parseYaml?: YamlParser, knownPlan = false): PlanActivity | null {
  return activityOf(readPlan(parseDocument(text, { parseYaml, fileName: fileNameOf(path) })), path, knownPlan);
}

/** The same from a reading the caller already has (the CLI also summarises the note). */
export function activityOf(reading: PlanReading, path: string, knownPlan = false): PlanActivity | null {
  if (!reading.isPlan && !knownPlan) return null;
  const items: ReviewItem[] = [];
  const stepLines = new Set<number>();
  for (const step of reading.steps) {
    stepLines.add(step.line);
    if (step.timestamp) items.push({ at: step.timestamp.getTime(), kind: stepKind(step), text: step.text, line: step.line });
  }
  // Progress entries that are steps were counted above (with their done state); the rest are
  // status changes and notes logged without a checkbox.
  for (const entry of reading.entries.progress) {
    if (stepLines.has(entry.line)) continue;
    pushEntry(items, entry, isStatusChangeText(headline(entry.text)) ? 'status' : 'logged');
  }
  for (const kind of LOGS) for (const entry of reading.entries[kind]) pushEntry(items, entry, kind);
  items.sort((a, b) => a.at - b.at || a.line - b.line);
  const last = items.at(-1);
  return { path, title: reading.title, status: reading.status.canonical, lastActivity: last ? last.at : null, items };
}

function stepKind(step: Step): ReviewKind {
  return step.done ? 'done' : 'logged';
}

function pushEntry(items: ReviewItem[], entry: Entry, kind: ReviewKind): void {
  const at = entryDate(entry);
  if (at) items.push({ at: at.getTime(), kind, text: headline(entry.text), line: entry.line });
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
