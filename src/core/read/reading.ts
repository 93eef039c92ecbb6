import type { PlanDocument } from '../markdown';
import type { Entry, EntryKind, Section, Step } from '../types';
import { isPlan, readTags } from '../rules/document';
import { planRow } from '../rules/edit-targets';
import { readEntries } from './entries';
import { ENTRY_KINDS, ENTRY_SECTION, outermostSections } from './plan-sections';
import { readStatus, type StatusInfo } from './status-line';
import { readStepSource } from './steps';

/** Everything the read side knows about one plan, for the summary, the edit side and the views. */
export interface PlanReading {
  title: string;
  status: StatusInfo;
  steps: Step[];
  /** Where the steps came from: the progress section, else a concrete-steps section; null if none. */
  stepSection: Section | null;
  entries: Record<EntryKind, Entry[]>;
  isPlan: boolean;
  tags: string[];
}

export function readPlan(doc: PlanDocument): PlanReading {
  const steps = readStepSource(doc);
  return {
    title: planRow(doc).title,
    status: readStatus(doc),
    steps: steps.steps,
    stepSection: steps.section,
    entries: readAllEntries(doc),
    isPlan: isPlan(doc),
    tags: readTags(doc),
  };
}

/** Entries of every kind; a kind whose section appears more than once reads all of them. */
export function readAllEntries(doc: PlanDocument): Record<EntryKind, Entry[]> {
  const entries = {} as Record<EntryKind, Entry[]>;
  for (const kind of ENTRY_KINDS) entries[kind] = readEntriesOf(doc, kind);
  return entries;
}

export function readEntriesOf(doc: PlanDocument, kind: EntryKind): Entry[] {
  return outermostSections(doc, ENTRY_SECTION[kind]).flatMap((section) => readEntries(doc, section));
}
