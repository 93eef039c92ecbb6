/**
 * Obsidian's frontmatter and link-text helpers: getAllTags, parseFrontMatter*, getFrontMatterInfo,
 * parseLinktext, getLinkpath. Tag rules follow the captured corpus: only the `tags` property
 * counts (not `TAG`), a string value is one tag (so `a, b` is rejected, not split), values get a
 * leading `#`, an empty list gives `[]` and a null value gives `null`.
 */
import type { CachedMetadata, FrontMatterInfo } from 'obsidian';
import { buildLineTable } from './markdown-lines';
import { findFrontmatterLines } from './metadata';

const reValidTagBody = /^[^\s!"#$%&'()*+,.:;<=>?@[\\\]^`{|}~\u2000-\u206f\u2e00-\u2e7f\u3000-\u303f]+$/u;

function toTag(value: unknown): string | null {
  if (typeof value !== 'string' && typeof value !== 'number') return null;
  const body = String(value).replace(/^#/, '');
  if (!reValidTagBody.test(body) || /^[0-9]+$/.test(body)) return null;
  return '#' + body;
}

export function parseFrontMatterEntry(frontmatter: unknown, key: string | RegExp): unknown {
  if (!frontmatter || typeof frontmatter !== 'object') return null;
  const record = frontmatter as Record<string, unknown>;
  if (typeof key === 'string') return key in record ? record[key] : null;
  for (const k of Object.keys(record)) if (key.test(k)) return record[k];
  return null;
}

export function parseFrontMatterStringArray(
    frontmatter: unknown,
  key: string | RegExp,
  nospaces?: boolean,
): string[] | null {
  const value: unknown = parseFrontMatterEntry(frontmatter, key);
  if (value === null || value === undefined) return null;
  const items = Array.isArray(value) ? value : [value];
  const out: string[] = [];
  for (const item of items) {
    if (typeof item !== 'string' && typeof item !== 'number') continue;
    const text = String(item);
    if (nospaces) out.push(...text.split(/[\s,]+/).filter(Boolean));
    else out.push(text);
  }
  return out;
}

export function parseFrontMatterTags(frontmatter: unknown): string[] | null {
  const value: unknown = parseFrontMatterEntry(frontmatter, 'tags');
  if (value === null || value === undefined) return null;
  const items: unknown[] = Array.isArray(value) ? value : [value];
  const tags: string[] = [];
  for (const item of items) {
    const tag = toTag(item);
    if (tag) tags.push(tag);
  }
  return tags;
}

export function parseFrontMatterAliases(frontmatter: unknown): string[] | null {
  const aliases = parseFrontMatterStringArray(frontmatter, 'aliases');
  return aliases && aliases.length ? aliases : null;
}

/** Frontmatter tags first, then body tags, in document order (duplicates kept). */
export function getAllTags(cache: CachedMetadata): string[] | null {
  const tags = parseFrontMatterTags(cache.frontmatter) ?? [];
  for (const t of cache.tags ?? []) tags.push(t.tag);
  return tags;
}

export function getFrontMatterInfo(content: string): FrontMatterInfo {
  const table = buildLineTable(content);
  const fm = findFrontmatterLines(table);
  if (!fm) return { exists: false, frontmatter: '', from: 0, to: 0, contentStart: 0 };
  const from = table.starts[1] ?? 0;
  const to = fm.closeLine > 1 ? (table.ends[fm.closeLine - 1] ?? from) : from;
  const next = table.starts[fm.closeLine + 1];
  return {
    exists: true,
    frontmatter: fm.yaml,
    from,
    to,
    contentStart: next ?? content.length,
  };
}

export function parseLinktext(linktext: string): { path: string; subpath: string } {
  const hash = linktext.indexOf('#');
  if (hash === -1) return { path: linktext, subpath: '' };
  return { path: linktext.slice(0, hash), subpath: linktext.slice(hash) };
}

export function getLinkpath(linktext: string): string {
  return parseLinktext(linktext).path;
}
