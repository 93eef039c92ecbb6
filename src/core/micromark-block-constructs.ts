import {
  blockQuote,
  codeFenced,
  codeIndented,
  definition,
  headingAtx,
  htmlFlow,
  lineEnding,
  list,
  setextUnderline,
  thematicBreak,
} from 'micromark-core-commonmark';
import type { Extension } from 'micromark-util-types';

/**
 * micromark's default constructs (micromark/lib/constructs.js) as the engine's blocks-only parse
 * reaches them. The bundlers and Jest swap this module in for the import of `./constructs.js` in
 * micromark's parse.js (scripts/micromark-block-constructs.mjs, jest.config.cjs), because that
 * `import * as` drags every inline construct into main.js although markdown.ts disables them.
 *
 * Kept: every block construct, and the line endings of the text content type (paragraph and
 * heading text is still tokenized, as data and line endings). Dropped: what markdown.ts lists in
 * `disable.null`, which micromark would refuse anyway (its tokenizer checks that list for every
 * construct, in every content type, so the `string` type of fence info and definitions is
 * empty too), and the `insideSpan` resolvers, which only attention and label ends run.
 * test/core/foundation/micromark-block-constructs.test.ts parses many notes with this module and
 * with micromark's full one and expects the same trees, and fails if markdown.ts enables a
 * construct that is missing here.
 *
 * Character codes as in micromark: -5 to -3 line endings, -2 and -1 tabs, 32 space.
 */

export const document = {
  [42]: list,
  [43]: list,
  [45]: list,
  [48]: list,
  [49]: list,
  [50]: list,
  [51]: list,
  [52]: list,
  [53]: list,
  [54]: list,
  [55]: list,
  [56]: list,
  [57]: list,
  [62]: blockQuote,
} satisfies Extension['document'];

export const contentInitial = {
  [91]: definition,
} satisfies Extension['contentInitial'];

export const flowInitial = {
  [-2]: codeIndented,
  [-1]: codeIndented,
  [32]: codeIndented,
} satisfies Extension['flowInitial'];

export const flow = {
  [35]: headingAtx,
  [42]: thematicBreak,
  [45]: [setextUnderline, thematicBreak],
  [60]: htmlFlow,
  [61]: setextUnderline,
  [95]: thematicBreak,
  [96]: codeFenced,
  [126]: codeFenced,
} satisfies Extension['flow'];

export const string = {} satisfies Extension['string'];

export const text = {
  [-5]: lineEnding,
  [-4]: lineEnding,
  [-3]: lineEnding,
} satisfies Extension['text'];

export const insideSpan = { null: [] } satisfies Extension['insideSpan'];

export const attentionMarkers = { null: [42, 95] } satisfies Extension['attentionMarkers'];

export const disable = { null: [] } satisfies Extension['disable'];
