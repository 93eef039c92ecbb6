import type { PlanDocument } from '../markdown';
import type { EntryKind, Section, SectionKind } from '../types';

/**
 * Sections of one kind that are not nested in another section of the same kind. A plan may
 * split its log under sub-headings ("## Progress" / "### Week 2 progress"); reading the outer
 * section already covers the inner one, so the inner one must not be read twice.
 */
export function outermostSections(doc: PlanDocument, kind: SectionKind): Section[] {
  const found: Section[] = [];
  for (const section of doc.sections) {
    if (section.kind !== kind) continue;
    const outer = found[found.length - 1];
    if (outer && section.heading.start >= outer.contentStart && section.heading.start < outer.end) continue;
    found.push(section);
  }
  return found;
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
