/** @jest-environment jsdom */
import { parse } from 'yaml';
import { logVia, openNote, setup } from './plugin-harness';

// Issue 13: in the editor path (the note is open; the property change is spliced into the same
// transaction as the entry), flow-style frontmatter must stay valid YAML.

const FLOW = '---\n{"type": "execplan", "status": "In progress", "updated": "2026-01-02"}\n---\n# Flow plan\n\n## Progress\n\n- [ ] First\n\n## Decision Log\n';

function yamlOf(text: string): Record<string, unknown> {
  const inner = /^---\n([\s\S]*?)\n---\n/.exec(text)?.[1] ?? '';
  return parse(inner) as Record<string, unknown>;
}

describe('flow-style frontmatter in the open note', () => {
  test('Log progress bumps updated inside the braces; the YAML stays valid', async () => {
    const h = await setup({ 'Plans/flow.md': FLOW });
    await openNote(h, 'Plans/flow.md');
    await logVia(h, 'log-progress', 'Did it');
    await h.testing.settle();
    const text = await h.read('Plans/flow.md');
    expect(text.startsWith('---\n{"type": "execplan", "status": "In progress", "updated": "2026-11-21"}\n---\n')).toBe(true);
    expect(yamlOf(text)).toEqual({ type: 'execplan', status: 'In progress', updated: '2026-11-21' });
    expect(text).toContain('- [x] (2026-11-21 14:05Z) Did it');
    expect(h.testing.notices).toEqual(['Progress logged']);
  });

  test('Set plan status writes the status inside the braces', async () => {
    const h = await setup({ 'Plans/flow.md': FLOW });
    await openNote(h, 'Plans/flow.md');
    const blocked = h.plugin.settings.statuses.find((s) => s.name === 'Complete');
    if (!blocked) throw new Error('no status');
    expect(await h.plugin.tracking.status.apply(h.file('Plans/flow.md'), { to: blocked, reason: null })).toBe(true);
    await h.testing.settle();
    const text = await h.read('Plans/flow.md');
    expect(yamlOf(text)).toEqual({ type: 'execplan', status: 'Complete', updated: '2026-11-21' });
  });
});
