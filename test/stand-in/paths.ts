/**
 * Obsidian's `normalizePath`, as documented in the plugin guidelines: runs of `/` or `\` become
 * one `/`, leading and trailing slashes go, non-breaking spaces become spaces, the result is
 * NFC-normalised, and an empty result is the vault root `/`.
 */
export function normalizePath(path: string): string {
  let p = path.replace(/[\\/]+/g, '/').replace(/^\/+|\/+$/g, '');
  if (p === '') p = '/';
  return p.replace(/[\u00a0\u202f]/g, ' ').normalize('NFC');
}

/** Parent folder path of a vault path ('' or '/' for the root). */
export function parentPath(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash === -1 ? '/' : path.slice(0, slash);
}

export function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}
