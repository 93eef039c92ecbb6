/**
 * Hostile-notes benchmark (issue 13, "Bounded cost").
 *
 * - hostile_max_ms: the worst time, over every shape in bench/hostile-notes.ts at 1 MB, to
 *   inspect the note (parse + summary, as `execplan inspect` does) and compute one progress
 *   append (parse + entry + `updated` bump, as `execplan log` does). Median of 3 runs after one
 *   warm-up. Target ≤ 1,000 ms.
 * - hostile_max_mb: the worst peak resident memory the same work adds (max RSS minus RSS with
 *   the note in memory). Target ≤ 200 MB.
 *
 * Each shape runs in a child process of its own, so one shape's garbage or JIT state does not
 * weigh on the next and its peak memory is its own. A shape that takes longer than the time
 * limit is stopped and counted at the limit. `HOSTILE_BYTES` and `HOSTILE_ONLY` (a shape name)
 * narrow a run while working on one shape; the per-shape figures are printed on stderr.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { HOSTILE_NOTES, inspectAndAppend } from './hostile-notes';
import { round } from './util';

const BYTES = Number(process.env.HOSTILE_BYTES ?? 1024 * 1024);
const LIMIT_MS = 30_000;
const CASE_ENV = 'EXECPLAN_HOSTILE_CASE';
interface CaseResult {
  ms: number;
  mb: number;
}

function runCase(name: string): CaseResult {
  const make = HOSTILE_NOTES[name];
  if (!make) throw new Error(`no hostile note ${name}`);
  inspectAndAppend(make(4096)); // warm the code paths on a small note of the same shape
  const text = make(BYTES);
  const rss0 = process.memoryUsage().rss;
  const times: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    inspectAndAppend(text);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const peak = process.resourceUsage().maxRSS * 1024;
  return { ms: round(times[1] ?? 0), mb: Math.round(Math.max(0, peak - rss0) / 1e5) / 10 };
}

function inChild(name: string): CaseResult {
  const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url)], {
    env: { ...process.env, [CASE_ENV]: name },
    encoding: 'utf8',
    timeout: LIMIT_MS,
  });
  const line = child.stdout.trim().split('\n').pop() ?? '';
  if (child.status === 0 && line.startsWith('{')) return JSON.parse(line) as CaseResult;
  const why = child.error ? 'timed out' : (child.stderr.trim().split('\n').find((l) => /Error/.test(l)) ?? `exit ${child.status}`);
  process.stderr.write(`hostile ${name}: ${why}\n`);
  return { ms: LIMIT_MS, mb: -1 };
}

const only = process.env[CASE_ENV];
if (only) {
  process.stdout.write(`${JSON.stringify(runCase(only))}\n`);
}

export default async function hostileBench(): Promise<Record<string, number>> {
  await Promise.resolve();
  let maxMs = 0;
  let maxMb = 0;
  for (const name of Object.keys(HOSTILE_NOTES)) {
    if (process.env.HOSTILE_ONLY && process.env.HOSTILE_ONLY !== name) continue;
    const result = inChild(name);
    process.stderr.write(`hostile ${name}: ${result.ms} ms, ${result.mb} MB\n`);
    maxMs = Math.max(maxMs, result.ms);
    maxMb = Math.max(maxMb, result.mb);
  }
  return { hostile_max_ms: maxMs, hostile_max_mb: maxMb };
}
