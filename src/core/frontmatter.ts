import type { FrontmatterBlock, YamlParser } from './types';

/**
 * Finds the YAML frontmatter block the way Obsidian does: the note (after an optional BOM)
 * starts with a `---` line and a later line is exactly `---`. The YAML is parsed by the
 * caller's parser so the plugin bundle can use Obsidian's own and ship no YAML library.
 */
export function readFrontmatter(text: string, parseYaml?: YamlParser): FrontmatterBlock | null {
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  // Line breaks are LF, CRLF or a lone CR (old Mac files), as Obsidian reads them.
  const open = /^---[ \t]*(?:\r\n|\r|\n)/.exec(text.slice(start, start + 8));
  if (!open) return null;
  const contentStart = start + open[0].length;
  const rest = text.slice(contentStart);
  // The closing fence may directly follow the opening one (empty frontmatter).
  const match = /(^|\r\n|\r|\n)---[ \t]*(\r\n|\r|\n|$)/.exec(rest);
  if (!match) return null;
  const fenceStart = contentStart + match.index + (match[1] ?? '').length;
  const end = contentStart + match.index + match[0].length;
  const contentEnd = fenceStart;
  const yaml = text.slice(contentStart, contentEnd);
  let data: Record<string, unknown> | null = null;
  let error: string | null = null;
  if (parseYaml && yaml.trim()) {
    try {
      // YAML parsers differ on a lone CR; it is a line break here, one character for one.
      const parsed = parseYaml(yaml.replace(/\r(?!\n)/g, '\n'));
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) {
        data = parsed as Record<string, unknown>;
      } else if (parsed !== null && parsed !== undefined) {
        error = 'the frontmatter is not a list of properties';
      }
    } catch (e) {
      error = firstLine(e instanceof Error ? e.message : String(e));
    }
  }
  return { start, end, contentStart, contentEnd, yaml, data, error };
}

function firstLine(message: string): string {
  return message.split('\n')[0]?.trim() ?? message;
}

/** Each property object's keys by lower case (the first of each), built once per object. */
const lowerKeys = new WeakMap<Record<string, unknown>, Map<string, string>>();

/**
 * Reads a frontmatter value case-insensitively by any of several key names (the first name
 * that is present wins). The key index is built once per object, so a note with thousands of
 * properties is not walked again for every name the engine looks up.
 */
export function frontmatterValue(data: Record<string, unknown> | null, ...keys: string[]): unknown {
  if (!data) return undefined;
  let index = lowerKeys.get(data);
  if (!index) {
    index = new Map();
    for (const k of Object.keys(data)) {
      const lower = k.toLowerCase();
      if (!index.has(lower)) index.set(lower, k);
    }
    lowerKeys.set(data, index);
  }
  for (const key of keys) {
    const actual = index.get(key.toLowerCase());
    if (actual !== undefined) return data[actual];
  }
  return undefined;
}
