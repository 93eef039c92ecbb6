/**
 * Shared vocabulary of the plan engine. Pure types: no runtime code lives here.
 *
 * Conventions used across src/core:
 * - offsets are UTF-16 code-unit indexes into the note text exactly as given (a BOM, when
 *   present, is character 0 and counts);
 * - `line` fields are 1-based (as editors, mdast and the CLI show them); adapters that talk
 *   to Obsidian's 0-based Editor positions convert at the boundary;
 * - ranges are half-open: `[start, end)`.
 */

export type StatusKind = 'proposed' | 'in-progress' | 'blocked' | 'complete' | 'abandoned';

export const STATUS_KINDS: readonly StatusKind[] = [
  'proposed',
  'in-progress',
  'blocked',
  'complete',
  'abandoned',
];

export type SectionKind =
  | 'purpose'
  | 'context'
  | 'plan-of-work'
  | 'concrete-steps'
  | 'progress'
  | 'surprises'
  | 'decisions'
  | 'retrospective'
  | 'handoff'
  | 'validation'
  | 'risks'
  | 'other';

/** The kinds of entry the log commands append. */
export type EntryKind = 'progress' | 'decision' | 'surprise' | 'retrospective' | 'handoff';

/** A YAML parser supplied by the caller (Obsidian's parseYaml in the plugin, `yaml` in the CLI). */
export type YamlParser = (yaml: string) => unknown;

export interface FrontmatterBlock {
  /** Offset of the opening `---`. */
  start: number;
  /** Offset just past the closing fence line, including its line ending when there is one. */
  end: number;
  /** Offset range of the YAML between the fences. */
  contentStart: number;
  contentEnd: number;
  /** The YAML text between the fences. */
  yaml: string;
  /** Parsed mapping, or null when empty, not a mapping, or malformed. */
  data: Record<string, unknown> | null;
  /** Parser message when the YAML is malformed, else null. */
  error: string | null;
}

export interface Heading {
  level: number;
  /** Heading text without markers, trimmed. */
  text: string;
  /** 1-based line of the heading's first line. */
  line: number;
  /** Offset of the first character of the heading's first line. */
  start: number;
  /** Offset just past the heading's last line, including its line ending when there is one. */
  end: number;
  setext: boolean;
}

export interface Section {
  kind: SectionKind;
  heading: Heading;
  /** Offset where the section body starts (just after the heading line). */
  contentStart: number;
  /** Offset where the next heading of the same or higher level starts, or the text length. */
  end: number;
  /**
   * Offset where the section's own body stops: the first sub-heading inside it, else `end`.
   * Appends go before this point so they never land under a deeper sub-heading.
   */
  bodyEnd: number;
}

export interface Step {
  /** 1-based line of the task item. */
  line: number;
  /** Offset of the line start and just past the item's first line (no line ending). */
  start: number;
  lineEnd: number;
  /** Offset of the status character inside `[ ]`. */
  checkOffset: number;
  /** The character between the brackets: ' ', 'x', 'X', '-', '~', '/', … */
  checkChar: string;
  done: boolean;
  /** Item text after the checkbox and timestamp, trimmed. */
  text: string;
  /** Timestamp as written, or null. */
  timestampRaw: string | null;
  /** Parsed timestamp (UTC), or null. */
  timestamp: Date | null;
  /** From "(completed: X; remaining: Y)", when present. */
  completed: string | null;
  remaining: string | null;
  /** Nesting depth: 0 for a top-level item. */
  depth: number;
}

export type HealthCode =
  | 'missing-section'
  | 'placeholder'
  | 'untimed-step'
  | 'malformed-frontmatter'
  | 'no-status';

export interface HealthFinding {
  code: HealthCode;
  message: string;
  /** 1-based line, or null when the finding is about the whole note. */
  line: number | null;
}

export interface SectionOutline {
  kind: SectionKind;
  heading: string;
  level: number;
  line: number;
}

export interface PlanSummary {
  path: string;
  title: string;
  status: StatusKind | null;
  statusRaw: string | null;
  progress: { done: number; total: number };
  nextStep: string | null;
  /** ISO 8601 UTC, or null. */
  lastActivity: string | null;
  created: string | null;
  decisions: number;
  surprises: number;
  sections: SectionOutline[];
  health: HealthFinding[];
  isPlan: boolean;
  tags: string[];
}

/** One edit: delete `deleteCount` characters at `offset`, then insert `insert` there. */
export interface Splice {
  offset: number;
  deleteCount: number;
  insert: string;
}

/** How timestamps are written. `format` uses date-fns tokens. */
export interface TimeOptions {
  format: string;
  utc: boolean;
}

export const DEFAULT_TIME_OPTIONS: TimeOptions = { format: "yyyy-MM-dd HH:mm'Z'", utc: true };
