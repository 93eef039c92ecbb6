/**
 * Plugin startup benchmark.
 *
 * - onload_ms: the whole plugin `onload` (every feature registering itself) against the
 *   stand-in, on a vault of 200 plans; median of warm runs. Target ≤ 5 ms: onload only
 *   registers things and reads no note.
 * - main_js_bytes: size of the production bundle main.js (build it first with
 *   `node esbuild.config.mjs production`); -1 when it is missing. Target ≤ 120 KB.
 *
 * The stand-in's UI parts need a DOM, so jsdom is installed as the global DOM first. It is
 * loaded at run time from the project's node_modules rather than bundled into the bench.
 */
import { existsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import ExecPlanPlugin from '../src/plugin/ExecPlanPlugin';
import { installDomHelpers } from '../test/stand-in/dom';
import { createTestApp, loadPlugin } from '../test/stand-in/testing';
import { round } from './util';

const RUNS = 25;
const WARMUP = 5;

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

export default async (): Promise<Record<string, number>> => {
  const closeDom = installGlobalDom();
  try {
    const mainJs = join(process.cwd(), 'main.js');
    return {
      onload_ms: await onloadMs(),
      main_js_bytes: existsSync(mainJs) ? statSync(mainJs).size : -1,
    };
  } finally {
    closeDom?.();
  }
};
