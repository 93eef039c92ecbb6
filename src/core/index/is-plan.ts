import type { NoteModel } from '../model/note-model';
import { planEvidence, sectionMask } from './detect';
import { summariseFromMetadata } from './summarise';
import { ALL_DETECTION, type IndexDetection } from './types';

/**
 * Whether a note is a plan: the one rule, for the dashboard, the CLI, the commands and the
 * weekly review. A property, a tag or the plans folder makes a note a plan (detect.ts). Its
 * headings alone (Progress next to a decision log, surprises or a retrospective) make it one
 * only when it also has steps or entries of its own: a blank template (placeholders only) and
 * a guide that describes the sections (instructions only) have the headings and nothing in them.
 * What a step and an entry are is the summary's to say (summarise.ts), so this asks it.
 *
 * Without the text only the headings are known, and the note counts: the dashboard asks before
 * it reads a note, and the summary it makes after reading applies the whole rule.
 */
export function isPlanByMetadata(
  input: NoteModel,
  detection: IndexDetection = ALL_DETECTION,
  plansFolder = '',
  mask: number = sectionMask(input.headings),
): boolean {
  const evidence = planEvidence(input, detection, plansFolder, mask);
  if (evidence !== 'sections') return evidence === 'plan';
  return input.text === undefined || summariseFromMetadata(input, SECTIONS_ONLY) !== null;
}

/** The summary with the section rule alone: it is null when the note has no work of its own. */
const SECTIONS_ONLY = {
  now: 0,
  staleDays: 0,
  detection: { folder: false, tag: false, frontmatterType: false, autoDetect: true },
};
