/**
 * `Label: value` lines, the one place that knows their forms. Both readers use it: the engine
 * (src/core/read/metadata-line.ts, over a parsed note) and the dashboard index
 * (src/core/index/body-lines.ts, over the text the metadata cache points to).
 *
 * Forms, for a label such as `status` (a regex source, matched case-insensitively):
 * `Status: x`, `- Status: x`, `1. Status: x`, `> Status: x`, `**Status**: x`, `**Status:** x`,
 * `__Status__: x`, Dataview's `Status:: x`, a two-column table row `| Status | x |`, and a label
 * in the middle of a line of fields joined by pipes (`**Phase:** 0 | **Status:** IN_PROGRESS`).
 * Task items never match: the label must come right after the list marker.
 */

const BOLD = String.raw`(?:\*\*|__)`;

/** The status label in the languages the section vocabulary covers. */
export const STATUS_LABEL = String.raw`status|状态|狀態|状況|ステータス|상태|statut|estado|estatus|situação`;
/** First letters of STATUS_LABEL's words, lower-case: lines starting otherwise are skipped cheaply. */
export const STATUS_LABEL_INITIALS = 's状狀ス상e';

interface LabelPatterns {
  /** From a line's start to where its value starts. */
  line: RegExp;
  /** From just after a `|` to where the field's value starts. */
  field: RegExp;
  /** A whole table row; group 1 is the value cell. */
  table: RegExp;
}

const cache = new Map<string, LabelPatterns>();

function patternsFor(label: string): LabelPatterns {
  let patterns = cache.get(label);
  if (!patterns) {
    const colon = String.raw`[ \t]*(?:${BOLD}[ \t]*::?|::?${BOLD}?)`;
    patterns = {
      line: new RegExp(
        String.raw`\uFEFF?[ \t]*(?:>[ \t]*)*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)?(?:${BOLD}[ \t]*)?(?:${label})${colon}`,
        'iyu',
      ),
      field: new RegExp(String.raw`[ \t]*(?:${BOLD}[ \t]*)?(?:${label})${colon}`, 'iyu'),
      table: new RegExp(
        String.raw`\uFEFF?[ \t]*\|[ \t]*(?:${BOLD})?(?:${label})(?:${BOLD})?[ \t]*:?[ \t]*\|([^|\r\n]*)(?=\|[ \t]*\r?$)`,
        'iyum',
      ),
    };
    cache.set(label, patterns);
  }
  return patterns;
}

/** Another field after a value: ` | **Owner:** …` or ` | Owner: …`. */
const NEXT_FIELD = /\|[ \t]*(?:\*\*|__)?[^|:\r\n*_]{1,40}(?:\*\*|__)?[ \t]*::?/y;

/**
 * Where the value of `label` sits on the line `[lineStart, lineEnd)` of `text` (lineEnd before
 * any `\r\n`), untrimmed, or null when the line holds no such field. Callers trim it with
 * trimValue against the note's real text (the engine matches on text with code masked out).
 */
export function matchLabel(text: string, lineStart: number, lineEnd: number, label: string): [number, number] | null {
  const patterns = patternsFor(label);
  patterns.line.lastIndex = lineStart;
  if (patterns.line.test(text) && patterns.line.lastIndex <= lineEnd) {
    const start = patterns.line.lastIndex;
    return [start, endOfField(text, start, lineEnd)];
  }
  patterns.table.lastIndex = lineStart;
  const row = patterns.table.exec(text);
  if (row && patterns.table.lastIndex <= lineEnd) {
    const end = patterns.table.lastIndex;
    return [end - (row[1] ?? '').length, end];
  }
  // A field in the middle of a line of pipe-joined fields (not a table row: that starts with a pipe).
  let pipe = text.indexOf('|', lineStart);
  if (pipe < 0 || pipe >= lineEnd || text.slice(lineStart, pipe).trim() === '') return null;
  while (pipe >= 0 && pipe < lineEnd) {
    patterns.field.lastIndex = pipe + 1;
    if (patterns.field.test(text) && patterns.field.lastIndex <= lineEnd) {
      const start = patterns.field.lastIndex;
      const next = text.indexOf('|', start);
      return [start, next >= 0 && next < lineEnd ? next : lineEnd];
    }
    pipe = text.indexOf('|', pipe + 1);
  }
  return null;
}

/** A value runs to the line's end, or to a ` | Next field:` that follows it. */
function endOfField(text: string, start: number, lineEnd: number): number {
  for (let pipe = text.indexOf('|', start); pipe >= 0 && pipe < lineEnd; pipe = text.indexOf('|', pipe + 1)) {
    NEXT_FIELD.lastIndex = pipe;
    if (NEXT_FIELD.test(text) && NEXT_FIELD.lastIndex <= lineEnd) return pipe;
  }
  return lineEnd;
}

/**
 * The value's range without surrounding blanks, and without a closing bold marker that belongs
 * to the label's bold (`**Status: In progress**`).
 */
export function trimValue(text: string, start: number, end: number): [number, number] {
  while (start < end && isBlank(text.charCodeAt(start))) start++;
  while (end > start && isBlank(text.charCodeAt(end - 1))) end--;
  const value = text.slice(start, end);
  const closing = /(\*\*|__)$/.exec(value);
  if (closing && value.split(closing[1] ?? '').length % 2 === 0) {
    end -= 2;
    while (end > start && isBlank(text.charCodeAt(end - 1))) end--;
  }
  return [start, end];
}

function isBlank(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0d;
}
