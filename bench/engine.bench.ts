import { planAppend } from '../src/core/edit';
import { parseDocument } from '../src/core/markdown';
import { DEFAULT_TIME_OPTIONS } from '../src/core/types';
import { parse as parseYaml } from 'yaml';
import { medianMs } from './util';

/**
 * Parse + append on generated plans of about 2 KB, 20 KB and 200 KB (median of warm runs).
 * The plans look like long-lived ExecPlans: a progress log grouped under weekly sub-headings,
 * decisions in Decision/Rationale blocks, surprises with evidence, prose between them.
 * `append_200k_one_list_ms` is the worst case we know: one unbroken 200 KB progress list.
 */
export function plan(targetBytes: number, weekly: boolean): string {
  const out: string[] = [
    '---', 'type: execplan', 'status: In progress', 'created: 2026-01-05', 'updated: 2026-11-20', '---', '',
    '# Generated plan', '', '## Purpose / Big Picture', '',
    'Make the importer resumable so a failed nightly run continues where it stopped.', '',
    '## Progress', '',
  ];
  const decisions: string[] = ['## Decision Log', ''];
  const surprises: string[] = ['## Surprises & Discoveries', ''];
  let size = out.join('\n').length;
  for (let i = 0; size < targetBytes * 0.8; i++) {
    if (weekly && i % 25 === 0) out.push('', `### Week ${i / 25 + 1}`, '');
    const line = `- [${i % 7 === 6 ? ' ' : 'x'}] (2026-${String(1 + (i % 12)).padStart(2, '0')}-10 13:${String(i % 60).padStart(2, '0')}Z) Step ${i}: moved the [[importer]] checkpoint logic and **verified** it on staging`;
    out.push(line);
    size += line.length + 1;
    if (i % 10 === 0) {
      const d = [`- Decision: Keep checkpoint ${i} in the job table.`, '  Rationale: One table keeps restarts atomic.', `  Date/Author: 2026-03-${String(1 + (i % 28)).padStart(2, '0')}, Sam`];
      decisions.push(...d);
      size += d.join('\n').length;
    }
    if (i % 15 === 0) {
      const s = [`- Observation: Run ${i} stalled on a lock.`, '  Evidence: `pg_locks` showed the vacuum holding it.'];
      surprises.push(...s);
      size += s.join('\n').length;
    }
  }
  return [...out, '', ...surprises, '', ...decisions, '', '## Outcomes & Retrospective', '', '## Handoff', ''].join('\n');
}

function appendMs(text: string): number {
  return medianMs(() => {
    const doc = parseDocument(text, { parseYaml });
    const result = planAppend(doc, { kind: 'progress', text: 'Benchmarked the append', at: new Date(Date.UTC(2026, 10, 21, 14, 5)), time: DEFAULT_TIME_OPTIONS });
    if (!result.ok) throw new Error(result.message);
  }, 21, 5);
}

export default async function engineBench(): Promise<Record<string, number>> {
  await Promise.resolve();
  return {
    append_2k_ms: appendMs(plan(2 * 1024, true)),
    append_20k_ms: appendMs(plan(20 * 1024, true)),
    append_200k_ms: appendMs(plan(200 * 1024, true)),
    append_200k_one_list_ms: appendMs(plan(200 * 1024, false)),
  };
}
