import type { PlanDocument } from '../markdown';
import type { SectionKind } from '../types';
import { frontmatterValue } from '../frontmatter';
import { frontmatterData } from './frontmatter-data';
import { maskedText } from './regions';
import { readTags } from './tags';

const PLAN_TYPE = /^exec[- ]?plan$/i;
const PLAN_TAG = /^exec-?plan(?:\/|$)/i;
const INLINE_TAG = /(?:^|[\s(,;])#exec-?plan(?=$|[\s,.;:!?)\]/])/im;
const COMPANION_SECTIONS: readonly SectionKind[] = ['decisions', 'surprises', 'retrospective'];

/**
 * Which notes are plans. A note is an ExecPlan when any of these holds:
 * 1. its `type` or `kind` property is `execplan`, `exec-plan` or `exec plan` (any case, or one of
 *    the items when the property is a list);
 * 2. it is tagged `execplan` (or a nested tag under it, such as `execplan/active`), either in the
 *    `tags`/`tag` property (a list or a string, with or without `#`) or inline as `#execplan`
 *    in the body outside code and comments;
 * 3. it has a progress section (a heading such as "Progress" or "Running log") and at least one
 *    of a decision log, a surprises & discoveries section or an outcomes & retrospective section.
 */
export function isPlan(doc: PlanDocument): boolean {
  const data = frontmatterData(doc);
  for (const key of ['type', 'kind']) {
    const value = frontmatterValue(data, key);
    const values: unknown[] = Array.isArray(value) ? value : [value];
    if (values.some((v) => typeof v === 'string' && PLAN_TYPE.test(v.trim()))) return true;
  }
  if (readTags(doc).some((tag) => PLAN_TAG.test(tag))) return true;
  if (doc.text.includes('#') && INLINE_TAG.test(maskedText(doc, true))) return true;
  const kinds = new Set(doc.sections.map((s) => s.kind));
  return kinds.has('progress') && COMPANION_SECTIONS.some((kind) => kinds.has(kind));
}
