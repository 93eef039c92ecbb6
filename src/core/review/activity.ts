import { parseDocument } from '../markdown';
import { entryDate } from '../read/entries';
import { LEAD } from '../read/entry-fields';
import { readPlan } from '../read/reading';
import { isStatusChangeText } from '../read/steps';
import { fileNameOf, lastActivity } from '../read/summary';
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
  /** Latest activity as the dashboard defines it, epoch milliseconds, or null. */
  lastActivity: number | null;
  items: ReviewItem[];
}

const LOG_KIND: Readonly<Record<Exclude<EntryKind, 'progress'>, ReviewKind>> = {
  decision: 'decision',
  surprise: 'surprise',
  retrospective: 'retrospective',
  handoff: 'handoff',
};

/**
 * Reads one note with the engine; null when the engine does not see a plan in it, unless
 * `knownPlan` says the caller's own detection already did (the plugin's plans-folder rule).
 */
export function planActivity(text: string, path: string, parseYaml?: YamlParser, knownPlan = false): PlanActivity | null {
  const doc = parseDocument(text, { parseYaml, fileName: fileNameOf(path) });
  const reading = readPlan(doc);
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
  for (const kind of Object.keys(LOG_KIND) as (keyof typeof LOG_KIND)[]) {
    for (const entry of reading.entries[kind]) pushEntry(items, entry, LOG_KIND[kind]);
  }
  items.sort((a, b) => a.at - b.at || a.line - b.line);
  const last = lastActivity(doc, reading);
  return { path, title: reading.title, status: reading.status.canonical, lastActivity: last ? Date.parse(last) : null, items };
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
  if (/^\s*\|/.test(first)) {
    const cells = first.split('|').map((c) => c.trim()).filter((c) => c !== '');
    const rest = cells[0] && readLeadingStamp(cells[0])?.raw === cells[0] ? cells.slice(1) : cells;
    return tidy(rest.join(' — '));
  }
  let line = first.replace(LEAD, '');
  const stamp = readLeadingStamp(line);
  if (stamp) line = line.slice(stamp.length);
  return tidy(line);
}

function tidy(text: string): string {
  return text
    .replace(/^(?:\*\*|__)?\s*[:—–-]?\s*(?:\*\*|__)?\s*/, '')
    .replace(/^[\s:—–-]+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}
