import { detectEol, parseDocument, type PlanDocument } from '../markdown';
import { normaliseHeading } from '../sections';
import type { Heading, Section, Splice } from '../types';

/**
 * "Apply template to this note": adds the template's sections the note lacks, and nothing
 * else. Pass the template already rendered (renderTemplate) so variables are filled in;
 * sections are inserted as the template writes them, body and sub-headings included.
 *
 * - A section is present when a heading of the same kind exists anywhere in the note
 *   ("Goal" satisfies "Purpose"); sections of kind 'other' match by normalised heading text.
 * - A missing section goes after the nearest preceding template section the note has, else
 *   before the nearest following one, else at the end of the note. Only the note's sections at
 *   its own section level serve as such anchors, so an insertion never splits a section.
 * - Headings take the note's section level (the highest level among its sections the
 *   template knows, else among all its sections, else 2 under a title); the text takes the
 *   note's line ending.
 * - The note's title heading (a lone H1 that comes first) and the template's are never
 *   matched or inserted; properties are the adapter's job (processFrontMatter).
 *
 * Returns insert-only splices (deleteCount 0), at most one per offset, sorted by descending
 * offset so they can be applied one after another.
 */
export function planApplyTemplate(noteText: string, templateBody: string): Splice[] {
  const template = parseDocument(templateBody);
  const note = parseDocument(noteText);
  const templateSections = planSections(template);
  if (templateSections.length === 0) return [];

  const templateLevel = Math.min(...templateSections.map((s) => s.heading.level));
  const blocks = templateSections
    .filter((s) => s.heading.level === templateLevel)
    .map((s) => ({ key: sectionKey(s), section: s }));

  const noteSections = planSections(note);
  const present = new Set(noteSections.map(sectionKey));
  const keys = new Set(blocks.map((b) => b.key));
  const noteLevel = sectionLevel(noteSections, keys) ?? (titleHeading(note) ? 2 : templateLevel);
  // Anchors: the first section of each key at the note's section level.
  const anchors = new Map<string, Section>();
  for (const s of noteSections) {
    const key = sectionKey(s);
    if (s.heading.level === noteLevel && !anchors.has(key)) anchors.set(key, s);
  }

  const inserts = new Map<number, string[]>();
  blocks.forEach((block, index) => {
    if (present.has(block.key)) return;
    const offset = insertionOffset(blocks, index, anchors, noteText.length);
    const text = sectionText(templateBody, template, block.section, noteLevel - templateLevel);
    const list = inserts.get(offset) ?? [];
    list.push(text);
    inserts.set(offset, list);
  });

  const eol = detectEol(noteText);
  const splices: Splice[] = [];
  for (const [offset, texts] of inserts) {
    const body = texts.map((t) => toEol(t, eol) + eol).join(eol);
    splices.push({ offset, deleteCount: 0, insert: spaced(noteText, offset, body, eol) });
  }
  return splices.sort((a, b) => b.offset - a.offset);
}

/** Sections other than the title heading. */
function planSections(doc: PlanDocument): Section[] {
  const title = titleHeading(doc);
  return doc.sections.filter((s) => s.heading !== title);
}

/** The first heading when it is the only H1: the note's title, not one of its sections. */
function titleHeading(doc: PlanDocument): Heading | null {
  const first = doc.headings[0];
  if (!first || first.level !== 1) return null;
  return doc.headings.filter((h) => h.level === 1).length === 1 ? first : null;
}

/**
 * The level the note's plan sections live at: the highest level among the sections the
 * template knows, else among all sections; null for a note without sections.
 */
function sectionLevel(sections: readonly Section[], keys: ReadonlySet<string>): number | null {
  const known = sections.filter((s) => keys.has(sectionKey(s)));
  const pool = known.length > 0 ? known : sections;
  return pool.length > 0 ? Math.min(...pool.map((s) => s.heading.level)) : null;
}

function sectionKey(section: Section): string {
  return section.kind === 'other' ? `other:${normaliseHeading(section.heading.text)}` : section.kind;
}

function insertionOffset(
  blocks: readonly { key: string }[],
  index: number,
  anchors: ReadonlyMap<string, Section>,
  textLength: number,
): number {
  for (let j = index - 1; j >= 0; j--) {
    const anchor = anchors.get(blocks[j]?.key ?? '');
    if (anchor) return anchor.end;
  }
  for (let j = index + 1; j < blocks.length; j++) {
    const anchor = anchors.get(blocks[j]?.key ?? '');
    if (anchor) return anchor.heading.start;
  }
  return textLength;
}

/** The template section's text without trailing blank lines, its ATX headings re-levelled. */
function sectionText(templateBody: string, template: PlanDocument, section: Section, shift: number): string {
  let out = '';
  let from = section.heading.start;
  for (const h of template.headings) {
    if (h.start < section.heading.start || h.start >= section.end || h.setext) continue;
    out += templateBody.slice(from, h.start);
    const line = templateBody.slice(h.start, h.end);
    out += line.replace(/^( {0,3})(#{1,6})/, (_m, indent: string, marks: string) => {
      const level = Math.min(6, Math.max(1, marks.length + shift));
      return indent + '#'.repeat(level);
    });
    from = h.end;
  }
  out += templateBody.slice(from, section.end);
  return out.replace(/\s+$/, '');
}

function toEol(text: string, eol: string): string {
  const lf = text.replace(/\r\n?/g, '\n');
  return eol === '\n' ? lf : lf.replace(/\n/g, eol);
}

/** Adds the line breaks that keep a blank line between the insertion and its neighbours. */
function spaced(noteText: string, offset: number, body: string, eol: string): string {
  const before = noteText.slice(0, offset);
  const after = noteText.slice(offset);
  let prefix = '';
  if (before.length > 0 && !before.endsWith(eol + eol) && before !== eol) {
    prefix = before.endsWith('\n') ? eol : eol + eol;
  }
  const suffix = after.length > 0 && !after.startsWith(eol) && !after.startsWith('\n') ? eol : '';
  return prefix + body + suffix;
}
