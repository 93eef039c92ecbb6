/**
 * Plugin startup benchmark.
 *
 * - onload_ms: the whole plugin `onload` (every feature registering itself) against the
 *   stand-in, on a vault of 200 plans; median of warm runs. Target ≤ 5 ms: onload only
 *   registers things and reads no note.
 * - main_js_bytes: size of the production bundle main.js (build it first with
 *   `node esbuild.config.mjs production`); -1 when it is missing. Target ≤ 230 KB.
 * - startup_ms: what enabling the plugin costs, from main.js as it ships: the bundle compiled
 *   and evaluated as one CommonJS module (`require('obsidian')` answered by the stand-in, as
 *   Obsidian answers it with its own API), then the plugin constructed and its `onload` run.
 *   Each sample is a fresh Node process, so nothing is compiled or cached already; the key is
 *   the median of STARTUP_PROCESSES processes. `startup_eval_ms` is the evaluation alone.
 *
 * The stand-in's UI parts need a DOM, so jsdom is installed as the global DOM first. It is
 * loaded at run time from the project's node_modules rather than bundled into the bench.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as obsidian from 'obsidian';
import ExecPlanPlugin from '../src/plugin/ExecPlanPlugin';
import { installDomHelpers } from '../test/stand-in/dom';
import { createTestApp, loadPlugin } from '../test/stand-in/testing';
import { round } from './util';

const RUNS = 25;
const WARMUP = 5;
const STARTUP_PROCESSES = 7;
/** Set in the child processes that measure startup_ms (this same bundled file runs there). */
const STARTUP_CHILD = 'EXECPLAN_BENCH_STARTUP_CHILD';

interface JsdomModule {
  JSDOM: new (html: string, options?: { pretendToBeVisual?: boolean; url?: string }) => {
    window: Record<string, unknown>;
  };
}

/** Installs a jsdom window as the global DOM; returns how to close it (null when a DOM existed). */
function installGlobalDom(): (() => void) | null {
  if (typeof document !== 'undefined') return null;
  const load = createRequire(join(process.cwd(), 'package.json'));
  const { JSDOM } = load('jsdom') as JsdomModule;
  const { window } = new JSDOM('<!doctype html><html><body></body></html>', {
    pretendToBeVisual: true,
    url: 'http://localhost/',
  });
  const g = globalThis as unknown as Record<string, unknown>;
  for (const key of Object.getOwnPropertyNames(window)) {
    if (!(key in g)) g[key] = window[key];
  }
  g.window = window;
  g.document = window.document;
  installDomHelpers();
  // An open jsdom window keeps timers alive, which would stop the bench process from exiting.
  return () => (window.close as () => void).call(window);
}

function plans(count: number): Record<string, string> {
  const files: Record<string, string> = {};
  for (let i = 0; i < count; i++) {
    files[`Plans/plan-${i}.md`] =
      `---\ntype: execplan\nstatus: In progress\n---\n# Plan ${i}\n\n## Progress\n\n- [x] (2026-01-01 10:00Z) One\n- [ ] Two\n`;
  }
  return files;
}

async function onloadMs(): Promise<number> {
  const files = plans(200);
  const times: number[] = [];
  for (let i = 0; i < WARMUP + RUNS; i++) {
    const { app } = createTestApp({ files });
    const t0 = performance.now();
    const plugin = await loadPlugin(ExecPlanPlugin, app, { id: 'execplan', name: 'ExecPlan' });
    const elapsed = performance.now() - t0;
    plugin.unload();
    if (i >= WARMUP) times.push(elapsed);
  }
  times.sort((a, b) => a - b);
  return round(times[Math.floor(times.length / 2)] ?? 0);
}

interface StartupSample {
  evalMs: number;
  totalMs: number;
}

/**
 * In a fresh process: main.js wrapped in a function and called with its own `require`, `module`
 * and `exports`, the way Obsidian loads a plugin, then the exported class constructed and loaded.
 * The DOM and the stand-in app are set up before the clock starts: Obsidian has both already.
 */
async function measureStartupHere(mainJs: string): Promise<StartupSample> {
  installGlobalDom();
  const { app } = createTestApp({ files: plans(200) });
  const code = readFileSync(mainJs, 'utf8');
  const t0 = performance.now();
  const module = { exports: {} as Record<string, unknown> };
  const requireForPlugin = (id: string): unknown => {
    if (id === 'obsidian') return obsidian;
    throw new Error(`main.js asked for "${id}", which Obsidian does not provide`);
  };
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- evaluating the bundle is what is measured
  const load = new Function('require', 'module', 'exports', code) as (r: typeof requireForPlugin, m: typeof module, e: unknown) => void;
  load(requireForPlugin, module, module.exports);
  const t1 = performance.now();
  const PluginClass = module.exports.default as typeof ExecPlanPlugin;
  await loadPlugin(PluginClass, app, { id: 'execplan', name: 'ExecPlan' });
  const t2 = performance.now();
  return { evalMs: t1 - t0, totalMs: t2 - t0 };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return round(sorted[Math.floor(sorted.length / 2)] ?? 0);
}

/** Medians of STARTUP_PROCESSES fresh processes; null without main.js. */
function startup(mainJs: string): { startup_ms: number; startup_eval_ms: number } | null {
  if (!existsSync(mainJs)) return null;
  const samples: StartupSample[] = [];
  for (let i = 0; i < STARTUP_PROCESSES; i++) {
    const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url)], {
      env: { ...process.env, [STARTUP_CHILD]: mainJs },
      encoding: 'utf8',
    });
    if (child.status !== 0) throw new Error(`startup child failed: ${child.stderr}`);
    samples.push(JSON.parse(child.stdout) as StartupSample);
  }
  return {
    startup_ms: median(samples.map((s) => s.totalMs)),
    startup_eval_ms: median(samples.map((s) => s.evalMs)),
  };
}

const childMainJs = process.env[STARTUP_CHILD];
if (childMainJs) {
  const sample = await measureStartupHere(childMainJs);
  process.stdout.write(JSON.stringify(sample));
  // The jsdom window and the stand-in's timers would keep the process alive.
  process.exit(0);
}

export default async (): Promise<Record<string, number>> => {
  const mainJs = join(process.cwd(), 'main.js');
  const started = startup(mainJs);
  const closeDom = installGlobalDom();
  try {
    return {
      onload_ms: await onloadMs(),
      main_js_bytes: existsSync(mainJs) ? statSync(mainJs).size : -1,
      ...(started ?? {}),
    };
  } finally {
    closeDom?.();
  }
};
