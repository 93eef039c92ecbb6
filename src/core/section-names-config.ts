import type { SectionKind } from './types';

type NamedKind = Exclude<SectionKind, 'other'>;

export type SectionNames = Partial<Record<NamedKind, string[]>>;

/** The words a user may write for each kind, in settings and on the command line. */
const KIND_WORDS: Readonly<Record<string, NamedKind>> = {
  purpose: 'purpose',
  context: 'context',
  'plan-of-work': 'plan-of-work',
  plan: 'plan-of-work',
  'concrete-steps': 'concrete-steps',
  steps: 'concrete-steps',
  progress: 'progress',
  surprises: 'surprises',
  decisions: 'decisions',
  retrospective: 'retrospective',
  handoff: 'handoff',
  validation: 'validation',
  risks: 'risks',
};

export const SECTION_NAME_KINDS: readonly string[] = Object.keys(KIND_WORDS);

export interface ParsedSectionNames {
  names: SectionNames;
  /** One message per line that could not be read, naming the line. */
  errors: string[];
}

/**
 * Reads the user's extra section names: one kind per line (or per `;`), `kind: name, name`.
 * `decisions: Beschlüsse, ADR log` makes both headings name the Decision Log. Blank lines and
 * lines starting with `#` are skipped. The settings tab and the CLI's `--section-name` and
 * EXECPLAN_SECTION_NAMES share this one format.
 */
export function parseSectionNames(text: string): ParsedSectionNames {
  const names: SectionNames = {};
  const errors: string[] = [];
  for (const raw of text.split(/\r\n|\r|\n|;/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const colon = line.search(/[:=]/);
    if (colon < 0) {
      errors.push(`"${line}" needs a kind and names, such as "decisions: Beschlüsse"`);
      continue;
    }
    const word = line.slice(0, colon).trim().toLowerCase();
    const kind = KIND_WORDS[word];
    if (!kind) {
      errors.push(`"${word}" is not a section kind (use one of: ${SECTION_NAME_KINDS.join(', ')})`);
      continue;
    }
    const list = line
      .slice(colon + 1)
      .split(',')
      .map((n) => n.trim())
      .filter((n) => n !== '');
    if (list.length === 0) {
      errors.push(`"${line}" names no heading for ${word}`);
      continue;
    }
    (names[kind] ??= []).push(...list);
  }
  return { names, errors };
}
