import { planSetProperties } from '../../../src/core/edit';
import { parseDocument } from '../../../src/core/markdown';
import { applied, lines, parse } from './helpers';

function setProps(text: string, values: Record<string, string>): string {
  return applied(text, planSetProperties(parse(text), values));
}

describe('planSetProperties', () => {
  it('replaces an existing value in place, keeping the key spelling and comments', () => {
    expect(setProps(lines('---', 'Status: draft # set by template', 'title: x', '---', 'body', ''), { status: 'in-progress' })).toBe(
      lines('---', 'Status: in-progress # set by template', 'title: x', '---', 'body', ''),
    );
  });

  it('keeps the quoting of the old value, and quotes when YAML needs it', () => {
    expect(setProps(lines('---', 'a: "x"', "b: 'y'", 'c: z', '---', ''), { a: 'p', b: "it's", c: 'k: v' })).toBe(
      lines('---', 'a: "p"', "b: 'it''s'", "c: 'k: v'", '---', ''),
    );
    expect(setProps(lines('---', 'a: 1', '---', ''), { a: 'yes', b: '#tag', c: '2025-10-01' })).toBe(
      lines('---', "a: 'yes'", "b: '#tag'", 'c: 2025-10-01', '---', ''),
    );
  });

  it('fills an empty value and adds missing keys before the closing fence', () => {
    expect(setProps(lines('---', 'status:', 'tags: [a]', '---', 'x'), { status: 'draft', updated: '2025-10-01 13:00Z' })).toBe(
      lines('---', 'status: draft', 'tags: [a]', 'updated: 2025-10-01 13:00Z', '---', 'x'),
    );
  });

  it('adds keys to empty frontmatter', () => {
    expect(setProps(lines('---', '---', 'x'), { status: 'draft' })).toBe(lines('---', 'status: draft', '---', 'x'));
  });

  it('creates frontmatter after a BOM, with the note line endings', () => {
    expect(setProps('\uFEFF# T\r\nbody\r\n', { status: 'draft', created: '2025-10-01' })).toBe(
      '\uFEFF---\r\nstatus: draft\r\ncreated: 2025-10-01\r\n---\r\n# T\r\nbody\r\n',
    );
    expect(setProps('', { status: 'draft' })).toBe(lines('---', 'status: draft', '---', ''));
  });

  it('edits CRLF frontmatter in place', () => {
    expect(setProps('---\r\nstatus: draft\r\n---\r\nx\r\n', { status: 'complete', updated: '2025-10-01' })).toBe(
      '---\r\nstatus: complete\r\nupdated: 2025-10-01\r\n---\r\nx\r\n',
    );
  });

  it('returns no splices when nothing changes', () => {
    expect(planSetProperties(parse(lines('---', 'status: draft', '---', '')), { STATUS: 'draft' })).toMatchObject({ ok: true, splices: [] });
  });

  it('refuses malformed frontmatter and writes nothing', () => {
    expect(planSetProperties(parse(lines('---', 'a: [', 'b: c', '---', '')), { status: 'x' })).toMatchObject({
      ok: false,
      code: 'malformed-frontmatter',
    });
  });

  it('refuses lists, maps and multi-line values', () => {
    for (const yaml of [['tags:', '  - a'], ['tags:', '- a'], ['tags: [a, b]'], ['tags: |', '  text'], ['tags: >-', '  t'],
      ['tags:', '  key: v'], ['tags: plain', '  continued'], ['tags: "open', '  close"']]) {
      const doc = parseDocument(lines('---', ...yaml, '---', ''));
      expect(planSetProperties(doc, { tags: 'x' })).toMatchObject({ ok: false, code: 'complex-value' });
    }
  });

  it('refuses bad keys and multi-line values', () => {
    const doc = parse(lines('---', '---', ''));
    expect(planSetProperties(doc, { 'a: b': 'x' })).toMatchObject({ ok: false, code: 'invalid-key' });
    expect(planSetProperties(doc, { a: 'x\ny' })).toMatchObject({ ok: false, code: 'invalid-value' });
    expect(planSetProperties(doc, {})).toMatchObject({ ok: false, code: 'no-values' });
  });
});
