import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * Relative links in Markdown files, and whether they lead somewhere: the file exists and, for
 * `#anchor`, a heading of the target gets that id on GitHub. A small line scanner rather than
 * the engine's parser: Jest maps micromark to its block constructs only (jest.config.cjs),
 * so it reads no links.
 */

export interface Link {
  file: string;
  line: number;
  target: string;
}

/** The text's lines with code blocks blanked out (and inline code too, unless kept). */
function withoutCode(text: string, keepInlineCode = false): string[] {
  let fence: string | null = null;
  return text.split(/\r?\n/).map((line) => {
    const opener = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence !== null) {
      if (opener !== undefined && opener[0] === fence[0] && opener.length >= fence.length && line.trim() === opener) fence = null;
      return '';
    }
    if (opener !== undefined) {
      fence = opener;
      return '';
    }
    if (/^( {4}|\t)/.test(line)) return '';
    return keepInlineCode ? line : line.replace(/(`+)[^`]*?\1/g, '');
  });
}

/** Every link destination in a Markdown text: inline links and images, definitions, HTML src/href. */
export function linksIn(text: string): { line: number; target: string }[] {
  const found: { line: number; target: string }[] = [];
  withoutCode(text).forEach((line, i) => {
    const add = (target: string | undefined) => {
      if (target !== undefined) found.push({ line: i + 1, target });
    };
    for (const m of line.matchAll(/\]\(\s*(?:<([^>]*)>|([^)\s]+))(?:\s+"[^"]*")?\s*\)/g)) add(m[1] ?? m[2]);
    add(/^ {0,3}\[[^\]]+\]:\s*<?([^\s>]+)>?/.exec(line)?.[1]);
    for (const m of line.matchAll(/\b(?:src|href)="([^"]+)"/g)) add(m[1]);
  });
  return found;
}

/** The ids GitHub gives a file's headings: lowercase text, punctuation dropped, spaces as dashes, -1, -2… on repeats. */
export function headingIds(text: string): Set<string> {
  const ids = new Set<string>();
  const seen = new Map<string, number>();
  // Headings keep their inline code: `The \`execplan\` CLI` is #the-execplan-cli.
  for (const line of withoutCode(text, true)) {
    const heading = /^ {0,3}#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/.exec(line)?.[1];
    if (heading === undefined) continue;
    const plain = heading
      .replace(/<[^>]+>/g, '')
      .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/[`*]/g, '');
    const base = plain.trim().toLowerCase().replace(/[^\p{L}\p{M}\p{N}\p{Pc}\- ]/gu, '').replace(/ /g, '-');
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    ids.add(count === 0 ? base : `${base}-${count}`);
  }
  return ids;
}

/** The relative links among `files` (paths under `root`) that lead to no file or no heading. */
export function brokenLinks(root: string, files: readonly string[]): Link[] {
  const broken: Link[] = [];
  for (const file of files) {
    const text = fs.readFileSync(path.join(root, file), 'utf8');
    for (const { line, target } of linksIn(text)) {
      if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('//')) continue; // absolute: http:, mailto:, …
      const hash = target.indexOf('#');
      const pathPart = hash < 0 ? target : target.slice(0, hash);
      const anchor = hash < 0 ? null : target.slice(hash + 1);
      const resolved = pathPart === '' ? path.join(root, file) : path.resolve(path.dirname(path.join(root, file)), decodeURIComponent(pathPart));
      const inside = !path.relative(root, resolved).startsWith('..');
      if (!inside || !fs.existsSync(resolved)) {
        broken.push({ file, line, target });
        continue;
      }
      if (anchor !== null && resolved.endsWith('.md') && !headingIds(fs.readFileSync(resolved, 'utf8')).has(decodeURIComponent(anchor).toLowerCase())) {
        broken.push({ file, line, target });
      }
    }
  }
  return broken;
}

/** The Markdown files at the top of `root` and anywhere under `root/docs`. */
export function documentationFiles(root: string): string[] {
  const top = fs.readdirSync(root).filter((name) => name.endsWith('.md') && fs.statSync(path.join(root, name)).isFile());
  const docs = fs.existsSync(path.join(root, 'docs'))
    ? fs.readdirSync(path.join(root, 'docs'), { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.md')).map((name) => path.join('docs', name))
    : [];
  return [...top, ...docs].sort();
}
