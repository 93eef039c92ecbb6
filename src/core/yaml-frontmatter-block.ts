import type { Code, Construct, Effects, Extension, State, TokenizeContext, TokenType } from 'micromark-util-types';

/**
 * YAML frontmatter for micromark: `---` on the first line, up to the next `---` line (either
 * fence may end in spaces or tabs), as `micromark-extension-frontmatter` reads it with
 * `['yaml']` and with the same tokens (yaml, yamlFence, yamlFenceSequence, whitespace,
 * lineEnding, yamlValue), so block-tree.ts builds the same `yaml` node. Ours because that
 * package's option handling (any matter, any marker, with `fault`/`format` for its messages)
 * is three quarters of its bytes in main.js; test/core/foundation/block-tree.test.ts holds the
 * two to the same trees (the reference parse there uses the package).
 */
export const yamlFrontmatter: Extension = {
  flow: { [45]: [{ tokenize: tokenizeFrontmatter, concrete: true }] },
};

const DASH = 45;
const YAML = 'yaml' as TokenType;
const FENCE = 'yamlFence' as TokenType;
const SEQUENCE = 'yamlFenceSequence' as TokenType;
const VALUE = 'yamlValue' as TokenType;

/** micromark's codes: below -2 line endings, -2 and -1 tab parts, 32 space. */
const isLineEnding = (code: Code): boolean => code !== null && code < -2;
const isSpace = (code: Code): boolean => code !== null && (code === -2 || code === -1 || code === 32);

/** A `---` fence with optional trailing spaces; `then` sees the code after it. */
function fence(effects: Effects, then: State, nok: State): State {
  let size = 0;
  const whitespace = (code: Code): State | undefined => {
    if (isSpace(code)) {
      effects.consume(code);
      return whitespace;
    }
    effects.exit('whitespace');
    return then(code);
  };
  const sequence = (code: Code): State | undefined => {
    if (size === 3) {
      effects.exit(SEQUENCE);
      if (!isSpace(code)) return then(code);
      effects.enter('whitespace');
      return whitespace(code);
    }
    if (code !== DASH) return nok(code);
    size++;
    effects.consume(code);
    return sequence;
  };
  return (code: Code) => {
    if (code !== DASH) return nok(code);
    effects.enter(FENCE);
    effects.enter(SEQUENCE);
    return sequence(code);
  };
}

const closingFence: Construct = {
  partial: true,
  tokenize(effects: Effects, ok: State, nok: State): State {
    return fence(
      effects,
      (code) => {
        if (code !== null && !isLineEnding(code)) return nok(code);
        effects.exit(FENCE);
        return ok(code);
      },
      nok,
    );
  },
};

function tokenizeFrontmatter(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  const lineEnding = (code: Code): State => {
    effects.enter('lineEnding');
    effects.consume(code);
    effects.exit('lineEnding');
    return effects.attempt(closingFence, after, contentStart);
  };
  const after = (code: Code): State | undefined => {
    effects.exit(YAML);
    return ok(code);
  };
  const contentStart = (code: Code): State | undefined => {
    if (code === null || isLineEnding(code)) return contentEnd(code);
    effects.enter(VALUE);
    return contentInside(code);
  };
  const contentInside = (code: Code): State | undefined => {
    if (code === null || isLineEnding(code)) {
      effects.exit(VALUE);
      return contentEnd(code);
    }
    effects.consume(code);
    return contentInside;
  };
  // Without a closing fence it is no frontmatter: the `---` is read as markdown again.
  const contentEnd = (code: Code): State | undefined => (code === null ? nok(code) : lineEnding(code));
  const opening = fence(
    effects,
    (code) => {
      if (!isLineEnding(code)) return nok(code);
      effects.exit(FENCE);
      return lineEnding(code);
    },
    nok,
  );

  return (code: Code) => {
    const at = this.now();
    if (at.line !== 1 || at.column !== 1 || code !== DASH) return nok(code);
    effects.enter(YAML);
    return opening(code);
  };
}
