/** @jest-environment jsdom */
import { BUILTIN_TEMPLATES } from '../../src/core/template/builtins';
import { renderTemplate } from '../../src/core/template/render';
import { activeView, CREATE, createPlan, mdPaths, nextTemplateModal, read, setup, typeAndEnter, nextTextModal } from './helpers';

const NOW = new Date('2026-11-21T14:05:09Z');

describe('Create new plan with a built-in template', () => {
  test.each(BUILTIN_TEMPLATES.map((t) => [t.name, t] as const))('%s: the note is the rendered template, opened at {{cursor}}', async (name, template) => {
    const h = await setup({ now: NOW });
    await createPlan(h, 'Learn Rust', name);

    expect(mdPaths(h)).toEqual(['Plans/Learn Rust.md']);
    const text = await read(h, 'Plans/Learn Rust.md');
    // The built-ins already carry every plan property, so the note is exactly the template
    // rendered for this title, clock and the first configured status.
    const rendered = renderTemplate(template.body, {
      title: 'Learn Rust',
      now: NOW,
      utc: true,
      status: 'Proposed',
      folder: 'Plans',
      answers: new Map(),
    });
    if (!rendered.ok) throw new Error(rendered.error.message);
    expect(text).toBe(rendered.text);
    const tags = template.id === 'learning-journal' ? '  - execplan\n  - learning-journal\n' : '  - execplan\n';
    expect(text.startsWith(`---\ntype: execplan\nstatus: Proposed\ncreated: 2026-11-21\nupdated: 2026-11-21\ntags:\n${tags}---\n# Learn Rust\n`)).toBe(true);
    expect(h.testing.notices).toEqual([]);

    const view = activeView(h);
    expect(view.file?.path).toBe('Plans/Learn Rust.md');
    expect(view.editor.posToOffset(view.editor.getCursor())).toBe(rendered.cursor);
    // The cursor sits on the empty line under the first section's hint.
    const firstHeading = text.indexOf('\n## ');
    expect(rendered.cursor).toBeGreaterThan(firstHeading);
    expect(text.slice(0, rendered.cursor ?? 0).endsWith('%%\n')).toBe(true);
  });

  test('the chooser lists the built-ins in order and filters by what is typed', async () => {
    const h = await setup();
    const done = h.testing.runCommand(CREATE);
    typeAndEnter(h.testing, await nextTextModal(h.testing), 'Anything');
    const chooser = await nextTemplateModal(h.testing);
    expect(chooser.getSuggestions('').map((c) => c.name)).toEqual(['ExecPlan', 'Lean plan', 'Learning journal']);
    expect(chooser.getSuggestions('journal').map((c) => c.name)).toEqual(['Learning journal']);
    expect(chooser.getSuggestions('full living').map((c) => c.name)).toEqual(['ExecPlan']);
    chooser.close();
    await done;
    expect(mdPaths(h)).toEqual([]);
  });
});
