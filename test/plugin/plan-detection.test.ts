import { parseDocument } from '../../src/core/markdown';
import { isPlanBySections } from '../../src/core/rules/document';
import { isPlanNote } from '../../src/plugin/plan-detection';
import { DEFAULT_SETTINGS } from '../../src/plugin/settings';

const ALL = { plansFolder: 'Plans', detection: { ...DEFAULT_SETTINGS.detection } };
const only = (rule: keyof typeof ALL.detection) => ({
  plansFolder: 'Plans',
  detection: { folder: false, tag: false, frontmatterType: false, autoDetect: false, [rule]: true },
});

describe('isPlanNote', () => {
  test('the plans folder, at any depth, and only Markdown files', () => {
    expect(isPlanNote(only('folder'), 'Plans/a.md', null, [], false)).toBe(true);
    expect(isPlanNote(only('folder'), 'Plans/2026/a.md', null, [], false)).toBe(true);
    expect(isPlanNote(only('folder'), 'Plansx/a.md', null, [], false)).toBe(false);
    expect(isPlanNote(only('folder'), 'Notes/Plans/a.md', null, [], false)).toBe(false);
    expect(isPlanNote(only('folder'), 'Plans/a.canvas', null, [], false)).toBe(false);
    expect(isPlanNote({ ...only('folder'), plansFolder: '' }, 'a.md', null, [], false)).toBe(false);
    expect(isPlanNote({ ...only('folder'), plansFolder: '/Plans/' }, 'Plans/a.md', null, [], false)).toBe(true);
  });

  test('the execplan tag, inline or in properties, nested too', () => {
    expect(isPlanNote(only('tag'), 'a.md', null, ['#execplan'], false)).toBe(true);
    expect(isPlanNote(only('tag'), 'a.md', null, ['#ExecPlan/active'], false)).toBe(true);
    expect(isPlanNote(only('tag'), 'a.md', { tags: ['project', 'execplan'] }, [], false)).toBe(true);
    expect(isPlanNote(only('tag'), 'a.md', { tags: 'project, execplan' }, [], false)).toBe(true);
    expect(isPlanNote(only('tag'), 'a.md', { tags: ['execplans'] }, ['#execplanning'], false)).toBe(false);
  });

  test('the type property', () => {
    expect(isPlanNote(only('frontmatterType'), 'a.md', { type: 'execplan' }, [], false)).toBe(true);
    expect(isPlanNote(only('frontmatterType'), 'a.md', { Type: 'ExecPlan' }, [], false)).toBe(true);
    expect(isPlanNote(only('frontmatterType'), 'a.md', { type: 'meeting' }, [], false)).toBe(false);
  });

  test('auto-detection runs only when every cheap rule said no, and only when enabled', () => {
    const detect = jest.fn(() => true);
    expect(isPlanNote(ALL, 'Plans/a.md', null, [], detect)).toBe(true);
    expect(detect).not.toHaveBeenCalled();
    expect(isPlanNote(ALL, 'Notes/a.md', null, [], detect)).toBe(true);
    expect(detect).toHaveBeenCalledTimes(1);
    expect(isPlanNote(only('folder'), 'Notes/a.md', null, [], detect)).toBe(false);
    expect(detect).toHaveBeenCalledTimes(1);
  });

  test('every rule off: nothing is a plan', () => {
    const off = { plansFolder: 'Plans', detection: { folder: false, tag: false, frontmatterType: false, autoDetect: false } };
    expect(isPlanNote(off, 'Plans/a.md', { type: 'execplan', tags: ['execplan'] }, ['#execplan'], true)).toBe(false);
  });
});

describe('the section rule the commands pass as autoDetected', () => {
  const sections = (...body: string[]): boolean => isPlanBySections(parseDocument(['# Plan', '', ...body].join('\n')));

  test('a progress section next to a decision log, surprises or retrospective, with work of its own', () => {
    expect(sections('## Purpose', 'Ship it.', '## Progress', '- [ ] Write the parser', '## Decision Log')).toBe(true);
    expect(sections('## Progress', '## Outcomes & Retrospective', 'Shipped a week late.')).toBe(true);
    expect(sections('## Progress', '- [ ] Write the parser', '## Context')).toBe(false);
    expect(sections('## Decision Log', '- Use SQLite.', '## Surprises')).toBe(false);
  });

  test('headings with nothing of their own in them are no plan', () => {
    expect(sections('## Progress', '- [ ] <first step>', '## Decision Log', '- Decision: …')).toBe(false);
    expect(sections('## Progress', '## Decision Log')).toBe(false);
  });

  test('tags and properties are the other rules, under their own settings', () => {
    expect(isPlanBySections(parseDocument('---\ntype: execplan\n---\n# Plan\n\n#execplan\n'))).toBe(false);
  });
});
