import { runCli } from '../../src/cli/run';
import { memoryIo } from './memory-io';

const NOW = new Date('2026-12-06T15:00:00Z');

const ACTIVE = [
  '---', 'type: execplan', 'status: in-progress', '---', '# Ship the review', '',
  '## Progress', '',
  '- [x] (2026-12-01 09:00Z) Wrote the core',
  '- [ ] (2026-12-05 10:00Z) Started the pane',
  '- [x] (2026-11-20 08:00Z) Old work', '',
  '## Decision Log', '',
  '- (2026-12-05 12:30Z) Group by UTC day', '  - Rationale: stamps are UTC', '',
].join('\n');
const QUIET = '---\ntype: execplan\nstatus: in-progress\n---\n# Quiet one\n\n## Progress\n\n- [x] (2026-11-01 09:00Z) Began\n';
const NOTE = '# Shopping\n\n- [x] (2026-12-05 10:00Z) milk\n';

async function run(argv: string[]) {
  const io = memoryIo({ 'Plans/review.md': ACTIVE, 'Plans/quiet.md': QUIET, 'notes/shop.md': NOTE });
  io.now = () => NOW;
  const code = await runCli(argv, io);
  return { code, out: io.out, err: io.err, io };
}

describe('execplan review', () => {
  it('prints the last 7 days by day and plan, with the quiet plans', async () => {
    const { code, out, err } = await run(['review', '--since', '7d']);
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out).toBe(
      [
        'Review 2026-11-30 to 2026-12-06: 3 entries in 1 plan',
        'Moved 2 · decided 1 · surprised 0 · quiet 1',
        '',
        '2026-12-05 Saturday',
        '  Ship the review (Plans/review.md)',
        '    10:00  logged    Started the pane  (line 10)',
        '    12:30  decided   Group by UTC day  (line 15)',
        '',
        '2026-12-01 Tuesday',
        '  Ship the review (Plans/review.md)',
        '    09:00  done      Wrote the core  (line 9)',
        '',
        'Quiet (in progress, nothing stamped in the range):',
        '  Quiet one (Plans/quiet.md), last activity 2026-11-01 09:00Z',
        '',
      ].join('\n'),
    );
  });

  it('--json with a date range and a folder', async () => {
    const { code, out } = await run(['review', 'Plans', '--since', '2026-11-01', '--until', '2026-11-30', '--json']);
    expect(code).toBe(0);
    const json = JSON.parse(out) as Record<string, unknown>;
    expect(json).toEqual({
      since: '2026-11-01',
      until: '2026-11-30',
      counts: { moved: 2, decided: 0, surprised: 0, entries: 2, plans: 2 },
      days: [
        { date: '2026-11-20', plans: [{ path: 'Plans/review.md', title: 'Ship the review', status: 'in-progress', entries: [{ at: '2026-11-20T08:00:00.000Z', kind: 'done', text: 'Old work', line: 11 }] }] },
        { date: '2026-11-01', plans: [{ path: 'Plans/quiet.md', title: 'Quiet one', status: 'in-progress', entries: [{ at: '2026-11-01T09:00:00.000Z', kind: 'done', text: 'Began', line: 9 }] }] },
      ],
      quiet: [],
    });
  });

  it.each([
    [['review', '--since', 'last week'], /--since needs a number of days/],
    [['review', '--until', '2026-13-01'], /--until needs a date/],
    [['review', '--since', '2026-12-10', '--until', '2026-12-01'], /is after --until/],
  ])('%j is a usage error that reads nothing', async (argv, message) => {
    const { code, out, err } = await run(argv);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toMatch(message);
  });

  it('says so for a missing folder', async () => {
    const { code, err } = await run(['review', 'nowhere']);
    expect(code).toBe(1);
    expect(err).toContain('no such folder: nowhere');
  });

  it('has help', async () => {
    const { code, out } = await run(['review', '--help']);
    expect(code).toBe(0);
    expect(out).toContain('review [folder] [--since 7d|DATE] [--until DATE] [--json]');
  });
});
