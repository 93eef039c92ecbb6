import { parseOffsets, type DateOffset } from './date-math';
import type { TemplateError } from './types';

/**
 * Reads what is written between `{{` and `}}`. Grammar (names are case-insensitive,
 * whitespace around the parts is ignored):
 *
 *   title | status | folder | cursor
 *   date [offsets] [: FORMAT]      default format YYYY-MM-DD
 *   time [offsets] [: FORMAT]      default format HH:mm
 *   utc  [offsets] [: FORMAT]      always UTC; default YYYY-MM-DDTHH:mm:ssZ
 *   prompt : Question [| default]
 *
 * offsets: see date-math.ts (`+7d`, `-1w`, `+1M-1d` …). FORMAT: moment.js tokens, trimmed.
 */

export type DateVariableName = 'date' | 'time' | 'utc';

export type Variable =
  | { kind: 'title' | 'status' | 'folder' | 'cursor' }
  | { kind: DateVariableName; offsets: DateOffset[]; format: string | null }
  | { kind: 'prompt'; question: string; defaultValue: string | null };

export type ParsedVariable = { ok: true; variable: Variable } | { ok: false; error: TemplateError };

export const KNOWN_VARIABLES: readonly string[] = [
  'title',
  'date',
  'time',
  'utc',
  'status',
  'folder',
  'prompt',
  'cursor',
];

const PLAIN_NAMES = new Set(['title', 'status', 'folder', 'cursor']);
const DATE_NAMES = new Set<string>(['date', 'time', 'utc']);

/** The key answers are stored under: trimmed, inner whitespace collapsed. */
export function normaliseQuestion(question: string): string {
  return question.replace(/\s+/g, ' ').trim();
}

function fail(code: TemplateError['code'], variable: string, message: string): ParsedVariable {
  return { ok: false, error: { code, variable, message } };
}

/** `inner` is the text between the braces, exactly as written. */
export function parseVariable(inner: string): ParsedVariable {
  const written = inner.trim();
  const nameMatch = /^[A-Za-z][A-Za-z0-9_]*/.exec(written);
  if (!nameMatch) {
    return fail(
      'unknown-variable',
      written,
      written
        ? `The template uses {{${written}}}, which is not a variable this plugin knows. ${knownList()}`
        : `The template has an empty {{}}. Put a variable name inside, or write \\{{ to keep the braces as text.`,
    );
  }
  const name = nameMatch[0].toLowerCase();
  const rest = written.slice(nameMatch[0].length);

  if (name === 'prompt') return parsePrompt(written, rest);
  if (DATE_NAMES.has(name)) return parseDateVariable(name as DateVariableName, written, rest);
  if (PLAIN_NAMES.has(name)) {
    if (rest.trim()) {
      return fail(
        'bad-format',
        written,
        `{{${written}}} cannot be read: {{${name}}} takes no format or offset.`,
      );
    }
    return { ok: true, variable: { kind: name as 'title' | 'status' | 'folder' | 'cursor' } };
  }
  return fail(
    'unknown-variable',
    written,
    `The template uses {{${written}}}, but "${nameMatch[0]}" is not a variable this plugin knows. ${knownList()}`,
  );
}

function knownList(): string {
  return `Known variables: ${KNOWN_VARIABLES.join(', ')}. Write \\{{ to keep the braces as text.`;
}

function parseDateVariable(name: DateVariableName, written: string, rest: string): ParsedVariable {
  const colon = rest.indexOf(':');
  const offsetText = colon >= 0 ? rest.slice(0, colon) : rest;
  const offsets = parseOffsets(offsetText);
  if (!offsets) {
    return fail(
      'bad-format',
      written,
      `{{${written}}} has an offset that cannot be read ("${offsetText.trim()}"). ` +
        'Use forms like +7d, -1w, +2M, +1y, -3h or +30m (M is months, m is minutes).',
    );
  }
  if (colon < 0) return { ok: true, variable: { kind: name, offsets, format: null } };
  const format = rest.slice(colon + 1).trim();
  if (!format) {
    return fail(
      'bad-format',
      written,
      `{{${written}}} has an empty format after the colon. Write a format such as {{${name}:YYYY-MM-DD}}, or drop the colon.`,
    );
  }
  return { ok: true, variable: { kind: name, offsets, format } };
}

function parsePrompt(written: string, rest: string): ParsedVariable {
  const body = rest.trimStart();
  if (!body.startsWith(':')) {
    return fail(
      'bad-format',
      written,
      `{{${written}}} needs a question, for example {{prompt:Who owns this plan?}}.`,
    );
  }
  const afterColon = body.slice(1);
  const bar = afterColon.indexOf('|');
  const question = normaliseQuestion(bar >= 0 ? afterColon.slice(0, bar) : afterColon);
  if (!question) {
    return fail(
      'bad-format',
      written,
      `{{${written}}} has an empty question. Write the question after the colon, for example {{prompt:Who owns this plan?}}.`,
    );
  }
  const defaultValue = bar >= 0 ? afterColon.slice(bar + 1).trim() : null;
  return { ok: true, variable: { kind: 'prompt', question, defaultValue } };
}
