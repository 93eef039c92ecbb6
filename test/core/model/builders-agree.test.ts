/**
 * Builder A (the engine's micromark parse, `modelFromDocument`) gives the same note model as
 * Obsidian's metadata cache, represented here by the stand-in's `computeMetadata`, which is
 * itself checked against real Obsidian captures (test/stand-in/metadata-conformance.test.ts).
 * Checked on the captured corpus, the demo vault, the dialect fixtures and generated notes.
 */
import * as fs from 'fs';
import * as path from 'path';
import fc from 'fast-check';
import { parseDocument } from '../../../src/core/markdown';
import { modelFromDocument } from '../../../src/core/model/from-document';
import type { MetaPos, NoteModel } from '../../../src/core/model/note-model';
import { computeMetadata } from '../../stand-in/metadata';
import { parseYamlStrict } from '../../stand-in/yaml';
import { planNote } from '../edit/plan-arbitrary';
import { runs } from '../../support/property-runs';
import { markdownFiles } from '../../support/sample-notes';

const FIELDS = ['frontmatter', 'frontmatterPosition', 'headings', 'sections', 'listItems', 'tags'] as const;

function pick(model: object): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of FIELDS) {
    const value = (model as Record<string, unknown>)[field];
    if (value !== undefined) out[field] = value;
  }
  // Obsidian's caches carry more per entry (section ids, …) than the model reads.
  for (const key of ['sections', 'listItems'] as const) {
    const list = out[key] as { id?: string }[] | undefined;
    if (list) out[key] = list.map(({ id: _id, ...rest }) => rest);
  }
  // Builder A keeps positions as six numbers that read as points (from-document.ts): compared as points.
  for (const key of ['headings', 'sections', 'listItems', 'tags'] as const) {
    const list = out[key] as { position: MetaPos }[] | undefined;
    if (list) out[key] = list.map((entry) => ({ ...entry, position: plainPosition(entry.position) }));
  }
  if (out.frontmatterPosition) out.frontmatterPosition = plainPosition(out.frontmatterPosition as MetaPos);
  return out;
}

function plainPosition(position: MetaPos): MetaPos {
  const { start, end } = position;
  return { start: { line: start.line, col: start.col, offset: start.offset }, end: { line: end.line, col: end.col, offset: end.offset } };
}

export function builderA(text: string): NoteModel {
  return modelFromDocument(parseDocument(text, { parseYaml: parseYamlStrict }), 'note.md');
}

function expectSameModel(text: string): void {
  expect(pick(builderA(text))).toStrictEqual(pick(computeMetadata(text)));
}

const ROOT = path.resolve(__dirname, '../../..');
const CORPUS_DIR = path.resolve(ROOT, '../shared/obsidian-metadata-corpus');


const corpus = fs.existsSync(CORPUS_DIR) ? fs.readdirSync(CORPUS_DIR).filter((f) => f.endsWith('.json')).sort() : [];

describe('builder A gives the model Obsidian gives', () => {
  if (corpus.length === 0) test.skip(`metadata corpus not found at ${CORPUS_DIR}`, () => undefined);
  else
    test.each(corpus)('corpus: %s', (file) => {
      const note = JSON.parse(fs.readFileSync(path.join(CORPUS_DIR, file), 'utf8')) as { fileContents: string; cachedMetadata: object };
      // The real capture is the ground truth.
      expect(pick(builderA(note.fileContents))).toStrictEqual(pick(note.cachedMetadata));
    });

  test.each(markdownFiles(path.join(ROOT, 'demo-vault')).map((f) => path.relative(ROOT, f)))('demo vault: %s', (file) => {
    expectSameModel(fs.readFileSync(path.join(ROOT, file), 'utf8'));
  });

  test.each(markdownFiles(path.join(ROOT, 'test/fixtures/dialects')).map((f) => path.relative(ROOT, f)))('dialect fixture: %s', (file) => {
    expectSameModel(fs.readFileSync(path.join(ROOT, file), 'utf8'));
  });

  test('generated notes in many dialects', () => {
    fc.assert(
      fc.property(planNote, ({ text }) => {
        // How Obsidian reads a note that starts with a byte order mark is not captured.
        if (text.startsWith('\uFEFF')) return;
        expectSameModel(text);
      }),
      { numRuns: runs(200) },
    );
  });
});
