import { runCli } from '../../src/cli/run';
import { memoryIo } from './memory-io';
import { skeleton001 } from '../fixtures/skeletons';

const T001 = skeleton001();

async function cli(io: ReturnType<typeof memoryIo>, ...argv: string[]): Promise<number> {
  return runCli(argv, io);
}

describe('log progress: done by default, --open for a step still to do (issue 9 #2)', () => {
  const PLAN = '# P\n\n## Progress\n\n- [x] (2025-09-30 10:00Z) First\n\n## Decision Log\n';

  it('logs a finished step by default and an open one with --open', async () => {
    const io = memoryIo({ 'p.md': PLAN });
    expect(await cli(io, 'log', 'progress', 'p.md', 'Done', 'thing')).toBe(0);
    expect(await cli(io, 'log', 'progress', 'p.md', '--open', 'Write', 'the', 'parser', '--at', '2025-10-01T08:00Z')).toBe(0);
    expect(io.files.get('/vault/p.md')).toContain('- [x] (2025-10-01 13:00Z) Done thing\n- [ ] (2025-10-01 08:00Z) Write the parser\n');
  });

  it('open step, then tick: one stamp, the completion time', async () => {
    const io = memoryIo({ 'p.md': PLAN });
    expect(await cli(io, 'log', 'progress', 'p.md', '--open', 'Write the parser', '--at', '2025-10-01T08:00Z')).toBe(0);
    expect(await cli(io, 'tick', 'p.md', '--at', '2025-10-01T10:00Z')).toBe(0);
    expect(io.files.get('/vault/p.md')).toContain('\n- [x] (2025-10-01 10:00Z) Write the parser\n');
  });

  it('--done and --open together are a usage error that changes nothing', async () => {
    const io = memoryIo({ 'p.md': PLAN });
    expect(await cli(io, 'log', 'progress', 'p.md', '--open', '--done', 'X')).toBe(2);
    expect(io.err).toContain('--done and --open');
    expect(io.files.get('/vault/p.md')).toBe(PLAN);
    expect(await cli(io, 'log', 'decision', 'p.md', '--open', 'X')).toBe(2);
  });
});

describe('the 001-style template: log progress then tick (issue 9 #1)', () => {
  it('log progress adds to the checklist; inspect counts it; tick ticks the checklist', async () => {
    const io = memoryIo({ 'p.md': T001 });
    expect(await cli(io, 'log', 'progress', 'p.md', 'Spiked the sync', '--at', '2025-10-01T09:00Z')).toBe(0);
    expect(io.out).toBe('p.md: Added a progress entry to Concrete Steps (Checklist).\n');
    expect(io.files.get('/vault/p.md')).toBe(T001.replace('- [ ] Wire the view\n', '- [ ] Wire the view\n- [x] (2025-10-01 09:00Z) Spiked the sync\n'));
    io.out = '';
    expect(await cli(io, 'inspect', 'p.md', '--json')).toBe(0);
    expect(JSON.parse(io.out)).toMatchObject({ progress: { done: 1, total: 3 }, nextStep: 'Write the parser' });
    expect(await cli(io, 'tick', 'p.md', '--at', '2025-10-01T10:00Z')).toBe(0);
    expect(io.files.get('/vault/p.md')).toContain('- [x] (2025-10-01 10:00Z) Write the parser\n- [ ] Wire the view\n');
  });
});

describe('a due date in a step is not activity (issue 9 #7)', () => {
  it('inspect reports the last stamp, not the due date', async () => {
    const io = memoryIo({ 'p.md': '# P\n\n## Progress\n\n- [x] (2025-09-01 10:00Z) a\n- [ ] Ship the beta by 2026-02-07\n\n## Decision Log\n' });
    expect(await cli(io, 'inspect', 'p.md', '--json')).toBe(0);
    expect(JSON.parse(io.out)).toMatchObject({ lastActivity: '2025-09-01T10:00:00.000Z' });
  });
});

describe('lint: by line, each line once; [Task Title] and ... flagged (issue 9 #5)', () => {
  it('prints whole-note findings, then one line per line number in order', async () => {
    const text = '# [Project Name]\n\nStatus: <Proposed | In progress>\n\n## Progress\n\n- [x] Write [Task Title] docs\n- [x] (2026-01-01 10:00Z) ...\n\n## Decision Log\n\n- Decision: ...\n';
    const io = memoryIo({ 'p.md': text });
    expect(await cli(io, 'lint', 'p.md')).toBe(1);
    const lines = io.out.trim().split('\n');
    const numbers = lines.map((l) => /^p\.md:(\d+):/.exec(l)?.[1]).filter((n): n is string => n !== undefined).map(Number);
    expect(numbers).toEqual([1, 3, 7, 8, 12]);
    expect(lines.filter((l) => !/^p\.md:\d/.test(l)).every((l, i) => lines[i] === l)).toBe(true);
    expect(io.out).toContain('p.md:1: placeholder Template placeholder left: [Project Name]');
    expect(io.out).toContain('p.md:7: untimed-step Done step without a timestamp: Write [Task Title] docs; template placeholder left: [Task Title]');
  });
});

describe('new text follows the note (issue 9 #8) and a closing rule ends the last section (#6)', () => {
  it('log decision in a * note stamped 2025-01-01T12:00Z, into a missing sentence-case section, before the closing ---', async () => {
    const text = '# Plan\n\n## Progress log\n\n* [x] 2025-09-01T10:00Z Set up\n\n## Surprises and discoveries\n\n* Observation: odd\n\n---\n\n*Template v3*\n';
    const io = memoryIo({ 'p.md': text });
    expect(await cli(io, 'log', 'decision', 'p.md', 'Use X', '--rationale', 'Y')).toBe(0);
    expect(await cli(io, 'log', 'handoff', 'p.md', 'Half way', '--next', 'More')).toBe(0);
    expect(io.files.get('/vault/p.md')).toBe(
      '# Plan\n\n## Progress log\n\n* [x] 2025-09-01T10:00Z Set up\n\n## Surprises and discoveries\n\n* Observation: odd\n\n' +
        '## Decision log\n\n* Decision: Use X\n  Rationale: Y\n  Date/Author: 2025-10-01T13:00Z\n\n' +
        '## Handoff\n\n* 2025-10-01T13:00Z Half way\n  Next: More\n\n---\n\n*Template v3*\n',
    );
  });
});
