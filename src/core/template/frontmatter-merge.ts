import { readFrontmatter } from '../frontmatter';
import { applySplices } from '../text';
import type { Splice } from '../types';

/**
 * Merges a plan's properties into a rendered template's frontmatter.
 *
 * Policy:
 * - Template values win. A key counts as present whatever its case (`Status` matches
 *   `status`), so the result never holds near-duplicate keys.
 * - Exceptions: a template key left empty (`created:` or `created: ""`) is filled with the
 *   plan's value, and `tags` are unioned: the template's tags in their order, then the plan's
 *   tags it lacks (compared without case and without a leading `#`).
 * - The template's YAML text is kept byte for byte (comments, order, quoting, Templater tags);
 *   missing properties are appended before the closing `---`, and only an entry that must
 *   change (an empty value, a tags list gaining a tag) is rewritten. The body is never touched.
 * - Without frontmatter, one is created at the top (after a BOM), in the note's line ending.
 *
 * Parsing and writing YAML are injected: Obsidian's parseYaml/stringifyYaml in the plugin,
 * the `yaml` package in the CLI and tests.
 */

export interface YamlCodec {
  parse: (yaml: string) => unknown;
  stringify: (value: unknown) => string;
}

export type MergeResult =
  | {
      ok: true;
      text: string;
      /** The caller's cursor offset moved to the new text; null when none was given or its
       * place was rewritten. */
      cursor: number | null;
    }
  | { ok: false; message: string };

export interface FrontmatterSplit {
  /** The YAML between the fences, or null when the text has no frontmatter. */
  yaml: string | null;
  /** Offsets of the YAML inside the text (equal when there is no frontmatter). */
  yamlStart: number;
  yamlEnd: number;
  /** Where the body starts: just past the closing fence line, or after a BOM. */
  bodyStart: number;
  body: string;
}

/**
 * Frontmatter exists only when the text (after an optional BOM) starts with a `---` line and
 * a later line is `---`; the same rule Obsidian and the rest of the engine use.
 */
export function splitFrontmatter(text: string): FrontmatterSplit {
  const fm = readFrontmatter(text);
  if (!fm) {
    const bodyStart = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    return { yaml: null, yamlStart: bodyStart, yamlEnd: bodyStart, bodyStart, body: text.slice(bodyStart) };
  }
  return {
    yaml: fm.yaml,
    yamlStart: fm.contentStart,
    yamlEnd: fm.contentEnd,
    bodyStart: fm.end,
    body: text.slice(fm.end),
  };
}

export function mergePlanProperties(
  renderedTemplate: string,
  planProps: Record<string, unknown>,
  yaml: YamlCodec,
  cursor: number | null = null,
): MergeResult {
  const text = renderedTemplate;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const write = (value: Record<string, unknown>): string => withEol(yaml.stringify(value), eol);
  const split = splitFrontmatter(text);

  if (split.yaml === null) {
    if (Object.keys(planProps).length === 0) return { ok: true, text, cursor };
    const block = `---${eol}${write(planProps)}---${eol}`;
    return finish(text, [{ offset: split.bodyStart, deleteCount: 0, insert: block }], cursor);
  }

  const read = readMapping(split.yaml, yaml);
  if (!read.ok) return read;
  const templateData = read.data;
  const templateKeys = new Map(Object.keys(templateData).map((k) => [k.toLowerCase(), k]));

  const splices: Splice[] = [];
  const missing: Record<string, unknown> = {};
  const merged: Record<string, unknown> = { ...templateData };
  for (const [key, planValue] of Object.entries(planProps)) {
    const templateKey = templateKeys.get(key.toLowerCase());
    if (templateKey === undefined) {
      missing[key] = planValue;
      merged[key] = planValue;
      continue;
    }
    const replacement = replacementValue(key, templateData[templateKey], planValue);
    if (replacement === undefined) continue;
    const entry = findTopLevelEntry(split.yaml, templateKey);
    // An entry we cannot locate exactly, or one built by Templater, is left to the template.
    if (!entry || split.yaml.slice(entry.start, entry.end).includes('<%')) continue;
    merged[templateKey] = replacement;
    splices.push({
      offset: split.yamlStart + entry.start,
      deleteCount: entry.end - entry.start,
      insert: write({ [templateKey]: replacement }),
    });
  }
  if (Object.keys(missing).length > 0) {
    splices.push({ offset: split.yamlEnd, deleteCount: 0, insert: write(missing) });
  }
  if (splices.length === 0) return { ok: true, text, cursor };

  const result = finish(text, splices, cursor);
  if (result.ok && holdsKeys(result.text, Object.keys(merged), yaml)) return result;
  // Safety net for YAML whose layout defeats the line-based edit (never seen in practice):
  // rewrite the whole block from the merged values instead.
  const rewrite: Splice = {
    offset: split.yamlStart,
    deleteCount: split.yamlEnd - split.yamlStart,
    insert: write(merged),
  };
  const rewritten = finish(text, [rewrite], cursor);
  if (rewritten.ok && holdsKeys(rewritten.text, Object.keys(merged), yaml)) return rewritten;
  return { ok: false, message: 'The plan properties could not be merged into the template\'s frontmatter.' };
}

/** The value to write over the template's, or undefined when the template's value stands. */
function replacementValue(key: string, templateValue: unknown, planValue: unknown): unknown {
  if (key.toLowerCase() === 'tags' && Array.isArray(planValue)) {
    const existing = tagList(templateValue);
    if (!existing) return undefined;
    const seen = new Set(existing.map(tagKey));
    const added = planValue.filter((t): t is string => typeof t === 'string' && !seen.has(tagKey(t)));
    return added.length > 0 ? [...existing, ...added] : undefined;
  }
  if (templateValue === null || templateValue === '') return planValue;
  return undefined;
}

function tagList(value: unknown): string[] | null {
  if (value === null || value === undefined) return [];
  if (typeof value === 'string') return value.split(/[,\s]+/).filter(Boolean);
  if (Array.isArray(value)) return value.filter((t) => t !== null && t !== undefined).map(String);
  return null;
}

function tagKey(tag: string): string {
  return tag.replace(/^#/, '').toLowerCase();
}

const PROPERTIES = "The template's properties (the YAML between the --- lines)";

type ReadResult = { ok: true; data: Record<string, unknown> } | { ok: false; message: string };

function readMapping(source: string, yaml: YamlCodec): ReadResult {
  if (!source.trim()) return { ok: true, data: {} };
  let parsed: unknown;
  try {
    parsed = yaml.parse(maskTemplaterTags(source));
  } catch (e) {
    const firstLine = (e instanceof Error ? e.message : String(e)).split('\n')[0] ?? '';
    const reason = firstLine.trim().replace(/[:.\s]+$/, '') || 'the YAML is malformed';
    return {
      ok: false,
      message: `${PROPERTIES} cannot be read: ${reason}.`,
    };
  }
  if (parsed === null || parsed === undefined) return { ok: true, data: {} };
  if (typeof parsed !== 'object' || Array.isArray(parsed)) {
    return {
      ok: false,
      message: `${PROPERTIES} must be "key: value" lines, but they hold ${
        Array.isArray(parsed) ? 'a list' : 'a single value'
      }.`,
    };
  }
  return { ok: true, data: parsed as Record<string, unknown> };
}

/**
 * Templater fills `<% … %>` later; until then a tag may hold characters YAML trips over
 * (`: `, quotes), so tags are read as plain words. The text itself is never changed.
 */
function maskTemplaterTags(source: string): string {
  let n = 0;
  return source.replace(/<%[\s\S]*?%>/g, () => `templater_tag_${n++}`);
}

function holdsKeys(text: string, keys: readonly string[], yaml: YamlCodec): boolean {
  const split = splitFrontmatter(text);
  if (split.yaml === null) return false;
  const read = readMapping(split.yaml, yaml);
  if (!read.ok) return false;
  const present = new Set(Object.keys(read.data).map((k) => k.toLowerCase()));
  return keys.every((k) => present.has(k.toLowerCase()));
}

/**
 * Offsets of a top-level `key:` entry in YAML text: its line and every following line that
 * belongs to it (indented, or a `- item` of a block list). Blank and comment lines between
 * such lines are included; trailing ones are not. Null for keys written in other ways.
 */
export function findTopLevelEntry(source: string, key: string): { start: number; end: number } | null {
  const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const keyLine = new RegExp(`^(?:${escaped}|"${escaped}"|'${escaped}')[ \\t]*:(?:[ \\t]|$)`);
  let start = -1;
  let end = -1;
  let offset = 0;
  for (const raw of source.split('\n')) {
    const lineEnd = Math.min(source.length, offset + raw.length + 1);
    const line = raw.replace(/\r$/, '');
    if (start < 0) {
      if (keyLine.test(line)) {
        start = offset;
        end = lineEnd;
      }
    } else if (/^[ \t]/.test(line) && line.trim() !== '' && !line.trimStart().startsWith('#')) {
      end = lineEnd;
    } else if (/^-(?:[ \t]|$)/.test(line)) {
      end = lineEnd;
    } else if (line.trim() !== '' && !line.startsWith('#') && !/^[ \t]+#/.test(line)) {
      break;
    }
    offset = lineEnd;
  }
  return start < 0 ? null : { start, end };
}

function withEol(text: string, eol: string): string {
  const lf = text.replace(/\r\n/g, '\n');
  const ended = lf.endsWith('\n') ? lf : `${lf}\n`;
  return eol === '\n' ? ended : ended.replace(/\n/g, eol);
}

function finish(text: string, splices: readonly Splice[], cursor: number | null): MergeResult {
  return { ok: true, text: applySplices(text, splices), cursor: cursor === null ? null : mapOffset(cursor, splices) };
}

/** Where an offset lands after the splices; null when it was inside deleted text. */
function mapOffset(offset: number, splices: readonly Splice[]): number | null {
  let shift = 0;
  for (const s of splices) {
    if (offset >= s.offset + s.deleteCount) shift += s.insert.length - s.deleteCount;
    else if (offset > s.offset || (s.deleteCount > 0 && offset === s.offset)) return null;
  }
  return offset + shift;
}
