/**
 * Deterministic synthetic plans for the dashboard's benchmark, tests and browser preview:
 * realistic ExecPlans of about 10 KB (properties, a title, prose sections, a stamped progress
 * checklist, surprises, a decision log, a retrospective), in several dialects.
 */

const STATUSES = ['proposed', 'In progress', 'in-progress', 'Blocked', 'complete', 'Done', 'abandoned', '🟡 Active'];
const WORDS = (
  'cache queue index sync parser render worker schema billing search upload export import token ' +
  'session layout theme vault plugin review budget migration rollout metric alert retry backoff ' +
  'shard replica ledger invoice report widget adapter bridge gateway storage network client server'
).split(' ');

/** Small fast PRNG (mulberry32) so every run builds the same vault. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(rnd: () => number, list: readonly T[]): T {
  return list[Math.floor(rnd() * list.length)] as T;
}

function sentence(rnd: () => number, words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(pick(rnd, WORDS));
  const s = out.join(' ');
  return s.charAt(0).toUpperCase() + s.slice(1) + '.';
}

function paragraph(rnd: () => number, sentences: number): string {
  const out: string[] = [];
  for (let i = 0; i < sentences; i++) out.push(sentence(rnd, 8 + Math.floor(rnd() * 10)));
  return out.join(' ');
}

function stamp(ms: number): string {
  return new Date(ms).toISOString().slice(0, 16).replace('T', ' ') + 'Z';
}

export interface SyntheticPlan {
  path: string;
  text: string;
}

const BASE = Date.UTC(2026, 0, 1);
const HOUR = 3_600_000;

/** Plan number `i`: about `targetKb` KB (10 by default). */
export function syntheticPlan(i: number, targetKb = 10): SyntheticPlan {
  const rnd = random(i + 1);
  const title = `${sentence(rnd, 3).slice(0, -1)} ${i}`;
  const status = pick(rnd, STATUSES);
  const created = BASE + Math.floor(rnd() * 300) * 24 * HOUR;
  const steps = 30 + Math.floor(rnd() * 20);
  const doneCount = Math.floor(rnd() * (steps + 1));
  const lines: string[] = [];
  const dialect = i % 5;
  if (dialect !== 4) {
    lines.push('---', 'type: execplan', `status: ${status}`, `created: ${new Date(created).toISOString().slice(0, 10)}`);
    lines.push('tags:', '  - execplan', `  - ${pick(rnd, WORDS)}`, '---', '');
  }
  lines.push(`# ${title}`, '');
  if (dialect === 4) lines.push(`**Status**: ${status}`, '');
  lines.push('## Purpose / Big Picture', '', paragraph(rnd, 5), '');
  lines.push('## Context and Orientation', '', paragraph(rnd, 6), '', paragraph(rnd, 4), '');
  const contextEnd = lines.length;
  lines.push('## Plan of Work', '', paragraph(rnd, 8), '', paragraph(rnd, 6), '');
  lines.push(dialect === 2 ? '## Progress (WBS)' : '## Progress', '');
  let t = created;
  for (let s = 0; s < steps; s++) {
    t += Math.floor(rnd() * 20) * HOUR;
    const text = sentence(rnd, 6 + Math.floor(rnd() * 6)).slice(0, -1);
    if (s < doneCount) {
      const check = s % 17 === 16 ? '-' : 'x';
      lines.push(dialect === 3 ? `- [${check}] ${stamp(t).slice(0, 10)} ${text}` : `- [${check}] (${stamp(t)}) ${text}`);
    } else {
      lines.push(`- [ ] ${text}`);
    }
    if (s % 9 === 4) lines.push(`  - ${sentence(rnd, 6)}`);
  }
  lines.push('', '## Surprises & Discoveries', '');
  for (let k = 0; k < 3; k++) {
    lines.push(`- Observation: ${sentence(rnd, 10)}`, `  Evidence: ${sentence(rnd, 8)}`);
  }
  lines.push('', '## Decision Log', '');
  for (let k = 0; k < 5; k++) {
    lines.push(`- Decision: ${sentence(rnd, 8)}`, `  Rationale: ${sentence(rnd, 12)}`, `  Date/Author: ${stamp(created + k * 24 * HOUR)}, Sam`);
  }
  lines.push('', '## Outcomes & Retrospective', '', paragraph(rnd, 3), '');
  lines.push('## Handoff', '', paragraph(rnd, 2), '');
  // Long plans carry long prose: pad the context section up to the target size.
  const padding: string[] = [];
  let size = lines.join('\n').length;
  while (size < targetKb * 1024 - 400) {
    const p = paragraph(rnd, 4);
    padding.push(p, '');
    size += p.length + 2;
  }
  lines.splice(contextEnd, 0, ...padding);
  const text = lines.join('\n');
  const folder = i % 3 === 0 ? 'Plans' : i % 3 === 1 ? 'Plans/Team' : 'Projects';
  return { path: `${folder}/Plan ${String(i).padStart(5, '0')}.md`, text };
}

export function syntheticVault(count: number, targetKb = 10): SyntheticPlan[] {
  const plans: SyntheticPlan[] = [];
  for (let i = 0; i < count; i++) plans.push(syntheticPlan(i, targetKb));
  return plans;
}
