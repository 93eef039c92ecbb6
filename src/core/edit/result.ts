import type { Splice } from '../types';

/** Why an edit could not be computed. Each code comes with a sentence a user understands. */
export type EditErrorCode =
  | 'missing-section'
  | 'no-open-step'
  | 'no-step-at-line'
  | 'step-already-done'
  | 'malformed-frontmatter'
  | 'complex-value'
  | 'invalid-key'
  | 'invalid-value'
  | 'empty-text'
  | 'no-status-line'
  | 'no-values'
  | 'hidden-by-open-construct';

/**
 * The outcome of an edit: splices to apply to the exact text the document was parsed from,
 * or an error and nothing to write. `splices` may be empty when the note already says what
 * was asked (so the caller can skip the write and leave the file untouched).
 */
export type EditResult =
  | { ok: true; splices: Splice[]; description: string }
  | { ok: false; code: EditErrorCode; message: string };

export function edited(splices: Splice[], description: string): EditResult {
  return { ok: true, splices, description };
}

export function failed(code: EditErrorCode, message: string): EditResult {
  return { ok: false, code, message };
}
