/**
 * A note's trailer: a closing thematic break (`---`) after the last section, and whatever
 * prose follows it (a footer such as "*ExecPlan template v3*"). Templates close with one; it
 * is not part of the last section's entries, so nothing is read from it and new entries (and
 * new sections) go before it.
 *
 * The rule, shared by the engine (its block tree) and the dashboard index (the metadata cache's
 * sections), which name block types alike: the last top-level thematic break after which no
 * heading, list or table follows. A rule with a list or table after it separates entries
 * (`- a` / `---` / `- b`), and a heading after it opens a section, so neither is a trailer.
 *
 * Returns the index of the rule among `blocks`, or -1.
 */
export function trailerIndex<T>(blocks: readonly T[], typeOf: (block: T) => string): number {
  for (let i = blocks.length - 1; i >= 0; i--) {
    const role = roleOf(typeOf(blocks[i] as T));
    if (role === RULE) return i;
    if (role === ENDS) return -1;
  }
  return -1;
}

const RULE = 1;
const ENDS = 2;
const OTHER = 0;

/** What a block is to the rule: the rule itself, a block no trailer comes before, or neither. */
function roleOf(type: string): number {
  if (type === 'thematicBreak') return RULE;
  return type === 'heading' || type === 'list' || type === 'table' ? ENDS : OTHER;
}

/**
 * The same rule read forwards, for blocks that come one after another (the engine's tree has
 * no list of them to index): the trailer is the last rule seen since the last heading, list or
 * table. Returns the block, or `none`.
 */
export function trailerOf<T>(first: T, next: (block: T) => T, none: T, typeOf: (block: T) => string): T {
  let trailer = none;
  for (let block = first; block !== none; block = next(block)) {
    const role = roleOf(typeOf(block));
    if (role === RULE) trailer = block;
    else if (role === ENDS) trailer = none;
  }
  return trailer;
}
