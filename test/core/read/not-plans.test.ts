import { isPlanByMetadata } from '../../../src/core/index/is-plan';
import { summariseFromMetadata } from '../../../src/core/index/summarise';
import { ALL_DETECTION } from '../../../src/core/index/types';
import { parseDocument } from '../../../src/core/markdown';
import { modelFromDocument } from '../../../src/core/model/from-document';
import { isPlan } from '../../../src/core/read';
import { summarisePlan } from '../../../src/core/read/summary';
import { computeMetadata } from '../../stand-in/metadata';
import { NOT_PLANS, PLANS } from '../../fixtures/plan-or-not';
import { parseYaml } from './helpers';

/**
 * Issue 10, "Not plans": a template and a guide to the convention have a plan's section
 * headings but no steps or entries of their own, so they are no plans; a plan property or tag
 * still makes any note a plan. Every note is judged by the engine (the CLI's summary and
 * isPlan), by the one rule over both builders' models, and by the dashboard's summary.
 */
const ALL = { ...NOT_PLANS, ...PLANS };
const NOW = Date.UTC(2026, 10, 21);

function verdicts(name: string, text: string): boolean[] {
  const path = `Notes/${name}.md`;
  const doc = parseDocument(text, { parseYaml });
  const fromParse = modelFromDocument(doc, path);
  const fromCache = { path, ...computeMetadata(text), text };
  return [
    summarisePlan(text, { path, parseYaml }).isPlan,
    isPlan(doc),
    isPlanByMetadata(fromParse),
    isPlanByMetadata(fromCache),
    summariseFromMetadata(fromCache, { now: NOW, staleDays: 7 }) !== null,
  ];
}

describe('a plan needs steps or entries of its own, or a plan property or tag', () => {
  test.each(Object.keys(NOT_PLANS))('%s is no plan, for the CLI, the commands and the dashboard', (name) => {
    expect(verdicts(name, NOT_PLANS[name] ?? '')).toEqual([false, false, false, false, false]);
  });

  test.each(Object.keys(PLANS))('%s is a plan, for the CLI, the commands and the dashboard', (name) => {
    expect(verdicts(name, PLANS[name] ?? '')).toEqual([true, true, true, true, true]);
  });

  test('without the text only the headings are known, and the note counts until it is read', () => {
    for (const [name, text] of Object.entries(ALL)) {
      const { headings, frontmatter } = computeMetadata(text);
      expect([name, isPlanByMetadata({ path: 'n.md', headings, frontmatter })]).toEqual([name, true]);
    }
  });

  test('a template is a plan once it is tagged, typed or kept in the plans folder', () => {
    const template = NOT_PLANS['blank-template'] ?? '';
    expect(summarisePlan(`---\ntags: [execplan]\n---\n${template}`, { path: 'n.md', parseYaml }).isPlan).toBe(true);
    expect(summarisePlan(`---\ntype: execplan\n---\n${template}`, { path: 'n.md', parseYaml }).isPlan).toBe(true);
    expect(summarisePlan(`${template}\n#execplan\n`, { path: 'n.md', parseYaml }).isPlan).toBe(true);
    const inFolder = { path: 'Plans/t.md', ...computeMetadata(template), text: template };
    expect(summariseFromMetadata(inFolder, { now: NOW, staleDays: 7, plansFolder: 'Plans' })).not.toBeNull();
    expect(isPlanByMetadata(inFolder, ALL_DETECTION, 'Plans')).toBe(true);
  });

  test('with the tag rule off, a tagged template is judged by the section rule alone', () => {
    const text = `---\ntags: [execplan]\n---\n${NOT_PLANS['blank-template'] ?? ''}`;
    const detection = { ...ALL_DETECTION, tag: false };
    const model = { path: 'n.md', ...computeMetadata(text), text };
    expect(summariseFromMetadata(model, { now: NOW, staleDays: 7, detection })).toBeNull();
    expect(isPlanByMetadata(model, detection)).toBe(false);
  });

  test('a tag in a comment is no plan tag, so a template with one stays no plan', () => {
    const template = `${NOT_PLANS['blank-template'] ?? ''}\n%% #execplan %%\n`;
    expect(summarisePlan(template, { path: 'n.md', parseYaml }).isPlan).toBe(false);
  });
});
