import { isPlanTag, isPlanType, isUnder } from '../core/index/detect';
import { asTextList, property } from '../core/index/frontmatter-fields';
import type { ExecPlanSettings } from './settings';

export type DetectionSettings = Pick<ExecPlanSettings, 'plansFolder' | 'detection'>;

/**
 * Whether a note counts as a plan under the detection settings. Pure, so it works from a
 * parsed note as well as from `metadataCache` data (pass the cache's frontmatter and
 * `getAllTags`). The tag and type vocabulary is the index's (src/core/index/detect.ts), so
 * the commands, the status bar and the dashboard agree on what a plan is.
 *
 * Any note in the plans folder counts, even an empty one, as on the dashboard: the commands
 * must work on a fresh note before it has a status or a log.
 *
 * `autoDetected` is the section rule (core/rules/document.ts `isPlanBySections`: a plan's
 * headings and steps or entries of its own, as the dashboard reads it). It may be a function:
 * it is the only rule that needs a parse, so it runs last and only when every cheap rule said no.
 */
export function isPlanNote(
  settings: DetectionSettings,
  path: string,
  frontmatter: Readonly<Record<string, unknown>> | null | undefined,
  tags: readonly string[],
  autoDetected: boolean | (() => boolean),
): boolean {
  const { detection } = settings;
  if (!path.toLowerCase().endsWith('.md')) return false;
  const fm = frontmatter ?? undefined;
  if (detection.folder && settings.plansFolder.trim() && isUnder(path, settings.plansFolder.trim())) return true;
  if (detection.tag && (tags.some(isPlanTag) || asTextList(property(fm, 'tags')).some(isPlanTag))) return true;
  if (detection.frontmatterType && (isPlanType(property(fm, 'type')) || isPlanType(property(fm, 'kind')))) {
    return true;
  }
  if (!detection.autoDetect) return false;
  return typeof autoDetected === 'function' ? autoDetected() : autoDetected;
}
