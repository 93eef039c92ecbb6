import * as fs from 'node:fs';
import * as path from 'node:path';
import { isSkippedFolder, type CliIo } from './io';

// fatal: a note that is not valid UTF-8 would be silently altered by a decode/encode round trip.
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function readFile(file: string): string {
  const bytes = fs.readFileSync(file);
  try {
    return utf8.decode(bytes);
  } catch {
    throw new Error('not valid UTF-8 text');
  }
}

function writeFileAtomic(file: string, text: string): void {
  const dir = path.dirname(file);
  const temp = path.join(dir, `.${path.basename(file)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  // Keep the note's permissions: a fresh temp file would otherwise get the default mode.
  const mode = fs.existsSync(file) ? fs.statSync(file).mode & 0o7777 : undefined;
  try {
    fs.writeFileSync(temp, text, mode === undefined ? { encoding: 'utf8' } : { encoding: 'utf8', mode });
    fs.renameSync(temp, file);
  } catch (e) {
    fs.rmSync(temp, { force: true });
    throw e;
  }
}

function isDirectory(target: string): boolean {
  try {
    return fs.statSync(target).isDirectory();
  } catch {
    return false;
  }
}

function listFiles(folder: string, ext: string): string[] {
  const suffix = `.${ext.toLowerCase()}`;
  const found: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!isSkippedFolder(entry.name)) walk(full);
      } else if (entry.isFile() && entry.name.toLowerCase().endsWith(suffix)) {
        found.push(full);
      }
    }
  };
  walk(folder);
  return found.sort();
}

export const nodeIo: CliIo = {
  readFile,
  writeFileAtomic,
  exists: (target) => fs.existsSync(target),
  isDirectory,
  listFiles,
  mkdirp: (folder) => {
    fs.mkdirSync(folder, { recursive: true });
  },
  stdout: (text) => {
    process.stdout.write(text);
  },
  stderr: (text) => {
    process.stderr.write(text);
  },
  now: () => new Date(),
  cwd: process.cwd(),
};
