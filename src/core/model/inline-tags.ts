import { inlineQuietRanges } from '../inline';
import type { PlanDocument } from '../markdown';
import { blankOut } from '../text';
import type { MetaTag } from './note-model';

/**
 * Inline `#tags` of a note for builder A, with Obsidian's tag characters: a tag starts after
 * whitespace, the line start or punctuation (not `#` or `&`), runs over letters, digits, `-`,
 * `_` and `/`, and is not all digits. Code (blocks and spans), HTML (blocks and `<!-- -->`),
 * links' targets and the frontmatter hold none. Like Obsidian, tags inside `%%` comments are
 * reported: the rules decide what they mean (rules/tags.ts passes over them).
 */
export function inlineTags(doc: PlanDocument): MetaTag[] {
  if (!mayHoldTag(doc.text)) return [];
  const text = maskQuiet(doc);
  const tags: MetaTag[] = [];
  const lines = doc.lines;
  for (let i = text.indexOf('#'); i >= 0; i = text.indexOf('#', i + 1)) {
    if (!canStartTag(text.charCodeAt(i - 1))) continue;
    let j = i + 1;
    while (j < text.length && isTagChar(text.charCodeAt(j))) j++;
    const body = text.slice(i + 1, j);
    if (body === '' || /^[0-9]+$/.test(body) || insideUrl(text, i)) {
      i = Math.max(i, j - 1);
      continue;
    }
    const line = lines.lineOf(i) - 1;
    const lineStart = lines.startOf(line + 1);
    tags.push({
      tag: `#${body}`,
      position: { start: { line, col: i - lineStart, offset: i }, end: { line, col: j - lineStart, offset: j } },
    });
    i = j - 1;
  }
  return tags;
}

/**
 * Whether some `#` is followed by a tag character. Masking only turns characters into spaces,
 * so without one no tag can be found, and the mask (a walk of the whole tree) is spared: most
 * notes' only `#` are their headings' (`## Progress`).
 */
function mayHoldTag(text: string): boolean {
  for (let i = text.indexOf('#'); i >= 0; i = text.indexOf('#', i + 1)) {
    if (i + 1 < text.length && isTagChar(text.charCodeAt(i + 1))) return true;
  }
  return false;
}

/** A `#fragment` of a bare `http(s)://` address is no tag. */
function insideUrl(text: string, at: number): boolean {
  let s = at;
  while (s > 0 && !isWhitespace(text.charCodeAt(s - 1))) s--;
  return /^<?https?:\/\//.test(text.slice(s, at));
}

function isAsciiPunctuation(c: number): boolean {
  return (c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126);
}

function isWhitespace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 0xa0 || c === 0x3000 || c === 0xfeff;
}

function isTagChar(c: number): boolean {
  if (c < 128) {
    if (c === 45 || c === 95 || c === 47) return true;
    return !(isWhitespace(c) || isAsciiPunctuation(c) || c < 32);
  }
  return !(
    (c >= 0xa0 && c <= 0xbf) ||
    (c >= 0x2000 && c <= 0x206f) ||
    (c >= 0x2e00 && c <= 0x2e7f) ||
    (c >= 0x3000 && c <= 0x303f) ||
    (c >= 0xff01 && c <= 0xff0f) ||
    (c >= 0xff1a && c <= 0xff20) ||
    (c >= 0xff3b && c <= 0xff40) ||
    (c >= 0xff5b && c <= 0xff65) ||
    c === 0xfeff
  );
}

function canStartTag(prev: number): boolean {
  if (Number.isNaN(prev) || isWhitespace(prev)) return true;
  if (prev < 128) return prev !== 35 && prev !== 38 && prev !== 95 && isAsciiPunctuation(prev);
  return !/[\p{L}\p{N}_]/u.test(String.fromCharCode(prev));
}

/** The note with code, HTML and link targets blanked (same length), where Obsidian sees no tags. */
function maskQuiet(doc: PlanDocument): string {
  const ranges: [number, number][] = [];
  const tree = doc.tree;
  const visit = (node: number): void => {
    const type = tree.type(node);
    const start = tree.start(node);
    const end = tree.end(node);
    if (type === 'code' || type === 'yaml') return void ranges.push([start, end]);
    if (type === 'html') {
      if (!doc.text.startsWith('%%', start)) ranges.push([start, end]);
      return;
    }
    if (type === 'text') {
      const found = inlineQuietRanges(doc.text, start, end);
      ranges.push(...found.code, ...found.comments);
      return;
    }
    for (let child = tree.firstChild(node); child >= 0; child = tree.nextSibling(child)) visit(child);
  };
  visit(tree.root);
  if (doc.frontmatter) ranges.push([doc.frontmatter.start, doc.frontmatter.end]);
  for (const m of doc.text.matchAll(/\[\[[^\]\n]*\]\]|\]\([^)\n]*\)/g)) ranges.push([m.index, m.index + m[0].length]);
  ranges.sort((a, b) => a[0] - b[0]);
  const parts: string[] = [];
  let at = 0;
  for (const [s, e] of ranges) {
    if (e <= at) continue;
    const from = Math.max(s, at);
    parts.push(doc.text.slice(at, from), blankOut(doc.text.slice(from, e)));
    at = e;
  }
  parts.push(doc.text.slice(at));
  return parts.join('');
}
