import { needsQuotes } from '../edit/yaml-scalar';
import type { TemplatePart } from './scan';

/**
 * What a user typed (a title, a prompt answer) and what the settings hold (folder, status) is
 * data, never template syntax. Only the template's own text may carry Templater tags,
 * properties or Markdown structure, so every such value is made inert for the place it lands:
 *
 * - everywhere: `<%` becomes `<\%`, which Templater does not read as a tag (Markdown shows it
 *   as `<%`), so a title such as `<%* app.vault.adapter.remove("x") %>` is never run;
 * - in the properties: the value is written as a YAML scalar of its own (quoted when YAML
 *   needs it, escaped inside the template's quotes), so `x"⏎status: Complete` cannot add a
 *   property and `a: b` cannot break the YAML;
 * - in the body: the value stays on one line, and when it starts a line it cannot open a
 *   heading, list, quote, fence, table or comment (its first character is backslash-escaped);
 *   `%%` and `<!--`, which would hide the rest of the note, are broken up the same way.
 */

/** Where a value lands in the template, read from the template's own text. */
export type ValueSlot =
  | { kind: 'body' }
  /** Inside the template's "…" or '…' in the properties. */
  | { kind: 'yaml-double' }
  | { kind: 'yaml-single' }
  /** The whole scalar: after `key:` or `- ` (block), or a whole item of a `[…]`/`{…}` (flow). */
  | { kind: 'yaml-whole'; flow: boolean }
  /** Part of a longer plain scalar, or a place YAML gives no way to quote. */
  | { kind: 'yaml-inline' };

/**
 * The template with every variable and Templater tag blanked to `x` (line breaks kept), so
 * quotes or colons inside them (`{{prompt:Who's the owner?}}`) do not mislead the YAML reading.
 */
export function maskTemplate(template: string, parts: readonly TemplatePart[]): string {
  let out = '';
  let from = 0;
  for (const part of parts) {
    if (part.kind === 'text') continue;
    out += template.slice(from, part.start) + template.slice(part.start, part.end).replace(/[^\r\n]/g, 'x');
    from = part.end;
  }
  return out + template.slice(from);
}

const KEY = /^(?:"(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s#"'?:,[\]{}-][^#]*?|[-?:][^\s#][^#]*?)[ \t]*:(?:[ \t]+|$)/;

/** The slot of a variable at [at, end) of the (masked) template's frontmatter. */
export function yamlSlot(masked: string, at: number, end: number): ValueSlot {
  const lineStart = masked.lastIndexOf('\n', at - 1) + 1;
  const newline = masked.indexOf('\n', end);
  const after = masked.slice(end, newline < 0 ? masked.length : newline).replace(/\r$/, '');
  const prefix = masked.slice(lineStart, at);
  let i = /^[ \t]*/.exec(prefix)?.[0].length ?? 0;
  for (;;) {
    const dash = /^-(?:[ \t]+|$)/.exec(prefix.slice(i));
    if (!dash) break;
    i += dash[0].length;
  }
  const key = KEY.exec(prefix.slice(i));
  if (key) i += key[0].length;
  const rest = prefix.slice(i);
  if (rest === '') {
    return /^[ \t]*(?:#.*)?$/.test(after) ? { kind: 'yaml-whole', flow: false } : { kind: 'yaml-inline' };
  }
  const first = rest.charAt(0);
  if (first === '"' || first === "'") {
    const state = quoteState(rest);
    return state ? { kind: `yaml-${state}` } : { kind: 'yaml-inline' };
  }
  if (first === '[' || first === '{') {
    const state = quoteState(rest);
    if (state) return { kind: `yaml-${state}` };
    const before = rest.replace(/[ \t]+$/, '');
    const opensItem = /[[{,]$/.test(before) || (/:$/.test(before) && before.length < rest.length);
    const closesItem = /^[ \t]*[,\]}]/.test(after);
    return opensItem && closesItem ? { kind: 'yaml-whole', flow: true } : { kind: 'yaml-inline' };
  }
  return { kind: 'yaml-inline' };
}

/** Whether the end of `text` is inside a "…" or '…' (flow brackets are skipped over). */
function quoteState(text: string): 'double' | 'single' | null {
  let state: 'double' | 'single' | null = null;
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    if (state === 'double') {
      if (c === '\\') i++;
      else if (c === '"') state = null;
    } else if (state === 'single') {
      if (c === "'") {
        if (text.charAt(i + 1) === "'") i++;
        else state = null;
      }
    } else if (c === '"') state = 'double';
    else if (c === "'") state = 'single';
  }
  return state;
}

/** `<%` never survives in a value: Templater would run it. */
export function withoutTemplaterTags(value: string): string {
  return value.replace(/<%/g, '<\\%');
}

/** Words YAML reads as something other than the text typed (hex, octal, infinity, not-a-number). */
const READS_AS_OTHER = /^[-+]?(?:0x[0-9a-f_]+|0o[0-7_]+|0b[01_]+|\.inf|\.nan)$/i;

/** A value for a YAML slot; null when it cannot be placed there without changing the YAML. */
export function yamlValue(value: string, slot: Exclude<ValueSlot, { kind: 'body' }>): string | null {
  const v = withoutTemplaterTags(value);
  switch (slot.kind) {
    case 'yaml-double':
      return JSON.stringify(v).slice(1, -1);
    case 'yaml-single':
      return oneLine(v).replace(/'/g, "''");
    case 'yaml-whole':
      if (/[\r\n]/.test(v) || needsQuotes(v) || READS_AS_OTHER.test(v) || (slot.flow && /[,[\]{}]/.test(v))) {
        return JSON.stringify(v);
      }
      // Decimal numbers and dates stay plain, so a "Due date?" answer is a date property.
      return v;
    case 'yaml-inline': {
      const flat = oneLine(v);
      // Inside a longer plain scalar only text YAML reads as more of the same word is safe.
      if (/[:#'"[\]{},]/.test(flat) || hasControl(flat)) return null;
      return flat;
    }
  }
}

/** Line breaks (and the spaces around them) become one space. */
export function oneLine(value: string): string {
  return value.replace(/[ \t]*(?:\r\n|\r|\n)+[ \t]*/g, ' ');
}

function hasControl(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if ((code < 0x20 && code !== 0x09) || code === 0x7f) return true;
  }
  return false;
}

/**
 * What may stand before a value on its output line for the value to begin a Markdown block:
 * indentation, list markers (with a task box) and quote markers.
 */
const BLOCK_PREFIX = /^(?:[ \t]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[.\][ \t]+)?|>[ \t]?))*[ \t]*$/;

/** A line start that Markdown (or Obsidian) reads as structure. */
const BLOCK_START = /^(?:#|>|[-*+_=~`|<$%]|\d{1,9}[.)]|\[\^)/;

/**
 * A value for the note's body. `linePrefix` is the output between the last line break and the
 * value. The value is kept on one line; when it would begin a block, its leading spaces are
 * dropped (four would make code) and its first marker is escaped; in a table row its pipes
 * are escaped.
 */
export function bodyValue(value: string, linePrefix: string): string {
  let v = oneLine(withoutTemplaterTags(value)).replace(/%(?=%)/g, '%\\').replace(/<!--/g, '<\\!--');
  // In a table row a `|` would start a new cell.
  if (linePrefix.includes('|')) v = v.replace(/\\?\|/g, '\\|');
  if (BLOCK_PREFIX.test(linePrefix)) {
    v = v.replace(/^[ \t]+/, '');
    const ordered = /^(\d{1,9})([.)])/.exec(v);
    if (ordered) v = `${ordered[1] ?? ''}\\${v.slice((ordered[1] ?? '').length)}`;
    else if (BLOCK_START.test(v)) v = `\\${v}`;
  }
  return v;
}
