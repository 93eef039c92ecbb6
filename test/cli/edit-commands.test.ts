import { runCli } from '../../src/cli/run';
import { PLAN } from './fixtures';
import { memoryIo, type MemoryIo } from './memory-io';

async function run(argv: string[], files: Record<string, string>): Promise<{ code: number; io: MemoryIo; text: (p: string) => string }> {
  const io = memoryIo(files);
  const code = await runCli(argv, io);
  return { code, io, text: (p) => io.files.get(`/vault/${p}`) ?? '' };
}

/** The new text is the old one with exactly `inserted` added at one place: nothing else moved. */
function expectOnlyInserted(before: string, after: string, inserted: string): void {
  const places: number[] = [];
  for (let at = 0; at <= before.length; at++) {
    if (before.slice(0, at) + inserted + before.slice(at) === after) places.push(at);
  }
  if (places.length === 0) expect(after).toBe(`${before} + ${JSON.stringify(inserted)} somewhere`);
}

const PLAIN = ['# Plan', '', '## Progress', '- [x] (2025-09-30 10:00Z) First', '- [ ] Second', '', '## Decision Log', '', '## Surprises & Discoveries', ''].join('\n');

describe('execplan log', () => {
  it('logs a finished progress step by default (as the plugin does), stamped with the clock, and prints one line', async () => {
    const { code, io, text } = await run(['log', 'progress', 'p.md', 'Wired', 'the', 'view'], { 'p.md': PLAIN });
    expect(code).toBe(0);
    expect(io.err).toBe('');
    expect(io.out).toBe('p.md: Added a progress entry to Progress.\n');
    expectOnlyInserted(PLAIN, text('p.md'), '\n- [x] (2025-10-01 13:00Z) Wired the view');
    expect(io.writes).toHaveLength(1);
  });

  it('--done logs a finished step; --at fixes the time; --format changes the stamp', async () => {
    const { text } = await run(['log', 'progress', 'p.md', 'Shipped', '--done', '--at', '2024-02-29T23:59:59+02:00', '--format', "yyyy-MM-dd'T'HH:mm'Z'"], { 'p.md': PLAIN });
    expectOnlyInserted(PLAIN, text('p.md'), '\n- [x] (2024-02-29T21:59Z) Shipped');
  });

  it.each([
    ['2025-10-01', '2025-10-01 00:00Z'],
    ['2025-10-01 08:30', '2025-10-01 08:30Z'],
    ['2025-10-01T08:30:15Z', '2025-10-01 08:30Z'],
    ['2025-10-01T08:30-05:00', '2025-10-01 13:30Z'],
  ])('--at %s is read as UTC unless it names a zone', async (at, stamp) => {
    const { text } = await run(['log', 'progress', 'p.md', 'X', '--at', at], { 'p.md': PLAIN });
    expect(text('p.md')).toContain(`- [x] (${stamp}) X`);
  });

  it('logs a decision with its rationale and evidence', async () => {
    const { code, text } = await run(['log', 'decision', 'p.md', 'Use yaml', '--rationale', 'Bundled in the CLI only', '--evidence', 'size check'], { 'p.md': PLAIN });
    expect(code).toBe(0);
    expect(text('p.md')).toContain('- Decision: Use yaml\n  Rationale: Bundled in the CLI only\n');
    expect(text('p.md')).toContain('size check');
    expect(text('p.md')).toContain('2025-10-01 13:00Z');
  });

  it('logs a surprise with evidence, a retrospective note, and a handoff with next and risks', async () => {
    const io = memoryIo({ 'p.md': PLAIN });
    expect(await runCli(['log', 'surprise', 'p.md', 'Parsing is slow', '--evidence', '14 ms a note'], io)).toBe(0);
    expect(await runCli(['log', 'retrospective', 'p.md', 'Went well'], io)).toBe(0);
    expect(await runCli(['log', 'handoff', 'p.md', 'Half way', '--next', 'Write tests', '--risks', 'None known'], io)).toBe(0);
    const text = io.files.get('/vault/p.md') ?? '';
    expect(text).toContain('Parsing is slow');
    expect(text).toContain('14 ms a note');
    expect(text).toMatch(/## Outcomes & Retrospective\n[\s\S]*Went well/);
    expect(text).toMatch(/## Handoff\n[\s\S]*Half way[\s\S]*Write tests[\s\S]*None known/);
    expect(io.writes).toHaveLength(3);
    expect(io.out.trim().split('\n')).toHaveLength(3);
  });

  it('sets "updated" when the plan has properties, keeping its shape and key spelling', async () => {
    const withDate = '---\nstatus: Proposed\nupdated: 2025-09-01\n---\n' + PLAIN;
    expect((await run(['log', 'progress', 'p.md', 'X'], { 'p.md': withDate })).text('p.md')).toMatch(/^---\nstatus: Proposed\nupdated: 2025-10-01\n---\n/);
    const withTime = '---\nLast_Updated: "2025-09-01 10:00Z"\n---\n' + PLAIN;
    expect((await run(['log', 'progress', 'p.md', 'X'], { 'p.md': withTime })).text('p.md')).toMatch(/^---\nLast_Updated: "2025-10-01 13:00Z"\n---\n/);
    const without = '---\nstatus: Proposed\n---\n' + PLAIN;
    expect((await run(['log', 'progress', 'p.md', 'X'], { 'p.md': without })).text('p.md')).toMatch(/^---\nstatus: Proposed\nupdated: 2025-10-01\n---\n/);
    expect((await run(['log', 'progress', 'p.md', 'X'], { 'p.md': PLAIN })).text('p.md')).toMatch(/^# Plan\n/);
  });

  it('still logs when the properties are malformed, leaving them byte for byte and warning', async () => {
    const broken = '---\nstatus: [open\n---\n' + PLAIN;
    const { code, io, text } = await run(['log', 'progress', 'p.md', 'X'], { 'p.md': broken });
    expect(code).toBe(0);
    expectOnlyInserted(broken, text('p.md'), '\n- [x] (2025-10-01 13:00Z) X');
    expect(io.err).toMatch(/^execplan: warning: p\.md: "updated" was left unchanged: /);
  });

  it('keeps CRLF line endings and a BOM', async () => {
    const crlf = '\uFEFF' + PLAIN.replace(/\n/g, '\r\n');
    const { text } = await run(['log', 'progress', 'p.md', 'X'], { 'p.md': crlf });
    expectOnlyInserted(crlf, text('p.md'), '\r\n- [x] (2025-10-01 13:00Z) X');
  });

  it.each([
    [['log', 'idea', 'p.md', 'X'], "unknown entry kind 'idea' (use one of: progress, decision, surprise, retrospective, handoff)", 2],
    [['log', 'decision', 'p.md', 'X', '--done'], '--done applies to progress entries, not decision', 2],
    [['log', 'progress', 'p.md', 'X', '--rationale', 'r'], '--rationale applies to decision and surprise entries, not progress', 2],
    [['log', 'decision', 'p.md', 'X', '--next', 'n'], '--next applies to handoff entries, not decision', 2],
    [['log', 'progress', 'p.md', 'X', '--at', 'yesterday'], "--at needs an ISO 8601 time such as 2025-10-01T13:00Z, not 'yesterday'", 2],
    [['log', 'progress', 'p.md', 'X', '--at', '2025-02-31'], "--at needs an ISO 8601 time such as 2025-10-01T13:00Z, not '2025-02-31'", 2],
    [['log', 'progress', 'p.md', 'X', '--at', '2025-02-29T10:00Z'], "--at needs an ISO 8601 time such as 2025-10-01T13:00Z, not '2025-02-29T10:00Z'", 2],
    [['log', 'progress', 'p.md', 'X', '--at', '2025-10-01junk'], "--at needs an ISO 8601 time such as 2025-10-01T13:00Z, not '2025-10-01junk'", 2],
    [['log', 'progress', 'p.md', 'X', '--wat'], "unknown option --wat for 'log' (see execplan log --help)", 2],
    [['log', 'progress', 'p.md'], "missing <text> for 'log' (see execplan log --help)", 2],
    [['log', 'progress', 'p.md', 'X', '--rationale'], 'option --rationale needs a value (text)', 2],
    [['log', 'progress', 'gone.md', 'X'], 'no such file: gone.md', 1],
    [['log', 'progress', 'p.md', '   '], 'p.md: Nothing to add: the text of a progress entry is empty.', 1],
  ])('%j fails with one line and leaves the file as it was', async (argv, message, exit) => {
    const { code, io, text } = await run(argv, { 'p.md': PLAIN });
    expect(code).toBe(exit);
    expect(io.err).toBe(`execplan: ${message}\n`);
    expect(io.out).toBe('');
    expect(io.writes).toEqual([]);
    expect(text('p.md')).toBe(PLAIN);
  });

  it('rejects an invalid --format before touching the file', async () => {
    const { code, io } = await run(['log', 'progress', 'p.md', 'X', '--format', 'nonsense'], { 'p.md': PLAIN });
    expect(code).toBe(2);
    expect(io.err).toMatch(/^execplan: --format 'nonsense' is not a valid date-fns format/);
    expect(io.writes).toEqual([]);
  });

  it('reports a failed write in one line, exit 1, the note unchanged', async () => {
    const io = memoryIo({ 'p.md': PLAIN });
    io.failNextWrite = 'EROFS: read-only file system';
    expect(await runCli(['log', 'progress', 'p.md', 'X'], io)).toBe(1);
    expect(io.err).toBe('execplan: cannot write p.md: EROFS: read-only file system; nothing was written\n');
    expect(io.out).toBe('');
    expect(io.files.get('/vault/p.md')).toBe(PLAIN);
  });
});

describe('execplan tick', () => {
  it('ticks the next open step and stamps it', async () => {
    const { code, io, text } = await run(['tick', 'p.md', '--at', '2025-10-02T09:15Z'], { 'p.md': PLAIN });
    expect(code).toBe(0);
    expect(io.out).toBe('p.md: Ticked the step on line 5.\n');
    expect(text('p.md')).toBe(PLAIN.replace('- [ ] Second', '- [x] (2025-10-02 09:15Z) Second'));
  });

  it('ticks the step on --line and sets "updated"', async () => {
    const note = '---\ntype: execplan\nupdated: 2025-01-01\n---\n- [ ] a\n- [ ] b\n';
    const { text } = await run(['tick', 'p.md', '--line', '6'], { 'p.md': note });
    expect(text('p.md')).toBe('---\ntype: execplan\nupdated: 2025-10-01\n---\n- [ ] a\n- [x] (2025-10-01 13:00Z) b\n');
  });

  it.each([
    [['tick', 'p.md', '--line', 'two'], "--line needs a line number (1, 2, …), not 'two'", 2],
    [['tick', 'p.md', '--line', '0'], "--line needs a line number (1, 2, …), not '0'", 2],
    [['tick', 'p.md', '--line', '1'], 'p.md: Line 1 is not a step with a checkbox.', 1],
    [['tick', 'p.md', '--line', '4'], 'p.md: The step on line 4 is already done.', 1],
    [['tick', 'done.md'], 'done.md: There is no open step to tick.', 1],
  ])('%j fails and writes nothing', async (argv, message, exit) => {
    const { code, io } = await run(argv, { 'p.md': PLAIN, 'done.md': '#execplan\n\n- [x] all\n' });
    expect(code).toBe(exit);
    expect(io.err).toBe(`execplan: ${message}\n`);
    expect(io.writes).toEqual([]);
  });
});

describe('execplan status', () => {
  it('sets the status property to the display label and "updated" to the date', async () => {
    const { code, io, text } = await run(['status', 'p.md', 'wip'], { 'p.md': PLAN });
    expect(code).toBe(0);
    expect(io.out).toBe('p.md: status set to In progress (was 🟡 In progress).\n');
    expect(text('p.md')).toBe(PLAN.replace('status: 🟡 In progress\nupdated: 2025-09-30', 'status: In progress\nupdated: 2025-10-01'));
  });

  it.each([
    ['proposed', 'Proposed'],
    ['in-progress', 'In progress'],
    ['blocked', 'Blocked'],
    ['complete', 'Complete'],
    ['abandoned', 'Abandoned'],
    ['done', 'Complete'],
    ['cancelled', 'Abandoned'],
    ['draft', 'Proposed'],
  ])('accepts %s and writes "%s"', async (word, label) => {
    const { text } = await run(['status', 'p.md', word], { 'p.md': '---\ntype: execplan\nstatus: x\n---\n# P\n' });
    expect(text('p.md')).toBe(`---\ntype: execplan\nstatus: ${label}\nupdated: 2025-10-01\n---\n# P\n`);
  });

  it('joins several words: "on hold"', async () => {
    const { text } = await run(['status', 'p.md', 'on', 'hold', '--at', '2025-12-24T18:00Z'], { 'p.md': '---\ntags: [execplan]\nstatus: x\n---\n' });
    expect(text('p.md')).toBe('---\ntags: [execplan]\nstatus: Blocked\nupdated: 2025-12-24\n---\n');
  });

  it('with --force, adds properties to a note without any, after a BOM, in its line ending', async () => {
    const { text } = await run(['status', 'p.md', 'complete', '--force'], { 'p.md': '\uFEFF# P\r\n\r\nBody\r\n' });
    expect(text('p.md')).toBe('\uFEFF---\r\nstatus: Complete\r\nupdated: 2025-10-01\r\n---\r\n# P\r\n\r\nBody\r\n');
  });

  it('writes "updated" with the time when it already holds one', async () => {
    const { text } = await run(['status', 'p.md', 'blocked', '--at', '2025-10-05T07:45Z'], { 'p.md': "---\ntype: execplan\nstatus: Proposed\nupdated: '2025-10-01 13:00Z'\n---\n" });
    expect(text('p.md')).toBe("---\ntype: execplan\nstatus: Blocked\nupdated: '2025-10-05 07:45Z'\n---\n");
  });

  it('changes a "Status:" line in the text when that is where the plan keeps it', async () => {
    // A plan by its sections and a step of its own (headings alone are a blank skeleton).
    const note = '# P\n\n**Status:** Draft\n\n## Progress\n\n- [ ] Write the parser\n\n## Decision Log\n';
    const { text } = await run(['status', 'p.md', 'active'], { 'p.md': note });
    expect(text('p.md')).toBe('# P\n\n**Status:** In progress\n\n## Progress\n\n- [ ] Write the parser\n\n## Decision Log\n');
  });

  it('leaves the file alone when the status is already set', async () => {
    const { code, io } = await run(['status', 'p.md', 'complete'], { 'p.md': '---\ntype: execplan\nstatus: Complete\n---\n' });
    expect(code).toBe(0);
    expect(io.out).toBe('p.md: the status is already Complete.\n');
    expect(io.writes).toEqual([]);
  });

  it.each([
    ['---\nstatus: [open\n---\n# P\n', /^execplan: p\.md: the frontmatter is not valid YAML \(.+\); fix it first\n$/],
    ['---\nstatus: a\nstatus: b\n---\n# P\n', /^execplan: p\.md: the frontmatter is not valid YAML \(.*unique.*\); fix it first\n$/],
    ['---\ntype: execplan\nstatus:\n  - a\n  - b\n---\n', /^execplan: p\.md: "status" holds a list or multi-line value; edit it in the note instead\.\n$/],
  ])('refuses properties it cannot edit, file byte-identical: %j', async (note, message) => {
    const { code, io, text } = await run(['status', 'p.md', 'done'], { 'p.md': note });
    expect(code).toBe(1);
    expect(io.err).toMatch(message);
    expect(io.writes).toEqual([]);
    expect(text('p.md')).toBe(note);
  });

  it.each([
    [['status', 'p.md', 'sideways'], "unknown status 'sideways' (use one of: proposed, in-progress, blocked, complete, abandoned)", 2],
    [['status', 'p.md'], "missing <status> for 'status' (see execplan status --help)", 2],
    [['status', 'gone.md', 'done'], 'no such file: gone.md', 1],
  ])('%j fails', async (argv, message, exit) => {
    const { code, io } = await run(argv, { 'p.md': PLAN });
    expect(code).toBe(exit);
    expect(io.err).toBe(`execplan: ${message}\n`);
    expect(io.writes).toEqual([]);
  });
});

describe('execplan log near text that hides the rest of the note (issue 13)', () => {
  it('refuses, exit 1, when the entry would land inside an unclosed code block, and writes nothing', async () => {
    const note = ['# Plan', '', '## Progress', '', '- [ ] one', '', '```', 'never closed', '', '## Decision Log', ''].join('\n');
    // The unclosed fence hides the Decision Log, so the note no longer reads as a plan: --force.
    const { code, io, text } = await run(['log', 'decision', 'p.md', 'Use a queue', '--force'], { 'p.md': note });
    expect(code).toBe(1);
    expect(io.err).toMatch(/Line 7 opens a code block \(```\) that is never closed/);
    expect(text('p.md')).toBe(note);
    expect(io.writes).toHaveLength(0);
  });

  it('escapes a lone %% in the entry text, so the rest of the note stays shown', async () => {
    const { code, text } = await run(['log', 'progress', 'p.md', 'Cut', 'costs', 'by', '50%%'], { 'p.md': PLAIN });
    expect(code).toBe(0);
    expectOnlyInserted(PLAIN, text('p.md'), '\n- [x] (2025-10-01 13:00Z) Cut costs by 50%\\%');
  });
});
