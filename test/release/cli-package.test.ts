import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { builtinModules } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';

/**
 * The CLI as users get it: `npm pack` of this package, installed globally into an empty prefix
 * with the network off, then run through the `execplan` link npm makes. Packs the bundle that
 * `npm test` builds first (prepack's build is skipped); without one the test says so and passes.
 */
const root = path.resolve(__dirname, '../..');
const bundle = path.join(root, 'dist/cli.js');
const hasBundle = fs.existsSync(bundle);
if (!hasBundle) console.warn(`Skipping the CLI package test: ${bundle} is missing (run: node esbuild.config.mjs production)`);

const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { name: string; version: string; bin: Record<string, string> };

interface Packed {
  filename: string;
  files: { path: string }[];
}

(hasBundle ? describe : describe.skip)('the CLI package', () => {
  let dir: string;
  let packed: Packed;
  // Only node itself on the PATH: the installed CLI must need nothing else.
  const env = (): NodeJS.ProcessEnv => ({ PATH: [path.dirname(process.execPath), '/usr/bin', '/bin'].join(path.delimiter), HOME: path.join(dir, 'home'), TZ: 'UTC', NPM_CONFIG_UPDATE_NOTIFIER: 'false' });
  const run = (cwd: string, cmd: string, ...args: string[]) => {
    const result = spawnSync(cmd, args, { cwd, env: env(), encoding: 'utf8' });
    return { code: result.status, out: result.stdout, err: result.stderr };
  };

  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'execplan-pack-'));
    fs.mkdirSync(path.join(dir, 'home'));
    const pack = run(root, 'npm', 'pack', '--ignore-scripts', '--json', '--pack-destination', dir, '--cache', path.join(dir, 'cache'));
    if (pack.code !== 0) throw new Error(`npm pack failed: ${pack.err}`);
    const [first] = JSON.parse(pack.out) as Packed[];
    if (!first) throw new Error(`npm pack printed no package: ${pack.out}`);
    packed = first;
  });
  afterAll(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('holds only the bundle, the package file, the README and the licence', () => {
    expect(packed.files.map((f) => f.path).sort()).toEqual(['LICENSE', 'README.md', 'dist/cli.js', 'package.json']);
    expect(pkg.bin).toEqual({ execplan: 'dist/cli.js' });
  });

  it('needs no other package at run time: the bundle requires only Node modules', () => {
    const required = [...fs.readFileSync(bundle, 'utf8').matchAll(/\brequire\(\s*"([^"]+)"\s*\)/g)].map((m) => m[1] ?? '');
    expect(required.filter((name) => !builtinModules.includes(name.replace(/^node:/, '')))).toEqual([]);
    expect(Object.keys((JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { dependencies?: object }).dependencies ?? {})).toEqual([]);
  });

  it('installs globally without the network and runs as `execplan`', () => {
    const prefix = path.join(dir, 'prefix');
    const install = run(dir, 'npm', 'install', '-g', '--prefix', prefix, '--offline', '--no-audit', '--no-fund', '--cache', path.join(dir, 'cache'), `./${packed.filename}`);
    expect(install.code).toBe(0);
    const execplan = path.join(prefix, 'bin', 'execplan');

    expect(run(dir, execplan, '--version')).toEqual({ code: 0, out: `${pkg.version}\n`, err: '' });

    const inspected = run(root, execplan, 'inspect', 'demo-vault/Plans/Offline sync.md', '--json');
    expect(inspected.err).toBe('');
    expect(inspected.code).toBe(0);
    expect(JSON.parse(inspected.out)).toMatchObject({ path: 'demo-vault/Plans/Offline sync.md', title: 'Offline sync for the reading list', isPlan: true });
  });
});
