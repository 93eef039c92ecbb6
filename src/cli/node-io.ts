import * as fs from 'node:fs';
import * as path from 'node:path';
import { isSkippedFolder, type CliIo } from './io';
import { readRegularFile, sleepSync } from './node-files';
import { withLock } from './node-lock';
import { createExclusive, replaceIfUnchanged } from './node-write';

// fatal: a note that is not valid UTF-8 would be silently altered by a decode/encode round trip.
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function readFile(file: string): string {
  const bytes = readRegularFile(file);
  try {
    return utf8.decode(bytes);
  } catch {
    throw new Error('not valid UTF-8 text');
  }
}

function isDirectory(target: string): boolean {
  try {
    return fs.statSync(target).isDirectory();
  } catch {
    return false;
  }
}

function listFiles(folder: string, ext: string, warn?: (skipped: string, reason: string) => void): string[] {
  const suffix = `.${ext.toLowerCase()}`;
  const found: string[] = [];
  const walk = (dir: string): void => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      // One unreadable sub-folder must not hide every other plan.
      if (dir === folder) throw e;
      warn?.(dir, e instanceof Error ? e.message : String(e));
      return;
    }
    for (const entry of entries) {
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
  replaceIfUnchanged,
  createExclusive,
  withLock,
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
  sleep: sleepSync,
  get columns() {
    return process.stdout.isTTY ? process.stdout.columns : undefined;
  },
  cwd: process.cwd(),
};
