import { runCli } from '../../src/cli/run';
import { DONE_PLAN, MALFORMED, NOT_A_PLAN, PLAN } from './fixtures';
import { memoryIo } from './memory-io';

async function run(argv: string[], files: Record<string, string> = {}) {
  const io = memoryIo(files);
  const code = await runCli(argv, io);
  return { code, out: io.out, err: io.err, io };
}

describe('execplan inspect', () => {
  it('prints exactly the documented JSON fields', async () => {
    const { code, out, err } = await run(['inspect', 'plans/cli.md', '--json'], { 'plans/cli.md': PLAN });
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(JSON.parse(out)).toEqual({
      path: 'plans/cli.md',
      title: 'Ship the CLI',
      status: 'in-progress',
      statusRaw: '🟡 In progress',
      progress: { done: 1, total: 3 },
      nextStep: 'Wire the commands',
      lastActivity: '2025-09-30T10:00:00.000Z',
      decisions: 1,
      surprises: 0,
      sections: [
        { kind: 'other', heading: 'Ship the CLI', level: 1, line: 5 },
        { kind: 'purpose', heading: 'Purpose / Big Picture', level: 2, line: 7 },
        { kind: 'progress', heading: 'Progress', level: 2, line: 10 },
        { kind: 'surprises', heading: 'Surprises & Discoveries', level: 2, line: 15 },
        { kind: 'decisions', heading: 'Decision Log', level: 2, line: 17 },
        { kind: 'retrospective', heading: 'Outcomes & Retrospective', level: 2, line: 20 },
      ],
      health: [],
      isPlan: true,
    });
    expect(Object.keys(JSON.parse(out) as object)).toEqual([
      'path', 'title', 'status', 'statusRaw', 'progress', 'nextStep', 'lastActivity',
      'decisions', 'surprises', 'sections', 'health', 'isPlan',
    ]);
  });

  it('reports nulls and health findings for a note that is not a plan', async () => {
    const { code, out } = await run(['inspect', 'list.md', '--json'], { 'list.md': NOT_A_PLAN });
    expect(code).toBe(0);
    const json = JSON.parse(out) as Record<string, unknown>;
    expect(json).toMatchObject({ title: 'Shopping', status: null, statusRaw: null, nextStep: null, lastActivity: null, isPlan: false });
    expect(json.health).toContainEqual({ code: 'no-status', message: expect.any(String) as string, line: null });
  });

  it('prints a short readable report by default', async () => {
    const { code, out } = await run(['inspect', 'plans/cli.md'], { 'plans/cli.md': PLAN });
    expect(code).toBe(0);
    expect(out).toContain('Ship the CLI  (plans/cli.md)');
    expect(out).toContain('Status:        In progress ("🟡 In progress")');
    expect(out).toContain('Progress:      1/3 steps done');
    expect(out).toContain('Next step:     Wire the commands');
    expect(out).toContain('Last activity: 2025-09-30 10:00Z');
    expect(out).toContain('Health:        no findings');
  });

  it('still inspects a note whose frontmatter is malformed, reporting it', async () => {
    const { code, out } = await run(['inspect', 'b.md', '--json'], { 'b.md': MALFORMED });
    expect(code).toBe(0);
    const json = JSON.parse(out) as { health: { code: string; line: number | null }[] };
    expect(json.health[0]).toMatchObject({ code: 'malformed-frontmatter', line: 1 });
  });

  it('resolves paths against the working directory, absolute ones too', async () => {
    const { out } = await run(['inspect', '/vault/plans/cli.md', '--json'], { 'plans/cli.md': PLAN });
    expect((JSON.parse(out) as { path: string }).path).toBe('plans/cli.md');
  });

  it.each([
    [['inspect', 'nope.md'], 'execplan: no such file: nope.md\n', 1],
    [['inspect', 'plans'], 'execplan: plans is a folder, not a note\n', 1],
    [['inspect'], "execplan: missing <file> for 'inspect' (see execplan inspect --help)\n", 2],
    [['inspect', 'plans/cli.md', '--jsn'], "execplan: unknown option --jsn for 'inspect' (see execplan inspect --help)\n", 2],
  ])('%j fails with one line', async (argv, message, exit) => {
    const { code, out, err } = await run(argv, { 'plans/cli.md': PLAN });
    expect(code).toBe(exit);
    expect(err).toBe(message);
    expect(out).toBe('');
  });
});

describe('execplan list', () => {
  const vault = {
    'plans/cli.md': PLAN,
    'plans/old/alpha.md': DONE_PLAN,
    'plans/list.md': NOT_A_PLAN,
    'plans/b-plan.md': DONE_PLAN.replace('# Alpha', '# Beta').replace('status: done', 'status: proposed'),
    'plans/.trash/hidden.md': DONE_PLAN,
    'plans/node_modules/x.md': DONE_PLAN,
  };

  it('prints an aligned table of plans sorted by status order, then title', async () => {
    const { code, out } = await run(['list', 'plans'], vault);
    expect(code).toBe(0);
    expect(out).toBe(
      [
        'STATUS       PROGRESS  LAST ACTIVITY      TITLE         PATH',
        'Proposed     1/1       -                  Beta          plans/b-plan.md',
        'In progress  1/3       2025-09-30 10:00Z  Ship the CLI  plans/cli.md',
        'Complete     1/1       -                  Alpha         plans/old/alpha.md',
        '',
      ].join('\n'),
    );
  });

  it('prints a JSON array of inspect objects in the same order', async () => {
    const { out } = await run(['list', 'plans', '--json'], vault);
    const plans = JSON.parse(out) as { path: string; isPlan: boolean }[];
    expect(plans.map((p) => p.path)).toEqual(['plans/b-plan.md', 'plans/cli.md', 'plans/old/alpha.md']);
    expect(Object.keys(plans[0] ?? {})).toHaveLength(12);
  });

  it('lists the current folder when given none', async () => {
    const [bare, dot] = [await run(['list'], vault), await run(['list', '.'], vault)];
    expect([bare.code, bare.out, bare.err]).toEqual([dot.code, dot.out, dot.err]);
    expect(bare.out).toContain('plans/cli.md');
  });

  it('says so when the folder holds no plan', async () => {
    const { code, out } = await run(['list', '.'], { 'a.md': NOT_A_PLAN });
    expect(code).toBe(0);
    expect(out).toBe('No plans under .\n');
    expect((await run(['list', '.', '--json'], { 'a.md': NOT_A_PLAN })).out).toBe('[]\n');
  });

  it('skips an unreadable note with a message and exit 1, listing the rest', async () => {
    const io = memoryIo(vault);
    const read = io.readFile.bind(io);
    io.readFile = (p) => (p.endsWith('cli.md') ? (() => { throw new Error('EACCES'); })() : read(p));
    const code = await runCli(['list', 'plans'], io);
    expect(code).toBe(1);
    expect(io.err).toBe('execplan: cannot read plans/cli.md: EACCES\n');
    expect(io.out).toContain('Alpha');
  });

  it.each([
    [['list', 'nowhere'], 'execplan: no such folder: nowhere\n'],
    [['list', 'plans/cli.md'], 'execplan: plans/cli.md is a file, not a folder\n'],
  ])('%j fails', async (argv, message) => {
    const { code, err } = await run(argv, vault);
    expect(code).toBe(1);
    expect(err).toBe(message);
  });
});

describe('execplan lint', () => {
  it('prints path:line: code message for each finding and exits 1', async () => {
    const { code, out } = await run(['lint', 'alpha.md'], { 'alpha.md': DONE_PLAN });
    expect(code).toBe(1);
    expect(out).toBe(
      [
        'alpha.md: missing-section No "Surprises & Discoveries" section',
        'alpha.md: missing-section No "Decision Log" section',
        'alpha.md: missing-section No "Outcomes & Retrospective" section',
        'alpha.md:8: untimed-step Done step without a timestamp: shipped it',
        '',
      ].join('\n'),
    );
  });

  it('exits 0 and prints nothing for a healthy plan', async () => {
    const { code, out, err } = await run(['lint', 'cli.md'], { 'cli.md': PLAN });
    expect([code, out, err]).toEqual([0, '', '']);
  });

  it('reports malformed frontmatter with its line', async () => {
    const { code, out } = await run(['lint', 'b.md'], { 'b.md': MALFORMED });
    expect(code).toBe(1);
    // Whole-note findings (no line) come first, then the rest by line.
    expect(out.split('\n').find((l) => /^b\.md:\d/.test(l))).toMatch(/^b\.md:1: malformed-frontmatter /);
  });

  it('lints the current folder when given none', async () => {
    const files = { 'cli.md': PLAN, 'shop.md': NOT_A_PLAN, 'sub/alpha.md': DONE_PLAN };
    const [bare, dot] = [await run(['lint'], files), await run(['lint', '.'], files)];
    expect([bare.code, bare.out, bare.err]).toEqual([dot.code, dot.out, dot.err]);
    expect(bare.out).toContain('sub/alpha.md:8: untimed-step');
  });

  it('lints only the plans in a folder', async () => {
    const { code, out } = await run(['lint', '.'], { 'cli.md': PLAN, 'shop.md': NOT_A_PLAN, 'sub/alpha.md': DONE_PLAN });
    expect(code).toBe(1);
    expect(out).not.toContain('shop.md');
    expect(out).toContain('sub/alpha.md:8: untimed-step');
  });

  it('checks a single file even when it is not a plan', async () => {
    const { out } = await run(['lint', 'shop.md'], { 'shop.md': NOT_A_PLAN });
    expect(out).toContain('shop.md: no-status ');
  });

  it('fails on a missing target', async () => {
    const { code, err } = await run(['lint', 'gone.md']);
    expect(code).toBe(1);
    expect(err).toBe('execplan: no such file: gone.md\n');
  });
});
