/** Public API of the template engine (pure: no Obsidian, no file system). */
export type {
  FileNameContext,
  PromptSpec,
  RenderResult,
  TemplateContext,
  TemplateError,
  TemplateErrorCode,
} from './types';
export { formatMoment, tokenizeMoment, type MomentFormatOptions, type MomentSegment } from './moment-format';
export { applyOffsets, parseOffsets, shiftDate, type DateOffset, type OffsetUnit } from './date-math';
export { UtcWallDate, toUtcWall } from './utc-wall-date';
export { KNOWN_VARIABLES, normaliseQuestion, parseVariable, type Variable } from './variables';
export { hasTemplaterTags, scanTemplate, type TemplatePart } from './scan';
export { DATE_FORMAT, TIME_FORMAT, UTC_FORMAT, collectPrompts, renderTemplate } from './render';
export {
  DEFAULT_FILE_NAME_PATTERN,
  FILE_NAME_REPLACEMENT,
  MAX_FILE_NAME_LENGTH,
  fileNameFromTitle,
  folderProblem,
  normaliseFolder,
  sanitiseFileName,
  uniquePath,
  type FileNameResult,
} from './file-name';
export {
  findTopLevelEntry,
  mergePlanProperties,
  splitFrontmatter,
  type FrontmatterSplit,
  type MergeResult,
  type YamlCodec,
} from './frontmatter-merge';
export { BUILTIN_TEMPLATES, findBuiltinTemplate, type BuiltinTemplate } from './builtins';
export { planApplyTemplate } from './apply-template';
