import type { Code, Effects, Extension, State, Token, TokenizeContext, TokenType } from 'micromark-util-types';

/**
 * GFM tables for micromark, cut as `micromark-extension-gfm-table` cuts them (the same rules
 * for the head row, the delimiter row and body rows, lazy lines and indentation), emitting that
 * package's tokens as its tokenizer does, but without its resolver: block-tree.ts groups a
 * row's tokens into cells itself, and the alignment is put on the `tableHead` token here.
 * The package's resolver, edit map and inference are most of its 5.6 KB in main.js.
 * test/core/foundation/block-tree.test.ts holds the trees to the package's (its reference parse
 * uses the package).
 */
export const gfmTableBlock: Extension = {
  flow: { null: [{ name: 'table', tokenize: tokenizeTable }] },
};

export type TableAlign = 'left' | 'right' | 'center' | 'none';

const type = (name: string): TokenType => name as TokenType;
const HEAD = type('tableHead');
const ROW = type('tableRow');
const DIVIDER = type('tableCellDivider');
const DELIMITER_ROW = type('tableDelimiterRow');
const MARKER = type('tableDelimiterMarker');
const FILLER = type('tableDelimiterFiller');

const PIPE = 124;
const DASH = 45;
const COLON = 58;
const BACKSLASH = 92;
/** micromark's codes: below -2 line endings, -2 and -1 tab parts, 32 space. */
const isLineEnding = (code: Code): boolean => code !== null && code < -2;
const isSpace = (code: Code): boolean => code === -2 || code === -1 || code === 32;
const endsCell = (code: Code): boolean => code === null || code === PIPE || code < -2 || isSpace(code);

/** Spaces and tabs as one token of `type` (at most `max - 1` of them), then `next`. */
function factorySpace(effects: Effects, next: State, type: TokenType, max = Infinity): State {
  let size = 0;
  const inside = (code: Code): State | undefined => {
    if (isSpace(code) && size++ < max - 1) {
      effects.consume(code);
      return inside;
    }
    effects.exit(type);
    return next(code);
  };
  return (code: Code) => {
    if (!isSpace(code)) return next(code);
    effects.enter(type);
    return inside(code);
  };
}

function tokenizeTable(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  /** Cells of the head row (counted as the package counts them), and of the delimiter row. */
  let headCells = 0;
  let marks = 0;
  let cellStart = false;
  let head: Token & { _align?: TableAlign[] };
  const align: TableAlign[] = [];

  const divider = (code: Code, next: State): State | undefined => {
    effects.enter(DIVIDER);
    effects.consume(code);
    effects.exit(DIVIDER);
    return next;
  };

  /** Cell text up to a pipe, a space or the line's end; `\|` and `\\` stay in it. */
  const data = (after: State): State => {
    const inside = (code: Code): State | undefined => {
      if (endsCell(code)) {
        effects.exit('data');
        return after(code);
      }
      effects.consume(code);
      return code === BACKSLASH ? escaped : inside;
    };
    const escaped = (code: Code): State | undefined => {
      if (code !== BACKSLASH && code !== PIPE) return inside(code);
      effects.consume(code);
      return inside;
    };
    return (code: Code) => {
      effects.enter('data');
      return inside(code);
    };
  };

  const headRow = (code: Code): State | undefined => {
    if (code === null) return nok(code);
    if (isLineEnding(code)) {
      if (marks < 2) return nok(code);
      marks = 0;
      // The delimiter row is read as a line that interrupts (micromark asks containers so).
      this.interrupt = true;
      effects.exit(ROW);
      effects.enter('lineEnding');
      effects.consume(code);
      effects.exit('lineEnding');
      return delimiterStart;
    }
    if (isSpace(code)) return factorySpace(effects, headRow, 'whitespace')(code);
    marks++;
    if (cellStart) {
      cellStart = false;
      headCells++;
    }
    if (code === PIPE) {
      cellStart = true;
      return divider(code, headRow);
    }
    return headData(code);
  };
  const headData = data(headRow);

  const delimiterStart = (code: Code): State | undefined => {
    this.interrupt = false;
    if (this.parser.lazy[this.now().line]) return nok(code);
    effects.enter(DELIMITER_ROW);
    cellStart = false;
    if (!isSpace(code)) return delimiterBefore(code);
    const indentLimit = this.parser.constructs.disable.null?.includes('codeIndented') ? undefined : 4;
    return factorySpace(effects, delimiterBefore, 'linePrefix', indentLimit)(code);
  };

  const delimiterBefore = (code: Code): State | undefined => {
    if (code === DASH || code === COLON) return delimiterValue(code);
    if (code !== PIPE) return nok(code);
    cellStart = true;
    return divider(code, (next) => (isSpace(next) ? factorySpace(effects, delimiterValue, 'whitespace')(next) : delimiterValue(next)));
  };

  const delimiterValue = (code: Code): State | undefined => {
    if (code === COLON || code === DASH) {
      marks++;
      align.push(code === COLON ? 'left' : 'none');
      if (code === DASH) return fillerStart(code);
      cellStart = true;
      effects.enter(MARKER);
      effects.consume(code);
      effects.exit(MARKER);
      return fillerStart;
    }
    return code === null || isLineEnding(code) ? delimiterCellAfter(code) : nok(code);
  };

  const fillerStart = (code: Code): State | undefined => {
    if (code !== DASH) return nok(code);
    effects.enter(FILLER);
    return filler(code);
  };

  const filler = (code: Code): State | undefined => {
    if (code === DASH) {
      effects.consume(code);
      return filler;
    }
    effects.exit(FILLER);
    if (code !== COLON) return afterValue(code);
    cellStart = true;
    align[align.length - 1] = align[align.length - 1] === 'left' ? 'center' : 'right';
    effects.enter(MARKER);
    effects.consume(code);
    effects.exit(MARKER);
    return afterValue;
  };

  const afterValue = (code: Code): State | undefined =>
    isSpace(code) ? factorySpace(effects, delimiterCellAfter, 'whitespace')(code) : delimiterCellAfter(code);

  const delimiterCellAfter = (code: Code): State | undefined => {
    if (code === PIPE) return delimiterBefore(code);
    if (code !== null && !isLineEnding(code)) return nok(code);
    // A delimiter row needs a pipe or a colon, and as many cells as the head row.
    if (!cellStart || headCells !== marks) return nok(code);
    effects.exit(DELIMITER_ROW);
    effects.exit(HEAD);
    head._align = align;
    return ok(code);
  };

  const bodyRow = (code: Code): State | undefined => {
    if (code === PIPE) return divider(code, bodyRow);
    if (code === null || isLineEnding(code)) {
      effects.exit(ROW);
      return ok(code);
    }
    if (isSpace(code)) return factorySpace(effects, bodyRow, 'whitespace')(code);
    return bodyData(code);
  };
  const bodyData = data(bodyRow);

  return (code: Code) => {
    // A body row continues a table: the flow's last event (past line endings and prefixes) is
    // a table's head or row.
    let index = this.events.length - 1;
    let tail: string | undefined;
    for (; index >= 0; index--) {
      tail = this.events[index]?.[1].type;
      if (tail !== 'lineEnding' && tail !== 'linePrefix') break;
    }
    if (index >= 0 && (tail === HEAD || tail === ROW)) {
      if (this.parser.lazy[this.now().line]) return nok(code);
      effects.enter(ROW);
      return bodyRow(code);
    }
    head = effects.enter(HEAD);
    effects.enter(ROW);
    if (code !== PIPE) {
      cellStart = true;
      marks++;
    }
    return headRow(code);
  };
}
