import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/**
 * Runs the real bundle (dist/cli.js, built by `node esbuild.config.mjs production`) on a
 * temporary folder. It builds nothing itself: without a bundle the test says so and passes.
 */
const bundle = path.resolve(__dirname, '../../dist/cli.js');
const hasBundle = fs.existsSync(bundle);
if (!hasBundle) {
  console.warn(`Skipping the CLI end-to-end test: ${bundle} is missing (run: node esbuild.config.mjs production)`);
}

(hasBundle ? describe : describe.skip)('dist/cli.js end to end', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'execplan-e2e-'));
  });
  afterAll(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const cli = (...args: string[]) => {
    const result = spawnSync(process.execPath, [bundle, ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, TZ: 'Pacific/Auckland' } });
    return { code: result.status, out: result.stdout, err: result.stderr };
  };

  it('creates, logs, ticks, sets the status, inspects, lists and lints a plan on disk', () => {
    const created = cli('new', 'Plans', '--title', 'Ship it', '--at', '2025-10-01T13:00Z');
    expect(created).toEqual({ code: 0, out: 'Plans/Ship it.md\n', err: '' });
    const file = path.join(dir, 'Plans', 'Ship it.md');

    expect(cli('log', 'progress', 'Plans/Ship it.md', 'Write the parser', '--open', '--at', '2025-10-01T14:00Z').code).toBe(0);
    expect(cli('tick', 'Plans/Ship it.md', '--at', '2025-10-02T09:30Z').out).toMatch(/^Plans\/Ship it\.md: Ticked the step on line \d+\.\n$/);
    expect(cli('log', 'decision', 'Plans/Ship it.md', 'Bundle yaml', '--rationale', 'Only the CLI needs it', '--at', '2025-10-02T10:00Z').code).toBe(0);
    expect(cli('status', 'Plans/Ship it.md', 'in-progress', '--at', '2025-10-02T10:00Z').code).toBe(0);

    const text = fs.readFileSync(file, 'utf8');
    expect(text).toMatch(/^---\ntype: execplan\nstatus: In progress\ncreated: 2025-10-01\nupdated: 2025-10-02\n/);
    // Stamps are UTC even though the process runs in Auckland time.
    // One stamp per step: ticking replaced the time the step was logged with the time it was done.
    expect(text).toContain('- [x] (2025-10-02 09:30Z) Write the parser');
    expect(fs.readdirSync(path.dirname(file))).toEqual(['Ship it.md']);

    const inspected = cli('inspect', 'Plans/Ship it.md', '--json');
    expect(inspected.code).toBe(0);
    expect(JSON.parse(inspected.out)).toMatchObject({
      path: 'Plans/Ship it.md',
      title: 'Ship it',
      status: 'in-progress',
      progress: { done: 1, total: 1 },
      decisions: 1,
      lastActivity: '2025-10-02T10:00:00.000Z',
      isPlan: true,
    });
    expect(cli('list', '.').out).toMatch(/^STATUS +PROGRESS +LAST ACTIVITY +TITLE +PATH\nIn progress +1\/1 +2025-10-02 10:00Z +Ship it +Plans\/Ship it\.md\n$/);
    const linted = cli('lint', 'Plans');
    expect(linted.code).toBe(linted.out === '' ? 0 : 1);
  });

  it('fails with one stderr line and a non-zero exit, leaving the file untouched', () => {
    const file = path.join(dir, 'broken.md');
    const broken = '---\nstatus: [open\n---\n# Broken\n';
    fs.writeFileSync(file, broken);
    const result = cli('status', 'broken.md', 'done');
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/^execplan: broken\.md: the frontmatter is not valid YAML .*\n$/);
    expect(fs.readFileSync(file, 'utf8')).toBe(broken);
    expect(cli('bogus').code).toBe(2);
  });
});
