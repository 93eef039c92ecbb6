/** @jest-environment jsdom */
import { dashboardOf } from '../../src/plugin/dashboard/register';
import { NOT_PLANS, PLANS } from '../fixtures/plan-or-not';
import { file, flush, openDashboard, type Dashboard } from './harness';

/**
 * Issue 10, "Not plans", on the dashboard: its index reads Obsidian's metadata cache (here the
 * stand-in's) and the cached text, and must judge the notes as the engine and the CLI do.
 */
beforeEach(() => {
  jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] });
});
afterEach(() => {
  jest.useRealTimers();
  document.body.empty();
});

const notes = (): Record<string, string> => {
  const files: Record<string, string> = {};
  for (const [name, text] of Object.entries({ ...NOT_PLANS, ...PLANS })) files[`Notes/${name}.md`] = text;
  return files;
};

function indexed(d: Dashboard): string[] {
  const index = dashboardOf(d.plugin)?.index;
  if (!index) throw new Error('no index');
  return [...index.plans()].map((p) => p.path).sort();
}

const PLAN_PATHS = Object.keys(PLANS).map((n) => `Notes/${n}.md`).sort();

test('the index holds the plans, not the templates and the guide', async () => {
  const d = await openDashboard(notes());
  expect(indexed(d)).toEqual(PLAN_PATHS);
  expect(d.view.contentEl.querySelectorAll('[data-path]')).toHaveLength(PLAN_PATHS.length);
});

test('a template joins when a real step is written in it, and leaves when its work is taken out', async () => {
  const d = await openDashboard(notes());
  const template = 'Notes/blank-template.md';
  await d.app.vault.process(file(d.app, template), (t) => t.replace('- [ ] <example step>', '- [ ] Write the parser'));
  await flush(d);
  expect(indexed(d)).toContain(template);
  await d.app.vault.process(file(d.app, template), (t) => t.replace('- [ ] Write the parser', '- [ ] <example step>'));
  await flush(d);
  expect(indexed(d)).toEqual(PLAN_PATHS);
});

test('a renamed template is read again and stays out', async () => {
  const d = await openDashboard(notes());
  await d.app.fileManager.renameFile(file(d.app, 'Notes/convention-guide.md'), 'Notes/PLANS.md');
  await flush(d);
  expect(indexed(d)).toEqual(PLAN_PATHS);
});

test('in the plans folder a template is a plan, as for the commands', async () => {
  const d = await openDashboard({ ...notes(), 'Plans/New plan.md': NOT_PLANS['blank-template'] ?? '' });
  expect(indexed(d)).toEqual([...PLAN_PATHS, 'Plans/New plan.md'].sort());
});
