/**
 * Inline scanner for the metadata stand-in: tags, wikilinks, markdown links and embeds in one
 * pass over a block's text. Inline code, HTML comments, escapes and bare URLs are skipped (Obsidian
 * ignores tags and links there); `%%` comments are NOT skipped, because Obsidian's cache does
 * report the tags and links written inside them.
 */
import type { EmbedCache, LinkCache, Pos, TagCache } from 'obsidian';

export interface InlineRefs {
  tags: TagCache[];
  links: LinkCache[];
  embeds: EmbedCache[];
}

/** Builds positions; the caller knows how offsets map to lines. */
export type PosAt = (line: number, startCol: number, endCol: number) => Pos;

/** State carried from one line of a block to the next (an HTML comment may span lines). */
export interface InlineState {
  inHtmlComment: boolean;
}

const reScheme = /^[a-z][a-z0-9+.-]*:/i;
const reInlineSpecial = /[\\`<![#]|https?:\/\//g;

function isAsciiPunctuation(c: number): boolean {
  return (c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126);
}

function isWhitespace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 0xa0 || c === 0x3000 || c === 0xfeff;
}

/** Characters that end a tag: whitespace and punctuation, except `-`, `_` and `/`. */
function isTagChar(c: number): boolean {
  if (c < 128) {
    if (c === 45 || c === 95 || c === 47) return true;
    return !(isWhitespace(c) || isAsciiPunctuation(c) || c < 32);
  }
  if (c >= 0xa0 && c <= 0xbf) return false;
  if (c >= 0x2000 && c <= 0x206f) return false;
  if (c >= 0x2e00 && c <= 0x2e7f) return false;
  if (c >= 0x3000 && c <= 0x303f) return false;
  if (c >= 0xff01 && c <= 0xff0f) return false;
  if (c >= 0xff1a && c <= 0xff20) return false;
  if (c >= 0xff3b && c <= 0xff40) return false;
  if (c >= 0xff5b && c <= 0xff65) return false;
  if (c === 0xfeff) return false;
  return true;
}

const reWordChar = /[\p{L}\p{N}_]/u;

/** A `#` starts a tag only after whitespace, the line start, or punctuation (not `#`, `&`). */
function canStartTag(prev: number): boolean {
  if (Number.isNaN(prev) || isWhitespace(prev)) return true;
  if (prev < 128) {
    if (prev === 35 || prev === 38) return false;
    return isAsciiPunctuation(prev) && prev !== 95;
  }
  return !reWordChar.test(String.fromCharCode(prev));
}

/** `[[a#b#c]]` is shown as "a > b > c"; a leading `#` (same-note link) is dropped. */
export function wikilinkDisplayText(link: string): string {
  if (!link.includes('#')) return link;
  const parts = link.split('#');
  if (parts[0] === '') parts.shift();
  return parts.join(' > ');
}

/** Splits wikilink text into link and alias; a `|` in first position is part of the link. */
export function splitWikilink(inner: string): { link: string; alias: string | null } {
  const bar = inner.indexOf('|', 1);
  if (bar === -1) return { link: inner, alias: null };
  const link = inner.charCodeAt(bar - 1) === 92 ? inner.slice(0, bar - 1) : inner.slice(0, bar);
  return { link, alias: inner.slice(bar + 1) };
}

function decodeLinkDestination(dest: string): string {
  try {
    return decodeURI(dest);
  } catch {
    return dest;
  }
}

/**
 * Scans `text[from, to)` (one line of one block, `line` 0-based, `lineStart` its offset) and
 * appends what it finds to `out`.
 */
export function scanInline(
  text: string,
  line: number,
  lineStart: number,
  from: number,
  to: number,
  state: InlineState,
  out: InlineRefs,
  posAt: PosAt,
): void {
  let i = from;
  while (i < to) {
    if (state.inHtmlComment) {
      const close = text.indexOf('-->', i);
      if (close === -1 || close + 3 > to) return;
      state.inHtmlComment = false;
      i = close + 3;
      continue;
    }
    // Jump to the next character that can start something; plain text is skipped natively.
    reInlineSpecial.lastIndex = i;
    const next = reInlineSpecial.exec(text);
    if (!next || next.index >= to) return;
    i = next.index;
    const c = text.charCodeAt(i);
    switch (c) {
      case 92: // backslash escape
        i += i + 1 < to && isAsciiPunctuation(text.charCodeAt(i + 1)) ? 2 : 1;
        continue;
      case 96: {
        // inline code: skip to the matching backtick run on this line
        let n = 1;
        while (i + n < to && text.charCodeAt(i + n) === 96) n++;
        const run = '`'.repeat(n);
        let close = text.indexOf(run, i + n);
        while (close !== -1 && close + n < to && text.charCodeAt(close + n) === 96) {
          let m = close;
          while (m < to && text.charCodeAt(m) === 96) m++;
          close = text.indexOf(run, m);
        }
        i = close !== -1 && close + n <= to ? close + n : i + n;
        continue;
      }
      case 60: // <
        if (text.startsWith('<!--', i)) {
          state.inHtmlComment = true;
          i += 4;
          continue;
        }
        if (text.startsWith('<http', i)) {
          const close = text.indexOf('>', i);
          i = close !== -1 && close < to ? close + 1 : i + 1;
          continue;
        }
        i++;
        continue;
      case 33: // !
        if (text.charCodeAt(i + 1) === 91) {
          const end =
            text.charCodeAt(i + 2) === 91
              ? wikilink(text, i + 1, to, true, line, lineStart, out, posAt)
              : markdownLink(text, i + 1, to, true, line, lineStart, out, posAt);
          i = end > 0 ? end : i + 1;
          continue;
        }
        i++;
        continue;
      case 91: {
        // [
        const end =
          text.charCodeAt(i + 1) === 91
            ? wikilink(text, i, to, false, line, lineStart, out, posAt)
            : markdownLink(text, i, to, false, line, lineStart, out, posAt);
        i = end > 0 ? end : i + 1;
        continue;
      }
      case 35: {
        // #
        const prev = i > lineStart ? text.charCodeAt(i - 1) : NaN;
        if (!canStartTag(prev)) {
          i++;
          continue;
        }
        let j = i + 1;
        while (j < to && isTagChar(text.charCodeAt(j))) j++;
        const body = text.slice(i + 1, j);
        if (body.length > 0 && /[^0-9]/.test(body)) {
          out.tags.push({ tag: '#' + body, position: posAt(line, i - lineStart, j - lineStart) });
        }
        i = j > i + 1 ? j : i + 1;
        continue;
      }
      case 104: // h: bare URL, whose `#fragment` is not a tag
        if ((text.startsWith('https://', i) || text.startsWith('http://', i)) && canStartTag(text.charCodeAt(i - 1))) {
          let j = i;
          while (j < to && !isWhitespace(text.charCodeAt(j))) j++;
          i = j;
          continue;
        }
        i++;
        continue;
      default:
        i++;
    }
  }
}

/** Records a wikilink opening at `at` (the first `[`); returns the offset after it, or -1. */
function wikilink(
  text: string,
  at: number,
  to: number,
  embed: boolean,
  line: number,
  lineStart: number,
  out: InlineRefs,
  posAt: PosAt,
): number {
  const close = text.indexOf(']]', at + 2);
  if (close === -1 || close + 2 > to) return -1;
  const inner = text.slice(at + 2, close);
  if (inner.length === 0) return close + 2;
  const { link, alias } = splitWikilink(inner);
  const start = embed ? at - 1 : at;
  const ref = {
    link,
    original: text.slice(start, close + 2),
    displayText: alias ?? wikilinkDisplayText(link),
    position: posAt(line, start - lineStart, close + 2 - lineStart),
  };
  (embed ? out.embeds : out.links).push(ref);
  return close + 2;
}

/** Records `[text](dest)` opening at `at`; external URLs are skipped but consumed. */
function markdownLink(
  text: string,
  at: number,
  to: number,
  embed: boolean,
  line: number,
  lineStart: number,
  out: InlineRefs,
  posAt: PosAt,
): number {
  let depth = 0;
  let j = at;
  for (; j < to; j++) {
    const c = text.charCodeAt(j);
    if (c === 92) j++;
    else if (c === 91) depth++;
    else if (c === 93 && --depth === 0) break;
  }
  if (j >= to || text.charCodeAt(j + 1) !== 40 /* ( */) return -1;
  const labelEnd = j;
  let k = j + 2;
  let parens = 1;
  let angle = false;
  for (; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 92) k++;
    else if (c === 60 && k === labelEnd + 2) angle = true;
    else if (c === 62 && angle) angle = false;
    else if (!angle && c === 40) parens++;
    else if (!angle && c === 41 && --parens === 0) break;
  }
  if (k >= to) return -1;
  const raw = text.slice(labelEnd + 2, k).trim();
  let dest = raw;
  if (dest.startsWith('<')) {
    const gt = dest.indexOf('>');
    dest = gt === -1 ? dest.slice(1) : dest.slice(1, gt);
  } else {
    const space = dest.search(/\s/);
    if (space !== -1) dest = dest.slice(0, space);
  }
  const end = k + 1;
  if (dest.length === 0 || reScheme.test(dest)) return end;
  const start = embed ? at - 1 : at;
  const ref = {
    link: decodeLinkDestination(dest),
    original: text.slice(start, end),
    displayText: text.slice(at + 1, labelEnd),
    position: posAt(line, start - lineStart, end - lineStart),
  };
  (embed ? out.embeds : out.links).push(ref);
  return end;
}
