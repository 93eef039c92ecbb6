/**
 * Public API of the plan engine (pure TypeScript: no Obsidian, no DOM, no Node APIs).
 * The edit side (./edit) and templates (./template) add their exports here when they land.
 */
export * from './types';
export { readFrontmatter, frontmatterValue } from './frontmatter';
export { detectEol, findSection, parseDocument, parseTree, type ParseOptions, type PlanDocument } from './markdown';
export {
  CANONICAL_SECTION_ORDER,
  CANONICAL_SECTION_TITLES,
  LIVING_SECTIONS,
  classifyHeading,
  normaliseHeading,
} from './sections';
export { STATUS_LABELS, isStatusPlaceholder, normaliseStatus } from './status';
export { LineIndex, applySplices } from './text';
export {
  findStamps,
  formatStamp,
  parseStamp,
  readLeadingStamp,
  type LeadingStamp,
} from './timestamps';
export * from './read';
