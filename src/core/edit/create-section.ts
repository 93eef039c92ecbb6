import { bodyEnd, findSection, type PlanDocument } from '../markdown';
import { CANONICAL_SECTION_ORDER, CANONICAL_SECTION_TITLES } from '../sections';
import type { SectionKind, Splice } from '../types';
import { isBlankLine } from './document-scan';
import { noteSpacing } from './note-spacing';
import { sectionTitle } from './note-style';
import { edited, type EditResult } from './result';

export type PlanSectionKind = Exclude<SectionKind, 'other'>;

/**
 * The heading level the note uses for its plan sections: the most common level among the
 * headings that name a plan section, else 2. A tie goes to the deeper level: a title-like
 * `# Plan` next to one `## Progress` should not make new sections top-level.
 */
export function planSectionLevel(doc: PlanDocument): number {
  const counts = new Map<number, number>();
  for (const section of doc.sections) {
    if (section.kind === 'other') continue;
    counts.set(section.heading.level, (counts.get(section.heading.level) ?? 0) + 1);
  }
  let best = 2;
  let bestCount = 0;
  for (const [level, count] of counts) {
    if (count > bestCount || (count === bestCount && level > best)) {
      best = level;
      bestCount = count;
    }
  }
  return best;
}

/**
 * Where a missing section goes, and at which level: after the nearest section that comes
 * before it in the canonical order (past any sub-sections, so it never splits a parent
 * section), else before the nearest section that comes after it, else at the end of the
 * note's sections (before a closing `---` and its footer). Placed before a deeper heading, it takes that heading's level so it does not adopt
 * the following section as its own sub-section.
 */
export function newSectionPlace(doc: PlanDocument, kind: PlanSectionKind, level: number): { offset: number; level: number } {
  const rank = CANONICAL_SECTION_ORDER.indexOf(kind);
  let preceding: { rank: number; end: number } | null = null;
  let following: { rank: number; start: number; level: number } | null = null;
  for (const section of doc.sections) {
    if (section.kind === 'other') continue;
    const r = CANONICAL_SECTION_ORDER.indexOf(section.kind);
    if (r < 0) continue;
    if (r < rank && (!preceding || r >= preceding.rank)) preceding = { rank: r, end: section.end };
    if (r > rank && (!following || r < following.rank)) {
      following = { rank: r, start: section.heading.start, level: section.heading.level };
    }
  }
  // The end of the note's sections: before a closing `---` and its footer (rules/trailer.ts).
  const last = bodyEnd(doc.tree, doc.lines, doc.text.length);
  if (preceding) {
    const end = preceding.end;
    const next = doc.headings.find((h) => h.start >= end && h.level <= level);
    return { offset: next ? next.start : last, level };
  }
  if (following) return { offset: following.start, level: Math.max(level, following.level) };
  return { offset: last, level };
}

/**
 * A splice that adds a section (heading plus the lines `body` renders for its level) at its
 * canonical place, with the note's line ending and the blank lines the note puts around its
 * headings. It only inserts.
 */
export function newSectionSplice(
  doc: PlanDocument,
  kind: PlanSectionKind,
  body: (level: number) => readonly string[],
): Splice {
  const { text, eol, lines } = doc;
  const spacing = noteSpacing(doc);
  const bodyStart = doc.frontmatter?.end ?? (doc.bom ? 1 : 0);
  const place = newSectionPlace(doc, kind, planSectionLevel(doc));
  const offset = Math.max(bodyStart, place.offset);
  const level = place.level;
  const bodyLines = body(level);
  const heading = `${'#'.repeat(level)} ${sectionTitle(doc, kind)}`;
  const block = [heading, ...(bodyLines.length > 0 && spacing.blankAfterHeading ? [''] : []), ...bodyLines].join(eol);
  const atStart = offset <= bodyStart;
  const gap = spacing.blankBeforeHeading ? eol : '';
  let insert: string;
  if (offset >= text.length) {
    const endsWithEol = text.endsWith('\n');
    if (atStart) {
      // Only a BOM or frontmatter before us; frontmatter without a final newline needs one.
      insert = doc.frontmatter && !endsWithEol ? eol + block + eol : block + eol;
    } else if (endsWithEol) {
      const previousBlank = isBlankLine(lines.textOf(lines.count - 1));
      insert = (previousBlank ? '' : gap) + block + eol;
    } else {
      // The note ends without a newline; so does the new section.
      insert = eol + gap + block;
    }
  } else {
    const previousBlank = atStart || isBlankLine(lines.textOf(lines.lineOf(offset) - 1));
    insert = (previousBlank ? '' : gap) + block + eol + gap;
  }
  return { offset, deleteCount: 0, insert };
}

/** Adds an empty section of `kind` when the plan has none (for "add missing sections"). */
export function planAddSection(doc: PlanDocument, kind: PlanSectionKind): EditResult {
  const title = CANONICAL_SECTION_TITLES[kind];
  if (findSection(doc, kind)) return edited([], `The plan already has a ${title} section.`);
  const splice = newSectionSplice(doc, kind, () => []);
  return edited([splice], `Added the ${title} section.`);
}
