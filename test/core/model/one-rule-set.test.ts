/**
 * One rule set over the model: whichever builder made it (the engine's parse, or Obsidian's
 * metadata cache, here the stand-in's conformant `computeMetadata`), the rules give the same
 * summary. This replaces the old parity between two implementations of the rules.
 */
import * as fs from 'fs';
import * as path from 'path';
import fc from 'fast-check';
import { parseDocument } from '../../../src/core/markdown';
import { modelFromDocument } from '../../../src/core/model/from-document';
import { summariseModel } from '../../../src/core/rules/plan-summary';
import { summariseFromMetadata } from '../../../src/core/index/summarise';
import { computeMetadata } from '../../stand-in/metadata';
import { parseYamlStrict } from '../../stand-in/yaml';
import { planNote } from '../edit/plan-arbitrary';
import { runs } from '../../support/property-runs';
import { markdownFiles } from '../../support/sample-notes';

const ROOT = path.resolve(__dirname, '../../..');

function bothBuilders(text: string, file = 'Plans/note.md'): void {
  const a = summariseModel(modelFromDocument(parseDocument(text, { parseYaml: parseYamlStrict }), file));
  const b = summariseModel({ path: file, ...computeMetadata(text), text });
  expect(a).toEqual(b);
}


const NOTES = [...markdownFiles(path.join(ROOT, 'demo-vault')), ...markdownFiles(path.join(ROOT, 'test/fixtures/dialects'))]
  .map((f) => path.relative(ROOT, f))
  // How Obsidian reads a note that starts with a byte order mark is not captured.
  .filter((f) => !fs.readFileSync(path.join(ROOT, f), 'utf8').startsWith('\uFEFF'));

describe('both builders give the same summary', () => {
  test.each(NOTES)('%s', (file) => bothBuilders(fs.readFileSync(path.join(ROOT, file), 'utf8'), file));

  test('generated notes in many dialects', () => {
    fc.assert(
      fc.property(planNote, ({ text }) => {
        if (text.startsWith('\uFEFF')) return;
        bothBuilders(text);
      }),
      { numRuns: runs(200) },
    );
  });
});

describe('tags inside comments', () => {
  const OPTIONS = { now: 0, staleDays: 7 };
  it.each(['%% #execplan %%', '<!-- #execplan -->', 'Text %% #execplan %% more', '%%\n#execplan\n%%'])(
    'make no plan, on the dashboard either: %j',
    (body) => {
      const text = `# Notes\n\n${body}\n`;
      expect(summariseFromMetadata({ path: 'n.md', ...computeMetadata(text), text }, OPTIONS)).toBeNull();
      expect(summariseModel(modelFromDocument(parseDocument(text), 'n.md')).isPlan).toBe(false);
    },
  );

  it('a tag outside them does', () => {
    const text = '# Notes\n\n%% draft %% #execplan\n';
    expect(summariseFromMetadata({ path: 'n.md', ...computeMetadata(text), text }, OPTIONS)).not.toBeNull();
    expect(summariseModel(modelFromDocument(parseDocument(text), 'n.md')).isPlan).toBe(true);
  });
});
