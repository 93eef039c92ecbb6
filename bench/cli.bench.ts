/**
 * CLI benchmark (issue 13, "Bounded cost": `execplan list` over 10,000 plans took 13.6 s).
 *
 * - cli_list_10k_ms: `execplan list <folder>` over 10,000 realistic plans of ~10 KB (the
 *   dashboard bench's synthetic vault, written to a temp folder), from the command's start to its
 *   exit, in a fresh process as a user runs it (cold JIT), median of 3. Target ≤ 5,000 ms.
 * - cli_list_10k_cpu_ms: the same run's CPU time (user + system; GC threads included), which a
 *   busy machine's waiting does not inflate. cli_list_10k_mb: its peak resident memory.
 *
 * The command runs in-process in a child (runCli with the Node io, stdout counted, not
 * printed), so the bench measures the sources as they are, not a possibly stale dist/cli.js.
 * `CLI_LIST_PLANS` narrows the vault while working on it (the keys keep their names).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { nodeIo } from '../src/cli/node-io';
import { runCli } from '../src/cli/run';
import { syntheticPlan } from '../test/dashboard/synthetic-vault';
import { round } from './util';

const PLANS = Number(process.env.CLI_LIST_PLANS ?? 10_000);
const RUNS = 3;
const LIMIT_MS = 180_000;
const FOLDER_ENV = 'EXECPLAN_BENCH_LIST_FOLDER';

interface ListRun {
  ms: number;
  cpuMs: number;
  mb: number;
  lines: number;
}

/** In the child: one `list` run over `folder`. */
async function listOnce(folder: string): Promise<ListRun> {
  let lines = 0;
  const io = { ...nodeIo, stdout: (text: string) => void (lines += text.split('\n').length - 1) };
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const code = await runCli(['list', folder], io);
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  if (code !== 0) throw new Error(`list exited ${code}`);
  return { ms: round(ms), cpuMs: round((cpu.user + cpu.system) / 1000), mb: Math.round(process.resourceUsage().maxRSS / 1024), lines };
}

const childFolder = process.env[FOLDER_ENV];
if (childFolder) {
  void listOnce(childFolder).then((r) => process.stdout.write(`${JSON.stringify(r)}\n`));
}

function writeVault(folder: string): void {
  for (let i = 0; i < PLANS; i++) {
    const plan = syntheticPlan(i);
    const sub = join(folder, plan.path.slice(0, plan.path.lastIndexOf('/')));
    mkdirSync(sub, { recursive: true });
    writeFileSync(join(folder, plan.path), plan.text);
  }
}

function inChild(folder: string): ListRun {
  const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url)], {
    env: { ...process.env, [FOLDER_ENV]: folder },
    encoding: 'utf8',
    timeout: LIMIT_MS,
    maxBuffer: 1 << 20,
  });
  const line = child.stdout.trim().split('\n').pop() ?? '';
  if (child.status === 0 && line.startsWith('{')) return JSON.parse(line) as ListRun;
  process.stderr.write(`cli list: ${child.error ? 'timed out' : `exit ${child.status}: ${child.stderr.trim().split('\n')[0] ?? ''}`}\n`);
  return { ms: LIMIT_MS, cpuMs: -1, mb: -1, lines: 0 };
}

export default async function cliBench(): Promise<Record<string, number>> {
  await Promise.resolve();
  const folder = mkdtempSync(join(tmpdir(), 'execplan-list-'));
  try {
    writeVault(folder);
    const runs: ListRun[] = [];
    for (let i = 0; i < RUNS; i++) {
      const run = inChild(folder);
      process.stderr.write(`cli list ${PLANS}: ${run.ms} ms, ${run.cpuMs} ms CPU, ${run.mb} MB, ${run.lines} lines\n`);
      runs.push(run);
    }
    runs.sort((a, b) => a.ms - b.ms);
    const median = runs[Math.floor(runs.length / 2)] ?? { ms: LIMIT_MS, cpuMs: -1, mb: -1, lines: 0 };
    return { cli_list_10k_ms: median.ms, cli_list_10k_cpu_ms: median.cpuMs, cli_list_10k_mb: median.mb };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
