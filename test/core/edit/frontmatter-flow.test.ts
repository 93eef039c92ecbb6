import { parse as parseYaml } from 'yaml';
import { planBumpUpdated, planSetProperties } from '../../../src/core/edit';
import { parseDocument } from '../../../src/core/markdown';
import { applySplices } from '../../../src/core/text';

// Issue 13: frontmatter written as a flow mapping is valid YAML; property edits must keep it
// valid (they used to add `key: value` lines after the `{…}`), and aliases and tags are
// refused with a message that names them.

const yamlParser = (text: string): unknown => parseYaml(text) as unknown;
const doc = (text: string) => parseDocument(text, { parseYaml: yamlParser });

function set(text: string, values: Record<string, string>): string {
  const result = planSetProperties(doc(text), values);
  if (!result.ok) throw new Error(result.message);
  return applySplices(text, result.splices);
}

function props(text: string): unknown {
  const d = doc(text);
  if (d.frontmatter?.error) throw new Error(d.frontmatter.error);
  return d.frontmatter?.data;
}

describe('flow-style frontmatter', () => {
  const ONE_LINE = '---\n{"type": "execplan", "status": "Proposed"}\n---\n# Plan\n';

  test('a value is replaced inside the braces, in its quoting; a new key goes after the last entry', () => {
    const out = set(ONE_LINE, { status: 'In progress', updated: '2026-11-21' });
    expect(out).toBe('---\n{"type": "execplan", "status": "In progress", updated: 2026-11-21}\n---\n# Plan\n');
    expect(props(out)).toEqual({ type: 'execplan', status: 'In progress', updated: '2026-11-21' });
  });

  test('several lines, comments, a trailing comma and CRLF are kept byte for byte', () => {
    const text = '---\r\n# plan properties\r\n{\r\n  type: execplan,   # kind\r\n  status: draft,\r\n  tags: [a, b],\r\n}\r\n# after\r\n---\r\nBody\r\n';
    const out = set(text, { status: 'Blocked', updated: '2026-11-21 14:05Z' });
    expect(out).toBe('---\r\n# plan properties\r\n{\r\n  type: execplan,   # kind\r\n  status: Blocked,\r\n  tags: [a, b], updated: 2026-11-21 14:05Z,\r\n}\r\n# after\r\n---\r\nBody\r\n');
    expect(props(out)).toEqual({ type: 'execplan', status: 'Blocked', tags: ['a', 'b'], updated: '2026-11-21 14:05Z' });
  });

  test('values that need it are quoted; empty maps and keys without values are filled', () => {
    expect(props(set('---\n{}\n---\n', { status: 'a, b: {c}' }))).toEqual({ status: 'a, b: {c}' });
    expect(set('---\n{status, type: execplan}\n---\n', { status: 'Done' })).toBe('---\n{status: Done, type: execplan}\n---\n');
    expect(set('---\n{type: execplan, status:}\n---\n', { status: 'Done', updated: 'x' })).toBe('---\n{type: execplan, status: Done, updated: x}\n---\n');
    expect(props(set("---\n{'it''s': 'x', k: 'y'}\n---\n", { k: "it's" }))).toEqual({ "it's": 'x', k: "it's" });
  });

  test('the updated bump of a log entry keeps the YAML valid (CLI and plugin editor path share it)', () => {
    const d = doc(ONE_LINE);
    const bump = planBumpUpdated(d, new Date('2026-11-21T14:05:00Z'), { format: "yyyy-MM-dd HH:mm'Z'", utc: true });
    expect(bump.warning).toBeNull();
    const out = applySplices(ONE_LINE, bump.splices);
    expect(props(out)).toEqual({ type: 'execplan', status: 'Proposed', updated: '2026-11-21' });
  });

  test('a list value or a layout the reader does not follow is refused, nothing written', () => {
    const list = planSetProperties(doc('---\n{status: [a, b]}\n---\n'), { status: 'x' });
    expect(list).toMatchObject({ ok: false, code: 'complex-value' });
    const odd = planSetProperties(doc('---\n{[a]: b}\n---\n'), { status: 'x' });
    expect(odd.ok).toBe(false);
    expect(odd.ok ? '' : odd.message).toMatch(/flow style/);
  });
});

describe('other YAML that is not key: value lines', () => {
  test('a complex-key mapping is refused, nothing written', () => {
    const result = planSetProperties(doc('---\n? status\n: draft\n---\n'), { status: 'x' });
    expect(result.ok ? '' : result.message).toMatch(/not written as "key: value" lines/);
  });
});

describe('block-style frontmatter is still edited in place', () => {
  test('unchanged behaviour', () => {
    expect(set('---\nstatus: draft # c\n---\n', { status: 'Done', updated: 'x' })).toBe('---\nstatus: Done # c\nupdated: x\n---\n');
  });
});

describe('aliases, anchors and tags are refused with what they are', () => {
  test.each([
    ['status: *a', /"status" is a YAML alias \(\*a\)/],
    ['status: &b draft', /"status" carries a YAML anchor \(&b\)/],
    ['status: !!str draft', /"status" has an explicit YAML type tag \(!!str\)/],
  ])('%s', (line, message) => {
    const result = planSetProperties(doc(`---\nbase: &a draft\n${line}\n---\n`), { status: 'x' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toMatch(message);
    expect(result.message).not.toMatch(/list or multi-line/);
  });

  test('in a flow mapping too', () => {
    const result = planSetProperties(doc('---\n{base: &a x, status: *a}\n---\n'), { status: 'y' });
    expect(result.ok ? '' : result.message).toMatch(/"status" is a YAML alias \(\*a\)/);
  });
});
