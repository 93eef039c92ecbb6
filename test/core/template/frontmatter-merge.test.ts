import fc from 'fast-check';
import { runs } from '../../support/property-runs';
import { parse, stringify } from 'yaml';
import {
  findTopLevelEntry,
  mergePlanProperties,
  splitFrontmatter,
  type YamlCodec,
} from '../../../src/core/template/frontmatter-merge';

const codec: YamlCodec = { parse: (s) => parse(s) as unknown, stringify: (o) => stringify(o) };

const PLAN = {
  type: 'execplan',
  status: 'proposed',
  created: '2026-11-21',
  updated: '2026-11-21',
  tags: ['execplan'],
};

function merge(text: string, props: Record<string, unknown> = PLAN, cursor: number | null = null) {
  const result = mergePlanProperties(text, props, codec, cursor);
  if (!result.ok) throw new Error(result.message);
  return result;
}

function properties(text: string): Record<string, unknown> {
  const split = splitFrontmatter(text);
  if (split.yaml === null) throw new Error('no frontmatter');
  return parse(split.yaml, { uniqueKeys: true }) as Record<string, unknown>;
}

describe('splitFrontmatter', () => {
  test('frontmatter only with an opening --- line and a closing --- line', () => {
    expect(splitFrontmatter('---\na: 1\n---\nbody')).toMatchObject({ yaml: 'a: 1\n', bodyStart: 13, body: 'body' });
    expect(splitFrontmatter('---\r\na: 1\r\n---\r\nbody')).toMatchObject({ yaml: 'a: 1\r\n', body: 'body' });
    expect(splitFrontmatter('---\n---\nbody')).toMatchObject({ yaml: '', body: 'body' });
    expect(splitFrontmatter('---\na: 1\nno closing')).toMatchObject({ yaml: null, body: '---\na: 1\nno closing' });
    expect(splitFrontmatter('\n---\na: 1\n---\n')).toMatchObject({ yaml: null });
    expect(splitFrontmatter('----\na: 1\n---\n')).toMatchObject({ yaml: null });
    expect(splitFrontmatter('# Title')).toMatchObject({ yaml: null, bodyStart: 0, body: '# Title' });
  });
});

describe('mergePlanProperties', () => {
  test('no frontmatter: one is created, body bytes identical', () => {
    const body = '# Plan\n\nText\n';
    const out = merge(body).text;
    expect(out.endsWith(body)).toBe(true);
    expect(splitFrontmatter(out).body).toBe(body);
    expect(properties(out)).toEqual(PLAN);
  });

  test('template values win, plan fills the rest, no duplicate keys', () => {
    const template = '---\nstatus: in-progress\nowner: Ada\n---\n# Plan\n';
    const out = merge(template).text;
    expect(properties(out)).toEqual({
      status: 'in-progress',
      owner: 'Ada',
      type: 'execplan',
      created: '2026-11-21',
      updated: '2026-11-21',
      tags: ['execplan'],
    });
    expect(out.match(/^status:/gm)).toHaveLength(1);
  });

  test('keys match whatever their case', () => {
    const out = merge('---\nStatus: blocked\nTYPE: project\n---\n').text;
    expect(properties(out)).toMatchObject({ Status: 'blocked', TYPE: 'project' });
    expect(properties(out)).not.toHaveProperty('status');
    expect(properties(out)).not.toHaveProperty('type');
  });

  test('the template YAML text is kept byte for byte', () => {
    const yamlText = '# a comment\nowner: "Ada"   # trailing\naliases: [x, y]\nwhen: <% tp.date.now("YYYY") %>\n';
    const template = `---\n${yamlText}---\nBody\n`;
    const out = merge(template).text;
    expect(out.startsWith(`---\n${yamlText}`)).toBe(true);
    expect(out.endsWith('---\nBody\n')).toBe(true);
  });

  test('tags are unioned: template tags first, missing plan tags appended', () => {
    const out = merge('---\ntags: [project, ExecPlan]\n---\n', { tags: ['execplan', 'work'] }).text;
    expect(properties(out).tags).toEqual(['project', 'ExecPlan', 'work']);
    const fromString = merge('---\ntags: project, area\n---\n', { tags: ['execplan'] }).text;
    expect(properties(fromString).tags).toEqual(['project', 'area', 'execplan']);
    const blockList = merge('---\ntags:\n- project\n# note\n- second\nowner: Ada\n---\n', { tags: ['execplan'] }).text;
    expect(properties(blockList)).toEqual({ tags: ['project', 'second', 'execplan'], owner: 'Ada' });
    expect(blockList).toContain('owner: Ada\n');
  });

  test('tags already present leave the text untouched', () => {
    const template = '---\ntags:\n  - "#execplan"\n---\nBody';
    expect(merge(template, { tags: ['execplan'] }).text).toBe(template);
  });

  test('empty template values are filled', () => {
    const out = merge('---\ncreated:\nupdated: ""\ntags:\nstatus: blocked\n---\n').text;
    expect(properties(out)).toEqual({
      created: '2026-11-21',
      updated: '2026-11-21',
      tags: ['execplan'],
      status: 'blocked',
      type: 'execplan',
    });
  });

  test('Templater tags that YAML would trip over do not make the template malformed', () => {
    const template = '---\nsummary: <%* tR += "a: b" %>\n---\nBody';
    const out = merge(template).text;
    expect(out.startsWith('---\nsummary: <%* tR += "a: b" %>\n')).toBe(true);
  });

  test('CRLF templates stay CRLF', () => {
    const template = '---\r\nowner: Ada\r\n---\r\n# Plan\r\n';
    const out = merge(template).text;
    expect(out.replace(/\r\n/g, '')).not.toContain('\n');
    expect(out.endsWith('---\r\n# Plan\r\n')).toBe(true);
    expect(merge('# Plan\r\nText\r\n').text.replace(/\r\n/g, '')).not.toContain('\n');
  });

  test('BOM stays first', () => {
    const out = merge('\ufeff# Plan\n').text;
    expect(out.startsWith('\ufeff---\n')).toBe(true);
    expect(out.endsWith('---\n# Plan\n')).toBe(true);
  });

  test('empty frontmatter is filled', () => {
    const out = merge('---\n---\nBody').text;
    expect(properties(out)).toEqual(PLAN);
    expect(splitFrontmatter(out).body).toBe('Body');
  });

  test('nothing to add: text unchanged', () => {
    const template = '---\ntype: x\n---\nBody';
    expect(merge(template, { type: 'execplan' }).text).toBe(template);
    expect(merge('Body', {}).text).toBe('Body');
  });

  test('malformed YAML is refused with the problem named', () => {
    const result = mergePlanProperties('---\nowner: [unclosed\n---\nBody', PLAN, codec);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/^The template's properties .* cannot be read: .+\.$/);
    expect(mergePlanProperties('---\na: 1\na: 2\n---\n', PLAN, codec).ok).toBe(false);
    const list = mergePlanProperties('---\n- a\n- b\n---\n', PLAN, codec);
    expect(list.ok ? '' : list.message).toContain('a list');
    const scalar = mergePlanProperties('---\njust text\n---\n', PLAN, codec);
    expect(scalar.ok ? '' : scalar.message).toContain('a single value');
  });

  test('cursor moves with the body and is lost inside a rewritten entry', () => {
    const template = '---\nowner: Ada\n---\n# Plan\n\nStart here';
    const cursor = template.indexOf('Start');
    const out = merge(template, PLAN, cursor);
    expect(out.text.slice(out.cursor ?? -1)).toBe('Start here');
    const noFm = merge('Start', PLAN, 0);
    expect(noFm.text.slice(noFm.cursor ?? -1)).toBe('Start');
    const inside = merge('---\ntags:\n---\nx', PLAN, 6);
    expect(inside.cursor).toBeNull();
    expect(merge('Body', PLAN).cursor).toBeNull();
  });

  test('property: output parses, has no duplicate keys, template values win, body identical', () => {
    const key = fc.constantFrom('type', 'status', 'Status', 'created', 'owner', 'tags', 'area', 'aliases');
    const scalar = fc.oneof(fc.constantFrom('a', 'in-progress', '2026-01-01', 'x y'), fc.integer({ min: 0, max: 99 }));
    const value = fc.oneof(scalar, fc.array(fc.constantFrom('execplan', 'work', 'Project'), { maxLength: 3 }));
    const templateProps = fc.dictionary(key, value, { maxKeys: 5 });
    const body = fc.array(fc.constantFrom('# T', '', 'text', '---', 'a: b', '- [ ] x'), { maxLength: 5 }).map((l) => ['Intro', ...l].join('\n'));
    fc.assert(
      fc.property(templateProps, body, fc.boolean(), (props, text, withFm) => {
        const distinct = Object.fromEntries(
          Object.entries(props).filter(([k], i, all) => all.findIndex(([o]) => o.toLowerCase() === k.toLowerCase()) === i),
        );
        const template = withFm ? `---\n${Object.keys(distinct).length ? stringify(distinct) : ''}---\n${text}` : text;
        const out = merge(template).text;
        const templateBody = splitFrontmatter(template).body;
        expect(splitFrontmatter(out).body).toBe(templateBody);
        const merged = properties(out);
        const lower = Object.keys(merged).map((k) => k.toLowerCase());
        expect(new Set(lower).size).toBe(lower.length);
        for (const [k, v] of Object.entries(withFm ? distinct : {})) {
          if (k.toLowerCase() === 'tags' || v === null) continue;
          expect(merged[k]).toEqual(v);
        }
        for (const k of Object.keys(PLAN)) expect(lower).toContain(k);
      }),
      { numRuns: runs(150) },
    );
  });
});

describe('findTopLevelEntry', () => {
  test('entry with its continuation lines, not trailing comments', () => {
    const yamlText = 'a: 1\ntags:\n  - x\n\n  - y\n# trailing\nb: 2\n';
    const entry = findTopLevelEntry(yamlText, 'tags');
    expect(entry && yamlText.slice(entry.start, entry.end)).toBe('tags:\n  - x\n\n  - y\n');
    expect(findTopLevelEntry('  tags: x\n', 'tags')).toBeNull();
    expect(findTopLevelEntry('"tags": [a]\n', 'tags')).toEqual({ start: 0, end: 12 });
  });
});
