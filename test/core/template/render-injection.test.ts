import { parse } from 'yaml';
import { readFrontmatter } from '../../../src/core/frontmatter';
import { parseDocument } from '../../../src/core/markdown';
import { renderTemplate } from '../../../src/core/template/render';
import { hasTemplaterTags } from '../../../src/core/template/scan';
import type { RenderResult, TemplateContext } from '../../../src/core/template/types';

// Issue 13: values the user types are data. They never become Templater tags, properties or
// Markdown structure, wherever the template puts them.

const NOW = new Date(Date.UTC(2026, 10, 21, 14, 5, 9));

function ctx(overrides: Partial<TemplateContext> = {}): TemplateContext {
  return { title: 'Ship it', now: NOW, utc: true, status: 'Proposed', folder: 'Plans', answers: new Map(), ...overrides };
}

function text(result: RenderResult): string {
  if (!result.ok) throw new Error(`expected success, got ${result.error.message}`);
  return result.text;
}

const render = (template: string, overrides: Partial<TemplateContext> = {}): string =>
  text(renderTemplate(template, ctx(overrides)));

function properties(note: string): Record<string, unknown> {
  const fm = readFrontmatter(note);
  if (!fm) throw new Error('no frontmatter');
  return parse(fm.yaml) as Record<string, unknown>;
}

const HOSTILE_TITLES = [
  'T <%* app.vault.adapter.remove("x") %>',
  '<%* require("child_process") %>',
  '<%+ tp.file.title %>',
  'a <<%% b',
];

describe('Templater tags never come from a value', () => {
  test.each(HOSTILE_TITLES)('title %j in the body and in properties', (title) => {
    const template = '---\ntitle: {{title}}\nquoted: "{{title}}"\nsingle: \'{{title}}\'\n---\n# {{title}}\n\nBy <% tp.file.title %>\n';
    const out = render(template, { title });
    // Only the template's own tag is left.
    expect(out.match(/<%/g)).toHaveLength(1);
    expect(out).toContain('By <% tp.file.title %>');
    const props = properties(out);
    const shown = title.replace(/<%/g, '<\\%');
    expect(props).toEqual({ title: shown, quoted: shown, single: shown });
  });

  test('a prompt answer is escaped the same way', () => {
    const out = render('Owner: {{prompt:Who}}\n', { answers: new Map([['Who', '<%* require("child_process") %>']]) });
    expect(hasTemplaterTags(out)).toBe(false);
    expect(out).toBe('Owner: <\\%* require("child_process") %>\n');
  });

  test('a value cannot complete a tag with the template text around it', () => {
    expect(render('<{{title}} x %>', { title: '%* danger()' })).not.toContain('<%');
    expect(render('{{title}}% x %>', { title: 'a <' })).not.toContain('<%');
  });

  test('folder and status from the settings are treated like typed values', () => {
    expect(render('{{folder}} {{status}}', { folder: '<% f %>', status: '<% s %>' })).not.toContain('<%');
  });
});

describe('values in the properties are YAML scalars', () => {
  const TEMPLATE = '---\nowner: {{prompt:Owner}}\ntitle: "{{title}}"\nalias: \'{{title}}\'\nstatus: Proposed\ntags: [execplan]\n---\n# {{title}}\n';

  test.each([
    ['x"\nstatus: Complete\ntags: [injected]'],
    ["x'\nstatus: Complete"],
    ['a: b'],
    ['broken: [x'],
    ['# not a comment'],
    ['- item'],
    ['yes'],
    ['  padded  '],
    ['back\\slash "quoted"'],
    ['{a: 1}'],
    ['*alias'],
    ['!!str x'],
    ['line\rbreak'],
  ])('%j keeps the keys and is read back as typed', (typed) => {
    const out = render(TEMPLATE, { title: typed, answers: new Map([['Owner', typed]]) });
    const props = properties(out);
    expect(Object.keys(props)).toEqual(['owner', 'title', 'alias', 'status', 'tags']);
    expect(props.status).toBe('Proposed');
    expect(props.tags).toEqual(['execplan']);
    expect(props.owner).toBe(typed);
    expect(props.title).toBe(typed);
    // Single quotes cannot hold a line break: it becomes a space.
    expect(props.alias).toBe(typed.replace(/[ \t]*[\r\n]+[ \t]*/g, ' '));
  });

  test('list items and flow items', () => {
    const out = render('---\nteam:\n  - {{title}}\nrefs: [{{title}}, b]\nmap: {k: {{title}}}\n---\n', { title: 'a, b: [c]' });
    expect(properties(out)).toEqual({ team: ['a, b: [c]'], refs: ['a, b: [c]', 'b'], map: { k: 'a, b: [c]' } });
  });

  test('plain values stay plain, so ordinary templates render as before', () => {
    expect(render('---\nowner: {{title}}\nwhere: {{folder}}/x\n---\n', { title: 'Ship it' })).toBe(
      '---\nowner: Ship it\nwhere: Plans/x\n---\n',
    );
  });

  test('inside a longer plain value, a value YAML would read differently is refused with a way out', () => {
    const result = renderTemplate('---\nsummary: Plan {{title}} now\n---\n', ctx({ title: 'a: b' }));
    expect(result).toMatchObject({ ok: false, error: { code: 'unsafe-value', variable: 'title' } });
    if (!result.ok) expect(result.error.message).toContain('"{{title}}"');
    expect(render('---\nsummary: Plan {{title}} now\n---\n', { title: 'two\nlines' })).toBe('---\nsummary: Plan two lines now\n---\n');
  });

  test('a question holding quotes does not confuse the reading of the line', () => {
    const out = render("---\nowner: {{prompt:Who's the owner?}}\n---\n", { answers: new Map([["Who's the owner?", 'x\nstatus: Complete']]) });
    expect(properties(out)).toEqual({ owner: 'x\nstatus: Complete' });
  });
});

describe('values in the body never start a block', () => {
  test('a title with line breaks becomes one line', () => {
    expect(render('# {{title}}\n', { title: 'one\n## Two\r\n- three' })).toBe('# one ## Two - three\n');
  });

  test.each([
    ['# heading', '\\# heading'],
    ['```js', '\\```js'],
    ['~~~', '\\~~~'],
    ['- item', '\\- item'],
    ['* item', '\\* item'],
    ['+ item', '\\+ item'],
    ['> quote', '\\> quote'],
    ['1. first', '1\\. first'],
    ['| a | b |', '\\| a | b |'],
    ['---', '\\---'],
    ['===', '\\==='],
    ['    code', ''],
    ['<div>', '\\<div>'],
    ['$$', '\\$$'],
    ['[^1]: note', '\\[^1]: note'],
    ['plain words', 'plain words'],
  ])('%j at the start of a line', (typed, expected) => {
    const out = render('Intro\n\n{{prompt:Q}}\n\n## Progress\n\n- [ ] step\n', { answers: new Map([['Q', typed]]) });
    if (expected) expect(out).toBe(`Intro\n\n${expected}\n\n## Progress\n\n- [ ] step\n`);
    const doc = parseDocument(out);
    expect(doc.headings.map((h) => h.text)).toEqual(['Progress']);
  });

  test('after a list marker or quote marker the value is escaped too; mid-line it is not', () => {
    expect(render('- {{title}}\n> {{title}}\n- [ ] {{title}}\nSee {{title}}\n', { title: '# x' })).toBe(
      '- \\# x\n> \\# x\n- [ ] \\# x\nSee # x\n',
    );
  });

  test('a value cannot open a comment that hides the rest of the note', () => {
    const out = render('Owner: {{title}}\n\n## Progress\n\n- [ ] step\n', { title: 'a %% b <!-- c' });
    expect(out).toBe('Owner: a %\\% b <\\!-- c\n\n## Progress\n\n- [ ] step\n');
    expect(out).not.toContain('%%');
    expect(out).not.toContain('<!--');
  });

  test('the template itself keeps its structure and comments', () => {
    expect(render('# {{title}}\n%% hint %%\n- {{date}}\n')).toBe('# Ship it\n%% hint %%\n- 2026-11-21\n');
  });
});

describe('a %% in the properties', () => {
  test('is YAML text: it does not hide the headings of the note (found by the property test)', () => {
    const note = "---\ntitle: '50%% done'\n---\n# Plan\n\n## Progress\n\n- [ ] x\n";
    expect(parseDocument(note).headings.map((h) => h.text)).toEqual(['Plan', 'Progress']);
  });
});

describe('more places in the body', () => {
  test('a value in a table row cannot add cells', () => {
    expect(render('| Owner | {{title}} |\n', { title: 'a | b \\| c' })).toBe('| Owner | a \\| b \\| c |\n');
  });

  test('CR-only templates: a value at a line start is escaped too', () => {
    expect(render('Intro\r{{title}}\r', { title: '# x' })).toBe('Intro\r\\# x\r');
  });
});
