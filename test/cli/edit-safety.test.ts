import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { nodeIo } from '../../src/cli/node-io';
import { MAX_EDIT_TRIES } from '../../src/cli/notes';
import { runCli } from '../../src/cli/run';
import { notAPlanMessage } from '../../src/core/read/not-a-plan';
import { memoryIo } from './memory-io';

const fsModule = jest.requireActual<typeof fs>('node:fs');

const PLAN = ['---', 'type: execplan', 'updated: 2025-09-30', '---', '# Plan', '', '## Progress', '- [ ] First', '', '## Decision Log', ''].join('\n');

/** A skill document: headings and lists, but no plan type, tag or progress/log sections. */
const SKILL = ['---', 'name: pdf-tools', 'description: Work with PDF files', '---', '# PDF tools', '', '## Usage', '- Run the script', ''].join('\n');

describe('edit commands on a note that is not a plan', () => {
  const hint =
    '“skill” is not an ExecPlan. To make it one, tag it #execplan or set the property "type" to "execplan".';

  it('uses the words the plugin uses, from the same core function', () => {
    expect(notAPlanMessage('skill', { tag: true, frontmatterType: true, folder: null })).toBe(hint);
  });

  it.each([
    [['log', 'progress', 'skill.md', 'X']],
    [['log', 'decision', 'skill.md', 'Use Y']],
    [['log', 'handoff', 'skill.md', 'Done']],
    [['tick', 'skill.md']],
    [['status', 'skill.md', 'done']],
  ])('%j refuses, exit 1, with how to make it a plan, and writes nothing', async (argv) => {
    const io = memoryIo({ 'skill.md': SKILL });
    expect(await runCli(argv, io)).toBe(1);
    expect(io.err).toBe(`execplan: skill.md: ${hint} Nothing was written (use --force to edit it anyway).\n`);
    expect(io.out).toBe('');
    expect(io.writes).toEqual([]);
    expect(io.files.get('/vault/skill.md')).toBe(SKILL);
  });

  it('--force edits it anyway', async () => {
    const io = memoryIo({ 'skill.md': SKILL });
    expect(await runCli(['log', 'progress', 'skill.md', 'X', '--force'], io)).toBe(0);
    expect(io.files.get('/vault/skill.md')).toContain('## Progress');
    expect(await runCli(['status', 'skill.md', 'done', '--force'], io)).toBe(0);
    expect(io.files.get('/vault/skill.md')).toContain('status: Complete');
  });

  it('says the properties are broken rather than "not a plan" when they cannot be read', async () => {
    const broken = '---\ntype: [execplan\n---\n# B\n\n- [ ] one\n';
    const io = memoryIo({ 'b.md': broken });
    expect(await runCli(['tick', 'b.md'], io)).toBe(1);
    expect(io.err).toMatch(/^execplan: b\.md: the frontmatter is not valid YAML \(.+\), so it cannot be told whether this is a plan/);
    expect(io.writes).toEqual([]);
  });
});

describe('a note changed by someone else while a command runs', () => {
  it('re-applies the edit on the new text, so the other change is kept', async () => {
    const io = memoryIo({ 'p.md': PLAN });
    let edits = 0;
    io.beforeReplace = (p) => {
      if (edits++ === 0) io.files.set(p, (io.files.get(p) ?? '').replace('- [ ] First', '- [ ] First\n- [ ] Theirs'));
    };
    expect(await runCli(['log', 'progress', 'p.md', 'Mine'], io)).toBe(0);
    const text = io.files.get('/vault/p.md') ?? '';
    expect(text).toContain('- [ ] Theirs\n- [x] (2025-10-01 13:00Z) Mine\n');
    expect(text).toContain('updated: 2025-10-01');
    expect(io.writes).toHaveLength(1);
    expect(io.locks).toBe(1);
    expect(io.out).toBe('p.md: Added a progress entry to Progress.\n');
  });

  it('does not recreate a note deleted meanwhile: one error line, exit 1', async () => {
    const io = memoryIo({ 'p.md': PLAN });
    io.beforeReplace = (p) => io.files.delete(p);
    expect(await runCli(['tick', 'p.md'], io)).toBe(1);
    expect(io.err).toBe('execplan: cannot write p.md: it was deleted while the command ran, so it was not recreated; nothing was written\n');
    expect(io.files.has('/vault/p.md')).toBe(false);
  });

  it('gives up, writing nothing, when the note keeps changing', async () => {
    const io = memoryIo({ 'p.md': PLAN });
    let n = 0;
    io.beforeReplace = (p) => io.files.set(p, `${PLAN}\nchange ${n++}\n`);
    expect(await runCli(['log', 'progress', 'p.md', 'X'], io)).toBe(1);
    expect(io.err).toBe(`execplan: p.md kept changing while execplan was writing it; nothing was written (${MAX_EDIT_TRIES} tries)\n`);
    expect(io.writes).toEqual([]);
    expect(io.sleeps).toBe(MAX_EDIT_TRIES - 1);
  });

  describe('on disk', () => {
    let dir: string;
    beforeEach(() => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'execplan-safety-'));
    });
    afterEach(() => {
      jest.restoreAllMocks();
      fs.rmSync(dir, { recursive: true, force: true });
    });
    const io = () => {
      const out = { text: '', err: '' };
      const bound = { ...nodeIo, cwd: dir, stdout: (t: string) => void (out.text += t), stderr: (t: string) => void (out.err += t) };
      return { bound, out };
    };

    it('keeps a line another program added between our read and our rename', async () => {
      const file = path.join(dir, 'p.md');
      fs.writeFileSync(file, PLAN);
      const fsync = fsModule.fsyncSync;
      jest.spyOn(fsModule, 'fsyncSync').mockImplementationOnce((fd) => {
        fsync(fd);
        fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('- [ ] First', '- [ ] First\n- [ ] Theirs'));
      });
      const { bound, out } = io();
      expect(await runCli(['log', 'progress', 'p.md', 'Mine', '--at', '2025-10-01T13:00Z'], bound)).toBe(0);
      expect(out.err).toBe('');
      expect(fs.readFileSync(file, 'utf8')).toContain('- [ ] Theirs\n- [x] (2025-10-01 13:00Z) Mine\n');
      expect(fs.readdirSync(dir)).toEqual(['p.md']);
    });

    it.each([
      ['a read-only note', (file: string) => fs.chmodSync(file, 0o444), /^execplan: cannot write p\.md: it is read-only; make it writable first; nothing was written\n$/],
    ])('refuses %s with one clear line, exit 1', async (_name, prepare, message) => {
      const file = path.join(dir, 'p.md');
      fs.writeFileSync(file, PLAN);
      prepare(file);
      const { bound, out } = io();
      expect(await runCli(['log', 'progress', 'p.md', 'X'], bound)).toBe(1);
      expect(out.err).toMatch(message);
      expect(fs.readFileSync(file, 'utf8')).toBe(PLAN);
      expect(fs.readdirSync(dir)).toEqual(['p.md']);
    });

    (process.platform === 'win32' ? it.skip : it)('refuses a FIFO and a device without hanging', async () => {
      const { bound, out } = io();
      fs.symlinkSync('/dev/null', path.join(dir, 'dev.md'));
      expect(await runCli(['log', 'progress', 'dev.md', 'X'], bound)).toBe(1);
      expect(out.err).toBe('execplan: cannot read dev.md: it is a device, not a regular file\n');
      expect(fs.statSync('/dev/null').isCharacterDevice()).toBe(true);
      execFileSync('mkfifo', [path.join(dir, 'pipe.md')]);
      expect(await runCli(['tick', 'pipe.md'], bound)).toBe(1);
      expect(out.err).toMatch(/\nexecplan: cannot read pipe\.md: it is a named pipe \(FIFO\), not a regular file\n$/);
      expect(fs.lstatSync(path.join(dir, 'pipe.md')).isFIFO()).toBe(true);
    });

    (process.platform === 'win32' ? it.skip : it)('edits the target of a symlinked note; the link stays a link', async () => {
      fs.mkdirSync(path.join(dir, 'real'));
      const target = path.join(dir, 'real', 'p.md');
      fs.writeFileSync(target, PLAN);
      fs.symlinkSync(target, path.join(dir, 'link.md'));
      const { bound } = io();
      expect(await runCli(['tick', 'link.md', '--at', '2025-10-01T13:00Z'], bound)).toBe(0);
      expect(fs.lstatSync(path.join(dir, 'link.md')).isSymbolicLink()).toBe(true);
      expect(fs.readFileSync(target, 'utf8')).toContain('- [x] (2025-10-01 13:00Z) First');
      expect(fs.readdirSync(path.join(dir, 'real'))).toEqual(['p.md']);
    });

    it('creates a plan whose 78-character CJK title would be too long a file name in bytes', async () => {
      const { bound, out } = io();
      expect(await runCli(['new', '.', '--title', '計画'.repeat(39)], bound)).toBe(0);
      expect(out.err).toBe('');
      const [name = ''] = fs.readdirSync(dir);
      expect(Buffer.byteLength(name)).toBeLessThanOrEqual(210);
      expect(out.text).toBe(`${name}\n`);
    });
  });
});
