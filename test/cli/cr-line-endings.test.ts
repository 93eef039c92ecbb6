import { parseDocument } from '../../src/core/markdown';
import { runCli } from '../../src/cli/run';
import { memoryIo } from './memory-io';

// Issue 13: a note with old Mac line endings (lone CR) is read as Obsidian reads it, and edits
// keep its line ending and its single frontmatter.

const LF = '---\ntype: execplan\nstatus: Proposed\n---\n# Plan\n\n## Progress\n\n- [ ] First\n- [ ] Second\n\n## Decision Log\n';
const CR = LF.replace(/\n/g, '\r');

async function run(argv: string[], text: string): Promise<{ code: number; out: string; err: string; text: string }> {
  const io = memoryIo({ 'p.md': text });
  const code = await runCli(argv, io);
  return { code, out: io.out, err: io.err, text: io.files.get('/vault/p.md') ?? '' };
}

describe('lone CR line endings', () => {
  test('the parse sees the same frontmatter, headings and sections as with LF, at the same offsets', () => {
    const cr = parseDocument(CR);
    const lf = parseDocument(LF);
    expect(cr.eol).toBe('\r');
    expect(cr.frontmatter).toEqual(lf.frontmatter);
    expect(cr.headings).toEqual(lf.headings);
    expect(cr.sections.map((s) => [s.kind, s.heading.text, s.heading.start, s.end])).toEqual(
      lf.sections.map((s) => [s.kind, s.heading.text, s.heading.start, s.end]),
    );
  });

  test('inspect reads the sections and the status', async () => {
    const result = await run(['inspect', 'p.md', '--json'], CR);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.out) as { status: string; sections: { heading: string }[]; progress: { total: number } };
    expect(json.status).toBe('proposed');
    expect(json.sections.map((s) => s.heading)).toEqual(['Plan', 'Progress', 'Decision Log']);
    expect(json.progress.total).toBe(2);
  });

  test('status edits the one frontmatter, in CR', async () => {
    const result = await run(['status', 'p.md', 'blocked', '--at', '2026-11-21T14:05Z'], CR);
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    expect(result.text.match(/---/g)).toHaveLength(2);
    expect(result.text).not.toContain('\n');
    expect(result.text.startsWith('---\rtype: execplan\rstatus: Blocked\rupdated: 2026-11-21\r---\r# Plan\r')).toBe(true);
  });

  test('log and tick write CR lines where LF would go', async () => {
    const logged = await run(['log', 'progress', 'p.md', 'Did it', '--done', '--at', '2026-11-21T14:05Z'], CR);
    expect(logged.code).toBe(0);
    const expected = LF.replace('- [ ] Second\n', '- [ ] Second\n- [x] (2026-11-21 14:05Z) Did it\n').replace('status: Proposed\n', 'status: Proposed\nupdated: 2026-11-21\n');
    expect(logged.text).toBe(expected.replace(/\n/g, '\r'));
    const ticked = await run(['tick', 'p.md', '--at', '2026-11-21T14:05Z'], CR);
    expect(ticked.code).toBe(0);
    expect(ticked.text).toContain('\r- [x] (2026-11-21 14:05Z) First\r');
    expect(ticked.text).not.toContain('\n');
  });
});
