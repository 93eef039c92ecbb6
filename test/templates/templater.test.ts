/** @jest-environment jsdom */
import type { TFile } from 'obsidian';
import { parse } from 'yaml';
import { TEMPLATER_OFF_MESSAGE, TEMPLATER_UNREACHABLE_MESSAGE } from '../../src/plugin/templates/templater';
import { activeView, createPlan, read, setup, type Harness } from './helpers';

const TAGGED = '---\nday: <% tp.date.now("dddd") %>\n---\n# {{title}}\n\nBy <% tp.file.title %>\n\n## Purpose\n\n{{cursor}}\n';
const RAW = '---\nday: <% tp.date.now("dddd") %>\ntype: execplan\nstatus: Proposed\ncreated: 2026-11-21\nupdated: 2026-11-21\ntags:\n  - execplan\n---\n# Tagged\n\nBy <% tp.file.title %>\n\n## Purpose\n\n\n';

interface Call {
  self: unknown;
  file: TFile;
  textAtCall: string;
  openAtCall: string | null;
}

/** Installs a Templater look-alike that fills its tags the way Templater would (whole-file rewrite). */
function installTemplater(h: Harness, opts: { enabled?: boolean; triggerOnCreate?: boolean; fail?: boolean } = {}): Call[] {
  const calls: Call[] = [];
  const templater = {
    async overwrite_file_commands(this: unknown, file: TFile): Promise<void> {
      calls.push({
        self: this,
        file,
        textAtCall: await h.app.vault.read(file),
        openAtCall: h.app.workspace.getActiveFile()?.path ?? null,
      });
      if (opts.fail) throw new Error('Template parsing error, aborting.');
      await h.app.vault.process(file, (text) => text.replace('<% tp.date.now("dddd") %>', 'Saturday').replace('<% tp.file.title %>', file.basename));
    },
  };
  const plugins = h.testing.standIn.plugins;
  plugins.plugins['templater-obsidian'] = { templater, settings: { trigger_on_file_creation: opts.triggerOnCreate ?? false } };
  if (opts.enabled ?? true) plugins.enabledPlugins.add('templater-obsidian');
  return calls;
}

const ASKS =
  '---\nowner: {{prompt:Owner}}\nnote: "{{prompt:Owner}}"\nday: <% tp.date.now("dddd") %>\n---\n# {{title}}\n\n{{prompt:Owner}}\n\nBy <% tp.file.title %>\n';
const FILES = { 'Templates/Plans/Tagged.md': TAGGED, 'Templates/Plans/Plain.md': '# {{title}}\n', 'Templates/Plans/Asks.md': ASKS };

describe('Templater interop', () => {
  test('enabled: the new note, tags intact and already open, is handed to its API once', async () => {
    const h = await setup({ files: FILES });
    const calls = installTemplater(h);
    await createPlan(h, 'Tagged', 'Tagged');

    expect(calls).toHaveLength(1);
    const call = calls[0];
    expect(call?.file).toBe(h.app.vault.getFileByPath('Plans/Tagged.md'));
    expect(call?.self).toBe((h.testing.standIn.plugins.plugins['templater-obsidian'] as { templater: unknown }).templater);
    expect(call?.textAtCall).toBe(RAW);
    expect(call?.openAtCall).toBe('Plans/Tagged.md');
    expect(await read(h, 'Plans/Tagged.md')).toBe(RAW.replace('<% tp.date.now("dddd") %>', 'Saturday').replace('<% tp.file.title %>', 'Tagged'));
    expect(activeView(h).editor.getValue()).toContain('By Tagged\n');
    expect(h.testing.notices).toEqual([]);
  });

  test('enabled, but the template has no tags: Templater is not called', async () => {
    const h = await setup({ files: FILES });
    const calls = installTemplater(h);
    await createPlan(h, 'Plain', 'Plain');
    expect(calls).toEqual([]);
    expect(h.testing.notices).toEqual([]);
  });

  test("a title holding <% %> is the user's text: not handed to Templater, no Notice", async () => {
    const h = await setup({ files: FILES });
    const calls = installTemplater(h);
    await createPlan(h, 'Use <% tp.file.title %> here', 'Plain');
    expect(calls).toEqual([]);
    expect(await read(h, 'Plans/Use -% tp.file.title %- here.md')).toContain('# Use <\\% tp.file.title %> here\n');
    expect(h.testing.notices).toEqual([]);
  });

  test('a title or answer holding Templater code reaches Templater escaped: only the template\'s tags are tags', async () => {
    const h = await setup({ files: FILES });
    const calls = installTemplater(h);
    const title = 'T <%* app.vault.adapter.remove("x") %>';
    const answer = 'x"\nstatus: Complete\n<%* require("child_process") %>';
    await createPlan(h, title, 'Asks', [answer]);

    expect(calls).toHaveLength(1);
    const handed = calls[0]?.textAtCall ?? '';
    // The template's two tags, and no other.
    expect(handed.match(/<%/g)).toEqual(['<%', '<%']);
    expect(handed).toContain('day: <% tp.date.now("dddd") %>\n');
    expect(handed).toContain('By <% tp.file.title %>\n');
    expect(handed).toContain('# T <\\%* app.vault.adapter.remove("x") %>\n');
    // A one-line field: the line breaks do not reach the answer.
    expect(handed).toContain('\n\nx"status: Complete<\\%* require("child_process") %>\n\n');
    // The answer is one property value, not three properties.
    const yaml = parse(handed.split('---\n')[1] ?? '') as Record<string, unknown>;
    expect(yaml.owner).toBe('x"status: Complete<\\%* require("child_process") %>');
    expect(yaml.note).toBe(yaml.owner);
    expect(yaml.status).toBe('Proposed');
    expect(h.testing.notices).toEqual([]);
  });

  test.each(['a: b', 'broken: [x', 'x" status: Complete'])(
    'a title %j used in the template\'s properties stays one valid property value',
    async (title) => {
      const h = await setup({ files: { ...FILES, 'Templates/Plans/Props.md': '---\nalias: {{title}}\n---\n# {{title}}\n' } });
      await createPlan(h, title, 'Props');
      await h.testing.settle();
      const path = h.app.vault.getMarkdownFiles().map((f) => f.path).find((p) => p.startsWith('Plans/'));
      if (!path) throw new Error('no plan created');
      const text = await read(h, path);
      const yaml = parse(text.split('---\n')[1] ?? '') as Record<string, unknown>;
      expect(yaml.alias).toBe(title);
      expect(yaml.status).toBe('Proposed');
      expect(yaml.type).toBe('execplan');
      expect(h.testing.notices).toEqual([]);
    },
  );

  test('Templater set to process new files itself: left to it, not called a second time', async () => {
    const h = await setup({ files: FILES });
    const calls = installTemplater(h, { triggerOnCreate: true });
    await createPlan(h, 'Tagged', 'Tagged');
    expect(calls).toEqual([]);
    expect(await read(h, 'Plans/Tagged.md')).toBe(RAW);
    expect(h.testing.notices).toEqual([]);
  });

  test('absent: tags stay exactly as written, and the Notice is shown once per session', async () => {
    const h = await setup({ files: FILES });
    await createPlan(h, 'Tagged', 'Tagged');
    await createPlan(h, 'Tagged', 'Tagged');
    expect(await read(h, 'Plans/Tagged.md')).toBe(RAW);
    expect(await read(h, 'Plans/Tagged 2.md')).toBe(RAW);
    expect(h.testing.notices).toEqual([TEMPLATER_OFF_MESSAGE]);

    // A new session (the plugin loaded again) says it again.
    const again = await setup({ files: FILES });
    await createPlan(again, 'Tagged', 'Tagged');
    expect(again.testing.notices).toEqual([TEMPLATER_OFF_MESSAGE]);
  });

  test('installed but disabled counts as absent', async () => {
    const h = await setup({ files: FILES });
    const calls = installTemplater(h, { enabled: false });
    await createPlan(h, 'Tagged', 'Tagged');
    expect(calls).toEqual([]);
    expect(await read(h, 'Plans/Tagged.md')).toBe(RAW);
    expect(h.testing.notices).toEqual([TEMPLATER_OFF_MESSAGE]);
  });

  test('enabled but its API is missing: tags untouched, the user is told', async () => {
    const h = await setup({ files: FILES });
    const plugins = h.testing.standIn.plugins;
    plugins.plugins['templater-obsidian'] = { templater: { overwrite_file_commands: 'not a function' } };
    plugins.enabledPlugins.add('templater-obsidian');
    await createPlan(h, 'Tagged', 'Tagged');
    expect(await read(h, 'Plans/Tagged.md')).toBe(RAW);
    expect(h.testing.notices).toEqual([TEMPLATER_UNREACHABLE_MESSAGE]);
  });

  test('Templater failing: the note stays as created, and the error is shown', async () => {
    const h = await setup({ files: FILES });
    installTemplater(h, { fail: true });
    await createPlan(h, 'Tagged', 'Tagged');
    expect(await read(h, 'Plans/Tagged.md')).toBe(RAW);
    expect(h.testing.notices).toEqual(['Templater could not process “Tagged”: Template parsing error, aborting.']);
  });
});
