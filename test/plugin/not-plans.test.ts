/** @jest-environment jsdom */
import { NOT_PLANS, PLANS } from '../fixtures/plan-or-not';
import { logVia, openNote, setup, STAMP, start } from './plugin-harness';

/**
 * Issue 10, "Not plans", for the commands: a note outside the plans folder is a plan by the same
 * rule as on the dashboard and in the CLI (plan-context.ts passes the section rule to isPlanNote).
 */
const files = (): Record<string, string> => {
  const out: Record<string, string> = {};
  for (const [name, text] of Object.entries({ ...NOT_PLANS, ...PLANS })) out[`Notes/${name}.md`] = text;
  return out;
};

test.each(Object.keys(NOT_PLANS))('%s: a command says it is no plan and writes nothing', async (name) => {
  const h = await setup(files());
  const path = `Notes/${name}.md`;
  await openNote(h, path);
  await start(h, 'log-progress');
  await h.testing.settle();
  expect(h.testing.openModals).toHaveLength(0);
  expect(h.testing.notices).toEqual([
    `“${name}” is not an ExecPlan. To make it one, tag it #execplan, set the property "type" to "execplan" or move it into "Plans".`,
  ]);
  expect(await h.read(path)).toBe(NOT_PLANS[name]);
});

test('a plan by its sections and one stamped step takes a logged step', async () => {
  const h = await setup(files(), { bumpUpdated: false });
  await openNote(h, 'Notes/one-stamped-step.md');
  await logVia(h, 'log-progress', 'Wired the view');
  await h.testing.settle();
  expect(await h.read('Notes/one-stamped-step.md')).toContain(`- [x] (2026-03-02 10:00Z) Wrote the parser\n- [x] ${STAMP} Wired the view\n`);
});

test('with the tag rule off, a tagged template is no plan for the commands, as on the dashboard', async () => {
  const tagged = `---\ntags: [execplan]\n---\n${NOT_PLANS['blank-template'] ?? ''}`;
  const h = await setup({ 'Notes/tagged.md': tagged }, { detection: { folder: true, tag: false, frontmatterType: true, autoDetect: true } });
  await openNote(h, 'Notes/tagged.md');
  await start(h, 'log-progress');
  await h.testing.settle();
  expect(h.testing.notices[0]).toMatch(/^“tagged” is not an ExecPlan\./);
});
