import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/**
 * Many real `execplan` processes on one note or one title at once (dist/cli.js, built by
 * `npm test`'s pretest or `node esbuild.config.mjs production`). EXECPLAN_CLI_BUNDLE points
 * the test at another bundle, e.g. an older build to show what these cases used to lose.
 */
const bundle = process.env.EXECPLAN_CLI_BUNDLE ?? path.resolve(__dirname, '../../dist/cli.js');
const hasBundle = fs.existsSync(bundle);
if (!hasBundle) {
  console.warn(`Skipping the CLI concurrency test: ${bundle} is missing (run: node esbuild.config.mjs production)`);
}

interface Outcome {
  code: number | null;
  out: string;
  err: string;
}

function cli(cwd: string, args: readonly string[]): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bundle, ...args], { cwd, env: { ...process.env, TZ: 'UTC' } });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, out, err }));
  });
}

const PLAN = [
  '---',
  'type: execplan',
  'status: Proposed',
  'updated: 2025-09-30',
  '---',
  '# Busy plan',
  '',
  '## Progress',
  ...Array.from({ length: 5 }, (_, i) => `- [ ] Step ${i + 1}`),
  '',
  '## Decision Log',
  '',
].join('\n');

(hasBundle ? describe : describe.skip)('many execplan processes at once', () => {
  jest.setTimeout(120_000);
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'execplan-concurrent-'));
  });
  afterEach(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('20 `log progress` on one note: every entry survives', async () => {
    fs.writeFileSync(path.join(dir, 'plan.md'), PLAN);
    const runs = await Promise.all(
      Array.from({ length: 20 }, (_, i) => cli(dir, ['log', 'progress', 'plan.md', `Entry ${i + 1}`, '--at', '2025-10-01T13:00Z'])),
    );
    expect(runs.map((r) => [r.code, r.err])).toEqual(runs.map(() => [0, '']));
    const text = fs.readFileSync(path.join(dir, 'plan.md'), 'utf8');
    const missing = Array.from({ length: 20 }, (_, i) => `Entry ${i + 1}`).filter((e) => !text.includes(`(2025-10-01 13:00Z) ${e}\n`));
    expect(missing).toEqual([]);
    expect(text.match(/Entry \d+/g)).toHaveLength(20);
    // Nothing left behind: no temporary file, no lock.
    expect(fs.readdirSync(dir)).toEqual(['plan.md']);
  });

  it('10 logs, 5 ticks and 5 status changes on one note: all of them survive', async () => {
    fs.writeFileSync(path.join(dir, 'plan.md'), PLAN);
    const statuses = ['in-progress', 'blocked', 'in-progress', 'blocked', 'in-progress'];
    const runs = await Promise.all([
      ...Array.from({ length: 10 }, (_, i) => cli(dir, ['log', 'decision', 'plan.md', `Decision ${i + 1}`, '--at', '2025-10-01T13:00Z'])),
      ...Array.from({ length: 5 }, () => cli(dir, ['tick', 'plan.md', '--at', '2025-10-02T09:00Z'])),
      ...statuses.map((s) => cli(dir, ['status', 'plan.md', s, '--at', '2025-10-03T10:00Z'])),
    ]);
    expect(runs.map((r) => [r.code, r.err])).toEqual(runs.map(() => [0, '']));
    const text = fs.readFileSync(path.join(dir, 'plan.md'), 'utf8');
    for (let i = 1; i <= 10; i++) expect(text).toContain(`Decision ${i}\n`);
    // All five steps were open; five ticks tick each of them once.
    expect(text.match(/- \[x\] \(2025-10-02 09:00Z\) Step \d/g)).toHaveLength(5);
    expect(text).not.toContain('- [ ] Step');
    // `updated` is whichever run wrote last: a log, a tick or a status change.
    expect(text).toMatch(/^---\ntype: execplan\nstatus: (In progress|Blocked)\nupdated: 2025-10-0[123]\n---\n/);
    // Each status run either changed the status or found it already set.
    expect(runs.slice(15).every((r) => /status set to|already/.test(r.out))).toBe(true);
    expect(fs.readdirSync(dir)).toEqual(['plan.md']);
  });

  it('20 `new` with one title: 20 files, each process reports its own path, the existing note is kept', async () => {
    fs.mkdirSync(path.join(dir, 'Plans'));
    fs.writeFileSync(path.join(dir, 'Plans', 'Same.md'), 'mine\n');
    const runs = await Promise.all(Array.from({ length: 20 }, () => cli(dir, ['new', 'Plans', '--title', 'Same'])));
    expect(runs.map((r) => [r.code, r.err])).toEqual(runs.map(() => [0, '']));
    const reported = runs.map((r) => r.out.trim());
    expect(new Set(reported).size).toBe(20);
    const expected = Array.from({ length: 20 }, (_, i) => `Plans/Same ${i + 2}.md`);
    expect([...reported].sort()).toEqual([...expected].sort());
    expect(fs.readFileSync(path.join(dir, 'Plans', 'Same.md'), 'utf8')).toBe('mine\n');
    expect(fs.readdirSync(path.join(dir, 'Plans'))).toHaveLength(21);
    for (const p of reported) expect(fs.readFileSync(path.join(dir, p), 'utf8')).toMatch(/^---\ntype: execplan\n/);
  });
});
