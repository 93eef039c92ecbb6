import { DEFAULT_SETTINGS, mergeSettings, SETTINGS_VERSION } from '../../src/plugin/settings';

describe('mergeSettings', () => {
  test('each dashboard layout a user can pick survives a reload', () => {
    for (const layout of ['table', 'board', 'timeline'] as const) {
      expect(mergeSettings({ dashboardLayout: layout }).dashboardLayout).toBe(layout);
    }
    expect(mergeSettings({ dashboardLayout: 'gantt' }).dashboardLayout).toBe('table');
  });

  test('no saved data gives a copy of the defaults', () => {
    const settings = mergeSettings(null);
    expect(settings).toEqual(DEFAULT_SETTINGS);
    settings.statuses.push({ name: 'Later', kind: 'proposed', closed: false });
    settings.detection.tag = false;
    expect(DEFAULT_SETTINGS.statuses).toHaveLength(5);
    expect(DEFAULT_SETTINGS.detection.tag).toBe(true);
  });

  test('saved values of the right type win, wrong types fall back', () => {
    const settings = mergeSettings({
      plansFolder: 'Work/Plans',
      staleDays: '9',
      useUtc: false,
      detection: { tag: false, folder: 'yes' },
      unknownKey: 1,
    });
    expect(settings.plansFolder).toBe('Work/Plans');
    expect(settings.staleDays).toBe(DEFAULT_SETTINGS.staleDays);
    expect(settings.useUtc).toBe(false);
    expect(settings.detection).toEqual({ ...DEFAULT_SETTINGS.detection, tag: false });
    expect(settings).not.toHaveProperty('unknownKey');
    expect(settings.version).toBe(SETTINGS_VERSION);
  });

  test('a custom status list is kept; broken rows are dropped', () => {
    const settings = mergeSettings({
      statuses: [
        { name: 'Idea', kind: 'proposed', closed: false },
        { name: 'Shipped', kind: 'complete', closed: true },
        { kind: 'blocked' },
        'nonsense',
      ],
    });
    expect(settings.statuses).toEqual([
      { name: 'Idea', kind: 'proposed', closed: false },
      { name: 'Shipped', kind: 'complete', closed: true },
    ]);
    expect(mergeSettings({ statuses: [] }).statuses).toEqual(DEFAULT_SETTINGS.statuses);
  });
});
