import { parseDocument } from 'yaml';

/**
 * YAML for the CLI, as `yaml`'s `parse` reads it but without its own warnings: the library
 * prints a multi-line YAMLWarning to stderr for a custom tag (`!custom x`). The engine says
 * what is wrong in its own words when it matters (a tagged value it is asked to change), so
 * warnings are dropped here; errors still throw, so a broken block is reported, never rewritten.
 */
export function parseYamlQuietly(text: string): unknown {
  const doc = parseDocument(text, { logLevel: 'silent' });
  const error = doc.errors[0];
  if (error) throw error;
  return doc.toJS() as unknown;
}
