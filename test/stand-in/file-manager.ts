/**
 * `FileManager`. `processFrontMatter` works like Obsidian's: it parses the frontmatter with a
 * YAML parser, hands the object to `fn`, and rewrites only the frontmatter block, so every body
 * byte stays as it was. A note without frontmatter gets a block at the top; a block whose last key
 * was deleted is removed. Malformed YAML throws and the file is left byte-identical.
 */
import type { DataWriteOptions } from 'obsidian';
import type { TAbstractFile, TFile, TFolder } from './files';
import { findFrontmatterLines } from './metadata';
import { buildLineTable } from './markdown-lines';
import type { MetadataCache } from './metadata-cache';
import { notImplemented } from './not-implemented';
import type { Vault } from './vault';
import { parseYamlStrict, stringifyYaml } from './yaml';

export class FileManager {
  constructor(
    private readonly vault: Vault,
    private readonly metadataCache: MetadataCache,
  ) {}

  /** New notes go to the vault root (Obsidian's default "Vault folder" setting). */
  getNewFileParent(_sourcePath: string, _newFilePath?: string): TFolder {
    return this.vault.getRoot();
  }

  /** Renames without rewriting links in other notes (the stand-in does not model that setting). */
  async renameFile(file: TAbstractFile, newPath: string): Promise<void> {
    await this.vault.rename(file, newPath);
  }

  async trashFile(file: TAbstractFile): Promise<void> {
    await this.vault.trash(file, true);
  }

  generateMarkdownLink(file: TFile, sourcePath: string, subpath?: string, alias?: string): string {
    const linktext = this.metadataCache.fileToLinktext(file, sourcePath);
    return `[[${linktext}${subpath ?? ''}${alias ? `|${alias}` : ''}]]`;
  }

  async processFrontMatter(
    file: TFile,
    fn: (frontmatter: Record<string, unknown>) => void,
    options?: DataWriteOptions,
  ): Promise<void> {
    if (file.extension !== 'md') throw new Error('processFrontMatter: not a Markdown file');
    await this.vault.process(file, (text) => rewriteFrontmatter(text, fn), options);
  }

  async getAvailablePathForAttachment(): Promise<string> {
    throw notImplemented('FileManager.getAvailablePathForAttachment');
  }
}

function rewriteFrontmatter(text: string, fn: (frontmatter: Record<string, unknown>) => void): string {
  const table = buildLineTable(text);
  const fm = findFrontmatterLines(table);
  let data: Record<string, unknown> = {};
  if (fm && fm.yaml.trim() !== '') {
    const parsed = parseYamlStrict(fm.yaml); // throws on malformed YAML: nothing gets written
    if (parsed !== null && parsed !== undefined) {
      if (typeof parsed !== 'object' || Array.isArray(parsed)) {
        throw new Error('processFrontMatter: the frontmatter is not a mapping');
      }
      data = parsed as Record<string, unknown>;
    }
  }
  const hadKeys = Object.keys(data).length > 0;
  fn(data);
  if (!hadKeys && Object.keys(data).length === 0) return text;
  const yaml = Object.keys(data).length > 0 ? stringifyYaml(data) : '';
  if (!fm) return yaml ? `---\n${yaml}---\n${text}` : text;
  const yamlStart = table.starts[1] ?? text.length;
  const closeStart = table.starts[fm.closeLine] ?? text.length;
  if (yaml) return text.slice(0, yamlStart) + yaml + text.slice(closeStart);
  const after = table.starts[fm.closeLine + 1] ?? text.length;
  return text.slice(after);
}
