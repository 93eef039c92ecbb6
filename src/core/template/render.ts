import { applyOffsets } from './date-math';
import { formatMoment } from './moment-format';
import { scanTemplate } from './scan';
import type { PromptSpec, RenderResult, TemplateContext, TemplateError } from './types';
import { toUtcWall } from './utc-wall-date';
import { parseVariable, type Variable } from './variables';

/** `{{utc}}`: ISO 8601 in UTC to the second, without milliseconds: 2026-11-21T14:05:00Z. */
export const UTC_FORMAT = 'YYYY-MM-DD[T]HH:mm:ss[Z]';
export const DATE_FORMAT = 'YYYY-MM-DD';
export const TIME_FORMAT = 'HH:mm';

/**
 * Renders our `{{variables}}` in one pass (see scan.ts for the escape and Templater rules).
 * Values are inserted as they are and never scanned again, so a title or an answer that
 * contains `{{` stays literal. Templater tags are copied untouched.
 * The first problem found, in template order, is returned as the error.
 */
export function renderTemplate(template: string, ctx: TemplateContext): RenderResult {
  const prompts = promptDefaults(template);
  let text = '';
  let cursor: number | null = null;
  for (const part of scanTemplate(template)) {
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
    const value = valueOf(variable, part.inner.trim(), ctx, prompts);
    if (typeof value !== 'string') return { ok: false, error: value };
    text += value;
  }
  return { ok: true, text, cursor };
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
      return ctx.title;
    case 'status':
      return ctx.status;
    case 'folder':
      return ctx.folder;
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
      const format = variable.format ?? defaultFormat(variable.kind);
      return formatMoment(shifted, format, { utc });
    }
  }
}

function defaultFormat(kind: 'date' | 'time' | 'utc'): string {
  if (kind === 'time') return TIME_FORMAT;
  if (kind === 'utc') return UTC_FORMAT;
  return DATE_FORMAT;
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
