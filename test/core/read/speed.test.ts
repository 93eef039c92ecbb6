import { parseDocument } from '../../../src/core/markdown';
import { summariseDocument } from '../../../src/core/read/summary';
import { parseYaml } from './helpers';
import { fastestCpuMs } from '../../support/cpu-time';

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


/**
 * The read side grows linearly with the plan: ten times the text costs about ten times the
 * time. A quadratic slip costs a hundred times. The bound is a ratio within one run, so a slow
 * or loaded machine does not fail it; absolute speed is `npm run bench`'s business.
 */
describe('read side growth', () => {
  test('summarising a 200 KB plan costs at most 20 times a 20 KB plan', () => {
    const docs = [20_000, 200_000].map((size) => {
      const text = generatePlan(size);
      const doc = parseDocument(text, { parseYaml });
      const summary = summariseDocument({ ...doc }, 'big.md');
      expect(summary.progress.total).toBeGreaterThan(size / 700);
      expect(summary.health).toEqual([]);
      return doc;
    });
    // A fresh object each run so no cached mask or range is reused.
    const [small, large] = docs.map((doc) => fastestCpuMs(() => summariseDocument({ ...doc }, 'big.md')));
    expect((large ?? 0) / Math.max(small ?? 0, 0.05)).toBeLessThanOrEqual(20);
  });
});
