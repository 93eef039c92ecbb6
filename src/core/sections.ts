import type { SectionKind } from './types';

/**
 * Maps a heading to the plan section it names. People title sections in many ways
 * ("Progress (WBS)", "Decision log", "Outcomes & Retrospective (fill when done)",
 * "Next Steps / Handoff Notes"), so matching works on a normalised form and on keywords,
 * checked in an order where the more specific names win ("Decision log" is a decision log,
 * not a progress log; "Next steps / handoff" is a handoff, not concrete steps).
 */
const RULES: readonly { kind: SectionKind; pattern: RegExp }[] = [
  { kind: 'handoff', pattern: /\bhand[- ]?(?:off|over)s?\b/ },
  { kind: 'decisions', pattern: /\bdecisions?\b/ },
  { kind: 'surprises', pattern: /\b(?:surprises?|discover(?:y|ies))\b/ },
  { kind: 'retrospective', pattern: /\b(?:retrospective|retro|outcomes?|lessons learn(?:ed|t))\b/ },
  { kind: 'validation', pattern: /\b(?:validation|acceptance|verification)\b/ },
  { kind: 'progress', pattern: /^(?:progress|running log|progress log|status log|log|journal)\b/ },
  { kind: 'concrete-steps', pattern: /^(?:concrete steps|steps|milestones|tasks|work breakdown)\b/ },
  { kind: 'plan-of-work', pattern: /^(?:plan of work|plan|work plan|implementation plan|approach)\b/ },
  { kind: 'purpose', pattern: /^(?:purpose|big picture|goals?|objectives?|why)\b/ },
  { kind: 'context', pattern: /^(?:context|orientation|background)\b/ },
  { kind: 'risks', pattern: /^(?:risks?|risks and mitigations)\b/ },
];

/** Lower-cased heading text without markup, numbering, emoji or trailing notes in brackets. */
export function normaliseHeading(text: string): string {
  const name = text
    .replace(/[*_`~=]+/g, '')
    .replace(/\[\[([^\]|]*\|)?([^\]]*)\]\]/g, '$2')
    .replace(/\p{Extended_Pictographic}|\uFE0F/gu, '')
    .toLowerCase()
    .replace(/^\s*(?:\d+(?:\.\d+)*[.)]?|[ivx]+[.)]|step \d+:?|part \d+:?)\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
  return withoutTrailingGroup(name);
}

/**
 * Drops a trailing `(…)`, `[…]` or `{…}` group (and the blank before it): the leftmost opener
 * after the last closer but one. A scan from the end, not `\s*[([{][^)\]}]*[)\]}]\s*$`, which
 * retried from every blank of a long run.
 */
function withoutTrailingGroup(text: string): string {
  const last = text.charAt(text.length - 1);
  if (last !== ')' && last !== ']' && last !== '}') return text;
  let open = -1;
  for (let i = text.length - 2; i >= 0; i--) {
    const c = text.charAt(i);
    if (c === ')' || c === ']' || c === '}') break;
    if (c === '(' || c === '[' || c === '{') open = i;
  }
  return open < 0 ? text : text.slice(0, open).trimEnd();
}

export function classifyHeading(text: string): SectionKind {
  const name = normaliseHeading(text);
  for (const rule of RULES) {
    if (rule.pattern.test(name)) return rule.kind;
  }
  return 'other';
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
