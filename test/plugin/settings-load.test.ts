/** @jest-environment jsdom */
import { Plugin } from 'obsidian';
import ExecPlanPlugin from '../../src/plugin/ExecPlanPlugin';
import { DEFAULT_SETTINGS, mergeSettings } from '../../src/plugin/settings';
import { createTestApp, loadPlugin } from '../stand-in/testing';

// Issue 13: settings are validated per field, keys from a newer version survive a save, and a
// settings file that cannot be read does not stop the plugin.

describe('settings validation per field', () => {
  test('detection: [true] does not turn detection off', () => {
    expect(mergeSettings({ detection: [true] }).detection).toEqual(DEFAULT_SETTINGS.detection);
    expect(mergeSettings({ detection: [false, false] }).detection).toEqual(DEFAULT_SETTINGS.detection);
    expect(mergeSettings({ detection: 'off' }).detection).toEqual(DEFAULT_SETTINGS.detection);
  });

  test('each field falls back to its own default; valid fields next to it are kept', () => {
    const settings = mergeSettings({
      statuses: { name: 'x' },
      dashboardLayout: 'grid',
      defaultDecisionStyle: 'poems',
      staleDays: -3,
      timestampFormat: '   ',
      fileNamePattern: '',
      bumpUpdated: 'no',
      useUtc: false,
      plansFolder: 'Work',
    });
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, useUtc: false, plansFolder: 'Work' });
    expect(mergeSettings({ staleDays: 2.5 }).staleDays).toBe(7);
    expect(mergeSettings({ staleDays: Number.NaN }).staleDays).toBe(7);
    expect(mergeSettings({ staleDays: 30, dashboardLayout: 'board' })).toMatchObject({ staleDays: 30, dashboardLayout: 'board' });
  });
});

describe('saving keeps what a newer version wrote', () => {
  test('unknown keys, at the top and inside detection, survive the first save', async () => {
    const { app, testing } = createTestApp({ files: {} });
    const saved = {
      ...DEFAULT_SETTINGS,
      plansFolder: 'Work',
      futureOption: { deep: [1, 2] },
      detection: { ...DEFAULT_SETTINGS.detection, tag: false, byLink: true },
    };
    testing.setPluginData('execplan', saved);
    const plugin = await loadPlugin(ExecPlanPlugin, app, { id: 'execplan', name: 'ExecPlan' });
    expect(plugin.settings).not.toHaveProperty('futureOption');
    plugin.settings.staleDays = 9;
    await plugin.saveSettings();
    expect(testing.pluginData('execplan')).toEqual({ ...saved, staleDays: 9 });
  });
});

describe('a settings file that cannot be read', () => {
  test('the plugin loads with the defaults and says so once', async () => {
    const { app, testing } = createTestApp({ files: {} });
    const spy = jest.spyOn(Plugin.prototype, 'loadData').mockRejectedValue(new Error('Unexpected token } in JSON'));
    try {
      const plugin = await loadPlugin(ExecPlanPlugin, app, { id: 'execplan', name: 'ExecPlan' });
      expect(plugin.settings).toEqual(DEFAULT_SETTINGS);
      expect(testing.commandIds().filter((id) => id.startsWith('execplan:')).length).toBeGreaterThan(5);
      expect(testing.notices).toEqual([
        'ExecPlan could not read its saved settings (Unexpected token } in JSON), so it started with the default settings.',
      ]);
    } finally {
      spy.mockRestore();
    }
  });
});
