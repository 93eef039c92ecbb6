import type { PlanDocument } from '../markdown';
import type { Splice } from '../types';
import type { FrontmatterBlock } from '../types';
import { readFlowMapping, startsWithFlowMapping } from './flow-mapping';
import { edited, failed, type EditResult } from './result';
import { needsQuotes, type YamlQuote, yamlScalar } from './yaml-scalar';

/** A top-level `key: value` line; the key may be quoted. */
const KEY_LINE = /^(?:"([^"\r\n]*)"|'([^'\r\n]*)'|([^\s#'"?:,[\]{}&*!|>%@`-][^:\r\n]*?|-[^\s:\r\n][^:\r\n]*?))[ \t]*:(?=[ \t]|$)/;

const VALID_KEY = /^[\p{L}\p{N}_][\p{L}\p{N}_ ./-]*$/u;

interface ScalarValue {
  /** Range of the value as written (quotes included); empty when the key has no value. */
  start: number;
  end: number;
  raw: string;
  quote: YamlQuote;
  /** Offset right after the colon, where a value goes when there is none. */
  afterColon: number;
}

/** What a value is when it is not a one-line scalar: each gets its own message. */
type Complex = 'collection' | 'alias' | 'anchor' | 'tag';

type KeyValue = { kind: 'scalar'; value: ScalarValue } | { kind: 'complex'; what: Complex };

/** A list, a map or multi-line text: never changed here (read-only, so one object serves). */
const COLLECTION: KeyValue = { kind: 'complex', what: 'collection' };

function complexKind(body: string): Complex {
  if (body.startsWith('*')) return 'alias';
  if (body.startsWith('&')) return 'anchor';
  if (body.startsWith('!')) return 'tag';
  return 'collection';
}

/** Why a key's value cannot be set, in the user's terms. */
function complexMessage(key: string, what: Complex, raw: string): string {
  const shown = raw.trim().split(/\s/)[0] ?? '';
  switch (what) {
    case 'alias':
      return `"${key}" is a YAML alias (${shown}) that repeats another value; write the value itself instead to let this command change it.`;
    case 'anchor':
      return `"${key}" carries a YAML anchor (${shown}) that other properties may repeat; remove the anchor to let this command change it.`;
    case 'tag':
      return `"${key}" has an explicit YAML type tag (${shown}); remove the tag to let this command change it.`;
    case 'collection':
      return `"${key}" holds a list or multi-line value; edit it in the note instead.`;
  }
}

/** Reads the value of the key on `line` of the frontmatter: a one-line scalar, or not. */
function readValue(doc: PlanDocument, line: number, keyLength: number, contentEnd: number): KeyValue {
  const { lines } = doc;
  const lineStart = lines.startOf(line);
  const text = lines.textOf(line);
  const afterColon = lineStart + keyLength;
  const rest = text.slice(keyLength);
  const lead = /^[ \t]*/.exec(rest)?.[0].length ?? 0;
  const body = rest.slice(lead);
  const start = afterColon + lead;
  const nextStart = lines.startOf(line + 1);
  const nextText = nextStart < contentEnd ? lines.textOf(line + 1) : '';
  // An indented next line continues this value (a nested map, a folded scalar, a list).
  const continued = /^[ \t]+\S/.test(nextText) || /^-(?:[ \t]|$)/.test(nextText);
  if (body === '' || body.startsWith('#')) {
    if (continued) return COLLECTION;
    return { kind: 'scalar', value: { start, end: start, raw: '', quote: 'plain', afterColon } };
  }
  if (/^[|>[{&*!]/.test(body)) return { kind: 'complex', what: complexKind(body) };
  let length: number;
  let quote: YamlQuote = 'plain';
  if (body.startsWith('"')) {
    const close = /^"(?:[^"\\]|\\.)*"/.exec(body);
    if (!close) return COLLECTION;
    length = close[0].length;
    quote = 'double';
  } else if (body.startsWith("'")) {
    const close = /^'(?:[^']|'')*'/.exec(body);
    if (!close) return COLLECTION;
    length = close[0].length;
    quote = 'single';
  } else {
    if (continued) return COLLECTION;
    const comment = /[ \t]#/.exec(body);
    length = (comment ? body.slice(0, comment.index) : body).replace(/[ \t]+$/, '').length;
  }
  return { kind: 'scalar', value: { start, end: start + length, raw: body.slice(0, length), quote, afterColon } };
}

function findKeyLine(doc: PlanDocument, key: string, from: number, to: number): { line: number; keyLength: number } | null {
  const { lines } = doc;
  const wanted = key.toLowerCase();
  for (let n = lines.lineOf(from); n <= lines.count && lines.startOf(n) < to; n++) {
    const m = KEY_LINE.exec(lines.textOf(n));
    if (!m) continue;
    const name = (m[1] ?? m[2] ?? m[3] ?? '').trim();
    if (name.toLowerCase() === wanted) return { line: n, keyLength: m[0].length };
  }
  return null;
}

function isComplexData(doc: PlanDocument, key: string): boolean {
  const data = doc.frontmatter?.data;
  if (!data) return false;
  const wanted = key.toLowerCase();
  for (const [k, v] of Object.entries(data)) {
    if (k.toLowerCase() === wanted) return v !== null && typeof v === 'object' && !(v instanceof Date);
  }
  return false;
}

/**
 * Sets frontmatter properties in place, for the CLI (the plugin uses processFrontMatter).
 * An existing one-line `key: value` (key matched case-insensitively, the user's spelling
 * kept) gets only its value replaced, quoted when YAML needs it; other keys are added just
 * before the closing fence; a note without frontmatter gets a new block at its start (after
 * a BOM). Malformed frontmatter, or a key whose value is a list, map or multi-line text,
 * is an error and nothing is written.
 */
export function planSetProperties(doc: PlanDocument, values: Readonly<Record<string, string>>): EditResult {
  const entries = Object.entries(values);
  if (entries.length === 0) return failed('no-values', 'No properties to set.');
  for (const [key, value] of entries) {
    if (!VALID_KEY.test(key) || key !== key.trim()) return failed('invalid-key', `"${key}" cannot be used as a property name.`);
    if (/[\r\n]/.test(value)) return failed('invalid-value', `The value of "${key}" must fit on one line.`);
  }
  const fm = doc.frontmatter;
  const { eol } = doc;
  if (!fm) {
    const block = ['---', ...entries.map(([k, v]) => `${k}: ${yamlScalar(v)}`), '---'].join(eol) + eol;
    return edited([{ offset: doc.bom ? 1 : 0, deleteCount: 0, insert: block }], `Added properties: ${entries.map(([k]) => k).join(', ')}.`);
  }
  if (fm.error) return failed('malformed-frontmatter', `The frontmatter cannot be read (${fm.error}); fix it first.`);
  // A `key: value` line may only be added to a block mapping: after `{…}` it breaks the YAML.
  if (startsWithFlowMapping(fm.yaml)) return setFlowProperties(fm, entries);
  const blockProblem = notBlockMapping(fm.yaml);
  if (blockProblem) return failed('complex-value', blockProblem);
  const splices: Splice[] = [];
  const added: string[] = [];
  const changed: string[] = [];
  for (const [key, value] of entries) {
    const found = findKeyLine(doc, key, fm.contentStart, fm.contentEnd);
    if (!found) {
      added.push(`${key}: ${yamlScalar(value)}`);
      changed.push(key);
      continue;
    }
    const current = readValue(doc, found.line, found.keyLength, fm.contentEnd);
    if (current.kind === 'complex') {
      const raw = doc.lines.textOf(found.line).slice(found.keyLength);
      return failed('complex-value', complexMessage(key, current.what, raw));
    }
    if (isComplexData(doc, key)) return failed('complex-value', complexMessage(key, 'collection', ''));
    const old = current.value;
    const scalar = yamlScalar(value, old.quote);
    if (old.raw === scalar) continue;
    changed.push(key);
    if (old.raw === '') splices.push({ offset: old.afterColon, deleteCount: 0, insert: ` ${scalar}` });
    else splices.push({ offset: old.start, deleteCount: old.end - old.start, insert: scalar });
  }
  if (added.length > 0) splices.push({ offset: fm.contentEnd, deleteCount: 0, insert: added.map((l) => l + eol).join('') });
  return setResult(splices, changed);
}

/**
 * Why the YAML is not a block mapping this edit can add lines to, or null. Its first line
 * (after blank lines, comments and directives) must be a `key:` line at the margin.
 */
function notBlockMapping(yaml: string): string | null {
  for (const raw of yaml.split('\n')) {
    const line = raw.replace(/\r$/, '');
    if (line.trim() === '' || line.startsWith('#') || /^[ \t]+#/.test(line)) continue;
    if (KEY_LINE.test(line)) return null;
    return 'The properties are not written as "key: value" lines, so they cannot be changed here without rewriting them; edit them in the note instead.';
  }
  return null;
}

/** A value inside `{…}`: quoted when YAML needs it or when it holds a flow indicator. */
function flowScalar(value: string, preferred: YamlQuote): string {
  if (preferred === 'plain' && (needsQuotes(value) || /[,[\]{}]/.test(value))) return JSON.stringify(value);
  return yamlScalar(value, preferred);
}

/** planSetProperties for frontmatter written as one flow mapping: splices inside the braces. */
function setFlowProperties(fm: FrontmatterBlock, entries: readonly [string, string][]): EditResult {
  const map = readFlowMapping(fm.yaml);
  if (!map) {
    return failed(
      'complex-value',
      'The properties are written in flow style ({…}) in a way this command cannot edit without rewriting them; edit them in the note, or write them as "key: value" lines.',
    );
  }
  const at = fm.contentStart;
  const splices: Splice[] = [];
  const added: string[] = [];
  const changed: string[] = [];
  for (const [key, value] of entries) {
    const entry = map.entries.find((e) => e.key.toLowerCase() === key.toLowerCase());
    if (!entry) {
      added.push(`${key}: ${flowScalar(value, 'plain')}`);
      changed.push(key);
      continue;
    }
    const old = entry.value;
    if (old && old.kind !== 'scalar') {
      return failed('complex-value', complexMessage(key, old.kind === 'collection' ? 'collection' : old.kind, old.raw));
    }
    const scalar = flowScalar(value, old?.quote ?? 'plain');
    if (old?.raw === scalar) continue;
    changed.push(key);
    if (old) splices.push({ offset: at + old.start, deleteCount: old.end - old.start, insert: scalar });
    else if (entry.colonEnd !== null) splices.push({ offset: at + entry.colonEnd, deleteCount: 0, insert: ` ${scalar}` });
    else splices.push({ offset: at + entry.keyEnd, deleteCount: 0, insert: `: ${scalar}` });
  }
  if (added.length > 0) {
    const insert = (map.entries.length > 0 ? ', ' : '') + added.join(', ');
    // A value just given to the last key sits at the same offset: the new keys go after it.
    const same = splices.find((sp) => sp.offset === at + map.lastEnd && sp.deleteCount === 0);
    if (same) same.insert += insert;
    else splices.push({ offset: at + map.lastEnd, deleteCount: 0, insert });
  }
  return setResult(splices, changed);
}

/** The splices of a property edit, or none when every value was already as asked. */
function setResult(splices: Splice[], changed: readonly string[]): EditResult {
  if (changed.length === 0) return edited([], 'The properties already have these values.');
  return edited(splices, `Set properties: ${changed.join(', ')}.`);
}
