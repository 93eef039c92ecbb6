/**
 * CPU milliseconds this process spends on `run`, repeated until at least `minMs` of CPU time
 * has passed, per run. CPU time, not wall time: on a loaded machine other processes take the
 * core away mid-run, which stretches the wall clock but not this process's CPU time, so growth
 * ratios stay steady wherever the suite runs.
 */
export function cpuMsPerRun(run: () => void, minMs = 20): number {
  const start = process.cpuUsage();
  let runs = 0;
  let spent = 0;
  do {
    run();
    runs++;
    const used = process.cpuUsage(start);
    spent = (used.user + used.system) / 1000;
  } while (spent < minMs);
  return spent / runs;
}

/** The fastest of `tries` measurements: interference only ever adds time. */
export function fastestCpuMs(run: () => void, tries = 3, minMs = 20): number {
  let best = Infinity;
  for (let i = 0; i < tries; i++) best = Math.min(best, cpuMsPerRun(run, minMs));
  return best;
}
