import { parseDocument, type PlanDocument } from '../markdown';
import type { PlanSummary, YamlParser } from '../types';
import { summaryOf, summaryWithoutPlaceholders } from '../rules/document';

export interface SummariseOptions {
  path: string;
  parseYaml?: YamlParser;
  /** False: health leaves out template placeholders, for a caller that shows no health. */
  placeholders?: boolean;
}

/** Parses a note and summarises it; the file name (title fallback) is taken from `path`. */
export function summarisePlan(text: string, options: SummariseOptions): PlanSummary {
  const doc = parseDocument(text, { parseYaml: options.parseYaml, fileName: fileNameOf(options.path) });
  return options.placeholders === false ? summaryWithoutPlaceholders(doc, options.path) : summariseDocument(doc, options.path);
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
  return summaryOf(doc, path);
}
