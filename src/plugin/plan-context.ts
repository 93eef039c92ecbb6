import { parseYaml, type App, type TFile } from 'obsidian';
import { parseDocument, type PlanDocument } from '../core/markdown';
import { frontmatterData, readTags } from '../core/read';
import { isPlanBySections } from '../core/rules/document';
import { notAPlanMessage as planHint } from '../core/read/not-a-plan';
import { isPlanNote, type DetectionSettings } from './plan-detection';

/** One note parsed for a command or the status bar, with whether it counts as a plan. */
export interface PlanContext {
  file: TFile;
  doc: PlanDocument;
  isPlan: boolean;
}

export function parseNote(text: string, file: TFile): PlanDocument {
  return parseDocument(text, { parseYaml: parseYamlSafely, fileName: file.basename });
}

/** Obsidian's YAML parser, made to throw only Errors so the core can report the message. */
function parseYamlSafely(yaml: string): unknown {
  try {
    return parseYaml(yaml) as unknown;
  } catch (e) {
    throw e instanceof Error ? e : new Error(String(e));
  }
}

/**
 * Parses `text` (the note's current text) and applies the detection settings. Inline tags come
 * from the metadata cache when it has them; the content rule runs only when needed.
 */
export function planContext(app: App, settings: DetectionSettings, file: TFile, text: string): PlanContext {
  const doc = parseNote(text, file);
  const cachedTags = app.metadataCache.getFileCache(file)?.tags?.map((t) => t.tag) ?? [];
  const plan = isPlanNote(settings, file.path, frontmatterData(doc), [...readTags(doc), ...cachedTags], () =>
    isPlanBySections(doc),
  );
  return { file, doc, isPlan: plan };
}

/** The message for a command run on a note that is not a plan (the CLI words it the same way). */
export function notAPlanMessage(file: TFile, settings: DetectionSettings): string {
  const folder = settings.plansFolder.trim();
  return planHint(file.basename, {
    tag: settings.detection.tag,
    frontmatterType: settings.detection.frontmatterType,
    folder: settings.detection.folder && folder ? folder : null,
  });
}
