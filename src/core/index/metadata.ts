/**
 * The narrow shape of Obsidian's metadata cache that the plan index reads. It is declared
 * here, structurally, so the index stays pure (no `obsidian` import): Obsidian's
 * `CachedMetadata` fits it as it is, and so does the stand-in's `computeMetadata`.
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

/** Everything the index may use for one note. */
export interface PlanMetadataInput {
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
