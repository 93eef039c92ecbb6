import { Plugin, type Editor as ObsidianEditor, type MarkdownView as ObsidianMarkdownView } from 'obsidian';
import { createTestApp, loadPlugin } from './obsidian';

class CommandsPlugin extends Plugin {
  calls: string[] = [];
  allowed = false;

  override onload(): void {
    this.addCommand({ id: 'plain', name: 'Plain', callback: () => this.calls.push('plain') });
    this.addCommand({
      id: 'checked',
      name: 'Checked',
      checkCallback: (checking: boolean) => {
        this.calls.push(`checked(${checking})`);
        return this.allowed;
      },
    });
    this.addCommand({
      id: 'editor',
      name: 'Editor',
      editorCallback: (editor: ObsidianEditor, view: unknown) => {
        editor.replaceSelection('!');
        this.calls.push(`editor ${(view as ObsidianMarkdownView).file?.path ?? ''}`);
      },
    });
    this.addCommand({
      id: 'editor-checked',
      name: 'Editor checked',
      callback: () => this.calls.push('plain callback must be overridden'),
      editorCheckCallback: (checking: boolean, editor: ObsidianEditor) => {
        this.calls.push(`editor-checked(${checking})`);
        return editor.getValue().includes('ok');
      },
    });
    this.addCommand({
      id: 'slow',
      name: 'Slow',
      callback: async () => {
        await Promise.resolve();
        this.calls.push('slow done');
      },
    });
    this.addCommand({
      id: 'failing',
      name: 'Failing',
      callback: async () => {
        throw new Error('command failed');
      },
    });
  }
}

async function setup(): Promise<{ plugin: CommandsPlugin; testing: ReturnType<typeof createTestApp>['testing'] }> {
  const { app, testing } = createTestApp({ files: { 'ok.md': 'ok', 'no.md': 'no' } });
  const plugin = await loadPlugin(CommandsPlugin, app, { id: 'demo', name: 'Demo' });
  return { plugin, testing };
}

describe('commands', () => {
  test('ids and names get the plugin prefix, like Obsidian', async () => {
    const { testing } = await setup();
    expect(testing.commandIds()).toEqual(['demo:checked', 'demo:editor', 'demo:editor-checked', 'demo:failing', 'demo:plain', 'demo:slow']);
    await expect(testing.runCommand('plain')).rejects.toThrow(/no command "plain"/);
  });

  test('callback runs', async () => {
    const { testing, plugin } = await setup();
    await expect(testing.runCommand('demo:plain')).resolves.toBe(true);
    expect(plugin.calls).toEqual(['plain']);
  });

  test('checkCallback runs for real only when the check returns true', async () => {
    const { testing, plugin } = await setup();
    expect(testing.isCommandAvailable('demo:checked')).toBe(false);
    await expect(testing.runCommand('demo:checked')).resolves.toBe(false);
    expect(plugin.calls).toEqual(['checked(true)', 'checked(true)']);
    plugin.calls = [];
    plugin.allowed = true;
    await expect(testing.runCommand('demo:checked')).resolves.toBe(true);
    expect(plugin.calls).toEqual(['checked(true)', 'checked(false)']);
  });

  test('editorCallback needs an active Markdown view and gets its editor and view', async () => {
    const { testing, plugin } = await setup();
    expect(testing.isCommandAvailable('demo:editor')).toBe(false);
    await expect(testing.runCommand('demo:editor')).resolves.toBe(false);
    const view = await testing.openFile('no.md');
    await expect(testing.runCommand('demo:editor')).resolves.toBe(true);
    expect(view.editor.getValue()).toBe('!no');
    expect(plugin.calls).toEqual(['editor no.md']);
  });

  test('editorCheckCallback takes precedence over callback and checks first', async () => {
    const { testing, plugin } = await setup();
    await testing.openFile('no.md');
    await expect(testing.runCommand('demo:editor-checked')).resolves.toBe(false);
    await testing.openFile('ok.md');
    await expect(testing.runCommand('demo:editor-checked')).resolves.toBe(true);
    expect(plugin.calls).toEqual(['editor-checked(true)', 'editor-checked(true)', 'editor-checked(false)']);
  });

  test('an async command is awaited and its error surfaces', async () => {
    const { testing, plugin } = await setup();
    await testing.runCommand('demo:slow');
    expect(plugin.calls).toEqual(['slow done']);
    await expect(testing.runCommand('demo:failing')).rejects.toThrow('command failed');
  });

  test('unloading the plugin removes its commands', async () => {
    const { testing, plugin } = await setup();
    plugin.unload();
    expect(testing.commandIds()).toEqual([]);
  });
});
