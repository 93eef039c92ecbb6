import { parse, stringify } from 'yaml';
import { parseDocument } from '../../../src/core/markdown';
import { summarisePlan } from '../../../src/core/read';
import { BUILTIN_TEMPLATES, findBuiltinTemplate } from '../../../src/core/template/builtins';
import { mergePlanProperties, splitFrontmatter } from '../../../src/core/template/frontmatter-merge';
import { collectPrompts, renderTemplate } from '../../../src/core/template/render';
import type { TemplateContext } from '../../../src/core/template/types';

const NOW = new Date(Date.UTC(2026, 10, 21, 14, 5, 9));
const ctx: TemplateContext = {
  title: 'Learn Rust',
  now: NOW,
  utc: true,
  status: 'proposed',
  folder: 'Plans',
  answers: new Map(),
};

const EXPECTED_SECTIONS: Record<string, string[]> = {
  execplan: [
    'Purpose / Big Picture',
    'Context and Orientation',
    'Plan of Work',
    'Concrete Steps',
    'Progress',
    'Surprises & Discoveries',
    'Decision Log',
    'Validation and Acceptance',
    'Outcomes & Retrospective',
    'Handoff',
  ],
  'lean-plan': ['Purpose', 'Progress', 'Surprises & Discoveries', 'Decision Log', 'Outcomes & Retrospective'],
  'learning-journal': [
    'Goal',
    'Resources',
    'Progress',
    'Surprises & Discoveries',
    'Wrong assumptions',
    'Questions',
    'Retrospective',
  ],
};

function rendered(body: string): { text: string; cursor: number | null } {
  const result = renderTemplate(body, ctx);
  if (!result.ok) throw new Error(result.error.message);
  return result;
}

describe('built-in templates', () => {
  test('three templates with distinct ids, names and descriptions', () => {
    expect(BUILTIN_TEMPLATES.map((t) => t.id)).toEqual(['execplan', 'lean-plan', 'learning-journal']);
    expect(BUILTIN_TEMPLATES.map((t) => t.name)).toEqual(['ExecPlan', 'Lean plan', 'Learning journal']);
    for (const t of BUILTIN_TEMPLATES) expect(t.description.length).toBeGreaterThan(20);
    expect(findBuiltinTemplate('lean-plan')?.name).toBe('Lean plan');
    expect(findBuiltinTemplate('nope')).toBeUndefined();
  });

  describe.each(BUILTIN_TEMPLATES.map((t) => [t.id, t] as const))('%s', (id, template) => {
    test('renders without errors or prompts', () => {
      expect(collectPrompts(template.body)).toEqual([]);
      expect(renderTemplate(template.body, ctx).ok).toBe(true);
    });

    test('frontmatter holds the plan properties', () => {
      const { text } = rendered(template.body);
      const yaml = splitFrontmatter(text).yaml;
      expect(yaml).not.toBeNull();
      expect(parse(yaml ?? '')).toEqual({
        type: 'execplan',
        status: 'proposed',
        created: '2026-11-21',
        updated: '2026-11-21',
        tags: id === 'learning-journal' ? ['execplan', 'learning-journal'] : ['execplan'],
      });
    });

    test('a fresh plan from it misses no section the health check expects', () => {
      const { text } = rendered(template.body);
      const summary = summarisePlan(text, { path: 'Plans/Learn Rust.md', parseYaml: parse });
      expect(summary.health.filter((f) => f.code === 'missing-section')).toEqual([]);
    });

    test('H1 title, then its sections at level 2 in order', () => {
      const { text } = rendered(template.body);
      const doc = parseDocument(text);
      expect(doc.headings[0]).toMatchObject({ level: 1, text: 'Learn Rust' });
      const sections = doc.headings.slice(1);
      expect(sections.map((h) => h.text)).toEqual(EXPECTED_SECTIONS[id]);
      expect(sections.every((h) => h.level === 2)).toBe(true);
    });

    test('the cursor sits in the first section', () => {
      const { text, cursor } = rendered(template.body);
      expect(cursor).not.toBeNull();
      const doc = parseDocument(text);
      const first = doc.sections[1];
      expect(first).toBeDefined();
      expect(cursor).toBeGreaterThanOrEqual(first?.contentStart ?? Infinity);
      expect(cursor).toBeLessThan(first?.end ?? -1);
      // On a line of its own.
      expect(text.charAt((cursor ?? 0) - 1)).toBe('\n');
      expect(text.charAt(cursor ?? 0)).toBe('\n');
    });

    test('no placeholders the health check would flag', () => {
      const { text } = rendered(template.body);
      expect(text).not.toMatch(/<[^>\n]*>/);
      expect(text).not.toMatch(/\bTBD\b/i);
      expect(text).not.toContain('YYYY');
      expect(text).not.toMatch(/\.\.\.|…/);
      expect(text).not.toMatch(/\{\{|\}\}/);
    });

    test('merging the plan properties changes nothing', () => {
      const { text } = rendered(template.body);
      const merged = mergePlanProperties(
        text,
        { type: 'execplan', status: 'proposed', created: '2026-11-21', updated: '2026-11-21', tags: ['execplan'] },
        { parse: (s) => parse(s) as unknown, stringify: (o) => stringify(o) },
      );
      expect(merged).toEqual({ ok: true, text, cursor: null });
    });
  });
});
