import type { PlanDocument } from '../markdown';
import { isPlanByMetadata } from '../index/is-plan';
import { tagsOf } from '../index/summarise';
import { PLAN_RULES } from '../index/types';
import { frontmatterData } from '../read/frontmatter-data';
import { modelFromDocument } from '../model/from-document';
import type { NoteModel } from '../model/note-model';
import { placeholderFindings } from '../read/placeholder-findings';
import type { PlanSummary } from '../types';
import { summariseModel } from './plan-summary';

/**
 * The rules asked of a note the engine parsed (the CLI, the commands, the status bar): builder A
 * makes the model once per parse, and the summary is kept with it, since a command asks several
 * questions of the same text.
 */
const models = new WeakMap<PlanDocument, NoteModel>();
const untagged = new WeakMap<PlanDocument, NoteModel>();
const summaries = new WeakMap<PlanDocument, PlanSummary>();

/** The file name is the title's last resort: the model's path carries it. */
function pathOf(doc: PlanDocument): string {
  return doc.fileName === null ? '' : `${doc.fileName}.md`;
}

export function modelOf(doc: PlanDocument): NoteModel {
  let model = models.get(doc);
  if (!model) {
    model = modelFromDocument(doc, pathOf(doc));
    models.set(doc, model);
  }
  return model;
}

/**
 * The model without inline tags, for the questions tags do not bear on (the next step, the step
 * list, the status line): it spares an edit a scan of the whole note.
 */
export function untaggedModelOf(doc: PlanDocument): NoteModel {
  const full = models.get(doc);
  if (full) return full;
  let model = untagged.get(doc);
  if (!model) {
    model = modelFromDocument(doc, pathOf(doc), { tags: false });
    untagged.set(doc, model);
  }
  return model;
}

/** The summary of a parsed note; `path` only names it (the title comes from the parse's file name). */
export function summaryOf(doc: PlanDocument, path = pathOf(doc)): PlanSummary {
  let summary = summaries.get(doc);
  if (!summary) {
    summary = summariseModel(modelOf(doc), { yamlError: doc.frontmatter?.error ?? null, placeholders: placeholderFindings(doc) });
    summaries.set(doc, summary);
  }
  return summary.path === path ? summary : { ...summary, path };
}

const SECTIONS_RULE = { folder: false, tag: false, frontmatterType: false, autoDetect: true };

/**
 * The summary whose health leaves out template placeholders, for a caller that shows no health
 * (`list`'s table): finding them masks and scans the whole note, a third of summarising a plan
 * once it is parsed. Everything else is the full summary's. Not kept: such a caller asks once.
 */
export function summaryWithoutPlaceholders(doc: PlanDocument, path = pathOf(doc)): PlanSummary {
  const summary = summariseModel(modelOf(doc), { yamlError: doc.frontmatter?.error ?? null });
  return summary.path === path ? summary : { ...summary, path };
}

/**
 * Which notes are plans (the rules' detection without the plugin's folder rule): a `type` or
 * `kind` property naming a plan (`execplan`, `exec-plan`, `exec plan`), an `execplan` tag
 * (nested ones too; in properties or inline, not inside code or a comment), or a progress
 * section next to a decision log, surprises or retrospective in a note with steps or entries
 * of its own (not a blank template, not a guide that describes the sections).
 */
export function isPlan(doc: PlanDocument): boolean {
  return isPlanByMetadata(modelOf(doc), PLAN_RULES);
}

/**
 * The section rule alone, for the plugin, which applies the property, tag and folder rules
 * itself under its detection settings (plugin/plan-detection.ts). Tags do not bear on it.
 */
export function isPlanBySections(doc: PlanDocument): boolean {
  return isPlanByMetadata(untaggedModelOf(doc), SECTIONS_RULE);
}

/**
 * The note's tags from its properties (`tags` or `tag`, a list or a comma/space separated
 * string), without `#`, in order, each once, as the rules read them.
 */
export function readTags(doc: PlanDocument): string[] {
  return [...tagsOf({ path: '', frontmatter: frontmatterData(doc) ?? undefined })];
}

/** A plan's display title: the `title` property, else the first H1, else the file name, else "Untitled". */
export function readTitle(doc: PlanDocument): string {
  return summaryOf(doc).title;
}
