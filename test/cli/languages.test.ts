import { runCli } from '../../src/cli/run';
import { configureSectionNames } from '../../src/core/sections';
import { memoryIo } from './memory-io';

const CHINESE = [
  '# 离线同步',
  '',
  '**阶段:** 1 | **状态:** 🚧 进行中',
  '',
  '## 进度',
  '',
  '- [x] (2026-11-02 09:00Z) 搭建存储',
  '- [ ] 处理冲突',
  '',
  '## 决策日志',
  '',
  '- (2026-11-03 10:00Z) 决策：使用令牌桶。理由：请求是突发的。',
  '',
  '## 结果与复盘',
  '',
].join('\n');

const GERMAN_CUSTOM = [
  '---',
  'type: execplan',
  'status: In Arbeit',
  '---',
  '# Abrechnung',
  '',
  '## Fortschritt',
  '',
  '- [ ] Export schreiben',
  '',
  '## Beschlüsse',
  '',
  '- Alte Berichte bleiben.',
  '',
].join('\n');

async function run(argv: string[], files: Record<string, string>, env: Record<string, string> = {}) {
  const io = memoryIo(files);
  const code = await runCli(argv, io, env);
  return { code, out: io.out, err: io.err, io };
}

afterEach(() => configureSectionNames({}));

describe('plans written in other languages', () => {
  it('inspect reads Chinese sections and a status in a line of fields', async () => {
    const { code, out } = await run(['inspect', 'p.md', '--json'], { 'p.md': CHINESE });
    expect(code).toBe(0);
    const json = JSON.parse(out) as Record<string, unknown>;
    expect(json).toMatchObject({ isPlan: true, status: 'in-progress', statusRaw: '🚧 进行中', progress: { done: 1, total: 2 }, nextStep: '处理冲突', decisions: 1 });
  });

  it('log decision goes into 决策日志, with no English duplicate', async () => {
    const { code, io } = await run(['log', 'decision', 'p.md', '保留旧导出', '--rationale', '客户依赖它', '--at', '2026-11-05T08:00Z'], { 'p.md': CHINESE });
    expect(code).toBe(0);
    const text = io.files.get(io.cwd + '/p.md') ?? '';
    expect(text).not.toContain('Decision Log');
    const log = text.indexOf('## 决策日志');
    const retro = text.indexOf('## 结果与复盘');
    const entry = text.indexOf('保留旧导出');
    expect(entry).toBeGreaterThan(log);
    expect(entry).toBeLessThan(retro);
  });

  it('log progress goes into 进度', async () => {
    const { code, io } = await run(['log', 'progress', 'p.md', '--done', '写完同步队列', '--at', '2026-11-05T08:00Z'], { 'p.md': CHINESE });
    expect(code).toBe(0);
    const text = io.files.get(io.cwd + '/p.md') ?? '';
    expect(text).not.toContain('## Progress');
    expect(text.indexOf('写完同步队列')).toBeLessThan(text.indexOf('## 决策日志'));
  });
});

describe('the user’s own section names', () => {
  it('--section-name makes a heading name a section', async () => {
    const without = await run(['inspect', 'p.md', '--json'], { 'p.md': GERMAN_CUSTOM });
    expect((JSON.parse(without.out) as { decisions: number }).decisions).toBe(0);
    const withName = await run(['inspect', '--section-name', 'decisions=Beschlüsse', 'p.md', '--json'], { 'p.md': GERMAN_CUSTOM });
    expect(withName.code).toBe(0);
    expect((JSON.parse(withName.out) as { decisions: number }).decisions).toBe(1);
  });

  it('EXECPLAN_SECTION_NAMES does the same, and names do not leak into the next run', async () => {
    const env = { EXECPLAN_SECTION_NAMES: 'decisions: Beschlüsse; progress: Tagebuch' };
    const first = await run(['inspect', 'p.md', '--json'], { 'p.md': GERMAN_CUSTOM }, env);
    expect((JSON.parse(first.out) as { decisions: number }).decisions).toBe(1);
    const next = await run(['inspect', 'p.md', '--json'], { 'p.md': GERMAN_CUSTOM });
    expect((JSON.parse(next.out) as { decisions: number }).decisions).toBe(0);
  });

  it('a kind it does not know is a usage error that names it', async () => {
    const { code, err } = await run(['inspect', '--section-name', 'decisons=Beschlüsse', 'p.md'], { 'p.md': GERMAN_CUSTOM });
    expect(code).toBe(2);
    expect(err).toContain('"decisons" is not a section kind');
  });
});
