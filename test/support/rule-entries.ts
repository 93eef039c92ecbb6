import { KIND_CODES } from '../../src/core/index/heading-kinds';
import { lastActivityItems, summariseFromMetadata } from '../../src/core/index/summarise';
import type { PlanDocument } from '../../src/core/markdown';
import { modelFromDocument } from '../../src/core/model/from-document';
import type { NoteModel } from '../../src/core/model/note-model';
import { ENTRY_SECTION } from '../../src/core/read/plan-sections';
import type { EntryKind, SectionKind } from '../../src/core/types';
import { computeMetadata } from '../stand-in/metadata';

/**
 * A note's log entries as the reading rules cut them (index/entry-dates.ts, the walk behind the
 * summary's decision and surprise counts, last activity and the weekly review), listed for
 * tests. Every note is read, plan or not.
 */
export interface RuleEntry {
  /** The log section the entry is in. */
  kind: SectionKind;
  /** 1-based line where the entry starts. */
  line: number;
  /** Start of the entry's first line. */
  start: number;
  end: number;
  /** `[start, end)` without trailing blanks. */
  text: string;
  /** The entry's date as ISO text, or null when it has none. */
  date: string | null;
}

const EVERY_NOTE = {
  now: 0,
  staleDays: 0,
  detection: { folder: true, tag: false, frontmatterType: false, autoDetect: false },
  plansFolder: '/',
  collectActivity: true,
};

export function entriesOfModel(model: NoteModel): RuleEntry[] {
  const text = model.text ?? '';
  if (summariseFromMetadata(model, EVERY_NOTE) === null) throw new Error('every note is summarised');
  return lastActivityItems().entries.map((entry) => {
    const start = text.lastIndexOf('\n', entry.start - 1) + 1;
    return {
      kind: KIND_CODES[entry.code] ?? 'other',
      line: text.slice(0, start).split('\n').length,
      start,
      end: entry.end,
      text: text.slice(start, entry.end).trimEnd(),
      date: Number.isNaN(entry.ms) ? null : new Date(entry.ms).toISOString(),
    };
  });
}

/** The entries of a parsed note (builder A's model). */
export function entriesOfDoc(doc: PlanDocument): RuleEntry[] {
  return entriesOfModel(modelFromDocument(doc, 'note.md'));
}

/** The entries of a note as the dashboard reads it (builder B: the stand-in's metadata cache). */
export function entriesFromCache(text: string): RuleEntry[] {
  return entriesOfModel({ path: 'note.md', ...computeMetadata(text), text });
}

/** The entries of one kind (`decision` reads the decision log, and so on). */
export function entriesOfKind(doc: PlanDocument, kind: EntryKind): RuleEntry[] {
  const section = ENTRY_SECTION[kind];
  return entriesOfDoc(doc).filter((entry) => entry.kind === section);
}
