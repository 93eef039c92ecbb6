import type { EntryKind } from '../types';
import type { FieldRole } from './fields';

/** What a new entry says, independent of the shape it is written in. */
export interface EntryContent {
  kind: EntryKind;
  /** The entry's text as lines (never empty). */
  title: string[];
  /** The formatted timestamp. */
  stamp: string;
  /** Progress only: a finished step (`[x]`) or an open one (`[ ]`). */
  done: boolean;
  /** Optional fields in the order they are offered: rationale, evidence, done, next, risks. */
  fields: Map<FieldRole, string[]>;
}
