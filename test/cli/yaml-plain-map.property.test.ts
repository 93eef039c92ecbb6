import fc from 'fast-check';
import { parseYamlStrictly, parseYamlWithLibrary } from '../../src/cli/yaml-parse';
import { readPlainMapping } from '../../src/cli/yaml-plain-map';
import { runs } from '../support/property-runs';

// The fast reader of `key: value` lines (yaml-plain-map.ts) answers only where its answer is
// the library's: the same object (types, -0, NaN and key order included) or the same error.
// Lines are drawn from forms it takes and forms it must leave to the library.

type Outcome = { value: unknown; keys: string[] | null } | { error: string };

function outcome(read: () => unknown): Outcome {
  try {
    const value = read();
    return { value, keys: value !== null && typeof value === 'object' ? Object.keys(value) : null };
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e) };
  }
}

// Forms the fast reader takes, and forms it must leave to the library (or refuse as it does).
const KEYS = ['status', 'type', 'a b', 'a  b', 'a.b', 'a-b', 'a/b', 'x_1', 'títle', '名前', '1', '01', '1.0', '1.5', '1e3',
  '0x1F', '0o17', 'true', 'True', 'null', 'NULL', 'nan', 'constructor'];
const ODD_KEYS = ['-1', '~', '__proto__', 'a#b', 'a #b', 'a:b', '"q"', "'s'", '? k', '- k', '&a k', '!t k', '[k]', '<<',
  'x'.repeat(1100)];
const VALUES = ['value', 'In progress', 'a  b', '2026-01-05', '13:00', '1', '-1', '+1', '-0', '0', '007', '0o17', '0o8',
  '0x1F', '0xG', '1.0', '1.50', '.5', '-.5', '1e3', '1E-3', '.inf', '-.Inf', '+.INF', '.nan', '.NaN', 'NaN', 'inf', 'true',
  'False', 'TRUE', 'yes', 'no', 'on', 'null', 'Null', '~', '~x', 'a:b', 'a#b', 'x]', 'a[b', 'a{b}', 'a, b', '...',
  '"q"', '"a # b"', "'s'", "'it''s'", "''", '""', 'é', '日本', '(a)', '<b>', 'a\u00a0b', '.', '+', '0x', '1_000',
  '[a, b]', '[]', '[ ]', '[execplan, 2026, true, null]', '[a b]', '[ a ,b ]', '[x]', '[x] # c'];
const ODD_VALUES = ['---', '-x', 'a: b', 'a:', 'a #c', '#c', '[x', '[a,]', '[a,,b]', '[,]', '[a, [b]]', '["q"]', '[a: b]',
  '[a]x', '[a]#c', '[-1]', '{x: 1}', '- x', '-', '"a\\"b"', '"a\\nb"', '"open', "'open",
  '!tag x', '!!str 1', '&a x', '*a', '|', '>', '@x', '`x', '%x', '? x', ': x', '\u0085', '\ufeff', '\u2028', 'a\tb',
  'x\u0001', '"q" x', "'s'#"];

const pick = (usual: string[], odd: string[]): fc.Arbitrary<string> =>
  fc.oneof({ weight: 60, arbitrary: fc.constantFrom(...usual) }, { weight: 1, arbitrary: fc.constantFrom(...odd) });

// A key with a block list under it: items at one indentation (or, rarely, another), comments between.
const listItem = fc.tuple(pick(['  ', '  '], ['', '    ', ' ']), pick([...VALUES, ''], [...ODD_VALUES, 'nested: 1', '- x']),
  pick(['', ' # c'], ['#c']))
  .map(([indent, v, tail]) => `${indent}-${v === '' ? '' : ` ${v}`}${tail}`);
const between = fc.oneof({ weight: 8, arbitrary: fc.constant<string[]>([]) }, { weight: 1, arbitrary: fc.constantFrom(['  # between'], ['']) });
const list = fc.tuple(pick(KEYS, ODD_KEYS), pick(['', ' # c'], [' x', ' ~']), fc.array(fc.tuple(between, listItem), { maxLength: 4 }),
  fc.oneof({ weight: 20, arbitrary: fc.constant<string[]>([]) }, { weight: 1, arbitrary: fc.constantFrom(['    wrapped'], ['  not: item']) }))
  .map(([k, after, items, tail]) => [`${k}:${after}`, ...items.flatMap(([b, item]) => [...b, item]), ...tail]);

const line: fc.Arbitrary<string[]> = fc.oneof(
  { weight: 24, arbitrary: fc.tuple(pick(KEYS, ODD_KEYS), fc.constantFrom('', ' '), pick([': ', ':  '], [':', ':\t', ':x']),
    pick(VALUES, ODD_VALUES), pick(['', ' ', '  # note', ' #'], ['#x', '\t# x']))
    .map(([k, pad, colon, v, tail]) => [`${k}${pad}${colon}${v}${tail}`]) },
  { weight: 6, arbitrary: list },
  { weight: 4, arbitrary: fc.constantFrom('', '  ', '# comment', '  # indented comment').map((l) => [l]) },
  { weight: 1, arbitrary: fc.constantFrom('  nested: 1', '  - item', '- item', 'word', '%YAML 1.2', '---', '...', '\t', ' \t',
    'key: a\r', '\ufeffkey: x', ' continued', '\u00a0- x', '\u3000x: 1').map((l) => [l]) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12, unit: 'binary' }).map((l) => [l]) },
);

const yaml = fc.tuple(fc.array(line, { maxLength: 8 }), fc.constantFrom('\n', '\r\n'), fc.boolean())
  .map(([lines, eol, last]) => lines.flat().join(eol) + (last ? eol : ''));

test('plain key: value lines read as the library reads them, errors included', () => {
  let taken = 0;
  fc.assert(
    fc.property(yaml, (text) => {
      if (fastReaderAnswers(text)) taken++;
      expect(outcome(() => parseYamlStrictly(text))).toEqual(outcome(() => parseYamlWithLibrary(text)));
    }),
    { numRuns: runs(1000) },
  );
  // The fast reader must take a fair share, or this test would check nothing.
  expect(taken).toBeGreaterThan(runs(1000) / 3);
});

test('any one-line value, as the library reads it', () => {
  const text = fc.oneof(fc.string({ maxLength: 16, unit: 'binary' }), fc.string({ maxLength: 16, unit: fc.constantFrom(...' abc:#-.,[]{}\'"!&*|>%@`?~01') }))
    .filter((v) => !/[\r\n]/.test(v));
  fc.assert(
    fc.property(fc.constantFrom('k', 'a b', '1'), text, (key, value) => {
      const yaml = `${key}: ${value}\nnext: 1\n`;
      expect(outcome(() => parseYamlStrictly(yaml))).toEqual(outcome(() => parseYamlWithLibrary(yaml)));
    }),
    { numRuns: runs(1000) },
  );
});

/** Whether the fast reader answered (a value, or a duplicate key it refused). */
function fastReaderAnswers(text: string): boolean {
  try {
    return readPlainMapping(text) !== undefined;
  } catch {
    return true;
  }
}

test('a duplicate key is refused in the same words on both paths', () => {
  for (const text of ['a: 1\na: 2\n', '1: x\n1.0: y\n', 'null: 1\nNull: 2\n', 'a : 1\na: 2\n']) {
    expect(readPlainMapping.bind(null, text)).toThrow(/appears more than once/);
    expect(outcome(() => parseYamlStrictly(text))).toEqual(outcome(() => parseYamlWithLibrary(text)));
  }
});
