import type { Code, Construct, Effects, State, TokenizeContext } from 'micromark-util-types';

/**
 * Obsidian's `%% … %%` comment as a block, the way Obsidian's own parser cuts it (and the test
 * stand-in, checked against real captures): a line that starts with `%%` (after at most three
 * spaces) opens a comment that ends with the first line holding a closing `%%`, or with that
 * same line when it closes there. It interrupts a paragraph or a list, as a fence does, so
 * `- item` / `%% note %%` / `Text` is a list, a comment and a paragraph, as Obsidian shows it.
 *
 * Plain micromark knows no such comment and reads the lines after it as the lazy end of the
 * item or paragraph above. The construct emits html-flow tokens, so the tree holds an `html`
 * node for it, which the read side already treats as a comment (quiet).
 */
export const obsidianCommentBlock: Construct = {
  name: 'obsidianComment',
  concrete: true,
  tokenize: tokenizeComment,
};

const PERCENT = 37;

/** micromark's codes for `\r\n`, `\n` and `\r` (below -2; -2 and -1 are tab parts). */
function isLineEnding(code: Code): boolean {
  return code !== null && code < -2;
}

function tokenizeComment(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  // Asked whether it may interrupt a paragraph (micromark sets this on the context): it may.
  const interrupting = (): boolean => this.interrupt === true;

  /** Inside the comment: a `%%` on this line closes it at the end of the line. */
  const inside = (code: Code): State | undefined => {
    if (code === null || isLineEnding(code)) {
      effects.exit('htmlFlowData');
      return lineEnd(code);
    }
    effects.consume(code);
    return code === PERCENT ? percent : inside;
  };

  const percent = (code: Code): State | undefined => {
    if (code === PERCENT) {
      effects.consume(code);
      return closingLine;
    }
    return inside(code);
  };

  const closingLine = (code: Code): State | undefined => {
    if (code === null || isLineEnding(code)) {
      effects.exit('htmlFlowData');
      effects.exit('htmlFlow');
      return ok(code);
    }
    effects.consume(code);
    return closingLine;
  };

  const done = (code: Code): State | undefined => {
    effects.exit('htmlFlow');
    return ok(code);
  };

  const lineStart = (code: Code): State | undefined => {
    if (code === null || isLineEnding(code)) return lineEnd(code);
    effects.enter('htmlFlowData');
    return inside(code);
  };

  const nextLine = (code: Code): State | undefined => {
    effects.enter('lineEnding');
    effects.consume(code);
    effects.exit('lineEnding');
    return lineStart;
  };

  /** An unclosed comment runs on while its container (quote, list item) does. */
  const lineEnd = (code: Code): State | undefined => {
    if (code === null) return done(code);
    return effects.check(nonLazyLine, nextLine, done)(code);
  };

  const openSecond = (code: Code): State | undefined => {
    if (code !== PERCENT) return nok(code);
    effects.consume(code);
    return interrupting() ? ok : inside;
  };

  return (code: Code): State | undefined => {
    if (code !== PERCENT) return nok(code);
    effects.enter('htmlFlow');
    effects.enter('htmlFlowData');
    effects.consume(code);
    return openSecond;
  };
}

/** The next line continues the block's container for real, not as a lazy line. */
const nonLazyLine: Construct = {
  partial: true,
  tokenize(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
    return (code: Code) => {
      if (code === null) return nok(code);
      effects.enter('lineEnding');
      effects.consume(code);
      effects.exit('lineEnding');
      return (next: Code) => (this.parser.lazy[this.now().line] ? nok(next) : ok(next));
    };
  },
};
