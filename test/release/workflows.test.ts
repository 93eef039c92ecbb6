import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parse } from 'yaml';

/**
 * The GitHub Actions workflows, checked without running them: CI runs .ci/run; a release
 * comes only from a tag equal to manifest.json's version and makes a draft with the three
 * files Obsidian installs, each attested. scripts/check-release.mjs, the release's gate, runs
 * here for real.
 */
const root = path.resolve(__dirname, '../..');

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}
interface Job {
  'runs-on'?: string;
  permissions?: Record<string, string>;
  steps: Step[];
}
interface Workflow {
  on: Record<string, { tags?: string[]; branches?: string[] } | null>;
  permissions?: Record<string, string>;
  jobs: Record<string, Job>;
}

function workflow(name: string): Workflow {
  return parse(fs.readFileSync(path.join(root, '.github/workflows', name), 'utf8')) as Workflow;
}
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'manifest.json'), 'utf8')) as { version: string; minAppVersion: string };

/** GitHub's filter pattern syntax (`*`, `**`, `+`, `?`, `[…]`; other characters literal) as a RegExp. */
function githubPattern(pattern: string): RegExp {
  let source = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern.charAt(i);
    if (c === '*' && pattern.charAt(i + 1) === '*') {
      source += '.*';
      i++;
    } else if (c === '*') source += '[^/]*';
    else if (c === '+' || c === '?') source += c;
    else if (c === '[') {
      const end = pattern.indexOf(']', i);
      source += pattern.slice(i, end + 1);
      i = end;
    } else source += c.replace(/[.^$()|{}\\/]/g, '\\$&');
  }
  return new RegExp(`^${source}$`);
}

describe('githubPattern', () => {
  it('reads the filter syntax the way GitHub documents it', () => {
    expect(githubPattern('v[12].[0-9]+.[0-9]+').test('v1.10.3')).toBe(true);
    expect(githubPattern('v[12].[0-9]+.[0-9]+').test('v1x10.3')).toBe(false);
    expect(githubPattern('releases/*').test('releases/a/b')).toBe(false);
    expect(githubPattern('releases/**').test('releases/a/b')).toBe(true);
  });
});

describe('.github/workflows/ci.yml', () => {
  const ci = workflow('ci.yml');
  const steps = Object.values(ci.jobs).flatMap((job) => job.steps);

  it('runs .ci/run on every push and pull request, on Node 20', () => {
    expect(Object.keys(ci.on).sort()).toEqual(['pull_request', 'push']);
    expect(ci.on.push).toBeNull();
    expect(steps.some((s) => s.run?.trim() === '.ci/run')).toBe(true);
    const node = steps.find((s) => s.uses?.startsWith('actions/setup-node@'));
    expect(String(node?.with?.['node-version'])).toBe('20');
    expect(steps[0]?.uses).toMatch(/^actions\/checkout@/);
  });

  it('can execute .ci/run, which installs, builds, tests, lints and runs the browser test', () => {
    expect(fs.statSync(path.join(root, '.ci/run')).mode & 0o111).not.toBe(0);
    const script = fs.readFileSync(path.join(root, '.ci/run'), 'utf8');
    for (const command of ['npm ci', 'npm test', 'npm run lint', 'npm run test:e2e']) expect(script).toContain(command);
  });
});

describe('.github/workflows/release.yml', () => {
  const release = workflow('release.yml');
  const [job, ...others] = Object.values(release.jobs);
  const steps = job?.steps ?? [];
  const index = (test: (s: Step) => boolean, what: string) => {
    const i = steps.findIndex(test);
    if (i < 0) throw new Error(`release.yml has no step that ${what}`);
    return i;
  };
  const lines = (value: unknown) => String(value).split(/\s+/).filter((l) => l !== '');

  it('runs on pushed tags that are a bare x.y.z version, the current one included, and on nothing else', () => {
    expect(others).toEqual([]);
    expect(Object.keys(release.on)).toEqual(['push']);
    const push = release.on.push;
    expect(push?.branches).toBeUndefined();
    const patterns = push?.tags ?? [];
    expect(patterns.length).toBeGreaterThan(0);
    const matches = (tag: string) => patterns.some((p) => githubPattern(p).test(tag));
    for (const tag of [manifest.version, '0.1.0', '1.0.0', '12.34.56']) expect([tag, matches(tag)]).toEqual([tag, true]);
    for (const tag of [`v${manifest.version}`, '1.0', '1.0.0-beta.1', 'latest', '1.0.0/x']) expect([tag, matches(tag)]).toEqual([tag, false]);
  });

  it('may write contents, id tokens and attestations', () => {
    const permissions = { ...release.permissions, ...job?.permissions };
    expect(permissions).toMatchObject({ contents: 'write', 'id-token': 'write', attestations: 'write' });
  });

  it('checks the tag, installs, builds, attests the three files, then makes a draft release with them', () => {
    const check = index((s) => /node scripts\/check-release\.mjs "\$GITHUB_REF_NAME"/.test(s.run ?? ''), 'runs check-release.mjs on the tag');
    const install = index((s) => s.run?.trim() === 'npm ci', 'runs npm ci');
    const build = index((s) => s.run?.trim() === 'npm run build', 'runs npm run build');
    const attest = index((s) => s.uses?.startsWith('actions/attest-build-provenance@') === true, 'attests');
    const publish = index((s) => /gh release create/.test(s.run ?? '') || s.uses?.startsWith('softprops/action-gh-release@') === true, 'creates the release');
    expect(check).toBeLessThan(install);
    expect(install).toBeLessThan(build);
    expect(build).toBeLessThan(attest);
    expect(attest).toBeLessThan(publish);
    expect(String(steps.find((s) => s.uses?.startsWith('actions/setup-node@'))?.with?.['node-version'])).toBe('20');

    const three = ['main.js', 'manifest.json', 'styles.css'];
    expect(lines(steps[attest]?.with?.['subject-path'])).toEqual(expect.arrayContaining(three));
    const step = steps[publish];
    if (step?.run !== undefined) {
      const words = lines(step.run);
      expect(words).toContain('--draft');
      expect(words).toEqual(expect.arrayContaining(three));
    } else {
      expect(step?.with?.draft).toBe(true);
      expect(lines(step?.with?.files)).toEqual(expect.arrayContaining(three));
    }
  });
});

describe('scripts/check-release.mjs', () => {
  const check = (cwd: string, tag: string, notes?: string) => {
    const result = spawnSync(process.execPath, [path.join(root, 'scripts/check-release.mjs'), tag, ...(notes ? [notes] : [])], { cwd, encoding: 'utf8' });
    return { code: result.status, err: result.stderr };
  };
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'execplan-release-'));
  });
  afterEach(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("passes the tag equal to manifest.json's version and writes its CHANGELOG section as the notes", () => {
    const notes = path.join(dir, 'notes.md');
    expect(check(root, manifest.version, notes)).toEqual({ code: 0, err: '' });
    const text = fs.readFileSync(notes, 'utf8');
    expect(text).toMatch(/^### Added$/m);
    expect(text).not.toMatch(/^## /m);
  });

  it('fails on any other tag, "v" prefix included', () => {
    for (const tag of [`v${manifest.version}`, '99.0.0', '']) {
      const result = check(root, tag);
      expect(result.code).toBe(1);
      expect(result.err).toMatch(/^check-release: /);
    }
  });

  it('fails when versions.json, package.json or CHANGELOG.md is out of step', () => {
    const copy = (edit: Partial<Record<string, string>>) => {
      for (const file of ['manifest.json', 'package.json', 'versions.json', 'CHANGELOG.md']) {
        fs.writeFileSync(path.join(dir, file), edit[file] ?? fs.readFileSync(path.join(root, file), 'utf8'));
      }
    };
    copy({});
    expect(check(dir, manifest.version).code).toBe(0);
    copy({ 'versions.json': JSON.stringify({ [manifest.version]: '0.0.1' }) });
    expect(check(dir, manifest.version).err).toContain('versions.json maps');
    copy({ 'package.json': JSON.stringify({ version: '99.0.0' }) });
    expect(check(dir, manifest.version).err).toContain("package.json's version 99.0.0");
    copy({ 'CHANGELOG.md': '# Changelog\n\n## [Unreleased]\n' });
    expect(check(dir, manifest.version).err).toContain('CHANGELOG.md has no');
  });
});
