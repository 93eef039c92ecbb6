/**
 * Conformance of the stand-in's computeMetadata with what real Obsidian computed for the same
 * notes. The corpus lives outside the repository (it is third-party data, see its README): when it
 * is absent the suite skips with a visible message instead of passing silently.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { CachedMetadata } from 'obsidian';
import { computeMetadata } from './metadata';
import { getAllTags, parseFrontMatterTags } from './frontmatter-helpers';

const CORPUS_DIR = path.resolve(__dirname, '../../../shared/obsidian-metadata-corpus');

/** The fields the brief requires to match, then the ones that match as a bonus. */
const REQUIRED_FIELDS = ['headings', 'sections', 'listItems', 'frontmatter', 'frontmatterPosition'] as const;
const BONUS_FIELDS = ['tags', 'links', 'embeds', 'blocks', 'frontmatterLinks'] as const;
type Field = (typeof REQUIRED_FIELDS)[number] | (typeof BONUS_FIELDS)[number] | 'getAllTags' | 'parseFrontMatterTags';

interface KnownDeviation {
  file: string;
  field: Field;
  reason: string;
}

/**
 * Deviations from real Obsidian that the stand-in does not reproduce. Empty: every field of every
 * corpus note matches. A listed deviation that starts matching makes its test fail, so the table
 * never goes stale.
 */
const KNOWN_DEVIATIONS: KnownDeviation[] = [];

interface CorpusNote {
  fileContents: string;
  cachedMetadata: CachedMetadata;
  getAllTags: string[] | null;
  parseFrontMatterTags: string[] | null;
}

function readNote(file: string): CorpusNote {
  return JSON.parse(fs.readFileSync(path.join(CORPUS_DIR, file), 'utf8')) as CorpusNote;
}

function fieldsOf(note: CorpusNote, meta: CachedMetadata): Map<Field, [unknown, unknown]> {
  const pairs = new Map<Field, [unknown, unknown]>();
  for (const field of [...REQUIRED_FIELDS, ...BONUS_FIELDS]) {
    pairs.set(field, [meta[field], note.cachedMetadata[field]]);
  }
  pairs.set('getAllTags', [getAllTags(meta), note.getAllTags]);
  pairs.set('parseFrontMatterTags', [parseFrontMatterTags(meta.frontmatter), note.parseFrontMatterTags]);
  return pairs;
}

const corpusFiles = fs.existsSync(CORPUS_DIR)
  ? fs.readdirSync(CORPUS_DIR).filter((f) => f.endsWith('.json')).sort()
  : null;

if (corpusFiles === null) {
  console.warn(`metadata corpus not found at ${CORPUS_DIR}: conformance not checked`);
  test.skip(`metadata corpus not found at ${CORPUS_DIR}: conformance not checked`, () => undefined);
} else {
  describe('computeMetadata matches real Obsidian on the captured corpus', () => {
    test('the corpus is not empty', () => {
      expect(corpusFiles.length).toBeGreaterThan(0);
    });

    test.each(corpusFiles)('%s', (file) => {
      const note = readNote(file);
      const meta = computeMetadata(note.fileContents);
      const actual: Record<string, unknown> = {};
      const expected: Record<string, unknown> = {};
      for (const [field, [got, want]] of fieldsOf(note, meta)) {
        const deviation = KNOWN_DEVIATIONS.find((d) => d.file === file && d.field === field);
        if (deviation) {
          // Still deviating? Otherwise the table entry must go.
          expect({ field, matches: JSON.stringify(got) === JSON.stringify(want) }).toEqual({ field, matches: false });
          continue;
        }
        // Absent and present-but-undefined both mean "no such key" in Obsidian's cache.
        if (got !== undefined) actual[field] = got;
        if (want !== undefined) expected[field] = want;
      }
      // One comparison keyed by field name, so a failure names the field and the path inside it.
      expect(actual).toStrictEqual(expected);
    });
  });
}
