import { readFrontmatter } from '../frontmatter';
import { applyOffsets } from './date-math';
import { formatMoment } from './moment-format';
import { bodyValue, maskTemplate, yamlSlot, yamlValue } from './safe-values';
import { scanTemplate, type TemplatePart } from './scan';
import type { PromptSpec, RenderResult, TemplateContext, TemplateError } from './types';
import { toUtcWall } from './utc-wall-date';
import { parseVariable, type Variable } from './variables';

/** `{{utc}}`: ISO 8601 in UTC to the second, without milliseconds: 2026-11-21T14:05:00Z. */
export const UTC_FORMAT = 'YYYY-MM-DD[T]HH:mm:ss[Z]';
export const DATE_FORMAT = 'YYYY-MM-DD';
export const TIME_FORMAT = 'HH:mm';

export interface RenderOptions {
  /**
   * Insert values exactly as given, for text that is not a note (a file name, cleaned
   * afterwards). Notes always get values made inert for where they land (safe-values.ts).
   */
  rawValues?: boolean;
}

/**
 * Renders our `{{variables}}` in one pass (see scan.ts for the escape and Templater rules).
 * Values are inserted once and never scanned again, so a title or an answer that contains
 * `{{` stays literal. Templater tags are copied untouched. Values the user typed or set (title,
 * answers, folder, status) are data: they never become a Templater tag, a property or Markdown
 * structure (safe-values.ts); a value that has no safe form where the template puts it is an
 * error. The first problem found, in template order, is returned as the error.
 */
export function renderTemplate(template: string, ctx: TemplateContext, options: RenderOptions = {}): RenderResult {
  const prompts = promptDefaults(template);
  const parts = scanTemplate(template);
  const fm = options.rawValues ? null : readFrontmatter(template);
  const masked = fm ? maskTemplate(template, parts) : '';
  let text = '';
  let cursor: number | null = null;
  for (const [index, part] of parts.entries()) {
    if (part.kind !== 'variable') {
      text += part.text;
      continue;
    }
    const parsed = parseVariable(part.inner);
    if (!parsed.ok) return { ok: false, error: parsed.error };
    const variable = parsed.variable;
    if (variable.kind === 'cursor') {
      // The first marker wins; later ones simply disappear.
      cursor ??= text.length;
      continue;
    }
    const written = part.inner.trim();
    const value = valueOf(variable, written, ctx, prompts);
    if (typeof value !== 'string') return { ok: false, error: value };
    if (options.rawValues || !isTyped(variable)) {
      text += value;
      continue;
    }
    const inYaml = fm !== null && part.start >= fm.contentStart && part.start < fm.contentEnd;
    const placed = inYaml
      ? placeInYaml(value, masked, part)
      : bodyValue(value, text.slice(Math.max(text.lastIndexOf('\n'), text.lastIndexOf('\r')) + 1));
    if (placed === null) return { ok: false, error: unsafeValue(written) };
    text += guardTagEdges(text, placed, parts[index + 1], inYaml);
  }
  return { ok: true, text, cursor };
}

/** Values that come from the user or the settings, not from the template. */
function isTyped(variable: Variable): boolean {
  return ['title', 'prompt', 'folder', 'status'].includes(variable.kind);
}

function placeInYaml(value: string, masked: string, part: { start: number; end: number }): string | null {
  const slot = yamlSlot(masked, part.start, part.end);
  return slot.kind === 'body' ? value : yamlValue(value, slot);
}

/**
 * A value must not complete a `<%` with the template text around it (`<{{title}}` with a
 * title starting `%`): the edge character is escaped, or the value refused in YAML where it
 * cannot be.
 */
function guardTagEdges(before: string, placed: string, next: TemplatePart | undefined, inYaml: boolean): string {
  let out = placed;
  if (before.endsWith('<') && out.startsWith('%')) out = inYaml ? `\\x25${out.slice(1)}` : `\\${out}`;
  if (out.endsWith('<') && next?.kind === 'text' && next.text.startsWith('%')) {
    out = inYaml ? `${out.slice(0, -1)}\\x3C` : `${out.slice(0, -1)}&lt;`;
  }
  return out;
}

function unsafeValue(written: string): TemplateError {
  return {
    code: 'unsafe-value',
    variable: written,
    message:
      `The value for {{${written}}} cannot be put into the template's properties where it stands without changing ` +
      `them (it holds characters such as ":", "#", quotes or brackets). In the template, put the variable in quotes ` +
      `("{{${written}}}"), or choose another value.`,
  };
}

function valueOf(
  variable: Variable,
  written: string,
  ctx: TemplateContext,
  prompts: ReadonlyMap<string, string | null>,
): string | TemplateError {
  switch (variable.kind) {
    case 'cursor':
      return '';
    case 'title':
    case 'status':
    case 'folder':
      return ctx[variable.kind];
    case 'prompt': {
      const answer = ctx.answers.get(variable.question) ?? prompts.get(variable.question) ?? null;
      if (answer !== null) return answer;
      return {
        code: 'unanswered-prompt',
        variable: variable.question,
        message: `The prompt "${variable.question}" ({{${written}}}) has no answer and no default.`,
      };
    }
    case 'date':
    case 'time':
    case 'utc': {
      const utc = variable.kind === 'utc' || ctx.utc;
      const base = utc ? toUtcWall(ctx.now) : ctx.now;
      const shifted = applyOffsets(base, variable.offsets);
      if (Number.isNaN(shifted.getTime())) {
        return {
          code: 'bad-format',
          variable: written,
          message: `{{${written}}} moves the date outside the range a calendar can show.`,
        };
      }
      const format = variable.format ?? { date: DATE_FORMAT, time: TIME_FORMAT, utc: UTC_FORMAT }[variable.kind];
      return formatMoment(shifted, format, { utc });
    }
  }
}

/**
 * Distinct questions in order of first appearance, each with the first default given for it,
 * so an adapter asks once per question. Variables that cannot be read are skipped here;
 * rendering reports them.
 */
export function collectPrompts(template: string): PromptSpec[] {
  const specs = new Map<string, PromptSpec>();
  for (const part of scanTemplate(template)) {
    if (part.kind !== 'variable') continue;
    const parsed = parseVariable(part.inner);
    if (!parsed.ok || parsed.variable.kind !== 'prompt') continue;
    const { question, defaultValue } = parsed.variable;
    const known = specs.get(question);
    if (!known) specs.set(question, { question, defaultValue });
    else if (known.defaultValue === null && defaultValue !== null) known.defaultValue = defaultValue;
  }
  return [...specs.values()];
}

function promptDefaults(template: string): ReadonlyMap<string, string | null> {
  return new Map(collectPrompts(template).map((p) => [p.question, p.defaultValue]));
}
