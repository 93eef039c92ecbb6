import { detectEol } from '../../core/markdown';
import { splitFrontmatter, type YamlCodec } from '../../core/template/frontmatter-merge';
import type { Splice } from '../../core/types';
import { errorMessage } from '../note-writer';

/**
 * Property bookkeeping for "Apply plan template to this note". Keys are compared without
 * case (`Status` is `status`), the way Obsidian shows properties, so a note never ends up
 * with near-duplicate keys. Pure: YAML reading and writing are injected.
 */

export type PropertiesRead = { ok: true; data: Record<string, unknown> } | { ok: false; message: string };

function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The properties a rendered template declares ({} without frontmatter). */
export function templateProperties(renderedTemplate: string, yaml: YamlCodec): PropertiesRead {
  const split = splitFrontmatter(renderedTemplate);
  if (split.yaml === null || !split.yaml.trim()) return { ok: true, data: {} };
  let parsed: unknown;
  try {
    parsed = yaml.parse(split.yaml);
  } catch (e) {
    const reason = errorMessage(e).split('\n')[0]?.trim() ?? '';
    return { ok: false, message: `The template's properties cannot be read: ${reason || 'the YAML is malformed'}.` };
  }
  if (parsed === null || parsed === undefined) return { ok: true, data: {} };
  if (!isMapping(parsed)) return { ok: false, message: 'The template\'s properties must be "key: value" lines.' };
  return { ok: true, data: parsed };
}

function findKey(data: Readonly<Record<string, unknown>>, key: string): string | undefined {
  const wanted = key.toLowerCase();
  return Object.keys(data).find((k) => k.toLowerCase() === wanted);
}

/**
 * The template's properties (its values, spelling and order), then the plan's it lacks:
 * the same "template values win" rule as creating a plan.
 */
export function wantedProperties(
  planProps: Readonly<Record<string, unknown>>,
  templateProps: Readonly<Record<string, unknown>>,
): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...templateProps };
  for (const [key, value] of Object.entries(planProps)) {
    if (findKey(templateProps, key) === undefined) merged[key] = value;
  }
  return merged;
}

/** The wanted properties the note lacks; a key the note has keeps its value, even empty. */
export function absentProperties(
  noteProps: Readonly<Record<string, unknown>> | null,
  wanted: Readonly<Record<string, unknown>>,
): Record<string, unknown> {
  const absent: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(wanted)) {
    if (!noteProps || findKey(noteProps, key) === undefined) absent[key] = value;
  }
  return absent;
}

/**
 * One insert-only splice adding `additions` just before the closing `---` (or a new block at
 * the top, after a BOM), in the note's line ending. Nothing already written moves or changes.
 */
export function propertiesInsertSplice(
  noteText: string,
  additions: Readonly<Record<string, unknown>>,
  yaml: YamlCodec,
): Splice | null {
  if (Object.keys(additions).length === 0) return null;
  const eol = detectEol(noteText);
  const lf = yaml.stringify(additions).replace(/\r\n/g, '\n');
  const lines = (lf.endsWith('\n') ? lf : `${lf}\n`).replace(/\n/g, eol);
  const split = splitFrontmatter(noteText);
  if (split.yaml === null) {
    return { offset: split.bodyStart, deleteCount: 0, insert: `---${eol}${lines}---${eol}` };
  }
  return { offset: split.yamlEnd, deleteCount: 0, insert: lines };
}
