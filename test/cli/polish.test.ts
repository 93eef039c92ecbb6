import { runCli } from '../../src/cli/run';
import { NOT_A_PLAN } from './fixtures';
import { memoryIo } from './memory-io';

const plan = (title: string): string => `---\ntype: execplan\nstatus: Proposed\n---\n# ${title}\n`;

describe('lint on a folder without plans', () => {
  it('says so, as list does, and exits 0', async () => {
    const io = memoryIo({ 'notes/a.md': NOT_A_PLAN, 'notes/b.md': '# B\n' });
    expect(await runCli(['lint', 'notes'], io)).toBe(0);
    expect(io.out).toBe('No plans under notes\n');
    expect(io.err).toBe('');
  });

  it('stays silent for a folder of healthy plans', async () => {
    const healthy = [
      '---', 'type: execplan', 'status: Proposed', '---', '# P', '', '## Progress', '- [ ] a', '',
      '## Surprises & Discoveries', '', '## Decision Log', '', '## Outcomes & Retrospective', '',
    ].join('\n');
    const io = memoryIo({ 'p.md': healthy });
    expect(await runCli(['lint', '.'], io)).toBe(0);
    expect(io.out).toBe('');
  });
});

describe('list with wide characters', () => {
  it('lines columns up by terminal width: CJK and emoji take two columns, combining marks none', async () => {
    const io = memoryIo({
      'a.md': plan('漢字の計画'),
      'b.md': plan('🚀 Launch'),
      'c.md': plan('Cafe\u0301'),
    });
    expect(await runCli(['list', '.'], io)).toBe(0);
    const lines = io.out.trimEnd().split('\n');
    expect(lines[0]).toBe('STATUS    PROGRESS  LAST ACTIVITY  TITLE       PATH');
    expect(lines.slice(1).sort()).toEqual(
      [
        'Proposed  0/0       -              漢字の計画  a.md',
        'Proposed  0/0       -              🚀 Launch   b.md',
        'Proposed  0/0       -              Cafe\u0301        c.md',
      ].sort(),
    );
  });
});

describe('inspect wraps its section list to the terminal', () => {
  const many = ['# Long plan', ...Array.from({ length: 12 }, (_, i) => `## Section number ${i + 1}`)].join('\n\n') + '\n';

  it.each([
    [60, 60],
    [undefined, 80],
  ])('columns %p: every line fits %p columns, continuation lines indented under the first', async (columns, width) => {
    const io = memoryIo({ 'p.md': many });
    if (columns !== undefined) io.columns = columns;
    expect(await runCli(['inspect', 'p.md'], io)).toBe(0);
    const lines = io.out.split('\n');
    const start = lines.findIndex((l) => l.startsWith('  Sections:      '));
    const block = [lines[start] ?? ''];
    for (let i = start + 1; lines[i]?.startsWith(' '.repeat(17)); i++) block.push(lines[i] ?? '');
    expect(block.length).toBeGreaterThan(1);
    for (const line of block) expect(line.length).toBeLessThanOrEqual(width);
    const listed = block.map((l) => l.trim().replace(/^Sections:\s+/, '')).join(' ');
    expect(listed).toBe(['Long plan (1)', ...Array.from({ length: 12 }, (_, i) => `Section number ${i + 1} (${3 + 2 * i})`)].join(', '));
  });
});

describe('list and lint skip an unreadable sub-folder', () => {
  it.each([['list'], ['lint']])('%s warns on stderr and goes on with the rest', async (command) => {
    const io = memoryIo({ 'v/a.md': plan('Alpha'), 'v/locked/b.md': plan('Beta'), 'v/z/c.md': plan('Gamma') });
    io.unreadable.add('/vault/v/locked');
    const code = await runCli([command, 'v'], io);
    expect(io.err).toBe("execplan: warning: skipped the folder v/locked, which cannot be read: EACCES: permission denied, scandir '/vault/v/locked'\n");
    if (command === 'list') {
      expect(code).toBe(0);
      expect(io.out).toContain('Alpha');
      expect(io.out).toContain('Gamma');
      expect(io.out).not.toContain('Beta');
    } else {
      expect(io.out).toContain('v/a.md');
      expect(io.out).toContain('v/z/c.md');
      expect(io.out).not.toContain('locked');
    }
  });

  it('fails with one line when the folder named itself cannot be read', async () => {
    const io = memoryIo({ 'v/a.md': plan('Alpha') });
    io.unreadable.add('/vault/v');
    expect(await runCli(['list', 'v'], io)).toBe(1);
    expect(io.err).toBe("execplan: cannot read the folder v: EACCES: permission denied, scandir '/vault/v'\n");
  });
});

describe('--at', () => {
  const PLAN = '---\ntype: execplan\n---\n# P\n\n## Progress\n';
  const logAt = async (at: string) => {
    const io = memoryIo({ 'p.md': PLAN });
    const code = await runCli(['log', 'progress', 'p.md', 'X', '--at', at], io);
    return { code, err: io.err, text: io.files.get('/vault/p.md') ?? '' };
  };

  it.each([
    ['0050-06-01', '0050-06-01 00:00Z'],
    ['0999-12-31T23:59Z', '0999-12-31 23:59Z'],
    ['2025-10-01T13:00+14:00', '2025-09-30 23:00Z'],
    ['2025-10-01T13:00-12:00', '2025-10-02 01:00Z'],
    ['2025-10-01T13:00+0530', '2025-10-01 07:30Z'],
    ['2024-02-29T23:59:59.999Z', '2024-02-29 23:59Z'],
  ])('%s keeps the year as written and applies the offset: %s', async (at, stamp) => {
    const { code, text, err } = await logAt(at);
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(text).toContain(`- [x] (${stamp}) X`);
  });

  it.each(['2025-10-01T13:00-99:99', '2025-10-01T13:00+15:00', '2025-10-01T13:00+14:60', '2025-10-01T24:00Z', '2025-10-01T13:60Z', '2025-10-01T13:00:60Z', '2023-02-29'])(
    '%s is refused as a usage error, nothing written',
    async (at) => {
      const { code, err, text } = await logAt(at);
      expect(code).toBe(2);
      expect(err).toBe(`execplan: --at needs an ISO 8601 time such as 2025-10-01T13:00Z, not '${at}'\n`);
      expect(text).toBe(PLAN);
    },
  );

  it('gives `new` a creation date in the year written', async () => {
    const io = memoryIo();
    expect(await runCli(['new', '.', '--title', 'Old', '--at', '0050-06-01'], io)).toBe(0);
    expect(io.files.get('/vault/Old.md')).toContain('created: 0050-06-01\n');
  });
});
