import { COMMANDS } from '../../src/cli/commands';
import { runCli } from '../../src/cli/run';
import { version } from '../../package.json';
import { memoryIo } from './memory-io';

async function run(argv: string[]) {
  const io = memoryIo();
  const code = await runCli(argv, io);
  return { code, out: io.out, err: io.err };
}

describe('runCli: global options and dispatch', () => {
  it.each([['--help'], ['-h'], ['help']])('%s lists every command and exits 0', async (flag) => {
    const { code, out, err } = await run([flag]);
    expect(code).toBe(0);
    expect(err).toBe('');
    expect(out).toMatch(/^execplan \d+\.\d+\.\d+: /);
    for (const c of COMMANDS) expect(out).toContain(`  ${c.spec.name} `);
  });

  it('shows the global help on stdout but exits 2 when no command is given', async () => {
    const { code, out } = await run([]);
    expect(code).toBe(2);
    expect(out).toContain('Usage: execplan <command>');
  });

  it.each([['--version'], ['-v'], ['-V']])('%s prints the package version', async (flag) => {
    expect(await run([flag])).toEqual({ code: 0, out: `${version}\n`, err: '' });
  });

  it.each(COMMANDS.map((c) => c.spec.name))('%s --help, -h and help <command> print the command help', async (name) => {
    const long = await run([name, '--help']);
    expect(long.code).toBe(0);
    expect(long.out).toMatch(new RegExp(`^Usage: execplan ${name} `));
    expect(long.out).toContain('-h, --help');
    expect((await run([name, '-h'])).out).toBe(long.out);
    expect((await run(['help', name])).out).toBe(long.out);
  });

  it('help wins over missing arguments', async () => {
    expect((await run(['log', '--help'])).code).toBe(0);
  });

  it.each([
    [['frobnicate'], "execplan: unknown command 'frobnicate' (see execplan --help)\n"],
    [['help', 'frobnicate'], "execplan: unknown command 'frobnicate' (see execplan --help)\n"],
    [['--frob'], 'execplan: unknown option --frob (see execplan --help)\n'],
  ])('%j is a usage error', async (argv, message) => {
    expect(await run(argv)).toEqual({ code: 2, out: '', err: message });
  });

  it('turns an unexpected exception into one line and exit 1', async () => {
    const io = memoryIo({ 'a.md': '# A\n' });
    io.isDirectory = () => {
      throw new Error('boom\nstack');
    };
    expect(await runCli(['inspect', 'a.md'], io)).toBe(1);
    expect(io.err).toBe('execplan: boom\n');
  });
});
