export { isPlan, readTags, readTitle } from '../rules/document';
export { dateValue, frontmatterData, readSimpleYaml, textValue } from './frontmatter-data';
export { lintOrder, readHealth } from './health';
export { findAnglePlaceholders, findLinePlaceholder, isInstruction, isPlaceholderOnly, type PlaceholderHit } from './placeholders';
export { ENTRY_KINDS, ENTRY_SECTION, enclosingSections, outermostSections } from './plan-sections';
export { isQuiet, maskedText, quietRanges, type QuietRanges } from './regions';
export { propertySpan, readStatus, type StatusInfo } from './status-line';
export {
  countSteps,
  isStatusChangeText,
  isCancelled,
  isCancelledChar,
  isDoneChar,
  isOpen,
  readStepSource,
  readSteps,
  readTasks,
  type StepReading,
} from './steps';
export { fileNameOf, summariseDocument, summarisePlan, type SummariseOptions } from './summary';
