import fc from 'fast-check';
import { runs } from '../support/property-runs';
import { parse as parseYaml } from 'yaml';
import { summarisePlan } from '../../src/core/read';
import { summariseFromMetadata } from '../../src/core/index/summarise';
import { computeMetadata } from '../stand-in/metadata';
import { planNote } from '../core/edit/plan-arbitrary';
import { engineFacts, indexFacts } from './parity';

/**
 * The dashboard reads a plan from Obsidian's metadata and slices of its text; the CLI and the
 * commands read it with the engine. On generated notes in many dialects (see plan-arbitrary.ts)
 * both must show the same plan: status, steps, next step, last activity, title, created and health.
 */
// Every note in the plans folder is a plan on the dashboard, so every generated note is compared.
const OPTIONS = { now: Date.UTC(2026, 10, 21, 12), staleDays: 7, plansFolder: 'Plans' };
const yaml = (y: string): unknown => parseYaml(y) as unknown;

describe('the index agrees with the engine on generated notes', () => {
  it('same status, steps, next step, last activity, title, created and health', () => {
    fc.assert(
      fc.property(planNote, ({ text }) => {
        // How Obsidian reads a note that starts with a byte order mark (its frontmatter, its
        // first heading) is not in the corpus of real captures, so the stand-in cannot speak
        // for it: those notes are left out.
        if (text.startsWith('\uFEFF')) return;
        const path = 'Plans/generated.md';
        const engine = summarisePlan(text, { path, parseYaml: yaml });
        const fromIndex = summariseFromMetadata({ path, ...computeMetadata(text), text }, OPTIONS);
        if (!fromIndex) throw new Error('a note in the plans folder is a plan');
        expect(indexFacts(fromIndex)).toEqual(engineFacts(engine));
      }),
      { numRuns: runs(200) },
    );
  });
});
