import type { SectionKind } from '../types';
import { asTextList, property } from './frontmatter-fields';
import { headingCode, KIND_BIT } from './heading-kinds';
import type { MetaHeading, MetaTag } from './metadata';
import { ALL_DETECTION, type IndexDetection } from './types';

/**
 * What metadata alone says about a note being a plan, so the plugin can decide before reading
 * it: a frontmatter `type`/`kind` or a tag naming a plan, or the plans folder, say so outright;
 * a progress section next to a decision log, surprises or retrospective says so only if the note
 * has work of its own (is-plan.ts, the whole rule, asks the text).
 */

/** `execplan`, `exec-plan`, `exec plan`, any case. */
const PLAN_TYPE = /^exec[- ]?plan$/i;
/** `execplan`, `exec-plan` and tags nested under them (`execplan/active`), with or without `#`. */
const PLAN_TAG = /^#?exec-?plan(?:\/|$)/i;

/** A `type`/`kind` value (or any value of a list) naming a plan. */
export function isPlanType(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(isPlanType);
  return typeof value === 'string' && PLAN_TYPE.test(value.trim());
}

export function isPlanTag(tag: string): boolean {
  return PLAN_TAG.test(tag.trim());
}

export const LIVING_COMPANIONS = KIND_BIT.decisions | KIND_BIT.surprises | KIND_BIT.retrospective;

/** Section kinds a note's headings name, as a bit mask (see KIND_BIT). */
export function sectionMask(headings: readonly MetaHeading[] | undefined): number {
  let mask = 0;
  if (headings) for (const h of headings) mask |= 1 << headingCode(h.heading);
  return mask;
}

export function hasKind(mask: number, kind: SectionKind): boolean {
  return (mask & KIND_BIT[kind]) !== 0;
}

export interface DetectionInput {
  path: string;
  frontmatter?: Record<string, unknown> | undefined;
  headings?: readonly MetaHeading[] | undefined;
  tags?: readonly MetaTag[] | undefined;
  /** With the text, a tag inside a `%%` or `<!-- -->` comment (which Obsidian reports) does not count. */
  text?: string | undefined;
}

/**
 * - `plan`: a property, a tag or the plans folder makes the note a plan;
 * - `sections`: only its headings do (Progress next to a decision log, surprises or a
 *   retrospective), which a template or a guide to the convention has too;
 * - `none`: nothing does.
 */
export type PlanEvidence = 'plan' | 'sections' | 'none';

export function planEvidence(
  input: DetectionInput,
  detection: IndexDetection = ALL_DETECTION,
  plansFolder = '',
  mask: number = sectionMask(input.headings),
): PlanEvidence {
  const fm = input.frontmatter;
  if (detection.frontmatterType && fm) {
    if (isPlanType(property(fm, 'type')) || isPlanType(property(fm, 'kind'))) return 'plan';
  }
  if (detection.tag) {
    if (fm && (asTextList(property(fm, 'tags')).some(isPlanTag) || asTextList(property(fm, 'tag')).some(isPlanTag))) {
      return 'plan';
    }
    if (input.tags?.some((t) => isPlanTag(t.tag) && !inComment(input.text, t))) return 'plan';
  }
  // Every note in the plans folder is a plan, as for the commands (plugin/plan-detection.ts):
  // a fresh, still empty plan there must show up on the dashboard too.
  if (detection.folder && plansFolder !== '' && isUnder(input.path, plansFolder)) return 'plan';
  const progress = (mask & KIND_BIT.progress) !== 0;
  return detection.autoDetect && progress && (mask & LIVING_COMPANIONS) !== 0 ? 'sections' : 'none';
}

export function isUnder(path: string, folder: string): boolean {
  const f = folder.replace(/^\/+|\/+$/g, '');
  if (f === '') return true;
  return path.length > f.length && path.startsWith(f) && path.charCodeAt(f.length) === 0x2f;
}

/**
 * A tag written inside a comment on its line: after an odd number of `%%`, or after a `<!--`
 * not yet closed. (A `%%` block over several lines opens on a line of its own, so its tags
 * follow an odd count on no line: the block's first line is checked for them.)
 */
export function inComment(text: string | undefined, tag: MetaTag): boolean {
  if (text === undefined) return false;
  const at = tag.position.start.offset;
  const lineStart = at - tag.position.start.col;
  const before = text.slice(lineStart, at);
  if ((before.split('%%').length - 1) % 2 === 1) return true;
  const open = before.lastIndexOf('<!--');
  if (open >= 0 && before.indexOf('-->', open) < 0) return true;
  // Inside a `%%` block that opened on an earlier line: an odd number of `%%` before this line.
  if (text.lastIndexOf('%%', lineStart) < 0) return false;
  return (text.slice(0, lineStart).split('%%').length - 1) % 2 === 1;
}
