/** @jest-environment jsdom */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as obsidian from 'obsidian';
import type { App, Modal } from 'obsidian';
import ExecPlanPlugin from '../../src/plugin/ExecPlanPlugin';
import { createTestApp, loadPlugin, type Testing } from '../stand-in/testing';
import { STATUS_BAR_DELAY_MS } from '../../src/plugin/status-bar';
import { PLAN, TABLE_PLAN } from '../plugin/fixtures';

/**
 * main.js as it ships (minified, property names mangled: scripts/mangle-props.mjs) does what the
 * source does: the same session runs once on the plugin class from the source and once on the
 * one main.js exports, loaded the way Obsidian loads it, and every note, notice, view, status bar
 * text and saved setting must come out the same. Reads main.js as built; without one the test
 * says so and passes.
 */
const bundle = path.resolve(__dirname, '../../main.js');
const hasBundle = fs.existsSync(bundle);
if (!hasBundle) console.warn(`Skipping the main.js session: ${bundle} is missing (run: node esbuild.config.mjs production)`);

const NOW = new Date('2026-11-21T14:05:09Z');
const FILES = {
  'Plans/widget.md': PLAN,
  'Plans/table.md': TABLE_PLAN,
  'Notes/idea.md': '# An idea\n\nNot a plan.\n',
};

type PluginClass = typeof ExecPlanPlugin;

function loadBundle(): PluginClass {
  const module = { exports: {} as Record<string, unknown> };
  const requireForPlugin = (id: string): unknown => {
    if (id === 'obsidian') return obsidian;
    throw new Error(`main.js asked for "${id}"`);
  };
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- main.js is run the way Obsidian runs it
  const load = new Function('require', 'module', 'exports', fs.readFileSync(bundle, 'utf8')) as (
    r: typeof requireForPlugin,
    m: typeof module,
    e: unknown,
  ) => void;
  load(requireForPlugin, module, module.exports);
  return module.exports.default as PluginClass;
}

const settle = (ms = 0): Promise<void> => new Promise((resolve) => window.setTimeout(resolve, ms));
/** The status bar redraws once edits pause (STATUS_BAR_DELAY_MS). */
const STATUS_BAR_PAUSE_MS = STATUS_BAR_DELAY_MS + 50;

async function until<T>(what: string, found: () => T | null | undefined): Promise<T> {
  for (let i = 0; i < 200; i++) {
    const value = found();
    if (value) return value;
    await settle();
  }
  throw new Error(`timed out waiting for ${what}`);
}

const topModal = (testing: Testing): Modal | undefined => testing.openModals[testing.openModals.length - 1];
const textOf = (el: Element | undefined | null): string => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Types into a modal's fields, in order, and presses Enter in the first. */
async function answer(testing: Testing, ...values: string[]): Promise<void> {
  const modal = await until('a form', () => topModal(testing));
  const fields = Array.from(modal.contentEl.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('textarea, input[type="text"], input:not([type])'));
  values.forEach((value, i) => {
    const field = fields[i];
    if (!field) throw new Error(`the form has no field ${i + 1}: ${textOf(modal.contentEl)}`);
    testing.input(field, value);
  });
  fields[0]?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
  await settle();
}

/** One user session; returns what the user could see and what was written. */
async function session(Plugin: PluginClass): Promise<Record<string, unknown>> {
  const { app, testing } = createTestApp({ files: FILES, now: NOW, apiVersion: '1.10.0' });
  const plugin = await loadPlugin(Plugin, app, { id: 'execplan', name: 'ExecPlan' });
  plugin.now = () => testing.now();
  await testing.layoutReady();
  const seen: Record<string, unknown> = {};
  const run = async (id: string): Promise<void> => {
    if (!(await testing.runCommand(`execplan:${id}`))) throw new Error(`${id} did not run`);
    await settle();
  };
  const viewText = (type: string): string => textOf(app.workspace.getLeavesOfType(type)[0]?.view.containerEl);

  await testing.openFile('Plans/widget.md');
  await testing.settle();
  await settle(STATUS_BAR_PAUSE_MS);
  seen.statusBar = textOf(testing.statusBarEl);
  await run('log-progress');
  await answer(testing, 'Wrote the docs');
  await run('log-decision');
  await answer(testing, 'Ship behind a flag.', 'Rollback must be instant.');
  await run('log-surprise');
  await answer(testing, 'Caching made it slower.', 'p95 went from 40 to 55 ms');
  await run('write-retrospective');
  await answer(testing, 'The widget shipped.');
  await run('write-handoff');
  await answer(testing, 'Built the widget', 'Write the tests', 'CI is flaky');
  await run('complete-next-step');
  await testing.settle();
  await run('set-plan-status');
  await testing.chooseSuggestion(await until('the status picker', () => topModal(testing) as obsidian.SuggestModal<unknown>), 'Blocked');
  await answer(testing, 'Waiting for review');
  await testing.settle();
  await settle(STATUS_BAR_PAUSE_MS);
  seen.statusBarAfter = textOf(testing.statusBarEl);

  await testing.openFile('Plans/table.md');
  await testing.settle();
  await run('log-decision');
  await answer(testing, 'Use Y', 'It is faster');
  await testing.settle();

  // The command's promise ends with the flow: title, template, file.
  const created = testing.runCommand('execplan:create-new-plan');
  await answer(testing, 'Launch the gadget');
  await settle();
  await testing.chooseSuggestion(await until('the template chooser', () => topModal(testing) as obsidian.SuggestModal<unknown>), 'ExecPlan');
  await created;
  await testing.settle();

  await run('open-plans-dashboard');
  const dashboard = await until('the dashboard', () => app.workspace.getLeavesOfType('execplan-dashboard')[0]?.view.containerEl);
  await until('its rows', () => dashboard.querySelector('.execplan-dashboard-row'));
  seen.table = textOf(dashboard);
  for (const layout of ['board', 'timeline', 'table']) {
    const button = dashboard.querySelector<HTMLElement>(`button[data-layout="${layout}"]`);
    if (!button) throw new Error(`no ${layout} button`);
    testing.click(button);
    await testing.settle();
    seen[layout] = textOf(dashboard);
  }
  await run('open-weekly-review');
  await testing.settle();
  seen.review = viewText('execplan-review');
  await testing.openFile('Plans/widget.md');
  await run('open-plan-overview');
  await testing.settle();
  seen.overview = viewText('execplan-overview');

  const tab = testing.settingTabs[0];
  if (!tab) throw new Error('no settings tab');
  tab.display();
  seen.settingsTab = textOf(tab.containerEl);
  const stale = Array.from(tab.containerEl.querySelectorAll<HTMLInputElement>('input[type="number"], input[type="text"]')).find((i) => i.value === '7');
  if (!stale) throw new Error('no stale-days field');
  testing.input(stale, '9');
  await testing.settle();

  seen.notices = testing.notices;
  seen.files = Object.fromEntries(await Promise.all(app.vault.getMarkdownFiles().map(async (f) => [f.path, await app.vault.read(f)] as const)));
  seen.data = testing.pluginData('execplan');
  seen.errors = testing.takeHandlerErrors().map(String);
  closeAll(app);
  return seen;
}

function closeAll(app: App): void {
  app.workspace.detachLeavesOfType('execplan-dashboard');
}

(hasBundle ? describe : describe.skip)('main.js as it ships', () => {
  test('runs a session exactly as the source does', async () => {
    const fromSource = await session(ExecPlanPlugin);
    // The session did something: every command wrote, every view drew.
    const files = fromSource.files as Record<string, string>;
    expect(files['Plans/widget.md']).toContain('Wrote the docs');
    expect(files['Plans/widget.md']).toContain('Waiting for review');
    expect(files['Plans/table.md']).toContain('Use Y');
    expect(files['Plans/Launch the gadget.md']).toBeDefined();
    for (const key of ['statusBar', 'statusBarAfter', 'table', 'board', 'timeline', 'review', 'overview', 'settingsTab']) expect(fromSource[key]).not.toBe('');
    expect(fromSource.data).toMatchObject({ staleDays: 9 });
    expect(fromSource.errors).toEqual([]);

    expect(await session(loadBundle())).toEqual(fromSource);
  }, 60_000);
});
