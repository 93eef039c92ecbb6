import { parseDocument, type PlanDocument } from '../markdown';
import { parseStamp } from '../timestamps';
import type { PlanSummary, YamlParser } from '../types';
import { entryDate } from './entries';
import { dateValue, frontmatterData } from './frontmatter-data';
import { placeholderFindings } from './health';
import { findMetadataLine } from './metadata-line';
import { readPlan, type PlanReading } from './reading';
import { modelFromDocument } from '../model/from-document';
import { summariseModel } from '../rules/plan-summary';

export interface SummariseOptions {
  path: string;
  parseYaml?: YamlParser;
}

/** Parses a note and summarises it; the file name (title fallback) is taken from `path`. */
export function summarisePlan(text: string, options: SummariseOptions): PlanSummary {
  const doc = parseDocument(text, { parseYaml: options.parseYaml, fileName: fileNameOf(options.path) });
  return summariseDocument(doc, options.path);
}

export function fileNameOf(path: string): string {
  const base = path.slice(path.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(0, dot) : base;
}

/**
 * One plan as the CLI, the status bar and the commands show it: the note model built from the
 * engine's parse (builder A), read by the one rule set (rules/plan-summary.ts) the dashboard
 * uses too. Only the placeholders are still found on the parse (see health.ts).
 */
export function summariseDocument(doc: PlanDocument, path: string): PlanSummary {
  return summariseModel(modelFromDocument(doc, path), {
    yamlError: doc.frontmatter?.error ?? null,
    placeholders: placeholderFindings(doc),
  });
}

/**
 * The latest timestamp of any step or log entry (an entry's own date, see `entryDate`). A plan
 * nobody stamped falls back to its `updated` property, then to a `Last updated:` line.
 */
export function lastActivity(doc: PlanDocument, reading: PlanReading): string | null {
  let latest = -Infinity;
  for (const step of reading.steps) if (step.timestamp) latest = Math.max(latest, step.timestamp.getTime());
  for (const list of Object.values(reading.entries)) {
    for (const entry of list) {
      const at = entryDate(entry);
      if (at) latest = Math.max(latest, at.getTime());
    }
  }
  if (latest > -Infinity) return new Date(latest).toISOString();
  const property = dateValue(frontmatterData(doc), 'updated', 'last_updated', 'last-updated', 'lastupdated', 'last updated');
  if (property) return property.toISOString();
  const line = findMetadataLine(doc, String.raw`(?:last[ _-]?)?updated`);
  const fromLine = line ? parseStamp(line.value.replace(/^[*_`[(]+/, '')) : null;
  return fromLine ? fromLine.toISOString() : null;
}

/** The `created` (or `date`) property, else a `Created:` line, as an ISO date `YYYY-MM-DD`. */
export function created(doc: PlanDocument): string | null {
  let date = dateValue(frontmatterData(doc), 'created', 'date');
  if (!date) {
    const line = findMetadataLine(doc, 'created');
    date = line ? parseStamp(line.value.replace(/^[*_`[(]+/, '')) : null;
  }
  return date ? date.toISOString().slice(0, 10) : null;
}
