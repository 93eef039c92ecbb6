/**
 * The edit side of the plan engine: pure functions that compute splices from a parsed note.
 * They never serialise a note; apply the splices to the exact text the document was parsed
 * from (Editor transaction in the plugin, `applySplices` in the CLI).
 */
export { planAppend, type AppendRequest } from './append';
export { planAddSection, planSectionLevel, newSectionPlace, type PlanSectionKind } from './create-section';
export type { EmptyDecisionStyle } from './entry-style';
export { planSetProperties } from './frontmatter-edit';
export { edited, failed, type EditErrorCode, type EditResult } from './result';
export { planSetStatusLine } from './status-line';
export { planTickStep, type TickRequest } from './tick';
export { planBumpUpdated, splicesAreDisjoint, updatedProperty, type UpdatedBump } from './updated';
