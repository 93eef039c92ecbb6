/** @jest-environment jsdom */
import { logVia, openForm, openNote, setup, start, STAMP, submit, fill, tick } from './plugin-harness';
import { skeleton001 } from '../fixtures/skeletons';

const T001 = skeleton001({ properties: true, logStamp: '2026-11-20 09:00Z' });

describe('Log progress and Complete next step on the 001-style template (issue 9 #1, #2)', () => {
  test('a logged step joins the checklist; Complete next step still ticks the checklist', async () => {
    const h = await setup({ 'Plans/sync.md': T001 }, { bumpUpdated: false });
    await openNote(h, 'Plans/sync.md');
    await logVia(h, 'log-progress', 'Spiked the sync');
    await h.testing.settle();
    const logged = T001.replace('- [ ] Wire the view\n', `- [ ] Wire the view\n- [x] ${STAMP} Spiked the sync\n`);
    expect(await h.read('Plans/sync.md')).toBe(logged);
    await h.testing.runCommand(h.command('complete-next-step'));
    await h.testing.settle();
    expect(await h.read('Plans/sync.md')).toBe(logged.replace('- [ ] Write the parser', `- [x] ${STAMP} Write the parser`));
    expect(h.testing.notices).toEqual(['Progress logged', 'Step completed: Write the parser']);
  });

  test('"Done" off logs an open stamped step; completing it leaves one stamp', async () => {
    const plan = '---\ntype: execplan\n---\n## Progress\n\n- [x] (2026-11-01 10:00Z) a\n\n## Decision Log\n';
    const h = await setup({ 'Plans/p.md': plan }, { bumpUpdated: false });
    await openNote(h, 'Plans/p.md');
    await start(h, 'log-progress');
    const form = openForm(h.testing);
    const toggle = form.contentEl.querySelector('.checkbox-container');
    if (!(toggle instanceof HTMLElement)) throw new Error('no toggle');
    h.testing.click(toggle);
    fill(h.testing, form, 'Write the parser');
    submit(form);
    await tick();
    await h.testing.settle();
    expect(await h.read('Plans/p.md')).toContain(`- [ ] ${STAMP} Write the parser\n`);
    const later = new Date('2026-11-22T08:00:00Z');
    h.plugin.now = () => later;
    await h.testing.runCommand(h.command('complete-next-step'));
    await h.testing.settle();
    expect(await h.read('Plans/p.md')).toContain('- [x] (2026-11-22 08:00Z) Write the parser\n');
  });
});
