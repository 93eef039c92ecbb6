import type { EntryKind } from '../types';

/**
 * Labelled fields inside log entries (`Decision: …`, `**Rationale**: …`, a table's `Why`
 * column) and the part of an entry each label stands for. People label the same thing in
 * many ways, so labels are matched on a normalised form against a vocabulary per role.
 */
export type FieldRole =
  | 'title'
  | 'rationale'
  | 'evidence'
  | 'date'
  | 'author'
  | 'done'
  | 'next'
  | 'risks'
  | 'status'
  | 'id'
  | 'other';

// Word lists as `|`-separated strings: an array costs quotes and a comma per word in the bundle.
const words = (list: string): readonly string[] => list.split('|');

const TITLE_WORDS: Readonly<Record<EntryKind, readonly string[]>> = {
  decision: words('decision|decided|title|what|choice|summary|description|entry'),
  surprise: words('observation|surprise|discovery|finding|what|issue|summary|description|entry|learning'),
  retrospective: words('outcome|result|lesson|lessons|learning|retro|retrospective|summary|what|entry'),
  handoff: words('handoff|hand-off|summary|session|entry'),
  progress: words('step|task|item|what|milestone|description|entry|work|progress'),
};

const SHARED_WORDS: readonly (readonly [FieldRole, readonly string[]])[] = [
  ['rationale', words('rationale|why|reason|reasons|reasoning|because|justification|motivation')],
  ['evidence', words('evidence|proof|source|sources|details|detail|data|impact')],
  ['date', words('date/author|date / author|date & author|date and author|date|when|time|timestamp|at|day|logged|recorded')],
  ['author', words('author|by|who|owner|decided by|decider')],
  ['id', words('#|id|no|no.|nr|number|n')],
];

const HANDOFF_WORDS: readonly (readonly [FieldRole, readonly string[]])[] = [
  ['done', words('done|completed|did|finished|accomplished')],
  ['next', words('next|next steps|next step|todo|to do|open|remaining')],
  ['risks', words('risks|risk|blockers|blocker|concerns|watch out|caveats')],
];

const STATUS_WORDS = words('status|state|done|complete|completed|✓|✔|✅');

/** Lower-cased label without emphasis markers, brackets or a trailing colon. */
export function normaliseLabel(label: string): string {
  return label
    .replace(/[*_`]+/g, '')
    .replace(/:+\s*$/, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

export function roleOfLabel(kind: EntryKind, label: string): FieldRole {
  const name = normaliseLabel(label);
  if (TITLE_WORDS[kind].includes(name)) return 'title';
  if (kind === 'handoff') {
    for (const [role, words] of HANDOFF_WORDS) if (words.includes(name)) return role;
  }
  if (kind === 'progress' && STATUS_WORDS.includes(name)) return 'status';
  for (const [role, words] of SHARED_WORDS) if (words.includes(name)) return role;
  return 'other';
}

/** The labels a new entry uses for the roles its section does not label yet. */
export function canonicalLabel(kind: EntryKind, role: FieldRole): string {
  if (role === 'title') {
    return { decision: 'Decision', surprise: 'Observation', retrospective: 'Outcome', handoff: 'Handoff', progress: 'Step' }[kind];
  }
  // PLANS.md writes `Date/Author:` under decisions; elsewhere a plain date reads better.
  if (role === 'date') return kind === 'decision' ? 'Date/Author' : 'Date';
  return { rationale: 'Rationale', evidence: 'Evidence', done: 'Done', next: 'Next', risks: 'Risks', author: 'Author',
    status: 'Status', id: '#', other: 'Note' }[role];
}

/** How a label is emphasised: `Key:`, `**Key**:` or `**Key:**`. */
export type LabelStyle = 'plain' | 'bold' | 'bold-colon';

export function writeLabel(label: string, style: LabelStyle): string {
  if (style === 'bold') return `**${label}**:`;
  if (style === 'bold-colon') return `**${label}:**`;
  return `${label}:`;
}

/** One `Key: value` line as written, optionally as a list item. */
export interface FieldLine {
  indent: string;
  /** The list marker and the spacing after it, or null for a plain line. */
  marker: string | null;
  label: string;
  labelStyle: LabelStyle;
  value: string;
}

const FIELD_LINE =
  /^([ \t]*)((?:[-*+]|\d{1,9}[.)])[ \t]+)?(?:\*\*([^*\r\n]{1,40}?)\*\*[ \t]*:(?!:)|\*\*([^*\r\n]{1,40}?):\*\*|__([^_\r\n]{1,40}?)__[ \t]*:(?!:)|([\p{L}#][\p{L}\p{N} /&'.-]{0,39}?)[ \t]*:(?![:/]))[ \t]*(.*)$/u;

/** Reads a `Key: value` line (plain, bold or as a list item); null for anything else. */
export function readFieldLine(line: string): FieldLine | null {
  const m = FIELD_LINE.exec(line);
  if (!m) return null;
  const label = (m[3] ?? m[4] ?? m[5] ?? m[6] ?? '').trim();
  if (!label) return null;
  const labelStyle: LabelStyle = m[4] !== undefined ? 'bold-colon' : m[3] !== undefined || m[5] !== undefined ? 'bold' : 'plain';
  return { indent: m[1] ?? '', marker: m[2] ?? null, label, labelStyle, value: m[7] ?? '' };
}
