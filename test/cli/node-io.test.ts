import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { nodeIo } from '../../src/cli/node-io';

// The module object itself (not the import namespace copy), so spies reach node-io's calls.
const fsModule = jest.requireActual<typeof fs>('node:fs');

describe('nodeIo', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'execplan-io-'));
  });
  afterEach(() => {
    jest.restoreAllMocks();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('writes through a temporary file in the same folder, renamed over the note', () => {
    const file = path.join(dir, 'plan.md');
    fs.writeFileSync(file, 'old\n');
    fs.chmodSync(file, 0o640);
    const rename = jest.spyOn(fsModule, 'renameSync');
    nodeIo.writeFileAtomic(file, 'new\n');
    expect(rename).toHaveBeenCalledTimes(1);
    const [from, to] = rename.mock.calls[0] ?? [];
    expect(to).toBe(file);
    expect(path.dirname(String(from))).toBe(dir);
    expect(fs.readFileSync(file, 'utf8')).toBe('new\n');
    expect(fs.statSync(file).mode & 0o777).toBe(0o640);
    expect(fs.readdirSync(dir)).toEqual(['plan.md']);
  });

  it('leaves the note and no temporary file behind when the rename fails', () => {
    const file = path.join(dir, 'plan.md');
    fs.writeFileSync(file, 'old\n');
    jest.spyOn(fsModule, 'renameSync').mockImplementation(() => {
      throw new Error('disk gone');
    });
    expect(() => nodeIo.writeFileAtomic(file, 'new\n')).toThrow('disk gone');
    expect(fs.readFileSync(file, 'utf8')).toBe('old\n');
    expect(fs.readdirSync(dir)).toEqual(['plan.md']);
  });

  it('reads text exactly, BOM and CRLF included, and refuses invalid UTF-8', () => {
    const file = path.join(dir, 'bom.md');
    fs.writeFileSync(file, '\uFEFF# T\r\n');
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

  it('answers exists / isDirectory and creates folders', () => {
    const nested = path.join(dir, 'x', 'y');
    expect(nodeIo.exists(nested)).toBe(false);
    nodeIo.mkdirp(nested);
    expect(nodeIo.isDirectory(nested)).toBe(true);
    expect(nodeIo.isDirectory(path.join(dir, 'nope'))).toBe(false);
  });
});
