import { cutToFit } from '../graphemes';
import { collectPrompts, renderTemplate } from './render';
import type { FileNameContext } from './types';

export const DEFAULT_FILE_NAME_PATTERN = '{{title}}';

/**
 * Characters Obsidian refuses in file names or links (and that break sync on some systems).
 * Each is replaced by FILE_NAME_REPLACEMENT; control characters are replaced too.
 */
const FORBIDDEN = /[\\/:*?"<>|#^[\]]/g;

/** '-' keeps dates readable ("2026/11/21" becomes "2026-11-21") and words apart. */
export const FILE_NAME_REPLACEMENT = '-';

/** Long names fail on some file systems (255 bytes); leave room for " 2" and ".md". */
export const MAX_FILE_NAME_LENGTH = 180;

/**
 * File systems limit a name to 255 bytes, not characters: 78 CJK characters are 234 bytes.
 * The base name keeps room for " 99999" and ".md", and for what the CLI puts beside a note:
 * its temporary file (`.Name.md.<pid>.<random>.tmp`, 23 bytes more) and its lock
 * (`Name.md.execplan.lock`, 14 more). 200 + 6 + 3 + 23 = 232 ≤ 255.
 */
export const MAX_FILE_NAME_BYTES = 200;

const MAX_NUMBERED_COPIES = 100_000;

export type FileNameResult = { ok: true; name: string } | { ok: false; message: string };

/**
 * Turns a file-name pattern (default `{{title}}`; same variables as templates, but no prompts
 * and no cursor) into a safe base name without extension: forbidden characters become '-',
 * runs of whitespace become one space, leading dots and trailing spaces or dots are removed,
 * and the result is cut to MAX_FILE_NAME_LENGTH characters and MAX_FILE_NAME_BYTES bytes of UTF-8.
 */
export function fileNameFromTitle(pattern: string, ctx: FileNameContext): FileNameResult {
  const source = pattern.trim() ? pattern : DEFAULT_FILE_NAME_PATTERN;
  if (collectPrompts(source).length > 0) {
    return { ok: false, message: 'The file name pattern cannot ask questions: remove {{prompt:…}} from it.' };
  }
  const rendered = renderTemplate(source, { ...ctx, answers: new Map() }, { rawValues: true });
  if (!rendered.ok) return { ok: false, message: `The file name pattern cannot be used. ${rendered.error.message}` };
  if (rendered.cursor !== null) {
    return { ok: false, message: 'The file name pattern cannot hold {{cursor}}: remove it from the pattern.' };
  }
  const name = sanitiseFileName(rendered.text);
  if (!name) {
    return {
      ok: false,
      message: rendered.text.trim()
        ? `"${rendered.text.trim()}" gives an empty file name once characters files cannot hold are removed. Choose another title.`
        : 'The plan needs a title to name its file.',
    };
  }
  return { ok: true, name };
}

/** The cleaning step on its own; may return ''. */
export function sanitiseFileName(text: string): string {
  let name = replaceControlCharacters(text.replace(/\s+/g, ' ').replace(FORBIDDEN, FILE_NAME_REPLACEMENT));
  name = trimEnds(name);
  // Whole characters only: an emoji's surrogate pair, an accent with its letter, a ZWJ sequence.
  const cut = cutToFit(name, MAX_FILE_NAME_LENGTH, MAX_FILE_NAME_BYTES);
  return cut === name ? name : trimEnds(cut);
}

function replaceControlCharacters(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    out += code < 0x20 || code === 0x7f ? FILE_NAME_REPLACEMENT : ch;
  }
  return out;
}

function trimEnds(name: string): string {
  // Leading dots hide files on most systems; trailing dots and spaces are dropped by Windows.
  return name.replace(/^[\s.]+/, '').replace(/[\s.]+$/, '');
}

/**
 * Why a folder setting cannot hold plans, or null. A folder is a path inside the vault: no
 * `..` segment and nothing absolute on the system (`C:\x`, `\\server\x`, `//server`, `~/x`),
 * so no plan is ever written outside the vault. '' and '/' are the vault root, and a single
 * leading '/' means the vault root too, as in Obsidian (`/Work/Plans` is `Work/Plans`).
 */
export function folderProblem(folder: string): string | null {
  const value = folder.trim();
  const absolute = /^(?:[A-Za-z]:|[\\/]{2}|\\|~(?:[\\/]|$))/.test(value);
  if (absolute) return `“${value}” is an absolute path. Give a folder inside the vault, such as Plans.`;
  if (value.split(/[\\/]/).some((segment) => segment.trim() === '..')) {
    return `“${value}” leaves the vault (it goes up with “..”). Give a folder inside the vault, such as Plans.`;
  }
  return null;
}

/** Folder path with '/' separators and no leading/trailing or doubled slashes; '' is the vault root. */
export function normaliseFolder(folder: string): string {
  return folder
    .replace(/\\/g, '/')
    .split('/')
    .filter((segment) => segment !== '' && segment !== '.')
    .join('/');
}

/**
 * The first free path among "Name.md", "Name 2.md", "Name 3.md" … in `folder`
 * ('' or '/' is the vault root). `ext` may be given with or without its dot; '' means none.
 */
export function uniquePath(
  folder: string,
  baseName: string,
  exists: (path: string) => boolean,
  ext = 'md',
): string {
  const dir = normaliseFolder(folder);
  const suffix = ext.replace(/^\.+/, '');
  const build = (name: string): string => {
    const file = suffix ? `${name}.${suffix}` : name;
    return dir ? `${dir}/${file}` : file;
  };
  let candidate = build(baseName);
  for (let n = 2; exists(candidate); n++) {
    // A caller whose `exists` always says yes would otherwise hang the app.
    if (n > MAX_NUMBERED_COPIES) throw new Error(`No free file name for "${baseName}" in "${dir || '/'}".`);
    candidate = build(`${baseName} ${n}`);
  }
  return candidate;
}
