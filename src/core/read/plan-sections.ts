import type { PlanDocument } from '../markdown';
import type { EntryKind, Section, SectionKind } from '../types';

/**
 * Sections of one kind that are not read as part of another. A plan may split its log under
 * sub-headings ("## Progress" / "### Week 2 progress"); reading the outer section already
 * covers the inner one, so the inner one must not be read twice. A section of the kind under a
 * section of another kind ("## Decision log" / "### Progress") is read on its own, as its
 * owner's text leaves it out (see ownRanges).
 */
export function outermostSections(doc: PlanDocument, kind: SectionKind): Section[] {
  return doc.sections.filter((section) => section.kind === kind && ownerOf(doc, section)?.kind !== kind);
}

/** The innermost recognised section whose text holds this section's heading, if any. */
function ownerOf(doc: PlanDocument, section: Section): Section | undefined {
  let owner: Section | undefined;
  for (const s of doc.sections) {
    if (s === section) break;
    if (s.kind !== 'other' && section.heading.start >= s.contentStart && section.heading.start < s.end) owner = s;
  }
  return owner;
}

/**
 * The parts of a section's range that are its own. A recognised sub-heading of another kind
 * ("## Progress" over "### Decision log") opens a section of its own, so its content is not
 * the outer section's: a task under it is no step, a bullet under it no progress entry.
 * Other sub-headings (milestones, weeks) stay part of the section, as in the dashboard index.
 */
export function ownRanges(doc: PlanDocument, section: Section): [number, number][] {
  const ranges: [number, number][] = [];
  let from = section.contentStart;
  for (const inner of doc.sections) {
    const at = inner.heading.start;
    if (at < from || at >= section.end || inner.kind === 'other' || inner.kind === section.kind) continue;
    if (at > from) ranges.push([from, at]);
    from = Math.min(inner.end, section.end);
  }
  if (from < section.end) ranges.push([from, section.end]);
  return ranges;
}

/** The section each entry kind lives in. */
export const ENTRY_SECTION: Readonly<Record<EntryKind, SectionKind>> = {
  progress: 'progress',
  decision: 'decisions',
  surprise: 'surprises',
  retrospective: 'retrospective',
  handoff: 'handoff',
};

export const ENTRY_KINDS: readonly EntryKind[] = ['progress', 'decision', 'surprise', 'retrospective', 'handoff'];

/** Sections whose range holds `offset`, outermost first. */
export function enclosingSections(doc: PlanDocument, offset: number): Section[] {
  return doc.sections.filter((s) => s.heading.start <= offset && offset < s.end);
}
