/** @jest-environment jsdom */
import fc from 'fast-check';
import { runs } from '../support/property-runs';
import { parse as parseYaml } from 'yaml';
import { splitFrontmatter } from '../../src/core/template/frontmatter-merge';
import { planNote } from '../core/edit/plan-arbitrary';
import { openNote, setup } from './plugin-harness';

/**
 * A log command writes through the editor when the note is open and through Vault.process and
 * processFrontMatter when it is not. On generated plans both paths must leave the same note:
 * the same body byte for byte, and the same properties (processFrontMatter may lay the YAML out
 * its own way, as the real app's does).
 */
const KINDS = ['progress', 'decision', 'surprise', 'retrospective', 'handoff'] as const;
const PATH = 'Plans/generated.md';

async function logged(text: string, kind: (typeof KINDS)[number], open: boolean): Promise<string> {
  const h = await setup({ [PATH]: text });
  if (open) await openNote(h, PATH);
  await h.plugin.tracking.edits.appendEntry(h.file(PATH), {
    kind, text: 'Zq entry', rationale: 'because', evidence: 'seen', done: true,
    handoff: kind === 'handoff' ? { done: 'a', next: 'b', risks: 'c' } : undefined,
  });
  await h.testing.settle();
  return h.read(PATH);
}

function parts(text: string): { body: string; properties: unknown } {
  const split = splitFrontmatter(text);
  if (split.yaml === null) return { body: split.body, properties: null };
  let properties: unknown;
  try {
    properties = parseYaml(split.yaml) as unknown;
  } catch {
    properties = split.yaml;
  }
  return { body: split.body, properties };
}

describe('open or closed, a log command leaves the same note', () => {
  it('same body, same properties', async () => {
    await fc.assert(
      fc.asyncProperty(planNote, fc.constantFrom(...KINDS), async ({ text }, kind) => {
        const viaEditor = await logged(text, kind, true);
        const viaVault = await logged(text, kind, false);
        expect(parts(viaEditor)).toEqual(parts(viaVault));
      }),
      { numRuns: runs(40) },
    );
  }, 120_000);
});
