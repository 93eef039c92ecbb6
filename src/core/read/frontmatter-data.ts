import { frontmatterValue } from '../frontmatter';
import type { PlanDocument } from '../markdown';
import { asEpochMs, asText } from '../index/frontmatter-fields';

const cache = new WeakMap<PlanDocument, Record<string, unknown> | null>();

/**
 * The note's properties. When the caller gave no YAML parser (a quick read, a test), the simple
 * `key: value`, `key: [a, b]` and `key:` + `- item` forms are read by hand so title, status,
 * dates and tags still work; anything fancier needs a real parser. Malformed YAML gives null:
 * guessing at a broken block would report properties the user does not have.
 */
export function frontmatterData(doc: PlanDocument): Record<string, unknown> | null {
  if (cache.has(doc)) return cache.get(doc) ?? null;
  const fm = doc.frontmatter;
  let data: Record<string, unknown> | null = null;
  if (fm) {
    if (fm.data) data = fm.data;
    else if (!fm.error && fm.yaml.trim()) data = readSimpleYaml(fm.yaml);
  }
  cache.set(doc, data);
  return data;
}

export function readSimpleYaml(yaml: string): Record<string, unknown> | null {
  const data: Record<string, unknown> = {};
  let listKey: string | null = null;
  for (const line of yaml.split(/\r?\n/)) {
    const item = /^\s+-\s+(.*)$|^-\s+(.*)$/.exec(line);
    if (item && listKey !== null) {
      const list = data[listKey];
      if (Array.isArray(list)) list.push(unquote(item[1] ?? item[2] ?? ''));
      continue;
    }
    const pair = keyValue(line);
    if (!pair) continue;
    const { key } = pair;
    const value = stripComment(pair.value).trim();
    if (value === '') {
      data[key] = [];
      listKey = key;
      continue;
    }
    listKey = null;
    const flow = /^\[(.*)\]$/.exec(value);
    data[key] = flow ? (flow[1] ?? '').split(',').map((v) => unquote(v.trim())).filter((v) => v !== '') : unquote(value);
  }
  // A key with no value and no list items under it is null in YAML, not an empty list.
  for (const [key, value] of Object.entries(data)) if (Array.isArray(value) && value.length === 0) data[key] = null;
  return Object.keys(data).length ? data : null;
}

function stripComment(value: string): string {
  if (value.startsWith('"') || value.startsWith("'")) return value;
  const hash = value.search(/\s#/);
  return hash < 0 ? value : value.slice(0, hash);
}

function unquote(value: string): string {
  const m = /^"(.*)"$|^'(.*)'$/.exec(value.trim());
  return m ? (m[1] ?? m[2] ?? '') : value.trim();
}

/**
 * A property as text: strings trimmed (blank is none), numbers and booleans printed, a date as
 * ISO, the first such text of a list. The rules' reader (index/frontmatter-fields.ts), so the
 * engine and the dashboard read a property alike.
 */
export function textValue(data: Record<string, unknown> | null, ...keys: string[]): string | null {
  return asText(frontmatterValue(data, ...keys));
}

/** A property as a date: a YAML timestamp or text `parseStamp` reads (the rules' reader too). */
export function dateValue(data: Record<string, unknown> | null, ...keys: string[]): Date | null {
  const ms = asEpochMs(frontmatterValue(data, ...keys));
  return ms === null ? null : new Date(ms);
}

/**
 * `key: value` (or `key:` alone): the key runs to the first colon, which a blank or the line's
 * end follows. A scan, not `^([^\s#:][^:]*?)\s*:`, which retried every split of a long run of
 * spaces.
 */
function keyValue(line: string): { key: string; value: string } | null {
  const first = line.charAt(0);
  if (first === '' || first === '#' || first === ':' || /\s/.test(first)) return null;
  const colon = line.indexOf(':');
  if (colon < 0) return null;
  const after = line.slice(colon + 1);
  if (after !== '' && !/^\s/.test(after)) return null;
  return { key: line.slice(0, colon).trimEnd(), value: after.trim() === '' ? '' : after.replace(/^\s+/, '') };
}
