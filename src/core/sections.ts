import { SECTION_VOCABULARY } from './section-vocabulary';
import type { SectionKind } from './types';

/**
 * Maps a heading to the plan section it names. People title sections in many ways and
 * languages ("Progress (WBS)", "Decision log", "进度", "Entscheidungen", "Next Steps / Handoff
 * Notes"), so matching works on a normalised form (see normaliseHeading) against the vocabulary
 * in section-vocabulary.ts, plus any names the user added (configureSectionNames).
 *
 * A heading names a section only when it starts with one of the section's names, not when the
 * name merely occurs in it: "Milestone 5: Discovery orchestration" is no Surprises section and
 * "Security decisions" no Decision Log. Three allowances keep common titles working:
 * - the longest name wins ("journal des décisions" is a decision log, "journal" a progress log);
 * - a title joined from parts ("Next Steps / Handoff Notes", "意外与发现") is read part by part,
 *   and the first part that names a section decides;
 * - one leading qualifier is skipped ("Key decisions", "Notable surprises").
 */

/** Qualifiers that may stand before a section's name without changing what it names. */
const QUALIFIERS: ReadonlySet<string> = new Set([
  'key', 'major', 'main', 'notable', 'important', 'recent', 'unexpected', 'design', 'technical',
  'architecture', 'architectural', 'final', 'overall', 'open',
]);

/** Where a title joins parts: `/`, `&`, `+`, `|`, commas, and "and" in the vocabulary's languages. */
const PART_SEPARATOR = /\s*(?:[/&+|,;·・、]|\s(?:and|und|et|y|e)\s|[与與및])\s*/u;

/** Scripts written without spaces between words: a name there needs no word boundary after it. */
const NO_SPACE_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;

type NamedKind = Exclude<SectionKind, 'other'>;

let names = new Map<string, NamedKind>();
let longestName = 0;
let vocabularyVersion = 0;

function buildNames(extra: Readonly<Partial<Record<NamedKind, readonly string[]>>>): void {
  const next = new Map<string, NamedKind>();
  let longest = 0;
  const add = (kind: NamedKind, name: string): void => {
    const key = normaliseHeading(name);
    if (key === '' || next.has(key)) return;
    next.set(key, kind);
    longest = Math.max(longest, key.length);
  };
  // The user's names first: a name they give a kind is theirs even where the vocabulary says otherwise.
  for (const [kind, list] of Object.entries(extra) as [NamedKind, readonly string[] | undefined][]) {
    for (const name of list ?? []) add(kind, name);
  }
  for (const [kind, list] of SECTION_VOCABULARY) {
    for (const name of list) add(kind, name);
  }
  names = next;
  longestName = longest;
  vocabularyVersion++;
}

/**
 * Adds the user's own section names (per kind, any language) to the built-in vocabulary,
 * replacing names added before. Every reader of the engine and the index follows at once.
 */
export function configureSectionNames(extra: Readonly<Partial<Record<NamedKind, readonly string[]>>>): void {
  buildNames(extra);
}

/** Changes whenever configureSectionNames runs, so caches of heading kinds know to forget. */
export function sectionNamesVersion(): number {
  return vocabularyVersion;
}

/** Lower-cased heading text without markup, numbering, emoji or trailing notes in brackets. */
export function normaliseHeading(text: string): string {
  const name = text
    .normalize('NFC')
    .replace(/[*_`~=]+/g, '')
    .replace(/\[\[([^\]|]*\|)?([^\]]*)\]\]/g, '$2')
    .replace(/\p{Extended_Pictographic}|\uFE0F/gu, '')
    .replace(/\u2019/g, "'")
    .toLowerCase()
    .replace(/^\s*(?:\d+(?:\.\d+)*[.)]?|[ivx]+[.)]|step \d+:?|part \d+:?)\s+/, '')
    .replace(/^\s*[一二三四五六七八九十]+[、.．]\s*/, '')
    .replace(/\s+/g, ' ')
    .trim();
  return withoutTrailingColon(withoutTrailingGroup(name));
}

/** "Progress:" names Progress; a full-width colon too. */
function withoutTrailingColon(text: string): string {
  const last = text.charAt(text.length - 1);
  return last === ':' || last === '：' ? text.slice(0, -1).trimEnd() : text;
}

/**
 * Drops a trailing `(…)`, `[…]`, `{…}`, `（…）` or `【…】` group (and the blank before it): the leftmost opener
 * after the last closer but one. A scan from the end, not `\s*[([{][^)\]}]*[)\]}]\s*$`, which
 * retried from every blank of a long run.
 */
const OPENERS = '([{（【';
const CLOSERS = ')]}）】';

function withoutTrailingGroup(text: string): string {
  if (!CLOSERS.includes(text.charAt(text.length - 1))) return text;
  let open = -1;
  for (let i = text.length - 2; i >= 0; i--) {
    const c = text.charAt(i);
    if (CLOSERS.includes(c)) break;
    if (OPENERS.includes(c)) open = i;
  }
  return open < 0 ? text : text.slice(0, open).trimEnd();
}

export function classifyHeading(text: string): SectionKind {
  const name = normaliseHeading(text);
  if (name === '') return 'other';
  for (const part of name.split(PART_SEPARATOR)) {
    const kind = kindOfPart(part) ?? kindOfPart(withoutQualifier(part));
    if (kind) return kind;
  }
  return 'other';
}

/** The kind whose longest name the part starts with, or null. */
function kindOfPart(part: string): NamedKind | null {
  for (let length = Math.min(longestName, part.length); length > 0; length--) {
    const kind = names.get(part.slice(0, length));
    if (kind === undefined) continue;
    if (length === part.length) return kind;
    const last = part.charAt(length - 1);
    if (NO_SPACE_SCRIPT.test(last) || !WORD_CHAR.test(part.charAt(length))) return kind;
  }
  return null;
}

function withoutQualifier(part: string): string {
  const space = part.indexOf(' ');
  return space > 0 && QUALIFIERS.has(part.slice(0, space)) ? part.slice(space + 1) : '';
}

/** Canonical order of the sections in a full ExecPlan; new sections are inserted by it. */
export const CANONICAL_SECTION_ORDER: readonly SectionKind[] = [
  'purpose',
  'context',
  'plan-of-work',
  'concrete-steps',
  'progress',
  'surprises',
  'decisions',
  'validation',
  'risks',
  'retrospective',
  'handoff',
];

/** The heading text used when a section has to be created. */
export const CANONICAL_SECTION_TITLES: Readonly<Record<Exclude<SectionKind, 'other'>, string>> = {
  purpose: 'Purpose / Big Picture',
  context: 'Context and Orientation',
  'plan-of-work': 'Plan of Work',
  'concrete-steps': 'Concrete Steps',
  progress: 'Progress',
  surprises: 'Surprises & Discoveries',
  decisions: 'Decision Log',
  validation: 'Validation and Acceptance',
  risks: 'Risks',
  retrospective: 'Outcomes & Retrospective',
  handoff: 'Handoff',
};

/** The sections a living plan keeps current; their absence is a health finding. */
export const LIVING_SECTIONS: readonly SectionKind[] = [
  'progress',
  'surprises',
  'decisions',
  'retrospective',
];

/** A learning journal records sessions and discoveries, not decisions: no Decision Log is due. */
const JOURNAL_LIVING_SECTIONS: readonly SectionKind[] = LIVING_SECTIONS.filter((kind) => kind !== 'decisions');

/** The tags that mark a plan as a journal (compared without `#`, in any case). */
const JOURNAL_TAGS: readonly string[] = ['journal', 'learning-journal'];

export function isJournalTag(tag: string): boolean {
  return JOURNAL_TAGS.includes(tag.toLowerCase());
}

/** The living sections a plan is expected to keep (a journal: see isJournalTag). */
export function livingSectionsFor(isJournal: boolean): readonly SectionKind[] {
  return isJournal ? JOURNAL_LIVING_SECTIONS : LIVING_SECTIONS;
}

buildNames({});
