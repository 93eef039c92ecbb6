import fc from 'fast-check';
import { existsSync, readdirSync, readFileSync, statSync } from 'fs';
import path from 'path';
import { planNote } from '../core/edit/plan-arbitrary';
import { runs } from './property-runs';

const root = path.resolve(__dirname, '../..');
export const CORPUS_DIR = path.resolve(root, '../shared/obsidian-metadata-corpus');

/** The `.md` files under `dir` (dot-folders left out), sorted. */
export function markdownFiles(dir: string): string[] {
  return readdirSync(dir)
    .flatMap((name) => {
      const full = path.join(dir, name);
      if (name.startsWith('.')) return [];
      if (statSync(full).isDirectory()) return markdownFiles(full);
      return name.endsWith('.md') ? [full] : [];
    })
    .sort();
}

/**
 * Declares one test per kind of note the engine meets, each running `check` on its texts: the
 * dialect fixtures, the demo vault, the Obsidian metadata corpus (skipped, saying so, when
 * ../shared is absent) and generated plans. `what` names the check in the skip message.
 */
export function testOnSampleNotes(what: string, check: (text: string) => void): void {
  const dialects = path.join(root, 'test/fixtures/dialects');
  test.each(readdirSync(dialects).filter((f) => f.endsWith('.md')))('dialect fixture %s', (file) => {
    check(readFileSync(path.join(dialects, file), 'utf8'));
  });

  test('demo vault notes', () => {
    const files = markdownFiles(path.join(root, 'demo-vault'));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) check(readFileSync(file, 'utf8'));
  });

  if (existsSync(CORPUS_DIR)) {
    test('Obsidian metadata corpus notes', () => {
      const files = readdirSync(CORPUS_DIR).filter((f) => f.endsWith('.json'));
      expect(files.length).toBeGreaterThan(0);
      for (const file of files) {
        const note = JSON.parse(readFileSync(path.join(CORPUS_DIR, file), 'utf8')) as { fileContents: string };
        check(note.fileContents);
      }
    });
  } else {
    console.warn(`metadata corpus not found at ${CORPUS_DIR}: ${what} not checked against it`);
    test.skip(`metadata corpus not found at ${CORPUS_DIR}: ${what} not checked against it`, () => undefined);
  }

  test('generated plans', () => {
    fc.assert(
      fc.property(planNote, (note) => check(note.text)),
      { numRuns: runs(100) },
    );
  });
}
