import { parse } from 'yaml';
import { readFrontmatter } from '../../src/core/frontmatter';
import { runCli } from '../../src/cli/run';
import { memoryIo } from './memory-io';

// Issue 13: flow-style frontmatter stays valid YAML through log, tick and status; aliases and
// tags are refused in our words, once, with no library warning on stderr.

const BODY = '# Plan\n\n## Progress\n\n- [ ] First\n\n## Decision Log\n';

async function run(argv: string[], text: string): Promise<{ code: number; out: string; err: string; text: string }> {
  const io = memoryIo({ 'p.md': text });
  const code = await runCli(argv[0] === 'inspect' ? argv : [...argv, '--at', '2026-11-21T14:05Z'], io);
  return { code, out: io.out, err: io.err, text: io.files.get('/vault/p.md') ?? '' };
}

function properties(text: string): unknown {
  const fm = readFrontmatter(text);
  if (!fm) throw new Error('no frontmatter');
  return parse(fm.yaml) as unknown;
}

describe('flow-style frontmatter through the CLI', () => {
  const ONE = `---\n{"type": "execplan", "status": "Proposed", "updated": "2026-01-01"}\n---\n${BODY}`;
  const MANY = `---\n{\n  "type": "execplan",\n  "status": "Proposed"\n}\n---\n${BODY}`;

  test.each([
    ['log', ['log', 'progress', 'p.md', 'Did it']],
    ['tick', ['tick', 'p.md']],
    ['status', ['status', 'p.md', 'blocked']],
  ])('%s keeps the YAML valid (one line and several)', async (_name, argv) => {
    for (const text of [ONE, MANY]) {
      const result = await run(argv, text);
      expect(result.err).toBe('');
      expect(result.code).toBe(0);
      const props = properties(result.text) as Record<string, unknown>;
      expect(props.type).toBe('execplan');
      expect(props.updated).toBe('2026-11-21');
      if (argv[0] === 'status') expect(props.status).toBe('Blocked');
      expect(result.text.endsWith(BODY) || result.text.includes('(2026-11-21 14:05Z)')).toBe(true);
    }
  });
});

describe('aliases and tags', () => {
  let warnings: jest.SpyInstance;
  beforeEach(() => {
    warnings = jest.spyOn(process, 'emitWarning').mockImplementation(() => undefined);
  });
  afterEach(() => warnings.mockRestore());

  test.each([
    ['status: *s', 'is a YAML alias (*s)'],
    ['status: !!str Proposed', 'has an explicit YAML type tag (!!str)'],
    ['status: !custom Proposed', 'has an explicit YAML type tag (!custom)'],
  ])('%s: status is refused in our words, once, nothing written', async (line, words) => {
    const text = `---\ntype: execplan\nfirst: &s Proposed\n${line}\n---\n${BODY}`;
    const result = await run(['status', 'p.md', 'blocked'], text);
    expect(result.code).toBe(1);
    expect(result.text).toBe(text);
    expect(result.err.split('\n').filter(Boolean)).toHaveLength(1);
    expect(result.err).toContain(words);
    expect(result.err).not.toContain('list or multi-line');
    expect(warnings).not.toHaveBeenCalled();
  });

  test('a custom tag elsewhere prints no library warning when reading or logging', async () => {
    const text = `---\ntype: execplan\nowner: !person Ada\n---\n${BODY}`;
    const inspect = await run(['inspect', 'p.md'], text);
    expect(inspect.code).toBe(0);
    expect(inspect.err).toBe('');
    const log = await run(['log', 'progress', 'p.md', 'Did it'], text);
    expect(log.code).toBe(0);
    expect(log.err).toBe('');
    expect(warnings).not.toHaveBeenCalled();
  });
});
