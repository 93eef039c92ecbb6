/**
 * The note model: one note as a small, Obsidian-shaped block outline, the only input of the
 * reading rules. It is a structural subset of Obsidian's `CachedMetadata` (no `obsidian` import,
 * so the core stays pure) plus the note's text. Two builders make it: Obsidian's metadata cache
 * with the cached text (the dashboard, src/plugin/dashboard/plan-index.ts) and the engine's
 * micromark parse (`modelFromDocument`, for the CLI and the commands). Both give the same model
 * for the same note; test/core/model checks builder A against the stand-in's Obsidian-conformant
 * `computeMetadata`.
 *
 * Lines in these positions are 0-based, as Obsidian reports them; offsets are UTF-16 indexes.
 */

export interface MetaLoc {
  line: number;
  col: number;
  offset: number;
}

export interface MetaPos {
  start: MetaLoc;
  end: MetaLoc;
}

export interface MetaHeading {
  heading: string;
  level: number;
  position: MetaPos;
}

export interface MetaListItem {
  /** The checkbox character, `undefined` for a plain list item. */
  task?: string | undefined;
  /** Parent item's line, or minus the list's first line for a top-level item. */
  parent: number;
  position: MetaPos;
}

export interface MetaSection {
  type: string;
  position: MetaPos;
}

export interface MetaTag {
  tag: string;
  position: MetaPos;
}

/** Everything the rules may use for one note. */
export interface NoteModel {
  path: string;
  frontmatter?: Record<string, unknown> | undefined;
  /** Present when the note has a frontmatter block, even when its YAML did not parse. */
  frontmatterPosition?: MetaPos | undefined;
  headings?: readonly MetaHeading[] | undefined;
  listItems?: readonly MetaListItem[] | undefined;
  sections?: readonly MetaSection[] | undefined;
  tags?: readonly MetaTag[] | undefined;
  /**
   * The note's text as Obsidian already holds it (`vault.cachedRead`, or the `changed` event's
   * data). Only the lines of a few list items and the lines before the first section are
   * sliced from it; without it, step texts, step stamps and a body status line are unknown.
   */
  text?: string | undefined;
}

/** The index's older name for the model. */
export type PlanMetadataInput = NoteModel;
