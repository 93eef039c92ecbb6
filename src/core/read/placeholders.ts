/**
 * Template placeholders: the `<…>` prompts, `YYYY-MM-DD` dates, `TBD` and lone `…` that a
 * plan template ships with and a person replaces. Used to count a fresh template's sections as
 * empty and to tell the user what is left to fill in.
 */

/** HTML elements people really write in notes; `<title>`, `<time>` and the like are prompts. */
const HTML_TAGS = new Set(
  ('a abbr b bdi bdo big blockquote br button caption center cite code col colgroup dd del details dfn ' +
    'div dl dt em embed figcaption figure font footer h1 h2 h3 h4 h5 h6 header hr i iframe img input ins kbd ' +
    'li mark nav ol p picture pre q s samp section small span strike strong style sub summary sup svg table ' +
    'tbody td tfoot th thead tr tt u ul var video audio wbr script math').split(' '),
);

/** Attributes that stand alone (`<details open>`); any other bare word means it is prose. */
const BOOLEAN_ATTRIBUTES = new Set(
  'open hidden disabled checked controls autoplay muted loop selected readonly required async defer multiple'.split(' '),
);

/** `<` not glued to a word (`Map<K>`), then a letter, `_` or dots, up to `>` on the same line. */
const ANGLE = /(?<![\p{L}\p{N}_<])<([\p{L}_.…][^<>\r\n]{0,200})>/gu;

export interface PlaceholderHit {
  /** Offset of the placeholder in the scanned text. */
  index: number;
  text: string;
}

export function isAnglePlaceholder(inner: string, before: string): boolean {
  // `[text](<url with spaces>)` is link syntax.
  if (before.endsWith('](')) return false;
  if (/^[a-z][a-z0-9+.-]{1,31}:\S*$/i.test(inner)) return false; // <https://…>, <mailto:…>
  if (/^[^\s@]+@[^\s@]+$/.test(inner)) return false; // <me@example.com>
  const tag = /^([a-z][a-z0-9]*)(\s[^>]*?)?\s*\/?$/i.exec(inner);
  if (tag && HTML_TAGS.has((tag[1] ?? '').toLowerCase())) {
    const attrs = (tag[2] ?? '').trim();
    if (!attrs || attrs.includes('=')) return false;
    if (attrs.split(/\s+/).every((a) => BOOLEAN_ATTRIBUTES.has(a.toLowerCase()))) return false;
  }
  return true;
}

export function findAnglePlaceholders(text: string): PlaceholderHit[] {
  const hits: PlaceholderHit[] = [];
  for (const m of text.matchAll(ANGLE)) {
    const index = m.index ?? 0;
    if (isAnglePlaceholder(m[1] ?? '', text.slice(Math.max(0, index - 2), index))) hits.push({ index, text: m[0] });
  }
  return hits;
}

/** Placeholders other than `<…>`, by how a template writes them. */
const OTHER_PLACEHOLDERS: readonly RegExp[] = [
  /\[[^\]\r\n]*\bY{4}-M{2}-D{2}[^\]\r\n]*\]/gi, // [YYYY-MM-DD], [YYYY-MM-DD HH:MMZ]
  /\bY{4}-M{2}-D{2}(?:[ T]H{2}:M{2}Z?)?\b/gi, // YYYY-MM-DD
  /\bTBD\b/g,
];

/**
 * A `[Task Title]`-style prompt: bracketed words that each start with a capital (small joining
 * words allowed: `[Name of Owner]`). Not a checkbox (`[x]`, one letter), a callout (`[!note]`),
 * a wikilink (`[[Page]]`), a footnote (`[^Note]`) or a link (`[Text](url)`, `[Text][ref]`).
 */
const BRACKET =
  /(?<![[!\\\]])\[(?:[A-Z][A-Za-z'’-]+)(?:[ \t]+(?:(?:of|the|and|or|a|an|for|to|in|on|per)[ \t]+)*[A-Z][A-Za-z'’-]+)*\](?![[(:\]])/g;

/**
 * A line that is only `...`/`…`, maybe as a bullet (a step, maybe stamped) and after a label
 * (`- Decision: …`, `- [x] (2026-01-01 10:00Z) ...`), or a table row of such cells.
 */
const BARE_ELLIPSIS =
  /^[ \t]*(?:>[ \t]*)*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)?(?:\[.\][ \t]+)?(?:[([]?\d{4}-\d{2}-\d{2}[^)\]\r\n]{0,24}[)\]]?[ \t]+)?(?:(?:\*\*|__)?[\p{L}][\p{L} /&'-]{0,40}(?:\*\*|__)?[ \t]*:(?:\*\*|__)?[ \t]*)?(?:\.\.\.|…)[ \t]*$/u;
const ELLIPSIS_ROW = /^[ \t]*\|?(?:[ \t]*(?:\.\.\.|…)?[ \t]*\|)+[ \t]*(?:\.\.\.|…)?[ \t]*$/;

/** The first placeholder on one line of text, or null. */
export function findLinePlaceholder(line: string): PlaceholderHit | null {
  // Most lines hold none of the telltale characters: skip the regexes for them.
  const hasAngle = line.includes('<');
  const hasOther = /TBD|y{4}/i.test(line);
  const hasBracket = line.includes('[');
  const hasEllipsis = line.includes('…') || line.includes('...');
  if (!hasAngle && !hasOther && !hasBracket && !hasEllipsis) return null;
  let best: PlaceholderHit | null = null;
  const angle = hasAngle ? findAnglePlaceholders(line)[0] : undefined;
  if (angle) best = angle;
  if (hasOther || hasBracket) {
    for (const regex of hasOther ? [...OTHER_PLACEHOLDERS, BRACKET] : [BRACKET]) {
      regex.lastIndex = 0;
      const m = regex.exec(line);
      if (m && (!best || m.index < best.index)) best = { index: m.index, text: m[0] };
    }
  }
  if (!best && hasEllipsis && (BARE_ELLIPSIS.test(line) || ELLIPSIS_ROW.test(line))) {
    const dots = line.indexOf('...');
    const index = dots >= 0 ? dots : line.indexOf('…');
    best = { index, text: dots >= 0 ? '...' : '…' };
  }
  return best;
}

/**
 * True when a piece of text says nothing beyond its template: only labels (`Decision:`,
 * `**Rationale:**`), list and table syntax, placeholders and "none yet" phrases. A fresh
 * template's `- Decision: <…>` is not a decision, and neither is `_None yet._`.
 */
export function isPlaceholderOnly(text: string): boolean {
  let rest = text;
  if (rest.includes('<!--')) rest = rest.replace(/<!--[\s\S]*?(?:-->|$)/g, ' ');
  if (rest.includes('%%')) rest = rest.replace(/%%[\s\S]*?(?:%%|$)/g, ' ');
  if (rest.includes('<')) {
    for (const hit of findAnglePlaceholders(rest).reverse()) {
      rest = rest.slice(0, hit.index) + ' ' + rest.slice(hit.index + hit.text.length);
    }
  }
  if (/TBD|y{4}/i.test(rest)) for (const regex of OTHER_PLACEHOLDERS) rest = rest.replace(regex, ' ');
  if (rest.includes('[')) rest = rest.replace(BRACKET, ' ');
  // Stops at the first line that says something: most entries are real from their first line.
  for (const line of rest.split('\n')) {
    const left = line
      .replace(/^[ \t]*(?:>[ \t]*)*(?:#{1,6}[ \t]+)?(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)?(?:\[.\][ \t]+)?/, '')
      .replace(/[|]/g, ' ')
      .replace(LABEL, ' ')
      .replace(/[*_~`]+/g, '')
      .replace(/\.\.\.|…/g, ' ')
      .trim();
    if (left === '' || /^[-–—:.,;/()\s]*$/.test(left)) continue;
    if (!NOTHING_YET.test(left) && !isFiller(left)) return false;
  }
  return true;
}

/**
 * A field label at the start of a line (or of a table row): `Decision:`, `**Rationale:**`, and
 * with the full-width colon Chinese and Japanese write (`决策：`).
 */
const LABEL = /^[ \t]*(?:\*\*|__)?[\p{L}][\p{L} /&'-]{0,40}?(?:\*\*|__)?[ \t]*[:：](?:\*\*|__)?/u;

const NOTHING_YET =
  /^[([]?(?:(?:none|nothing|n\/?a|todo|tbd)(?:[ \t]+(?:yet|so far))?|(?:none|nothing|no)[ \t][\p{L} ]{0,40}(?:yet|so far))[.!]?[)\]]?$/iu;

/**
 * When a template says its section gets filled: "later", "during work", "as decisions are made",
 * "when done", "after completion" (and anything after those words).
 */
const WHEN_FILLED = [
  String.raw`(?:later|below|soon)\b.*$`,
  String.raw`during (?:the )?(?:work|implementation|execution|development|project|sprint)\b.*$`,
  String.raw`as (?:decisions are made|(?:you|we) go|(?:the )?work (?:proceeds|progresses)|(?:they|things) (?:happen|arise|come up)|needed)\b.*$`,
  String.raw`(?:when|once) (?:done|complete|completed|finished|known|available|decided|ready|made)\b.*$`,
  String.raw`after (?:completion|implementation)\b.*$`,
  String.raw`while working\b.*$`,
].join('|');

/**
 * The verbs of a "to be filled" phrase: what a template says will be done to the section
 * ("fill during work", "record as decisions are made"), and the done form ("filled in later").
 * The index's quick step check (index/step-rules.ts) opens its look-up with the same words.
 */
export const FILL_VERBS = 'fill|record|add|log|write|update|complete|document';
export const FILLED_WORDS = 'filled|completed|added|written|updated|recorded|documented';

/**
 * "Nothing yet, to be filled" in the languages plans are written in, as templates and agents
 * leave it: "None yet — to be filled", "(To be filled during implementation)", "(record as
 * decisions are made)", "(fill during work)", "无 — 待填写", "未記入", "작성 예정", "noch keine",
 * "à compléter", "por completar", "a preencher". Every part between dashes, colons or brackets
 * must be such a phrase; a real entry ("Completed the parser during the sprint") is not.
 */
const FILLER_PARTS: readonly RegExp[] = [
  /^(?:none|nothing|n\/?a|todo|tbd|tbc|pending|empty)(?: (?:yet|so far|for now))?$/,
  // "to be filled (in) …", or "filled in later": a bare "Completed" or "Added" can be a real entry.
  /^(?:to be|will be|tbd|tbc) (?:filled|completed|added|written|updated|determined|decided|recorded|documented|defined)\b.*$/,
  // "filled in later", "fill during work", "record as decisions are made": the when must be the
  // template's own (WHEN_FILLED), since "Updated after review" or "Log as JSON" is real work.
  new RegExp(String.raw`^(?:${FILLED_WORDS})(?: (?:in|out|up))? (?:${WHEN_FILLED})`),
  new RegExp(String.raw`^(?:${FILL_VERBS})(?: (?:in|out|this|here))? (?:${WHEN_FILLED})|^fill (?:in|out|this)$`),
  /^(?:无|暂无|暫無|没有|沒有|待填写|待填寫|待补充|待補充|待定|待完成|待更新|なし|無し|未記入|記入予定|追記予定|未定|없음|작성 예정|추후 작성|미정)$/u,
  /^(?:noch )?(?:keine?|nichts)(?: bisher| vorhanden)?$|^(?:wird|werden) (?:ergänzt|nachgetragen|ausgefüllt)\b.*$|^(?:folgt|offen)$/u,
  /^(?:aucune?|rien)(?: pour (?:l'instant|le moment))?$|^à (?:compléter|remplir|venir|définir)\b.*$/u,
  /^(?:ninguno|ninguna|nada)(?: (?:todavía|aún|por ahora))?$|^(?:por|a) (?:completar|rellenar|definir)\b.*$|^pendiente\b.*$/u,
  /^(?:nenhum|nenhuma|nada)(?: (?:ainda|por enquanto))?$|^a (?:preencher|completar|definir)\b.*$/u,
];

function isFiller(text: string): boolean {
  let parts = 0;
  for (const raw of text.toLowerCase().split(/[-–—:：;,.()（）[\]!。、]+/)) {
    const part = raw.replace(/\s+/g, ' ').trim();
    if (part === '') continue;
    if (!FILLER_PARTS.some((regex) => regex.test(part))) return false;
    parts++;
  }
  return parts > 0;
}

/**
 * A blank template's instruction to its reader ("Every decision made while working on the plan
 * should be recorded here.", "_Use this section to note surprises._"), or a guide's to anyone
 * writing a plan ("Document unexpected behaviors … discovered during implementation."): prose
 * about the section, not an entry in it. Only undated prose is asked; a dated line is an entry
 * whatever it says.
 */
const INSTRUCTION = new RegExp(
  [
    String.raw`(?<![A-Za-z])(?:should|must|will|are to|is to|can) be (?:recorded|logged|listed|noted|kept|written|documented|captured|added|updated|tracked|described|filled in)\b`,
    String.raw`(?<![A-Za-z])(?:use|fill in|fill out|update) this (?:section|log|list|table)\b`,
    // "… here", "… as you go", and the when of a guide to the convention ("Record every decision
    // made while working on the plan", "Summarize outcomes … at major milestones or at completion").
    String.raw`^[\s*_>]*(?:record|log|list|note|document|capture|describe|add|write|keep|summari[sz]e)\b.{0,160}\b(?:here|below|in this section|as you go|as (?:the )?work (?:proceeds|progresses)|during implementation|while working on (?:the|this|an?) (?:exec ?)?plan|at (?:major |each |every )?milestones?|at completion)\b`,
  ].join('|'),
  'i',
);

export function isInstruction(text: string): boolean {
  return INSTRUCTION.test(text);
}
