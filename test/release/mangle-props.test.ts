import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

/**
 * Every property name esbuild mangles in main.js (scripts/mangle-props.mjs) is proven ours by
 * scripts/check-mangle-props.mjs: a change that starts reading one by name at run time, hands it
 * to Obsidian or gives it a meaning outside the bundle fails here, naming the place.
 * test/release/bundle.test.ts checks the built main.js behaves as the source.
 */
test('every mangled property name is proven ours', () => {
  const root = path.resolve(__dirname, '../..');
  const run = spawnSync(process.execPath, ['scripts/check-mangle-props.mjs'], { cwd: root, encoding: 'utf8' });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
}, 120_000);
