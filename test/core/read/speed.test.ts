import { parseDocument } from '../../../src/core/markdown';
import { summariseDocument } from '../../../src/core/read/summary';
import { parseYaml } from './helpers';

/**
 * A plan of about `size` characters: 200 KB is a plan that has run for months. Every line is
 * in one of the shapes the read side inspects (stamped steps, decisions, surprises, inline code).
 */
export function generatePlan(size: number): string {
  const head = [
    '---',
    'title: Big plan',
    'status: in-progress',
    'tags: [execplan]',
    'created: 2025-01-01',
    '---',
    '# Big plan',
    '',
    '## Purpose / Big Picture',
    '',
    'Make the importer fast enough for the largest customers.',
    '',
  ].join('\n');
  const progress = ['## Progress', ''];
  const decisions = ['## Decision Log', ''];
  const surprises = ['## Surprises & Discoveries', ''];
  let length = head.length;
  for (let i = 0; length < size; i++) {
    const at = `2025-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')} ${String(i % 24).padStart(2, '0')}:00Z`;
    const step = `- [${i % 3 ? 'x' : ' '}] (${at}) Step ${i}: move batch ${i} to the streaming reader and check \`rows_${i}\``;
    const decision = `- Decision: keep buffer ${i} at 64 KB.\n  Rationale: larger buffers did not help in run ${i}.\n  Date/Author: ${at} / agent`;
    const surprise = `- Observation: batch ${i} had duplicate keys.\n  Evidence: ${i} rows repeated in the staging table.`;
    progress.push(step);
    decisions.push(decision);
    surprises.push(surprise);
    length += step.length + decision.length + surprise.length + 3;
  }
  return [head, ...progress, '', ...decisions, '', ...surprises, '', '## Outcomes & Retrospective', '', 'Not yet.', ''].join('\n');
}

function medianMs(run: () => void, times: number): number {
  for (let i = 0; i < 10; i++) run(); // let the JIT settle first
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    run();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return samples[samples.length >> 1] ?? 0;
}

/**
 * The read side must leave the parse most of the budget (parse + append: 20 ms at 20 KB, 200 ms
 * at 200 KB). It needs about 1-2 ms and 10-15 ms on a quiet machine; the bounds are the whole
 * budget so a loaded CI box does not fail the test, while a quadratic slip still does.
 */
describe('read side speed', () => {
  it.each([
    [20_000, 20],
    [200_000, 200],
  ])('summarises a %i-character plan already parsed within %i ms', (size, bound) => {
    const text = generatePlan(size);
    const doc = parseDocument(text, { parseYaml });
    const summary = summariseDocument({ ...doc }, 'big.md');
    expect(summary.progress.total).toBeGreaterThan(size / 700);
    expect(summary.health).toEqual([]);
    // A fresh object each run so no cached mask or range is reused.
    const ms = medianMs(() => summariseDocument({ ...doc }, 'big.md'), 7);
    process.stdout.write(`read side, ${size} characters: ${ms.toFixed(2)} ms (median)\n`);
    expect(ms).toBeLessThan(bound);
  });
});
