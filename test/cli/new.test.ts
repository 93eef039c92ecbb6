import { runCli } from '../../src/cli/run';
import { memoryIo } from './memory-io';

describe('execplan new', () => {
  it('creates a plan from the default template in a new folder and prints its path', async () => {
    const io = memoryIo();
    const code = await runCli(['new', 'Plans/Q4', '--title', 'Ship the CLI'], io);
    expect(io.err).toBe('');
    expect(code).toBe(0);
    expect(io.out).toBe('Plans/Q4/Ship the CLI.md\n');
    const text = io.files.get('/vault/Plans/Q4/Ship the CLI.md') ?? '';
    expect(text).toMatch(/^---\ntype: execplan\nstatus: Proposed\ncreated: 2025-10-01\nupdated: 2025-10-01\n/);
    expect(text).toContain('# Ship the CLI\n');
    expect(text).toContain('## Purpose / Big Picture');
    expect(text).toContain('## Progress');
    expect(text).not.toContain('{{');
    expect(io.folders.has('/vault/Plans/Q4')).toBe(true);
  });

  it('never overwrites: a second plan with the same title gets " 2", then " 3"', async () => {
    const io = memoryIo({ 'Plans/Same.md': 'mine\n' });
    await runCli(['new', 'Plans', '--title', 'Same'], io);
    await runCli(['new', 'Plans', '--title', 'Same'], io);
    expect(io.out).toBe('Plans/Same 2.md\nPlans/Same 3.md\n');
    expect(io.files.get('/vault/Plans/Same.md')).toBe('mine\n');
  });

  it('picks a built-in template by id or by name, sets the status and the creation time', async () => {
    const io = memoryIo();
    await runCli(['new', '.', '--title', 'Small', '--template', 'lean-plan', '--status', 'wip', '--at', '2024-02-29T23:30Z'], io);
    await runCli(['new', '.', '--title', 'Learn', '--template', 'learning journal'], io);
    expect(io.err).toBe('');
    const small = io.files.get('/vault/Small.md') ?? '';
    expect(small).toContain('status: In progress\ncreated: 2024-02-29\n');
    expect(small).not.toContain('## Context and Orientation');
    expect(io.files.has('/vault/Learn.md')).toBe(true);
  });

  it('renders a template file, answering prompts and using defaults', async () => {
    const template = '---\nkind: {{prompt:Team|core}}\n---\n# {{title}}\nOwner: {{prompt: Owner}}\nIn {{folder}} at {{utc}}\n';
    const io = memoryIo({ 'tpl/plan.md': template });
    const code = await runCli(['new', 'work', '--title', 'A/B: test', '--template', 'tpl/plan.md', '--prompt', 'owner=Ana', '--at', '2025-01-02T03:04:05Z'], io);
    expect(io.err).toBe('');
    expect(code).toBe(0);
    expect(io.out).toBe('work/A-B- test.md\n');
    expect(io.files.get('/vault/work/A-B- test.md')).toBe(
      '---\nkind: core\ntype: execplan\nstatus: Proposed\ncreated: 2025-01-02\nupdated: 2025-01-02\ntags:\n  - execplan\n---\n' +
        '# A/B: test\nOwner: Ana\nIn work at 2025-01-02T03:04:05Z\n',
    );
  });

  it('adds the status asked for to a template that has no {{status}}', async () => {
    const io = memoryIo({ 't.md': '# {{title}}\n' });
    await runCli(['new', 'p', '--title', 'X', '--template', 't.md', '--status', 'blocked'], io);
    expect(io.files.get('/vault/p/X.md')).toBe(
      '---\ntype: execplan\nstatus: Blocked\ncreated: 2025-10-01\nupdated: 2025-10-01\ntags:\n  - execplan\n---\n# X\n',
    );
  });

  it("gives a plan made from the README's own template the plan properties, so list and inspect see a plan", async () => {
    // The sample in README.md, section "Your own templates".
    const template = [
      '---',
      'owner: "{{prompt:Who owns this plan?|me}}"',
      'review: {{date+14d}}',
      '---',
      '# {{title}}',
      '',
      'Started {{date:dddd D MMMM YYYY}} at {{time}} ({{utc}}), filed in {{folder}}.',
      '',
      '## Purpose / Big Picture',
      '',
      '{{cursor}}',
      '',
      '## Progress',
      '',
      '- [ ] Agree the scope with {{prompt:Who owns this plan?}} by {{date+1w:YYYY-MM-DD}}',
      '',
    ].join('\n');
    const io = memoryIo({ 'Templates/Plans/Mine.md': template });
    expect(await runCli(['new', 'Plans', '--title', 'Billing', '--template', 'Templates/Plans/Mine.md'], io)).toBe(0);
    const text = io.files.get('/vault/Plans/Billing.md') ?? '';
    expect(text).toMatch(
      /^---\nowner: "me"\nreview: 2025-10-15\ntype: execplan\nstatus: Proposed\ncreated: 2025-10-01\nupdated: 2025-10-01\ntags:\n {2}- execplan\n---\n# Billing\n/,
    );
    io.out = '';
    await runCli(['inspect', 'Plans/Billing.md', '--json'], io);
    expect(JSON.parse(io.out)).toMatchObject({ isPlan: true, status: 'proposed' });
    io.out = '';
    await runCli(['list', 'Plans'], io);
    expect(io.out).toContain('Plans/Billing.md');
  });

  it('keeps a template\'s own plan properties and adds only the missing ones, with tags merged', async () => {
    const io = memoryIo({ 't.md': '---\nstatus: Draft\ntags: [work]\n---\n# {{title}}\n' });
    await runCli(['new', 'p', '--title', 'X', '--template', 't.md'], io);
    expect(io.files.get('/vault/p/X.md')).toBe(
      '---\nstatus: Draft\ntags:\n  - work\n  - execplan\ntype: execplan\ncreated: 2025-10-01\nupdated: 2025-10-01\n---\n# X\n',
    );
  });

  it('claims a name by exclusive create: a name taken in between goes to the next number, nothing is overwritten', async () => {
    const io = memoryIo({ 'Plans/Same.md': 'mine\n' });
    // Another process creates "Same 2.md" after this one saw it free.
    const create = io.createExclusive.bind(io);
    io.createExclusive = (p, text) => {
      if (p === '/vault/Plans/Same 2.md' && !io.files.has(p)) io.files.set(p, 'theirs\n');
      return create(p, text);
    };
    expect(await runCli(['new', 'Plans', '--title', 'Same'], io)).toBe(0);
    expect(io.out).toBe('Plans/Same 3.md\n');
    expect(io.files.get('/vault/Plans/Same.md')).toBe('mine\n');
    expect(io.files.get('/vault/Plans/Same 2.md')).toBe('theirs\n');
  });

  it('cuts a long CJK title by bytes, so the file name fits 255 bytes with room for numbers and temp files', async () => {
    const title = '漢'.repeat(78);
    const io = memoryIo();
    expect(await runCli(['new', 'p', '--title', title], io)).toBe(0);
    const name = io.out.trim().slice('p/'.length);
    expect(Buffer.byteLength(name)).toBeLessThanOrEqual(255 - 30);
    expect(name).toBe(`${'漢'.repeat(66)}.md`);
  });

  it.each([
    [['new', 'p'], /missing --title/, 2],
    [['new', 'p', '--title', 'X', '--template', 'nope'], /unknown template 'nope'/, 2],
    [['new', 'p', '--title', 'X', '--template', 'missing.md'], /no such file: missing\.md/, 1],
    [['new', 'p', '--title', 'X', '--template', 't.md'], /"Owner".*no answer and no default/, 1],
    [['new', 'p', '--title', 'X', '--template', 't.md', '--prompt', 'Owner'], /--prompt needs "Question=Answer"/, 2],
    [['new', 'p', '--title', 'X', '--template', 't.md', '--prompt', 'Ownr=A'], /asks no question "Ownr" \(it asks: "Owner"\)/, 2],
    [['new', 'p', '--title', 'X', '--template', 'bad.md'], /\{\{nope\}\}/, 1],
    [['new', 'p', '--title', 'X', '--status', 'sideways'], /unknown status 'sideways'/, 2],
    [['new', 't.md', '--title', 'X'], /t\.md is a file, not a folder/, 1],
    [['new', 'p', '--title', '...'], /empty file name/, 1],
  ])('%j fails without creating anything', async (argv, message, exit) => {
    const io = memoryIo({ 't.md': '# {{title}}\n{{prompt:Owner}}\n', 'bad.md': '{{nope}}\n' });
    const code = await runCli(argv, io);
    expect(code).toBe(exit);
    expect(io.err).toMatch(/^execplan: /);
    expect(io.err).toMatch(message);
    expect(io.err.trim().split('\n')).toHaveLength(1);
    expect(io.writes).toEqual([]);
    expect(io.folders.size).toBe(0);
  });
});
