/**
 * Stand-in for the `decode-named-character-reference` package inside our bundles.
 *
 * The package's browser build decodes by writing HTML into a DOM element, and its other build ships
 * a 2,000-entry table. The engine never reads decoded text (it works from source offsets), so
 * the common entities below are enough, and the plugin bundle writes no HTML strings into the DOM.
 */
const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  copy: '©',
  reg: '®',
  trade: '™',
  hellip: '…',
  mdash: '—',
  ndash: '–',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  middot: '·',
  bull: '•',
  rarr: '→',
  larr: '←',
  times: '×',
  deg: '°',
  euro: '€',
};

export function decodeNamedCharacterReference(value: string): string | false {
  return Object.prototype.hasOwnProperty.call(ENTITIES, value) ? (ENTITIES[value] ?? false) : false;
}
