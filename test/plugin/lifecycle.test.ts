/** @jest-environment jsdom */
import { createTestApp, loadPlugin } from '../stand-in/testing';
import ExecPlanPlugin from '../../src/plugin/ExecPlanPlugin';
import { COMMAND_IDS } from '../../src/plugin/commands';
import { ExecPlanSettingTab } from '../../src/plugin/settings-tab';
import { NOT_A_PLAN, PLAN } from './fixtures';
import { NOW, openNote, setup } from './plugin-harness';

describe('lifecycle', () => {
  test('onload reads no file; the status bar waits for the layout', async () => {
    const { app, testing } = createTestApp({ files: { 'Plans/widget.md': PLAN, 'Notes/a.md': NOT_A_PLAN }, now: NOW });
    const reads = [
      jest.spyOn(app.vault, 'read'),
      jest.spyOn(app.vault, 'cachedRead'),
      jest.spyOn(app.vault, 'process'),
      jest.spyOn(app.fileManager, 'processFrontMatter'),
    ];
    const plugin = await loadPlugin(ExecPlanPlugin, app, { id: 'execplan', name: 'ExecPlan' });
    const update = jest.spyOn(plugin.tracking.statusBar, 'update');
    for (const spy of reads) expect(spy).not.toHaveBeenCalled();
    expect(update).not.toHaveBeenCalled();
    plugin.tracking.statusBar.delayMs = 0;
    await testing.layoutReady();
    await testing.settle();
    expect(update).toHaveBeenCalled();
    plugin.unload();
  });

  test('unload removes the commands, the status bar, the settings tab and every listener', async () => {
    const h = await setup({ 'Plans/widget.md': PLAN });
    await openNote(h, 'Plans/widget.md');
    const statusBar = h.plugin.tracking.statusBar;
    expect(statusBar.el.isConnected || statusBar.el.parentElement !== null).toBe(true);
    statusBar.delayMs = 20;
    statusBar.schedule();
    const update = jest.spyOn(statusBar, 'update');

    h.plugin.unload();

    for (const id of Object.values(COMMAND_IDS)) expect(h.testing.commandIds()).not.toContain(h.command(id));
    expect(statusBar.el.parentElement).toBeNull();
    expect(h.testing.settingTabs.some((t) => t instanceof ExecPlanSettingTab)).toBe(false);
    h.app.workspace.trigger('active-leaf-change', null);
    h.app.workspace.trigger('file-open', h.file('Plans/widget.md'));
    h.app.metadataCache.trigger('changed', h.file('Plans/widget.md'), PLAN, {});
    await h.plugin.saveSettings();
    await new Promise((resolve) => window.setTimeout(resolve, 40));
    expect(update).not.toHaveBeenCalled();
  });
});
