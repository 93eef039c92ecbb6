import type { StatusKind } from './types';

/**
 * Status normalisation: people write a plan's status as a word, a phrase, an emoji or a
 * mixture ("🟡 In progress", "**Done**", "on hold"). We keep the raw text and map it to the
 * canonical set so the dashboard can group plans.
 */

const WORDS: readonly [StatusKind, readonly string[]][] = [
  ['in-progress', ['in progress', 'in-progress', 'inprogress', 'active', 'implementing', 'doing',
    'wip', 'started', 'ongoing', 'underway', 'under way', 'in flight', 'executing', 'working']],
  ['blocked', ['blocked', 'on hold', 'on-hold', 'paused', 'waiting', 'stalled', 'stuck']],
  ['complete', ['complete', 'completed', 'done', 'shipped', 'finished', 'delivered', 'closed',
    'merged', 'resolved']],
  ['abandoned', ['abandoned', 'cancelled', 'canceled', 'dropped', 'superseded', "won't do",
    'wont do', 'wontfix', 'rejected', 'archived']],
  ['proposed', ['proposed', 'draft', 'planned', 'planning', 'idea', 'todo', 'to do', 'not started',
    'new', 'backlog', 'pending']],
];

const EMOJI: readonly [string, StatusKind][] = [
  ['🟡', 'in-progress'],
  ['🚧', 'in-progress'],
  ['🔵', 'in-progress'],
  ['🟢', 'complete'],
  ['✅', 'complete'],
  ['✔', 'complete'],
  ['🔴', 'blocked'],
  ['⛔', 'blocked'],
  ['🛑', 'blocked'],
  ['❌', 'abandoned'],
  ['🗑', 'abandoned'],
  ['⚪', 'proposed'],
  ['📝', 'proposed'],
];

/**
 * Words that name a status only when they open the phrase: "New" and "Idea" are statuses, but
 * "🟡 Building the new pipeline" is in progress, not proposed.
 */
const LEADING_ONLY: ReadonlySet<string> = new Set(['new', 'idea']);

/** Display names of the canonical statuses, as the UI and new frontmatter write them. */
export const STATUS_LABELS: Readonly<Record<StatusKind, string>> = {
  proposed: 'Proposed',
  'in-progress': 'In progress',
  blocked: 'Blocked',
  complete: 'Complete',
  abandoned: 'Abandoned',
};

/**
 * True for a template's list of alternatives that nobody filled in yet:
 * `<Proposed | In Progress | Complete>`, `[in-progress | completed | abandoned]`, `a | b`.
 */
export function isStatusPlaceholder(raw: string): boolean {
  const text = raw.trim();
  if (text.includes('|')) return true;
  return /^<[^>]*>$/.test(text);
}

function wordsOf(raw: string): string {
  return raw
    .replace(/\p{Extended_Pictographic}|\uFE0F/gu, ' ')
    .replace(/[*_`~[\]()]+/g, ' ')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Canonical status for raw status text, or null when it is empty, a placeholder, or not
 * recognisable. Words win over emoji ("🟢 Active" is in progress); the earliest recognised
 * word wins within a phrase ("Done (was blocked)" is complete).
 */
export function normaliseStatus(raw: string | null | undefined): StatusKind | null {
  if (raw === null || raw === undefined) return null;
  if (!raw.trim() || isStatusPlaceholder(raw)) return null;
  const words = wordsOf(raw);
  let best: { kind: StatusKind; at: number } | null = null;
  for (const [kind, names] of WORDS) {
    for (const name of names) {
      const at = findWord(words, name);
      if (at > 0 && LEADING_ONLY.has(name)) continue;
      if (at >= 0 && (best === null || at < best.at)) best = { kind, at };
    }
  }
  if (best) return best.kind;
  for (const [emoji, kind] of EMOJI) {
    if (raw.includes(emoji)) return kind;
  }
  return null;
}

function findWord(haystack: string, word: string): number {
  let from = 0;
  for (;;) {
    const at = haystack.indexOf(word, from);
    if (at < 0) return -1;
    const before = at === 0 ? ' ' : haystack.charAt(at - 1);
    const after = haystack.charAt(at + word.length) || ' ';
    if (!/[a-z0-9]/.test(before) && !/[a-z0-9]/.test(after)) return at;
    from = at + 1;
  }
}
