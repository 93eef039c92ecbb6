import type { Root } from 'mdast';
import { parse, postprocess, preprocess } from 'micromark';
import type { Event, ParseOptions, Token } from 'micromark-util-types';

/** A position point as mdast has it (micromark's points carry buffer indices too). */
interface Point {
  line: number;
  column: number;
  offset: number;
}

/**
 * mdast from micromark's events for the engine's blocks-only parse (markdown.ts): the tree
 * `fromMarkdown(text, PARSE_OPTIONS)` gives, built by a compiler that knows only the tokens
 * that parse can emit. mdast-util-from-markdown also carries the handlers of every inline
 * construct (links, emphasis, references, entity decoding) that the engine switches off: in
 * main.js this file is about 4.6 KB where that package and its helpers were about 13 KB.
 *
 * Same nodes, fields and positions (test/core/foundation/block-tree.test.ts compares the two on
 * every kind of note): headings (ATX and setext), paragraphs, lists and items (start, spread),
 * fenced and indented code (lang, meta, value), block quotes, HTML and `%%` comment blocks,
 * thematic breaks, definitions, frontmatter (`yaml`), GFM tables (from the raw row tokens of
 * gfm-table-block.ts, cut into cells here), and inside paragraphs, headings and cells the
 * `text` and hard `break` nodes. If markdown.ts turns an inline construct
 * back on, its tokens are not handled here: that test fails until a handler is added.
 */

/** A node while it is built: mdast fields, plus the `fragment` that buffers a value. */
interface Building {
  type: string;
  children?: Building[];
  value?: string;
  depth?: number;
  start?: number | null;
  position?: { start: Point; end?: Point };
  [field: string]: unknown;
}

/** Fields micromark's list resolution and gfm-table-block.ts put on tokens. */
type BlockToken = Token & { _spread?: boolean; _align?: string[] };

/** Nodes whose text keeps its line endings (`fragment`: a buffered value). */
const KEEPS_EOLS = ['fragment', 'heading', 'paragraph'];
const EDGE_EOLS = /^(\r?\n|\r)|(\r?\n|\r)$/g;

const parent = (type: string) => (): Building => ({ type, children: [] });
const heading = (): Building => ({ type: 'heading', depth: 0, children: [] });
const code = (): Building => ({ type: 'code', lang: null, meta: null, value: '' });
const list = (token: BlockToken): Building => ({
  type: 'list', ordered: token.type === 'listOrdered', start: null, spread: token._spread, children: [],
});

/** The node each opening token makes; its exit token closes the node. */
const NODES: Record<string, (token: BlockToken) => Building> = {
  atxHeading: heading,
  setextHeading: heading,
  blockQuote: parent('blockquote'),
  codeFenced: code,
  codeIndented: code,
  definition: () => ({ type: 'definition', identifier: '', label: null, title: null, url: '' }),
  hardBreakTrailing: () => ({ type: 'break' }),
  htmlFlow: () => ({ type: 'html', value: '' }),
  listItem: (token) => ({ type: 'listItem', spread: token._spread, checked: null, children: [] }),
  listOrdered: list,
  listUnordered: list,
  paragraph: parent('paragraph'),
  thematicBreak: () => ({ type: 'thematicBreak' }),
  yaml: () => ({ type: 'yaml', value: '' }),
};

/**
 * Tokens whose text is buffered (their data goes to a fragment, not the tree), and the field of
 * the node that gets it on exit. A fenced code's value is buffered from its first fence's exit.
 */
const BUFFERED: Record<string, string> = {
  codeIndented: 'value',
  htmlFlow: 'value',
  yaml: 'value',
  codeFencedFenceInfo: 'lang',
  codeFencedFenceMeta: 'meta',
  definitionDestinationString: 'url',
  definitionLabelString: 'label',
  definitionTitleString: 'title',
};
const VALUE_FIELDS: Record<string, string> = { ...BUFFERED, codeFenced: 'value' };
/** Line endings a value loses at its edges. */
const TRIMMED: Record<string, RegExp> = { codeFenced: EDGE_EOLS, yaml: EDGE_EOLS, codeIndented: /(\r?\n|\r)$/g };
const DATA = ['data', 'codeFlowValue', 'htmlFlowData'];

export function blockTree(text: string, options: ParseOptions): Root {
  const flow = parse(options).document();
  const events = postprocess(flow.write(preprocess()(text, undefined, true)));
  return compile(prepareLists(events));
}

function point(at: Point): Point {
  return { line: at.line, column: at.column, offset: at.offset };
}

function compile(events: Event[]): Root {
  const root: Building = { type: 'root', children: [] };
  const stack: Building[] = [root];
  let firstItemValue = false;
  let codeInside = false;
  let setextSlurp = false;
  let atHardBreak = false;
  // Tables (gfm-table-block.ts): the open table, where its last row ends, the row's state.
  let table: Building | undefined;
  let tableEnd: Token['end'] | undefined;
  let inRow = false;
  let awaitingPipe = false;
  let contentStart: Token['start'] | undefined;

  const top = (): Building => stack[stack.length - 1] as Building;
  const open = (node: Building, start: Token['start']): Building => {
    top().children?.push(node);
    stack.push(node);
    node.position = { start: point(start), end: undefined };
    return node;
  };
  const close = (end: Token['end']): void => {
    const node = stack.pop();
    if (node?.position) node.position.end = point(end);
  };
  const buffer = (): void => {
    stack.push({ type: 'fragment', children: [] });
  };
  const enterData = (token: Token): void => {
    const siblings = top().children ?? [];
    let tail = siblings[siblings.length - 1];
    if (tail?.type !== 'text') {
      tail = { type: 'text', value: '', position: { start: point(token.start), end: undefined } };
      siblings.push(tail);
    }
    stack.push(tail);
  };
  const exitData = (token: Token, slice: string): void => {
    const tail = stack.pop();
    if (!tail?.position) return;
    tail.value += slice;
    tail.position.end = point(token.end);
  };

  /**
   * The events of a table, as gfm-table-block.ts emits them: a row's pipes split it into cells
   * as micromark-extension-gfm-table's resolver does (a cell runs from its pipe to the next
   * cell's pipe; a leading pipe before any text and a trailing one after the last text start
   * no cell), and a cell's text runs from its first data to its last. True when handled.
   */
  const tableEvent = (kind: string, type: string, index: number, token: BlockToken, context: Event[2]): boolean => {
    if (kind === 'enter') {
      if (type === 'tableHead') {
        const align = (token._align ?? []).map((a) => (a === 'none' ? null : a));
        table = open({ type: 'table', align, children: [] }, token.start);
      } else if (type === 'tableRow') {
        open({ type: 'tableRow', children: [] }, token.start);
        open({ type: 'tableCell', children: [] }, token.start);
        inRow = true;
        awaitingPipe = true;
      } else if (type === 'tableCellDivider') {
        if (awaitingPipe) awaitingPipe = false;
        else if (moreCells(index)) {
          close(token.start);
          open({ type: 'tableCell', children: [] }, token.start);
        }
      } else if (type === 'data') {
        awaitingPipe = false;
        const cell = top();
        if (!cell.children?.length) {
          cell.children?.push({ type: 'text', value: '', position: { start: point(token.start), end: undefined } });
          contentStart = token.start;
        }
      }
      return true;
    }
    if (type === 'tableRow') {
      close(token.end);
      close(token.end);
      inRow = false;
      tableEnd = token.end;
    } else if (type === 'tableHead') {
      tableEnd = token.end;
    } else if (type === 'data' && contentStart) {
      const text = top().children?.[0];
      if (text?.position) {
        text.value = context.sliceSerialize({ start: contentStart, end: token.end });
        text.position.end = point(token.end);
      }
    }
    return true;
  };
  /** Whether text or another pipe follows in the row: then a pipe starts a cell. */
  const moreCells = (from: number): boolean => {
    for (let at = from + 1; at < events.length; at++) {
      const [kind, token] = events[at] as Event;
      if (token.type === 'tableRow') return false;
      if (kind === 'enter' && (token.type === 'data' || (token.type as string) === 'tableCellDivider')) return true;
    }
    return false;
  };

  for (let index = 0; index < events.length; index++) {
    const [kind, token, context] = events[index] as [string, BlockToken, Event[2]];
    const type = token.type as string;
    const slice = (): string => context.sliceSerialize(token);
    // A table ends after its last row, at the first block or container event that follows.
    if (table && !inRow && (NODES[type] || (kind === 'enter' && type === 'tableHead')) && tableEnd) {
      close(tableEnd);
      table = undefined;
    }
    if (inRow || type === 'tableHead' || type === 'tableRow') {
      if (tableEvent(kind, type, index, token, context)) continue;
    }
    if (kind === 'enter') {
      const make = NODES[type];
      if (make) open(make(token), token.start);
      if (BUFFERED[type]) buffer();
      if (DATA.includes(type)) enterData(token);
      if (type === 'listOrdered') firstItemValue = true;
      if (type === 'listItemValue' && firstItemValue) {
        const list = stack[stack.length - 2];
        if (list) list.start = Number.parseInt(slice(), 10);
        firstItemValue = false;
      }
      continue;
    }
    const field = VALUE_FIELDS[type];
    if (field) {
      const fragment = stack.pop();
      let value = '';
      for (const child of fragment?.children ?? []) value += child.value ?? '';
      const trim = TRIMMED[type];
      top()[field] = trim ? value.replace(trim, '') : value;
    }
    switch (type) {
      case 'hardBreakTrailing':
        atHardBreak = true;
        break;
      case 'setextHeading':
        setextSlurp = false;
        break;
      case 'atxHeadingSequence': {
        const node = top();
        if (!node.depth) node.depth = slice().length;
        break;
      }
      case 'setextHeadingText':
        setextSlurp = true;
        break;
      case 'setextHeadingLineSequence':
        top().depth = slice().codePointAt(0) === 61 ? 1 : 2;
        break;
      case 'codeFencedFence':
        if (!codeInside) buffer();
        codeInside = true;
        break;
      case 'codeFenced':
        codeInside = false;
        break;
      case 'definitionLabelString':
        // micromark's normalizeIdentifier, then lower case, as mdast-util-from-markdown does.
        top().identifier = slice().replace(/[\t\n\r ]+/g, ' ').replace(/^ | $/g, '').toLowerCase().toUpperCase().toLowerCase();
        break;
      case 'lineEnding': {
        const node = top();
        if (atHardBreak) {
          // The line ending after a hard break belongs to the break.
          const tail = node.children?.[node.children.length - 1];
          if (tail?.position) tail.position.end = point(token.end);
          atHardBreak = false;
        } else if (!setextSlurp && KEEPS_EOLS.includes(node.type)) {
          enterData(token);
          exitData(token, slice());
        }
        break;
      }
      case 'yamlValue':
        enterData(token);
        exitData(token, slice());
        break;
      default:
        if (DATA.includes(type)) exitData(token, slice());
    }
    if (NODES[type]) close(token.end);
  }
  if (table && tableEnd) close(tableEnd);

  const first = events[0]?.[1].start;
  const last = events[events.length - 2]?.[1].end;
  const origin = { line: 1, column: 1, offset: 0 };
  root.position = { start: point(first ?? origin), end: point(last ?? origin) };
  return root as unknown as Root;
}

/**
 * Adds `listItem` enter and exit events and works out which lists and items are spread (a
 * blank line between their children), as mdast-util-from-markdown does before compiling:
 * micromark marks item prefixes, not items.
 */
function prepareLists(events: Event[]): Event[] {
  const prepared: Event[] = [];
  const open: number[] = [];
  for (const event of events) {
    prepared.push(event);
    const type = event[1].type;
    if (type !== 'listOrdered' && type !== 'listUnordered') continue;
    if (event[0] === 'enter') open.push(prepared.length - 1);
    else prepareList(prepared, open.pop() ?? 0);
  }
  return prepared;
}

function prepareList(events: Event[], start: number): void {
  const end = events.length - 1;
  let containerBalance = -1;
  let listSpread = false;
  let listItem: BlockToken | undefined;
  let lineIndex: number | undefined;
  let firstBlankLineIndex: number | undefined;
  let atMarker: boolean | undefined;
  const insertions: { at: number; event: Event }[] = [];

  for (let index = start; index <= end; index++) {
    const event = events[index] as Event;
    const token = event[1];
    switch (token.type) {
      case 'listUnordered':
      case 'listOrdered':
      case 'blockQuote':
        containerBalance += event[0] === 'enter' ? 1 : -1;
        atMarker = undefined;
        break;
      case 'lineEndingBlank':
        if (event[0] === 'enter') {
          if (listItem && !atMarker && !containerBalance && !firstBlankLineIndex) firstBlankLineIndex = index;
          atMarker = undefined;
        }
        break;
      case 'linePrefix':
      case 'listItemValue':
      case 'listItemMarker':
      case 'listItemPrefix':
      case 'listItemPrefixWhitespace':
        break;
      default:
        atMarker = undefined;
    }

    const itemStart = !containerBalance && event[0] === 'enter' && token.type === 'listItemPrefix';
    const listEnd = containerBalance === -1 && event[0] === 'exit' && (token.type === 'listUnordered' || token.type === 'listOrdered');
    if (!itemStart && !listEnd) continue;

    if (listItem) {
      // The item ends before the line endings (and their prefixes) that trail it.
      let tailIndex = index;
      lineIndex = undefined;
      while (tailIndex--) {
        const tail = (events[tailIndex] as Event)[1];
        if (tail.type === 'lineEnding' || tail.type === 'lineEndingBlank') {
          if ((events[tailIndex] as Event)[0] === 'exit') continue;
          if (lineIndex) {
            (events[lineIndex] as Event)[1].type = 'lineEndingBlank';
            listSpread = true;
          }
          tail.type = 'lineEnding';
          lineIndex = tailIndex;
        } else if (
          tail.type !== 'linePrefix' && tail.type !== 'blockQuotePrefix' && tail.type !== 'blockQuotePrefixWhitespace' &&
          tail.type !== 'blockQuoteMarker' && tail.type !== 'listItemIndent'
        ) {
          break;
        }
      }
      if (firstBlankLineIndex && (!lineIndex || firstBlankLineIndex < lineIndex)) listItem._spread = true;
      listItem.end = { ...(lineIndex ? (events[lineIndex] as Event)[1].start : token.end) };
      insertions.push({ at: lineIndex || index, event: ['exit', listItem, event[2]] });
    }
    if (token.type === 'listItemPrefix') {
      const item: BlockToken = { type: 'listItem', _spread: false, start: { ...token.start }, end: token.end };
      listItem = item;
      insertions.push({ at: index, event: ['enter', item, event[2]] });
      firstBlankLineIndex = undefined;
      atMarker = true;
    }
  }

  const listEvents = events.splice(start);
  let insertion = 0;
  for (let index = 0; index < listEvents.length; index++) {
    while (insertion < insertions.length && insertions[insertion]?.at === start + index) {
      events.push((insertions[insertion++] as { event: Event }).event);
    }
    events.push(listEvents[index] as Event);
  }
  const list: BlockToken | undefined = events[start]?.[1];
  if (list) list._spread = listSpread;
}
