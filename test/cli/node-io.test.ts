import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { nodeIo } from '../../src/cli/node-io';

// The module object itself (not the import namespace copy), so spies reach node-io's calls.
const fsModule = jest.requireActual<typeof fs>('node:fs');
const isRoot = process.getuid?.() === 0;
const posix = process.platform !== 'win32';

describe('nodeIo', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'execplan-io-'));
  });
  afterEach(() => {
    jest.restoreAllMocks();
    fs.chmodSync(dir, 0o700);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const note = (name: string, text: string): string => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, text);
    return file;
  };

  it('writes through a temporary file in the same folder, renamed over the note', () => {
    const file = note('plan.md', 'old\n');
    fs.chmodSync(file, 0o640);
    const rename = jest.spyOn(fsModule, 'renameSync');
    expect(nodeIo.replaceIfUnchanged(file, 'old\n', 'new\n')).toBe(true);
    expect(rename).toHaveBeenCalledTimes(1);
    const [from, to] = rename.mock.calls[0] ?? [];
    expect(to).toBe(file);
    expect(path.dirname(String(from))).toBe(dir);
    expect(fs.readFileSync(file, 'utf8')).toBe('new\n');
    expect(fs.statSync(file).mode & 0o777).toBe(0o640);
    expect(fs.readdirSync(dir)).toEqual(['plan.md']);
  });

  it('leaves the note and no temporary file behind when the rename fails', () => {
    const file = note('plan.md', 'old\n');
    jest.spyOn(fsModule, 'renameSync').mockImplementation(() => {
      throw new Error('disk gone');
    });
    expect(() => nodeIo.replaceIfUnchanged(file, 'old\n', 'new\n')).toThrow('disk gone');
    expect(fs.readFileSync(file, 'utf8')).toBe('old\n');
    expect(fs.readdirSync(dir)).toEqual(['plan.md']);
  });

  it('writes nothing and says so when the note changed since it was read', () => {
    const file = note('plan.md', 'theirs\n');
    expect(nodeIo.replaceIfUnchanged(file, 'old\n', 'new\n')).toBe(false);
    expect(fs.readFileSync(file, 'utf8')).toBe('theirs\n');
    expect(fs.readdirSync(dir)).toEqual(['plan.md']);
  });

  it('notices a change made between writing the temporary file and the rename', () => {
    const file = note('plan.md', 'old\n');
    const fsync = fsModule.fsyncSync;
    jest.spyOn(fsModule, 'fsyncSync').mockImplementationOnce((fd) => {
      fsync(fd);
      fs.appendFileSync(file, 'their line\n');
    });
    expect(nodeIo.replaceIfUnchanged(file, 'old\n', 'new\n')).toBe(false);
    expect(fs.readFileSync(file, 'utf8')).toBe('old\ntheir line\n');
    expect(fs.readdirSync(dir)).toEqual(['plan.md']);
  });

  it('does not recreate a note deleted while the command ran', () => {
    const file = path.join(dir, 'gone.md');
    expect(() => nodeIo.replaceIfUnchanged(file, 'old\n', 'new\n')).toThrow(/deleted .* not recreated/);
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  (posix ? it : it.skip)('edits the target of a symlinked note and keeps the link a link', () => {
    const target = note('real.md', 'old\n');
    const link = path.join(dir, 'link.md');
    fs.symlinkSync(target, link);
    expect(nodeIo.replaceIfUnchanged(link, 'old\n', 'new\n')).toBe(true);
    expect(fs.lstatSync(link).isSymbolicLink()).toBe(true);
    expect(fs.readFileSync(target, 'utf8')).toBe('new\n');
    expect(fs.readdirSync(dir).sort()).toEqual(['link.md', 'real.md']);
  });

  (posix ? it : it.skip)('keeps a hard link, the mode and the inode: the note is written in place', () => {
    const file = note('plan.md', 'old\n');
    fs.chmodSync(file, 0o604);
    const other = path.join(dir, 'other.md');
    fs.linkSync(file, other);
    const inode = fs.statSync(file).ino;
    expect(nodeIo.replaceIfUnchanged(file, 'old\n', 'new and longer\n')).toBe(true);
    expect(fs.readFileSync(other, 'utf8')).toBe('new and longer\n');
    expect(fs.statSync(file).ino).toBe(inode);
    expect(fs.statSync(file).nlink).toBe(2);
    expect(fs.statSync(file).mode & 0o777).toBe(0o604);
    expect(nodeIo.replaceIfUnchanged(file, 'new and longer\n', 'x\n')).toBe(true);
    expect(fs.readFileSync(other, 'utf8')).toBe('x\n');
    expect(nodeIo.replaceIfUnchanged(file, 'stale\n', 'y\n')).toBe(false);
    expect(fs.readFileSync(other, 'utf8')).toBe('x\n');
  });

  (isRoot && posix ? it : it.skip)('keeps the owner and group of a note it rewrites', () => {
    const file = note('plan.md', 'old\n');
    fs.chownSync(file, 1234, 2345);
    expect(nodeIo.replaceIfUnchanged(file, 'old\n', 'new\n')).toBe(true);
    const stats = fs.statSync(file);
    expect([stats.uid, stats.gid]).toEqual([1234, 2345]);
  });

  it('refuses a read-only note, even for root', () => {
    const file = note('plan.md', 'old\n');
    fs.chmodSync(file, 0o444);
    expect(() => nodeIo.replaceIfUnchanged(file, 'old\n', 'new\n')).toThrow(/read-only/);
    expect(fs.readFileSync(file, 'utf8')).toBe('old\n');
    expect(fs.readdirSync(dir)).toEqual(['plan.md']);
  });

  (posix ? it : it.skip)('refuses a FIFO without blocking, and a character device', () => {
    const fifo = path.join(dir, 'pipe.md');
    execFileSync('mkfifo', [fifo]);
    expect(() => nodeIo.readFile(fifo)).toThrow(/named pipe/);
    expect(() => nodeIo.replaceIfUnchanged(fifo, '', 'x')).toThrow(/named pipe/);
    expect(fs.lstatSync(fifo).isFIFO()).toBe(true);
    expect(() => nodeIo.readFile('/dev/null')).toThrow(/device/);
    expect(() => nodeIo.replaceIfUnchanged('/dev/null', '', 'x')).toThrow(/device/);
    expect(fs.statSync('/dev/null').isCharacterDevice()).toBe(true);
  });

  it('creates a new file only when the name is free', () => {
    const file = note('taken.md', 'mine\n');
    expect(nodeIo.createExclusive(file, 'theirs\n')).toBe(false);
    expect(fs.readFileSync(file, 'utf8')).toBe('mine\n');
    const fresh = path.join(dir, 'fresh.md');
    expect(nodeIo.createExclusive(fresh, 'new\n')).toBe(true);
    expect(fs.readFileSync(fresh, 'utf8')).toBe('new\n');
    expect(fs.readdirSync(dir).sort()).toEqual(['fresh.md', 'taken.md']);
  });

  it('creates with an exclusive open where the file system has no hard links', () => {
    jest.spyOn(fsModule, 'linkSync').mockImplementation(() => {
      throw Object.assign(new Error('EPERM: operation not permitted'), { code: 'EPERM' });
    });
    const file = note('taken.md', 'mine\n');
    expect(nodeIo.createExclusive(file, 'theirs\n')).toBe(false);
    expect(nodeIo.createExclusive(path.join(dir, 'b.md'), 'b\n')).toBe(true);
    expect(fs.readFileSync(file, 'utf8')).toBe('mine\n');
    expect(fs.readdirSync(dir).sort()).toEqual(['b.md', 'taken.md']);
  });

  it('reads text exactly, BOM and CRLF included, and refuses invalid UTF-8', () => {
    const file = note('bom.md', '\uFEFF# T\r\n');
    expect(nodeIo.readFile(file)).toBe('\uFEFF# T\r\n');
    const bad = path.join(dir, 'bad.md');
    fs.writeFileSync(bad, Buffer.from([0x23, 0xff, 0x0a]));
    expect(() => nodeIo.readFile(bad)).toThrow(/not valid UTF-8/);
  });

  it('lists notes recursively, skipping dot folders and node_modules', () => {
    for (const rel of ['a.md', 'sub/b.MD', 'sub/c.txt', '.trash/d.md', '.git/e.md', 'node_modules/f.md', 'sub/.hidden/g.md']) {
      fs.mkdirSync(path.join(dir, path.dirname(rel)), { recursive: true });
      fs.writeFileSync(path.join(dir, rel), 'x');
    }
    expect(nodeIo.listFiles(dir, 'md').map((f) => path.relative(dir, f))).toEqual(['a.md', path.join('sub', 'b.MD')]);
  });

  it('skips a sub-folder it cannot read, with a warning, and goes on', () => {
    for (const rel of ['a.md', 'locked/b.md', 'z/c.md']) {
      fs.mkdirSync(path.join(dir, path.dirname(rel)), { recursive: true });
      fs.writeFileSync(path.join(dir, rel), 'x');
    }
    const locked = path.join(dir, 'locked');
    const readdir = fsModule.readdirSync;
    jest.spyOn(fsModule, 'readdirSync').mockImplementation(((p: fs.PathLike, options: unknown) => {
      if (String(p) === locked) throw Object.assign(new Error(`EACCES: permission denied, scandir '${locked}'`), { code: 'EACCES' });
      return (readdir as (p: fs.PathLike, o: unknown) => unknown)(p, options);
    }) as typeof fs.readdirSync);
    const warnings: string[] = [];
    const files = nodeIo.listFiles(dir, 'md', (skipped, why) => warnings.push(`${skipped}: ${why}`));
    expect(files.map((f) => path.relative(dir, f))).toEqual(['a.md', path.join('z', 'c.md')]);
    expect(warnings).toEqual([`${locked}: EACCES: permission denied, scandir '${locked}'`]);
    jest.restoreAllMocks();
    // The folder named on the command line itself is an error, not a warning.
    jest.spyOn(fsModule, 'readdirSync').mockImplementation(() => {
      throw new Error('EACCES');
    });
    expect(() => nodeIo.listFiles(dir, 'md')).toThrow('EACCES');
  });

  (isRoot || !posix ? it.skip : it)('skips a sub-folder with mode 000 (not as root, who may read it anyway)', () => {
    fs.mkdirSync(path.join(dir, 'locked'));
    fs.writeFileSync(path.join(dir, 'locked', 'b.md'), 'x');
    fs.writeFileSync(path.join(dir, 'a.md'), 'x');
    fs.chmodSync(path.join(dir, 'locked'), 0o000);
    const warnings: string[] = [];
    try {
      expect(nodeIo.listFiles(dir, 'md', (skipped) => warnings.push(skipped)).map((f) => path.basename(f))).toEqual(['a.md']);
    } finally {
      fs.chmodSync(path.join(dir, 'locked'), 0o700);
    }
    expect(warnings).toEqual([path.join(dir, 'locked')]);
  });

  it('answers exists / isDirectory and creates folders', () => {
    const nested = path.join(dir, 'x', 'y');
    expect(nodeIo.exists(nested)).toBe(false);
    nodeIo.mkdirp(nested);
    expect(nodeIo.isDirectory(nested)).toBe(true);
    expect(nodeIo.isDirectory(path.join(dir, 'nope'))).toBe(false);
  });

  describe('the lock', () => {
    it('is held while the work runs and removed afterwards, also when the work throws', () => {
      const file = note('plan.md', 'x');
      const lock = `${file}.execplan.lock`;
      expect(nodeIo.withLock(file, () => fs.existsSync(lock))).toBe(true);
      expect(fs.existsSync(lock)).toBe(false);
      expect(() =>
        nodeIo.withLock(file, () => {
          throw new Error('boom');
        }),
      ).toThrow('boom');
      expect(fs.existsSync(lock)).toBe(false);
    });

    it('takes over a lock left by a process that is gone, or one that is too old', () => {
      const file = note('plan.md', 'x');
      const lock = `${file}.execplan.lock`;
      // A pid above the kernel's maximum is never alive.
      fs.writeFileSync(lock, `${os.hostname()} 99999999 abc`);
      expect(nodeIo.withLock(file, () => 'ran')).toBe('ran');
      expect(fs.existsSync(lock)).toBe(false);
      fs.writeFileSync(lock, 'another-host 1 abc');
      const old = new Date(Date.now() - 120_000);
      fs.utimesSync(lock, old, old);
      expect(nodeIo.withLock(file, () => 'ran')).toBe('ran');
      expect(fs.existsSync(lock)).toBe(false);
    });

    it('shares one lock between a symlink and its target', () => {
      const file = note('real.md', 'x');
      const link = path.join(dir, 'link.md');
      fs.symlinkSync(file, link);
      expect(nodeIo.withLock(link, () => fs.existsSync(`${file}.execplan.lock`))).toBe(true);
    });
  });
});
