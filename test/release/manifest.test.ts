import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { builtinModules } from 'node:module';
import * as ts from 'typescript';

/**
 * The community directory's rules for manifest.json and versions.json (the checks its
 * submission bot and reviewers apply), and the promise behind `isDesktopOnly: false`: main.js
 * uses no Node or Electron API, so it runs on mobile.
 */
const root = path.resolve(__dirname, '../..');
const readJson = (file: string): Record<string, unknown> => JSON.parse(fs.readFileSync(path.join(root, file), 'utf8')) as Record<string, unknown>;
const manifest = readJson('manifest.json');
const versions = readJson('versions.json');
const pkg = readJson('package.json');
const SEMVER = /^\d+\.\d+\.\d+$/;

function text(key: string): string {
  const value = manifest[key];
  if (typeof value !== 'string') throw new Error(`manifest.json: ${key} is not a string`);
  return value;
}

describe('manifest.json', () => {
  it('has exactly the keys Obsidian reads, each of the right type', () => {
    const allowed = ['id', 'name', 'version', 'minAppVersion', 'description', 'author', 'authorUrl', 'fundingUrl', 'isDesktopOnly'];
    expect(Object.keys(manifest).filter((k) => !allowed.includes(k))).toEqual([]);
    for (const key of ['id', 'name', 'version', 'minAppVersion', 'description', 'author']) expect(typeof manifest[key]).toBe('string');
    expect(manifest.isDesktopOnly).toBe(false);
  });

  it('has an id that is lowercase, without "obsidian" or a trailing "plugin", and names the plugin folder', () => {
    const id = text('id');
    expect(id).toMatch(/^[a-z0-9-]+$/);
    expect(id).not.toMatch(/obsidian/i);
    expect(id).not.toMatch(/plugin$/i);
    // `npm start` installs into .obsidian/plugins/<folder>; Obsidian expects the folder to be the id.
    const script = fs.readFileSync(path.join(root, 'scripts/install-plugin.mjs'), 'utf8');
    expect(script).toContain(`join(vault, '.obsidian', 'plugins', '${id}')`);
  });

  it('has a name without "Obsidian" or a trailing "plugin"', () => {
    const name = text('name');
    expect(name.trim()).not.toBe('');
    expect(name).not.toMatch(/obsidian/i);
    expect(name).not.toMatch(/plugin$/i);
  });

  it('has a description of at most 250 characters that ends with a period and does not talk about itself', () => {
    const description = text('description');
    expect(description.length).toBeLessThanOrEqual(250);
    expect(description).toMatch(/\.$/);
    expect(description).not.toMatch(/obsidian/i);
    expect(description).not.toMatch(/\bplugin\b/i);
    expect(description).not.toMatch(/^this\b/i);
  });

  it('has an author that is a name, not an email address, and no links to obsidian.md', () => {
    const author = text('author');
    expect(author.trim()).not.toBe('');
    expect(author).not.toMatch(/@[\w-]+\.[\w.-]+/);
    for (const key of ['authorUrl', 'fundingUrl']) {
      // fundingUrl may also be a map of names to links.
      const value = manifest[key];
      const urls = typeof value === 'object' && value !== null ? Object.values(value) : value === undefined ? [] : [value];
      for (const url of urls) expect(url).not.toEqual(expect.stringMatching(/^https?:\/\/(www\.)?obsidian\.md/));
    }
  });

  it('has x.y.z versions, the same as package.json', () => {
    expect(text('version')).toMatch(SEMVER);
    expect(text('minAppVersion')).toMatch(SEMVER);
    expect(pkg.version).toBe(text('version'));
  });
});

describe('versions.json', () => {
  it('maps the current version to minAppVersion', () => {
    expect(versions[text('version')]).toBe(text('minAppVersion'));
  });

  it('maps x.y.z plugin versions to x.y.z Obsidian versions, none newer than the manifest', () => {
    const current = text('version').split('.').map(Number);
    for (const [version, app] of Object.entries(versions)) {
      expect(version).toMatch(SEMVER);
      expect(app).toEqual(expect.stringMatching(SEMVER));
      const parts = version.split('.').map(Number);
      const newer = parts.findIndex((p, i) => p !== current[i]);
      if (newer >= 0) expect(parts[newer]).toBeLessThan(current[newer] ?? 0);
    }
  });
});

describe('npm version', () => {
  it('copies the new version into manifest.json and versions.json, commits them and tags without a "v"', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'execplan-version-'));
    const home = fs.mkdtempSync(path.join(os.tmpdir(), 'execplan-home-'));
    try {
      for (const file of ['package.json', '.npmrc', 'manifest.json', 'versions.json', 'scripts/version-bump.mjs']) {
        fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
        fs.copyFileSync(path.join(root, file), path.join(dir, file));
      }
      const env = cleanEnv({ GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com', GIT_CONFIG_NOSYSTEM: '1', HOME: home, NPM_CONFIG_UPDATE_NOTIFIER: 'false' });
      const run = (cmd: string, ...args: string[]) => {
        const result = spawnSync(cmd, args, { cwd: dir, env, encoding: 'utf8' });
        if (result.status !== 0) throw new Error(`${cmd} ${args.join(' ')}: ${result.stderr}`);
        return result.stdout;
      };
      run('git', 'init', '-q');
      run('git', 'add', '.');
      run('git', '-c', 'commit.gpgsign=false', 'commit', '-qm', 'start');
      const before = { ...versions };

      run('npm', 'version', '9.8.7', '--no-commit-hooks', '--offline');

      const bumped = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as Record<string, unknown>;
      expect(bumped).toEqual({ ...manifest, version: '9.8.7' });
      expect(Object.keys(bumped)).toEqual(Object.keys(manifest));
      expect(JSON.parse(fs.readFileSync(path.join(dir, 'versions.json'), 'utf8'))).toEqual({ ...before, '9.8.7': manifest.minAppVersion });
      expect(run('git', 'tag', '--list').trim()).toBe('9.8.7');
      expect(run('git', 'show', '--name-only', '--format=', 'HEAD').trim().split('\n').sort()).toEqual(['manifest.json', 'package.json', 'versions.json']);
      expect(run('git', 'status', '--porcelain')).toBe('');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
      fs.rmSync(home, { recursive: true, force: true });
    }
  });
});

/** The environment without npm's own npm_* variables (set when this runs under `npm test`). */
function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) if (!/^npm_/i.test(key)) env[key] = value;
  return { ...env, ...extra };
}

const bundle = path.join(root, 'main.js');
const hasBundle = fs.existsSync(bundle);
if (!hasBundle) console.warn(`Skipping the main.js scan: ${bundle} is missing (run: node esbuild.config.mjs production)`);

(hasBundle ? describe : describe.skip)('main.js (isDesktopOnly: false)', () => {
  // Minified, so read as a syntax tree: names inside strings and property names do not count.
  const findings = hasBundle ? nodeApiUses(fs.readFileSync(bundle, 'utf8')) : [];

  it('requires only what Obsidian provides, and uses no Node global, Node module or Electron', () => {
    expect(findings).toEqual([]);
  });

  it('is checked by a scan that finds each kind of Node use', () => {
    const bad = [
      'var a=require("fs")', 'var b=require("node:path")', 'require(x)', 'window.require("electron")',
      'import("os")', 'process.env.HOME', 'Buffer.from("")', 'f(__dirname)', 'var c="child_process"',
    ];
    for (const line of bad) expect(nodeApiUses(line)).not.toEqual([]);
    const fine = 'var o=require("obsidian"),s=require("@codemirror/state");app.vault.process(f,t=>t);' +
      'n(`Templater could not process ${x}`);var y={process:1,Buffer:2};module.exports=o;';
    expect(nodeApiUses(fine)).toEqual([]);
  });
});

/** Where a script reaches for Node or Electron: each as "<what>: <source text>". */
function nodeApiUses(code: string): string[] {
  const provided = (name: string) => name === 'obsidian' || /^@codemirror\//.test(name) || /^@lezer\//.test(name);
  const nodeGlobals = new Set(['process', 'Buffer', '__dirname', '__filename', 'global', 'setImmediate', 'clearImmediate']);
  const nodeNames = new Set(['electron', ...builtinModules]);
  const found: string[] = [];
  const source = ts.createSourceFile('main.js', code, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const visit = (node: ts.Node): void => {
    const parent = node.parent;
    if (ts.isCallExpression(node)) {
      const callee = node.expression;
      const arg = node.arguments[0];
      if (callee.kind === ts.SyntaxKind.ImportKeyword) found.push(`dynamic import: ${node.getText(source)}`);
      else if (ts.isIdentifier(callee) && callee.text === 'require') {
        if (!arg || !ts.isStringLiteral(arg)) found.push(`computed require: ${node.getText(source)}`);
        else if (!provided(arg.text)) found.push(`require: ${node.getText(source)}`);
      } else if (ts.isPropertyAccessExpression(callee) && callee.name.text === 'require') {
        found.push(`require through an object: ${node.getText(source)}`);
      }
    } else if (ts.isIdentifier(node) && nodeGlobals.has(node.text)) {
      const isPropertyName =
        (ts.isPropertyAccessExpression(parent) && parent.name === node) ||
        ((ts.isPropertyAssignment(parent) || ts.isMethodDeclaration(parent) || ts.isPropertyDeclaration(parent)) && parent.name === node);
      if (!isPropertyName) found.push(`Node global: ${parent.getText(source)}`);
    } else if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      if (node.text.startsWith('node:') || nodeNames.has(node.text)) {
        // A word such as "path" or "events" is a Node module only where a module is named.
        const named = node.text.startsWith('node:') || node.text === 'electron' || node.text === 'child_process' || (ts.isCallExpression(parent) && parent.arguments[0] === node);
        if (named) found.push(`Node module name: ${parent.getText(source)}`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}
