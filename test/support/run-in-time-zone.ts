/**
 * Jest sandboxes process.env, so changing TZ inside a test does not reach the Date
 * implementation. Time-zone tests bundle a probe (TypeScript importing from the repository
 * root) with esbuild and run it in a child Node process with a real TZ; the probe writes one
 * JSON value to stdout, which this returns.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { buildSync } from 'esbuild';

const root = resolve(__dirname, '../..');

/** Bundles by probe text: a test file runs one probe in several zones, and bundling is the slow part. */
const bundles = new Map<string, string>();

function bundleOf(probe: string, name: string): string {
  let code = bundles.get(probe);
  if (code === undefined) {
    const bundle = buildSync({
      stdin: { contents: probe, resolveDir: root, loader: 'ts', sourcefile: name },
      bundle: true,
      write: false,
      platform: 'node',
      format: 'cjs',
      logLevel: 'silent',
    });
    code = bundle.outputFiles[0]?.text ?? '';
    bundles.set(probe, code);
  }
  return code;
}

export function runInTimeZone<T>(probe: string, timeZone: string, name = 'probe.ts'): T {
  const child = spawnSync(process.execPath, ['-'], {
    input: bundleOf(probe, name),
    env: { ...process.env, TZ: timeZone },
    encoding: 'utf8',
  });
  if (child.status !== 0) throw new Error(child.stderr);
  return JSON.parse(child.stdout) as T;
}
