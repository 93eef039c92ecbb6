import { parse } from 'yaml';
import { parseDocument, type PlanDocument } from '../../../src/core/markdown';

/** The CLI's parser stands in for Obsidian's parseYaml. */
export const parseYaml = (yaml: string): unknown => parse(yaml);

export function doc(text: string, fileName?: string): PlanDocument {
  return parseDocument(text, { parseYaml, fileName });
}

/** Joins lines with LF; `crlf` turns a note into its CRLF twin. */
export function lines(...parts: string[]): string {
  return parts.join('\n');
}

export function crlf(text: string): string {
  return text.replace(/\r?\n/g, '\r\n');
}
