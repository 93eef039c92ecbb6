/** @jest-environment jsdom */
import { parse } from 'yaml';
import type { App } from 'obsidian';
import { createTestApp, loadPlugin, type Testing } from '../stand-in/obsidian';
import ExecPlanPlugin from '../../src/plugin/ExecPlanPlugin';
import { dashboardOf } from '../../src/plugin/dashboard/register';
import { PLANS_VIEW_TYPE, plansBaseText } from '../../src/plugin/bases/base-file';
import { DEFAULT_SETTINGS } from '../../src/plugin/settings';

const NOW = new Date('2026-12-06T12:00:00Z');

const ACTIVE = [
  '---', 'type: execplan', 'status: In progress', '---', '# Ship bases', '',
  '## Progress', '',
  '- [x] (2026-12-01 09:00Z) Registered the view',
  '- [ ] Write the README', '- [ ] Test it', '',
  '## Decision Log', '', '- (2026-12-02 10:00Z) Views in a factory', '',
].join('\n');
const STALE = [
  '---', 'type: execplan', 'status: In progress', '---', '# Old plan', '',
  '## Progress', '', '- [x] (2026-11-01 09:00Z) Began', '- [ ] Pick it up', '',
].join('\n');
const NOTE = '---\nstatus: In progress\n---\n# Shopping\n';

interface Setup {
  app: App;
  testing: Testing;
  plugin: ExecPlanPlugin;
}

async function setup(apiVersion: string | undefined, options: { basesOff?: boolean; files?: Record<string, string> } = {}): Promise<Setup> {
  const { app, testing } = createTestApp({
    files: options.files ?? { 'Plans/active.md': ACTIVE, 'Plans/old.md': STALE, 'notes/shop.md': NOTE },
    now: NOW,
    apiVersion,
  });
  if (options.basesOff) testing.setBasesEnabled(false);
  const plugin = await loadPlugin(ExecPlanPlugin, app, { id: 'execplan', name: 'ExecPlan' });
  plugin.now = () => NOW;
  await testing.layoutReady();
  await dashboardOf(plugin)?.index.whenReady();
  return { app, testing, plugin };
}

const texts = (root: HTMLElement, selector: string): string[] =>
  Array.from(root.querySelectorAll(selector)).map((el) => el.textContent ?? '');

describe('the Plans Bases view', () => {
  it('shows each entry of the base with progress, next step, last activity and flags, in the base’s groups', async () => {
    const { testing, plugin } = await setup('1.10.0');
    const mounted = testing.mountBasesView(PLANS_VIEW_TYPE, {
      groups: [
        { key: 'In progress', paths: ['Plans/active.md', 'Plans/old.md'] },
        { key: null, paths: ['notes/shop.md'] },
      ],
      order: ['file.name', 'note.status'],
    });
    const root = mounted.containerEl;
    expect(texts(root, '.execplan-bases-group-title')).toEqual(['In progress']);
    expect(texts(root, '.execplan-bases-title')).toEqual(['Ship bases', 'Old plan', 'shop']);
    expect(texts(root, '.execplan-progress-text')).toEqual(['1/3', '1/2']);
    expect(root.querySelector('.execplan-progress-bar')?.getAttribute('aria-valuenow')).toBe('1');
    expect(texts(root, '.execplan-bases-next')).toEqual(['Write the README', 'Pick it up']);
    expect(texts(root, '.execplan-activity')[0]).toMatch(/4 days ago|4d/);
    // Flags as the index has them: "Old plan" is in progress and quiet for 35 days.
    expect(texts(root, '.execplan-marker-stale')).toEqual(['Stale']);
    const health = ['Plans/active.md', 'Plans/old.md'].map((p) => dashboardOf(plugin)?.index.get(p)?.health.length ?? 0);
    expect(texts(root, '.execplan-marker-health')).toEqual(health.filter((n) => n > 0).map((n) => `${n} ${n === 1 ? 'issue' : 'issues'}`));
    expect(texts(root, '.execplan-bases-muted')).toEqual(['Not a plan']);
    mounted.close();
  });

  it('redraws on a new result set, and when a shown plan changes in the index', async () => {
    const { app, testing } = await setup('1.13.1');
    const mounted = testing.mountBasesView(PLANS_VIEW_TYPE, { paths: ['Plans/active.md'] });
    expect(texts(mounted.containerEl, '.execplan-progress-text')).toEqual(['1/3']);
    const file = app.vault.getFileByPath('Plans/active.md');
    if (!file) throw new Error('no file');
    await app.vault.process(file, (t) => t.replace('- [ ] Write the README', '- [x] (2026-12-06 11:00Z) Write the README'));
    await testing.settle();
    expect(texts(mounted.containerEl, '.execplan-progress-text')).toEqual(['2/3']);
    mounted.update({ paths: [] });
    expect(texts(mounted.containerEl, '.execplan-bases-empty')).toEqual(['No notes match this base.']);
    mounted.close();
    expect(mounted.containerEl.querySelector('.execplan-bases')).toBeNull();
  });

  it('says "Indexing…" until the index is built, then shows the plans', async () => {
    const { app, testing } = createTestApp({ files: { 'Plans/active.md': ACTIVE, 'notes/shop.md': NOTE }, now: NOW, apiVersion: '1.10.0' });
    const plugin = await loadPlugin(ExecPlanPlugin, app, { id: 'execplan', name: 'ExecPlan' });
    plugin.now = () => NOW;
    const mounted = testing.mountBasesView(PLANS_VIEW_TYPE, { paths: ['Plans/active.md', 'notes/shop.md'] });
    expect(texts(mounted.containerEl, '.execplan-bases-muted')).toEqual(['Indexing…', 'Indexing…']);
    await testing.layoutReady();
    await dashboardOf(plugin)?.index.whenReady();
    expect(texts(mounted.containerEl, '.execplan-progress-text')).toEqual(['1/3']);
    expect(texts(mounted.containerEl, '.execplan-bases-muted')).toEqual(['Not a plan']);
    mounted.close();
  });

  it('a click on the title opens the note', async () => {
    const { app, testing } = await setup('1.10.0');
    const mounted = testing.mountBasesView(PLANS_VIEW_TYPE, { paths: ['Plans/old.md'] });
    mounted.containerEl.querySelector<HTMLElement>('.execplan-bases-title')?.click();
    await testing.settle();
    expect(app.workspace.getActiveFile()?.path).toBe('Plans/old.md');
    mounted.close();
  });
});

describe('Create plans base', () => {
  it('writes Plans.base in the documented syntax: plan filters, a table view and the Plans view', async () => {
    const { app, testing } = await setup('1.10.0');
    expect(await testing.runCommand('execplan:create-plans-base')).toBe(true);
    await testing.settle();
    const file = app.vault.getFileByPath('Plans.base');
    if (!file) throw new Error('Plans.base was not created');
    const base = parse(await app.vault.read(file)) as Record<string, unknown>;
    expect(Object.keys(base)).toEqual(['filters', 'views']);
    expect(base.filters).toEqual({ or: ['type == "execplan"', 'file.hasTag("execplan")', 'file.inFolder("Plans")'] });
    const views = base.views as Record<string, unknown>[];
    expect(views.map((v) => [v.type, v.name])).toEqual([['table', 'Table'], [PLANS_VIEW_TYPE, 'Plans']]);
    for (const view of views) {
      expect(view.groupBy).toEqual({ property: 'note.status', direction: 'ASC' });
      expect((view.order as string[])[0]).toBe('file.name');
      for (const id of view.order as string[]) expect(id).toMatch(/^(note|file|formula)\.[\w.]+$/);
    }
    expect(testing.notices.at(-1)).toMatch(/Created Plans\.base/);
  });

  it('never overwrites an existing Plans.base', async () => {
    const mine = 'views:\n  - type: cards\n    name: Mine\n';
    const { app, testing } = await setup('1.10.0', { files: { 'Plans.base': mine, 'Plans/active.md': ACTIVE } });
    await testing.runCommand('execplan:create-plans-base');
    await testing.settle();
    const file = app.vault.getFileByPath('Plans.base');
    expect(file && (await app.vault.read(file))).toBe(mine);
    expect(testing.notices.at(-1)).toBe('Plans.base already exists; left as it is.');
  });

  it('on Obsidian before 1.10 the plugin loads, registers no view, and the command says why', async () => {
    const { app, testing } = await setup(undefined);
    expect(testing.standIn._registry.basesViews.size).toBe(0);
    await testing.runCommand('execplan:create-plans-base');
    expect(testing.notices.at(-1)).toBe('Plans bases need Obsidian 1.10.0 or newer (this is 1.8.7).');
    expect(app.vault.getAbstractFileByPath('Plans.base')).toBeNull();
  });

  it('with Bases turned off the command says how to turn it on', async () => {
    const { app, testing } = await setup('1.10.0', { basesOff: true });
    await testing.runCommand('execplan:create-plans-base');
    expect(testing.notices.at(-1)).toMatch(/^Bases is off in this vault: turn it on in Settings → Core plugins/);
    expect(app.vault.getAbstractFileByPath('Plans.base')).toBeNull();
  });

  it('quotes a folder with quotes so the YAML and the expression stay valid', () => {
    const text = plansBaseText({ ...DEFAULT_SETTINGS, plansFolder: `Team's "plans"/` });
    const base = parse(text) as { filters: { or: string[] } };
    expect(base.filters.or).toContain('file.inFolder("Team\'s \\"plans\\"")');
  });
});

// Loaded at collection time (hooks may be added then) in a module registry of its own, where
// 'obsidian' has no BasesView, as on Obsidian before 1.10: a top-level `class extends BasesView`
// anywhere in the plugin would throw right here.
let isolated: { Plugin: typeof ExecPlanPlugin; standIn: typeof import('../stand-in/obsidian') } | null = null;
let loadError: unknown = null;
jest.isolateModules(() => {
  jest.doMock('obsidian', () => ({ ...jest.requireActual<object>('../stand-in/obsidian'), BasesView: undefined }));
  try {
    isolated = {
      Plugin: (jest.requireActual<{ default: typeof ExecPlanPlugin }>('../../src/plugin/ExecPlanPlugin')).default,
      standIn: jest.requireActual<typeof import('../stand-in/obsidian')>('../stand-in/obsidian'),
    };
  } catch (e) {
    loadError = e;
  }
});

describe('an Obsidian without BasesView at all', () => {
  it('loads the plugin module and the plugin (the view class is only defined inside the factory)', async () => {
    expect(loadError).toBeNull();
    if (!isolated) throw new Error('not loaded');
    const { Plugin, standIn } = isolated;
    const { app, testing } = standIn.createTestApp({ files: { 'Plans/active.md': ACTIVE }, now: NOW });
    const plugin = await standIn.loadPlugin(Plugin, app, { id: 'execplan', name: 'ExecPlan' });
    expect(plugin).toBeTruthy();
    await testing.runCommand('execplan:create-plans-base');
    expect(testing.notices.at(-1)).toMatch(/need Obsidian 1\.10\.0/);
  });
});
