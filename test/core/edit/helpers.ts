import YAML from 'yaml';
import { planAppend, type AppendRequest, type EditResult } from '../../../src/core/edit';
import { parseDocument, type PlanDocument } from '../../../src/core/markdown';
import { applySplices } from '../../../src/core/text';
import { DEFAULT_TIME_OPTIONS } from '../../../src/core/types';

/** 2025-10-01 13:00 UTC: every test stamps with this fixed clock. */
export const AT = new Date(Date.UTC(2025, 9, 1, 13, 0));
export const STAMP = '2025-10-01 13:00Z';
export const TIME = DEFAULT_TIME_OPTIONS;

export function parse(text: string): PlanDocument {
  return parseDocument(text, { parseYaml: (yaml) => YAML.parse(yaml) as unknown });
}

export function lines(...rows: string[]): string {
  return rows.join('\n');
}

/** Applies a successful edit; fails the test with the error otherwise. */
export function applied(text: string, result: EditResult): string {
  if (!result.ok) throw new Error(`edit failed: ${result.code}: ${result.message}`);
  return applySplices(text, result.splices);
}

export function append(text: string, req: Partial<AppendRequest> & Pick<AppendRequest, 'kind' | 'text'>): string {
  const result = planAppend(parse(text), { at: AT, time: TIME, ...req });
  if (result.ok) {
    // Appends only ever insert.
    for (const splice of result.splices) expect(splice.deleteCount).toBe(0);
  }
  return applied(text, result);
}
