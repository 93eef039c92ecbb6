import { FILL_VERBS, FILLED_WORDS, isPlaceholderOnly } from '../read/placeholders';
import { isStatusChangeText } from '../read/steps';
import { nextColon, nextWideColon } from './line-slices';

/**
 * The engine's rules for which task items are steps (src/core/read/steps.ts), read from the
 * note's text at the offsets the metadata cache gives, without slicing every step:
 * - a status change the status command logged (`- [x] (…) Status: Proposed → In progress`) is
 *   history, not a step;
 * - a template's placeholder task (`- [ ] (YYYY-MM-DD HH:MMZ) <first step>`, `- [ ] TBD`, an
 *   empty `- [ ]`) is no step yet.
 * Both are answered by a scan of the characters; any doubt goes to the engine's own function,
 * so the answer is always the engine's.
 */

const SPACE = 0x20;
const TAB = 0x09;

/** Past the separator the engine drops after a stamp: `\s*(?:[-–—:]\s+|:)?`. */
export function skipStampSeparator(text: string, at: number, end: number): number {
  let i = at;
  while (i < end && isBlank(text.charCodeAt(i))) i++;
  const c = text.charCodeAt(i);
  if (c === 0x3a) return i + 1; // ':' (with or without blanks after it; they are trimmed)
  if ((c === 0x2d || c === 0x2013 || c === 0x2014) && isBlank(text.charCodeAt(i + 1))) return i + 1;
  return i;
}

function isBlank(c: number): boolean {
  return c === SPACE || c === TAB;
}

/** `Status: …` at `at` (case-insensitive, blanks allowed before the colon). */
export function isStatusChangeAt(text: string, at: number, end: number): boolean {
  let i = at;
  while (i < end && isBlank(text.charCodeAt(i))) i++;
  if (end - i < 7 || (text.charCodeAt(i) | 0x20) !== 0x73) return false; // 's'
  return isStatusChangeText(text.slice(i, Math.min(end, i + 24)));
}

const LETTER = /\p{L}/u;

/**
 * Between the words of a phrase: blanks, and what the engine deletes or blanks before reading it
 * (markup, a table's `|`).
 */
const GAP = String.raw`[ \t*_~\x60|]+`;
/** Words that open a "to be filled" phrase of several words: "to be filled", "fill during work". */
const OPENERS = `to|will|${FILL_VERBS}|${FILLED_WORDS}|a|por`;
/** Words that are such a phrase, or open one, alone: "pending", "noch keine", "aucune". */
const LONE = 'tbc|pending|empty|noch|keine?|nichts|wird|werden|folgt|offen|aucune?|rien|ninguno|ninguna|nada|pendiente|nenhuma?';

/**
 * The first words of the "to be filled" phrases (placeholders.ts FILLER_PARTS) that open with an
 * ASCII letter, tried once at the text's first letter: "pending", "noch keine", "aucune";
 * "to be …", "fill during work", "record as decisions are made", "por completar", "a preencher";
 * or an opener in a line where a placeholder, comment or ellipsis, blanked by the engine, may
 * bring the phrase's words together ("fill <x> during work").
 */
const FILLER_LEAD = new RegExp(
  [
    String.raw`(?:${LONE})\b`,
    String.raw`(?:${OPENERS})\b(?=[^\r\n]*?(?:[<%[…]|\.\.\.|tbd|y{4}))`,
    String.raw`(?:to|will)${GAP}be\b`,
    String.raw`(?:${FILL_VERBS}|${FILLED_WORDS})(?:${GAP}(?:in|out|up|this|here))?${GAP}(?:during|when|as|after|once|while|later|below|soon)\b`,
    String.raw`fill${GAP}(?:in|out|this)\b`,
    String.raw`(?:a|por)${GAP}(?:completar|rellenar|definir|preencher)`,
  ].join('|'),
  'iy',
);

/** Hashes of lower-case words (see `wordHash`), for a quick look-up of a step's first words. */
function wordSet(words: string): ReadonlySet<number> {
  return new Set(
    words
      .replace('keine?', 'kein|keine')
      .replace('aucune?', 'aucun|aucune')
      .replace('nenhuma?', 'nenhum|nenhuma')
      .split('|')
      .map((word) => {
        let hash = 0;
        for (let k = 0; k < word.length; k++) hash = wordHash(hash, word.charCodeAt(k));
        return hash;
      }),
  );
}

/**
 * FILLER_LEAD's first words, and the second words its phrases need after an opener: most steps
 * open with another word ("Add the parser" opens with one, but no phrase follows), and two
 * look-ups cost less than the regular expression for every step of every plan. A hash that is
 * there (or collides) asks the regex, which has the last word.
 */
const LONE_WORDS = wordSet(LONE);
const FIRST_WORDS: ReadonlySet<number> = new Set([...LONE_WORDS, ...wordSet(OPENERS)]);
const SECOND_WORDS = wordSet('be|in|out|up|this|here|during|when|as|after|once|while|later|below|soon|completar|rellenar|definir|preencher');

function wordHash(hash: number, lower: number): number {
  return Math.imul(hash ^ lower, 0x01000193);
}

/** Where the ASCII word at `i` ends. */
function wordEnd(text: string, i: number, end: number): number {
  let j = i;
  for (let lower = text.charCodeAt(j) | 0x20; j < end && lower >= 0x61 && lower <= 0x7a; lower = text.charCodeAt(++j) | 0x20);
  return j;
}

/** The hash of the lower-case letters `[i, j)`. */
function hashOf(text: string, i: number, j: number): number {
  let hash = 0;
  for (let k = i; k < j; k++) hash = wordHash(hash, text.charCodeAt(k) | 0x20);
  return hash;
}

/** Whether the text at `i` opens a "to be filled" phrase (FILLER_LEAD), its words looked up first. */
function opensFiller(text: string, i: number, end: number): boolean {
  const after = wordEnd(text, i, end);
  const first = hashOf(text, i, after);
  if (!FIRST_WORDS.has(first)) return false;
  // An opener ("add", "write", "to" …) needs a phrase's second word or a blanked mark after it.
  if (!LONE_WORDS.has(first)) {
    let j = after;
    while (j < end && isGap(text.charCodeAt(j))) j++;
    if (!SECOND_WORDS.has(hashOf(text, j, wordEnd(text, j, end))) && !hasBlankedMark(text, after)) return false;
  }
  FILLER_LEAD.lastIndex = i;
  return FILLER_LEAD.test(text);
}

/** GAP's characters: blanks and markup. */
function isGap(c: number): boolean {
  return c === SPACE || c === TAB || c === 0x2a || c === 0x5f || c === 0x7e || c === 0x60 || c === 0x7c;
}

/** Whether the line holds, after `from`, what the engine blanks before reading: `<`, `%`, `[`, `…`, `...`, TBD, YYYY. */
function hasBlankedMark(text: string, from: number): boolean {
  for (let j = from; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (c === 0x0a || c === 0x0d) return false;
    if (c === 0x3c || c === 0x25 || c === 0x5b || c === 0x2026) return true;
    if (c === 0x2e && text.startsWith('..', j + 1)) return true;
    const lower = c | 0x20;
    if (lower === 0x74 && (text.charCodeAt(j + 1) | 0x20) === 0x62 && (text.charCodeAt(j + 2) | 0x20) === 0x64) return true;
    if (lower === 0x79 && isY(text, j + 1) && isY(text, j + 2) && isY(text, j + 3)) return true;
  }
  return false;
}

/**
 * Whether a whole text (a title) is only template placeholder: a prompt such as `<Title>`,
 * `[Project Name]` or `TBD`. Words a section is left with ("Pending", "Empty", "待定") are left to
 * sections: a note named "Empty" keeps its name.
 */
export function isPlaceholderText(text: string): boolean {
  return maybePlaceholder(text, 0, text.length, false) && isPlaceholderOnly(text);
}

/** Whether an unstamped task's text `[from, end)` is only template placeholder. */
export function isPlaceholderStep(text: string, from: number, end: number): boolean {
  return maybePlaceholder(text, from, end, true) && isPlaceholderOnly(' ' + text.slice(from, end));
}

/**
 * False when the text certainly says something of its own. The engine blanks placeholders,
 * strips a leading label (`Decision:`) and markup, and calls the text empty when nothing or a
 * "none yet" phrase is left. A text that opens with a plain word keeps that word through all of
 * it, unless the word is a placeholder itself (`TBD`, `YYYY-…`), starts a "nothing yet" or
 * (with `fillers`) a "to be filled" phrase or begins a label; only those, and texts opening with
 * anything but a letter, or with `fillers` an ASCII letter (a CJK "待填写", a French "à
 * compléter"), need the engine's check. So this reads the first words, not the line.
 */
function maybePlaceholder(text: string, from: number, end: number, fillers: boolean): boolean {
  let i = from;
  while (i < end && isBlank(text.charCodeAt(i))) i++;
  if (i >= end || !isLetterAt(text, i)) return true;
  if (mayBeNothingYet(text, i)) return true;
  if (fillers) {
    if (text.charCodeAt(i) >= 0x80) return true;
    if (opensFiller(text, i, end)) return true;
  }
  const c = text.charCodeAt(i);
  if ((c === 0x54 && text.startsWith('TBD', i)) || ((c | 0x20) === 0x79 && isY(text, i + 1) && isY(text, i + 2) && isY(text, i + 3))) {
    return true;
  }
  // A label: up to 41 letters, blanks, `/`, `&`, `'` or `-`, then optional bold and a colon,
  // `:` or the full-width `：` (`|` counts as a blank, and a placeholder inside it may vanish:
  // both mean "check"). Without a colon close by there is no label to look at.
  const colon = nextColon(text, i);
  if (colon < 0 || colon >= end) {
    const wide = nextWideColon(text, i);
    if (wide < 0 || wide >= end) return false;
  }
  let j = i;
  for (; j < end && j - i <= 41; j++) {
    const d = text.charCodeAt(j);
    // A placeholder inside the label is blanked first and may shorten it: check.
    if (d === 0x3c || d === 0x25 || d === 0x5b) return true; // '<' '%' '['
    if ((d === 0x54 && text.startsWith('TBD', j)) || ((d | 0x20) === 0x79 && isY(text, j + 1) && isY(text, j + 2) && isY(text, j + 3))) {
      return true;
    }
    if (!isLabelChar(text, j)) break;
  }
  if (text.startsWith('**', j) || text.startsWith('__', j)) j += 2;
  while (j < end && isBlank(text.charCodeAt(j))) j++;
  const c2 = text.charCodeAt(j);
  return c2 === 0x3a || c2 === 0xff1a;
}

function isLetterAt(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return c < 0x80 ? isAsciiLetter(c) : LETTER.test(text.charAt(at));
}

function isLabelChar(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c < 0x80) {
    return isAsciiLetter(c) || c === SPACE || c === TAB || c === 0x2f || c === 0x26 || c === 0x27 || c === 0x2d || c === 0x7c;
  }
  return LETTER.test(text.charAt(at));
}

/**
 * "none", "nothing", "n/a", "no … yet", "todo", "tbd". After `to` only `todo` is such a phrase,
 * so `to` needs a `d` next, or a markup character the engine deletes (`to**do**`): words like
 * "token" or "topic" are plain words and skip the engine's check.
 */
function mayBeNothingYet(text: string, at: number): boolean {
  const a = text.charCodeAt(at) | 0x20;
  const b = text.charCodeAt(at + 1) | 0x20;
  if (a === 0x6e) return b === 0x6f || b === 0x2f || b === 0x61;
  if (a !== 0x74) return false;
  if (b === 0x62) return true;
  if (b !== 0x6f) return false;
  const c = text.charCodeAt(at + 2);
  return (c | 0x20) === 0x64 || c === 0x2a || c === 0x5f || c === 0x7e || c === 0x60; // d * _ ~ `
}

function isY(text: string, at: number): boolean {
  return (text.charCodeAt(at) | 0x20) === 0x79;
}

function isAsciiLetter(c: number): boolean {
  const l = c | 0x20;
  return l >= 0x61 && l <= 0x7a;
}
