import { isMap, isScalar, parseDocument, visit } from 'yaml';
import { duplicateKeyError, readPlainMapping } from './yaml-plain-map';

/**
 * The CLI's YAML reader: throws on malformed input, duplicate keys included, so a broken block
 * is reported, never rewritten. Plain `key: value` lines, most frontmatter, are read by
 * yaml-plain-map.ts in one pass, with the library's result; everything else goes to the
 * library. Its own duplicate-key check compares every key with every other one (15 s for
 * 44,000 properties), so it is off and keys are checked here, one set per mapping: linear in
 * the size of the block. The library's warnings are silenced: it prints a multi-line
 * YAMLWarning to stderr for a custom tag (`!custom x`), and the engine says what is wrong in
 * its own words when it matters (a tagged value it is asked to change).
 */
export function parseYamlStrictly(text: string): unknown {
  const plain = readPlainMapping(text);
  return plain !== undefined ? plain : parseYamlWithLibrary(text);
}

/** The same through the `yaml` library alone (exported for the tests that compare the two). */
export function parseYamlWithLibrary(text: string): unknown {
  const doc = parseDocument(text, { uniqueKeys: false, logLevel: 'silent' });
  const error = doc.errors[0];
  if (error) throw error;
  const found: { duplicate: string | null } = { duplicate: null };
  visit(doc, {
    Map(_key, map) {
      if (!isMap(map)) return undefined;
      const seen = new Set<unknown>();
      for (const pair of map.items) {
        const key = isScalar(pair.key) ? pair.key.value : String(pair.key);
        if (seen.has(key)) {
          found.duplicate = String(key);
          return visit.BREAK;
        }
        seen.add(key);
      }
      return undefined;
    },
  });
  if (found.duplicate !== null) throw duplicateKeyError(found.duplicate);
  return doc.toJS() as unknown;
}
