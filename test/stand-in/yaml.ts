/**
 * YAML for the stand-in, on the `yaml` package (Obsidian bundles its own parser; both read
 * YAML 1.2, so dates stay strings and `yes`/`no` stay strings, as in Obsidian's properties).
 */
import { parse, stringify } from 'yaml';

/** Parses YAML; throws on malformed input (duplicate keys included), like Obsidian. */
export function parseYamlStrict(yaml: string): unknown {
  return parse(yaml, { logLevel: 'error' }) as unknown;
}

/** Obsidian's `parseYaml`: the parsed value, `null` for an empty document; throws when malformed. */
export function parseYaml(yaml: string): unknown {
  const value = parseYamlStrict(yaml);
  return value === undefined ? null : value;
}

/** Obsidian's `stringifyYaml`: block style, no line folding, ends with a newline. */
export function stringifyYaml(obj: unknown): string {
  return stringify(obj, { lineWidth: 0, nullStr: '' });
}
