import { classifyHeading, sectionNamesVersion } from '../sections';
import type { SectionKind } from '../types';

/**
 * Section kinds as small integers for the index's hot loop (an integer compare or a bit test
 * instead of a string-keyed lookup per list item).
 */
export const KIND_CODES: readonly SectionKind[] = [
  'other',
  'purpose',
  'context',
  'plan-of-work',
  'concrete-steps',
  'progress',
  'surprises',
  'decisions',
  'retrospective',
  'handoff',
  'validation',
  'risks',
];

export const CODE = {
  other: 0,
  purpose: 1,
  context: 2,
  planOfWork: 3,
  concreteSteps: 4,
  progress: 5,
  surprises: 6,
  decisions: 7,
  retrospective: 8,
  handoff: 9,
  validation: 10,
  risks: 11,
} as const;

const CODE_OF = new Map<SectionKind, number>(KIND_CODES.map((k, i) => [k, i]));

/** One bit per section kind, so "which sections does this note have" is a single number. */
export const KIND_BIT: Readonly<Record<SectionKind, number>> = Object.fromEntries(
  KIND_CODES.map((k, i) => [k, 1 << i]),
) as Record<SectionKind, number>;

/**
 * classifyHeading runs a handful of regular expressions; across a vault the same few dozen
 * heading texts ("Progress", "Decision Log", …) repeat in every plan, so the index remembers
 * each text's kind. The memo is bounded so a vault of unique headings cannot grow it forever.
 */
const MEMO_LIMIT = 20_000;
const memo = new Map<string, number>();
let memoVersion = sectionNamesVersion();

export function headingCode(text: string): number {
  if (memoVersion !== sectionNamesVersion()) {
    // The user changed their section names: every remembered kind may be stale.
    memo.clear();
    memoVersion = sectionNamesVersion();
  }
  const known = memo.get(text);
  if (known !== undefined) return known;
  const code = CODE_OF.get(classifyHeading(text)) ?? CODE.other;
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(text, code);
  return code;
}

export function headingKind(text: string): SectionKind {
  return KIND_CODES[headingCode(text)] ?? 'other';
}
