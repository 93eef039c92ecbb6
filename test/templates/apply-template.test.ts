/** @jest-environment jsdom */
import { applyTemplateToNote } from '../../src/plugin/templates/apply-template';
import { APPLY, inputOf, nextTemplateModal, nextTextModal, pressEscape, read, setup, typeAndEnter, waitFor, type Harness } from './helpers';

const HALF = [
  '---',
  'status: In progress # mine',
  'tags: [work]',
  '---',
  '# Half',
  '',
  'Intro line kept.',
  '',
  '## Goal',
  '',
  'Ship the importer.',
  '',
  '## Progress',
  '',
  '- [x] (2026-11-20 10:00Z) Wrote the parser',
  '',
].join('\n');

const ADDED_PROPERTIES = 'type: execplan\ncreated: 2026-11-21\nupdated: 2026-11-21\n';

const ADDED_SECTIONS = [
  '',
  '## Surprises & Discoveries',
  '',
  '%% What you did not expect, with a line of evidence for each. %%',
  '',
  '## Decision Log',
  '',
  '%% Choices made along the way, with the reason and the date. %%',
  '',
  '## Outcomes & Retrospective',
  '',
  '%% What shipped, what did not, and what you learned. %%',
  '',
].join('\n');

/** HALF with the Lean plan's missing properties and sections spliced in; nothing else differs. */
const HALF_APPLIED = HALF.replace('tags: [work]\n', `tags: [work]\n${ADDED_PROPERTIES}`) + ADDED_SECTIONS;

async function pickTemplate(h: Harness, name: string): Promise<void> {
  const chooser = await nextTemplateModal(h.testing);
  await h.testing.chooseSuggestion(chooser, name);
}

/** Runs the command on the active note and picks `name`; resolves once its Notice is shown. */
async function applyVia(h: Harness, name: string, answers: readonly string[] = []): Promise<string> {
  const before = h.testing.notices.length;
  expect(await h.testing.runCommand(APPLY)).toBe(true);
  await pickTemplate(h, name);
  for (const answer of answers) typeAndEnter(h.testing, await nextTextModal(h.testing), answer);
  const notice = await waitFor('the outcome notice', () => h.testing.notices[before]);
  await h.testing.settle();
  return notice;
}

describe('Apply plan template to this note', () => {
  test('open note: only the missing sections and properties are spliced in; one undo restores every byte', async () => {
    const h = await setup({ files: { 'Notes/Half.md': HALF } });
    const view = await h.testing.openFile('Notes/Half.md');
    view.editor.setCursor({ line: 10, ch: 5 });

    expect(await applyVia(h, 'Lean plan')).toBe('Added 3 sections and 3 properties from “Lean plan”.');
    expect(view.editor.getValue()).toBe(HALF_APPLIED);
    expect(await read(h, 'Notes/Half.md')).toBe(HALF_APPLIED);
    // The user's place in the note is kept.
    expect(view.editor.getCursor()).toEqual({ line: 13, ch: 5 });

    view.editor.undo();
    expect(view.editor.getValue()).toBe(HALF);
    await h.testing.settle();
    expect(await read(h, 'Notes/Half.md')).toBe(HALF);
  });

  test('unsaved typing is kept and the additions are computed from it', async () => {
    const h = await setup({ files: { 'Notes/Half.md': HALF } });
    const view = await h.testing.openFile('Notes/Half.md');
    view.editor.setCursor({ line: 10, ch: 18 });
    h.testing.type(view.editor, ' Soon.');
    const typed = view.editor.getValue();
    await applyVia(h, 'Lean plan');
    expect(view.editor.getValue()).toBe(typed.replace('tags: [work]\n', `tags: [work]\n${ADDED_PROPERTIES}`) + ADDED_SECTIONS);
    expect(view.editor.getValue()).toContain('Ship the importer. Soon.\n');
  });

  test('the ExecPlan template places each missing section after its neighbour, at the note\'s level', async () => {
    const note = '# Mine\n\n### Purpose / Big Picture\n\nWhy.\n\n### Progress\n\n- [ ] First\n\n### Notes\n\nKeep.\n';
    const h = await setup({ files: { 'Mine.md': `---\ntype: execplan\nstatus: Blocked\ncreated: 2020-01-01\nupdated: 2020-01-02\ntags: []\n---\n${note}` } });
    const view = await h.testing.openFile('Mine.md');
    expect(await applyVia(h, 'ExecPlan')).toBe('Added 8 sections from “ExecPlan”.');
    const text = view.editor.getValue();
    const headings = text.split('\n').filter((l) => l.startsWith('#'));
    expect(headings).toEqual([
      '# Mine',
      '### Purpose / Big Picture',
      '### Context and Orientation',
      '### Plan of Work',
      '### Concrete Steps',
      '### Progress',
      '### Surprises & Discoveries',
      '### Decision Log',
      '### Validation and Acceptance',
      '### Outcomes & Retrospective',
      '### Handoff',
      '### Notes',
    ]);
    // Every original line is still there, in order and unchanged.
    const original = `---\ntype: execplan\nstatus: Blocked\ncreated: 2020-01-01\nupdated: 2020-01-02\ntags: []\n---\n${note}`.split('\n');
    const lines = text.split('\n');
    let at = 0;
    for (const line of original) {
      at = lines.indexOf(line, at);
      expect(at).toBeGreaterThanOrEqual(0);
      at++;
    }
  });

  test('a note that already has everything is left alone and the user is told', async () => {
    const applied = HALF_APPLIED;
    const h = await setup({ files: { 'Notes/Half.md': applied } });
    const view = await h.testing.openFile('Notes/Half.md');
    expect(await applyVia(h, 'Lean plan')).toBe('“Half” already has every section and property of “Lean plan”.');
    expect(view.editor.getValue()).toBe(applied);
  });

  test('malformed properties: a Notice, nothing changed', async () => {
    const broken = '---\nstatus: [unclosed\n---\n# Broken\n\nText.\n';
    const h = await setup({ files: { 'Broken.md': broken } });
    const view = await h.testing.openFile('Broken.md');
    const notice = await applyVia(h, 'Lean plan');
    expect(notice).toContain('Nothing was changed in “Broken”');
    expect(notice).toContain('YAML');
    expect(view.editor.getValue()).toBe(broken);
    expect(await read(h, 'Broken.md')).toBe(broken);
  });

  test('a note without properties gets a new block at the top; CRLF line endings are kept', async () => {
    const crlf = '# Windows\r\n\r\n## Purpose\r\n\r\nBecause.\r\n';
    const h = await setup({ files: { 'Win.md': crlf } });
    const view = await h.testing.openFile('Win.md');
    await applyVia(h, 'Lean plan');
    const text = view.editor.getValue();
    expect(text.startsWith('---\r\ntype: execplan\r\nstatus: Proposed\r\ncreated: 2026-11-21\r\nupdated: 2026-11-21\r\ntags:\r\n  - execplan\r\n---\r\n# Windows\r\n\r\n## Purpose\r\n\r\nBecause.\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');
  });

  test('only the questions whose answers are added are asked; their answers are used', async () => {
    const template = '---\nowner: "{{prompt:Owner}}"\n---\n# {{title}}\n\n## Purpose\n\n{{prompt:Why}}\n\n## Risks\n\n{{prompt:Worst case|none}}\n';
    const h = await setup({ files: { 'Templates/Plans/Asks.md': template, 'Work.md': '# Work\n\n## Purpose\n\nAlready written.\n' } });
    const view = await h.testing.openFile('Work.md');
    const done = h.testing.runCommand(APPLY);
    await pickTemplate(h, 'Asks');
    const first = await nextTextModal(h.testing);
    expect(first.contentEl.textContent).toContain('Owner');
    typeAndEnter(h.testing, first, 'Dana');
    const second = await nextTextModal(h.testing);
    expect(second.contentEl.textContent).toContain('Worst case');
    expect(inputOf(second).value).toBe('none');
    typeAndEnter(h.testing, second, 'the importer eats data');
    await done;
    await waitFor('the notice', () => h.testing.notices[0]);
    expect(view.editor.getValue()).toBe(
      '---\nowner: Dana\ntype: execplan\nstatus: Proposed\ncreated: 2026-11-21\nupdated: 2026-11-21\ntags:\n  - execplan\n---\n# Work\n\n## Purpose\n\nAlready written.\n\n## Risks\n\nthe importer eats data\n',
    );
  });

  test('hostile answers stay data: one property value, no heading, no Templater tag (issue 13)', async () => {
    const template = '---\nowner: {{prompt:Owner}}\n---\n# {{title}}\n\n## Risks\n\n{{prompt:Worst case}}\n';
    const h = await setup({ files: { 'Templates/Plans/Asks.md': template, 'Work.md': '# Work\n\n## Purpose\n\nAlready written.\n' } });
    const view = await h.testing.openFile('Work.md');
    const done = h.testing.runCommand(APPLY);
    await pickTemplate(h, 'Asks');
    typeAndEnter(h.testing, await nextTextModal(h.testing), 'x" status: Complete, tags: [injected]');
    typeAndEnter(h.testing, await nextTextModal(h.testing), '## Decision Log <%* require("child_process") %>');
    await done;
    await waitFor('the notice', () => h.testing.notices[0]);
    const text = view.editor.getValue();
    expect(text).toContain('\n## Risks\n\n\\## Decision Log <\\%* require("child_process") %>\n');
    expect(text).not.toContain('<%');
    expect(text).toContain('owner: \'x" status: Complete, tags: [injected]\'\n');
    expect(text).toContain('status: Proposed\n');
  });

  test('cancelling a question changes nothing', async () => {
    const template = '# {{title}}\n\n## Risks\n\n{{prompt:Worst case}}\n';
    const note = '# Work\n\nBody.\n';
    const h = await setup({ files: { 'Templates/Plans/Asks.md': template, 'Work.md': note } });
    const view = await h.testing.openFile('Work.md');
    await h.testing.runCommand(APPLY);
    await pickTemplate(h, 'Asks');
    pressEscape(h.testing, await nextTextModal(h.testing));
    await h.testing.settle();
    expect(view.editor.getValue()).toBe(note);
    expect(await read(h, 'Work.md')).toBe(note);
    expect(h.testing.notices).toEqual([]);
  });

  test('Templater tags in added sections are left as they are, and the Notice says so', async () => {
    const h = await setup({ files: { 'Templates/Plans/Tagged log.md': '# {{title}}\n\n## Log\n\n<% tp.date.now() %>\n', 'N.md': '# N\n' } });
    const view = await h.testing.openFile('N.md');
    const notice = await applyVia(h, 'Tagged log');
    expect(notice).toContain('<% %> tags were left as they are');
    expect(view.editor.getValue()).toContain('## Log\n\n<% tp.date.now() %>\n');
  });

  test('Templater tags only in a section the note already has: nothing said about them', async () => {
    const h = await setup({ files: { 'Templates/Plans/Tagged log.md': '# {{title}}\n\n## Purpose\n\n<% tp.date.now() %>\n\n## Risks\n\nNone yet.\n', 'N.md': '# N\n\n## Purpose\n\nMine.\n' } });
    const view = await h.testing.openFile('N.md');
    const notice = await applyVia(h, 'Tagged log');
    expect(notice).toBe('Added 1 section and 5 properties from “Tagged log”.');
    expect(view.editor.getValue()).not.toContain('<%');
  });

  test('the command is offered only with a Markdown note open in an editor', async () => {
    const h = await setup({ files: { 'A.md': '# A\n' } });
    expect(h.testing.isCommandAvailable(APPLY)).toBe(false);
    await h.testing.openFile('A.md');
    expect(h.testing.isCommandAvailable(APPLY)).toBe(true);
  });

  test('a note not open in an editor: sections through the vault, missing properties through processFrontMatter', async () => {
    const note = '---\nstatus: Doing\n---\n# Closed\n\n## Purpose\n\nWhy.\n';
    const h = await setup({ files: { 'Closed.md': note } });
    const file = h.app.vault.getFileByPath('Closed.md');
    if (!file) throw new Error('no file');
    const done = applyTemplateToNote(h.plugin, file);
    await pickTemplate(h, 'Lean plan');
    await done;
    await h.testing.settle();
    const text = await read(h, 'Closed.md');
    expect(text.startsWith('---\nstatus: Doing\ntype: execplan\ncreated: 2026-11-21\nupdated: 2026-11-21\ntags:\n  - execplan\n---\n# Closed\n\n## Purpose\n\nWhy.\n\n## Progress\n')).toBe(true);
    expect(h.testing.notices).toEqual(['Added 4 sections and 4 properties from “Lean plan”.']);
    expect(h.app.metadataCache.getFileCache(file)?.frontmatter?.type).toBe('execplan');
  });
});
