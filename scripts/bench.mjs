// Runs every bench/*.bench.ts and prints ONE JSON object on stdout with all their keys.
// Each bench file default-exports `async () => Record<string, number | string>`; esbuild
// bundles them (TypeScript and the ESM-only unified packages) into a temp folder first.
// The JSON ends with `targets`: for each key with a bound (scripts/bench-targets.mjs) its bound, value
// and pass; `--check` makes a missed target exit 1.
import esbuild from 'esbuild';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { targets } from './bench-targets.mjs';

const args = process.argv.slice(2);
const check = args.includes('--check');
const only = args.find((a) => !a.startsWith('--'));
const dir = resolve('bench');
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => !only || f.includes(only))
  .sort();
const out = mkdtempSync(join(tmpdir(), 'execplan-bench-'));
try {
  await esbuild.build({
    entryPoints: files.map((f) => join(dir, f)),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outdir: out,
    outExtension: { '.js': '.mjs' },
    alias: {
      obsidian: resolve('test/stand-in/obsidian.ts'),
    },
    logLevel: 'error',
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  });
  const result = {};
  for (const f of files) {
    const mod = await import(pathToFileURL(join(out, f.replace(/\.ts$/, '.mjs'))).href);
    Object.assign(result, await mod.default());
  }
  const verdicts = {};
  for (const [key, max] of Object.entries(targets)) {
    const value = result[key];
    if (typeof value === 'number' && value >= 0) verdicts[key] = { max, value, pass: value <= max };
  }
  result.targets = verdicts;
  result.targets_met = Object.values(verdicts).every((v) => v.pass);
  process.stdout.write(JSON.stringify(result, null, 2) + '\n');
  if (check && !result.targets_met) process.exitCode = 1;
} finally {
  rmSync(out, { recursive: true, force: true });
}
