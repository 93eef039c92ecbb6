import { parseArgs, type CommandSpec } from '../../src/cli/args';
import { CliError } from '../../src/cli/errors';

const spec: CommandSpec = {
  name: 'demo',
  summary: 'A demo command',
  usage: 'demo <file> <text> [options]',
  positionals: ['file', 'text'],
  variadicLast: true,
  options: {
    json: { kind: 'boolean', description: 'JSON' },
    at: { kind: 'string', value: 'ISO', description: 'time' },
    prompt: { kind: 'list', value: 'Q=A', description: 'answer' },
  },
};

function usageMessage(argv: string[]): string {
  try {
    parseArgs(spec, argv);
  } catch (e) {
    expect(e).toBeInstanceOf(CliError);
    expect((e as CliError).exitCode).toBe(2);
    return (e as CliError).message;
  }
  throw new Error('expected a usage error');
}

describe('parseArgs', () => {
  it('reads positionals, booleans, strings (both spellings) and repeated lists', () => {
    const a = parseArgs(spec, ['p.md', '--json', 'hello', '--at', '2025-01-01', '--prompt=A=1', '--prompt', 'B=2']);
    expect(a.positionals).toEqual({ file: 'p.md', text: 'hello' });
    expect(a.booleans.has('json')).toBe(true);
    expect(a.strings.get('at')).toBe('2025-01-01');
    expect(a.lists.get('prompt')).toEqual(['A=1', 'B=2']);
  });

  it('joins the remaining words into a variadic last positional', () => {
    expect(parseArgs(spec, ['p.md', 'Wired', 'the', 'view']).positionals.text).toBe('Wired the view');
  });

  it('treats everything after -- as positional', () => {
    expect(parseArgs(spec, ['p.md', '--', '--json']).positionals.text).toBe('--json');
  });

  it('accepts a value starting with a dash after =', () => {
    expect(parseArgs(spec, ['p.md', 't', '--at=--x']).strings.get('at')).toBe('--x');
  });

  it('reports help without demanding positionals', () => {
    expect(parseArgs(spec, ['-h']).help).toBe(true);
    expect(parseArgs(spec, ['--help']).help).toBe(true);
  });

  it.each([
    [['p.md', 't', '--nope'], /unknown option --nope for 'demo'/],
    [['p.md', 't', '-x'], /unknown option -x/],
    [['p.md'], /missing <text>/],
    [[], /missing <file>/],
    [['p.md', 't', '--at'], /option --at needs a value/],
    [['p.md', 't', '--at', '--json'], /option --at needs a value/],
    [['p.md', 't', '--json=yes'], /takes no value/],
    [['p.md', 't', '--at', 'a', '--at', 'b'], /more than once/],
  ])('rejects %j', (argv, message) => {
    expect(usageMessage(argv)).toMatch(message);
  });

  it('fills left-out trailing positionals from their defaults, and only those', () => {
    const withDefault: CommandSpec = { ...spec, variadicLast: false, defaults: { text: 'fallback' } };
    expect(parseArgs(withDefault, ['p.md']).positionals).toEqual({ file: 'p.md', text: 'fallback' });
    expect(parseArgs(withDefault, ['p.md', 'given']).positionals).toEqual({ file: 'p.md', text: 'given' });
    expect(() => parseArgs(withDefault, [])).toThrow(/missing <file>/);
  });

  it('rejects extra words when the last positional is not variadic', () => {
    const strict: CommandSpec = { ...spec, variadicLast: false };
    expect(() => parseArgs(strict, ['p.md', 't', 'extra'])).toThrow(/unexpected argument 'extra'/);
  });
});
