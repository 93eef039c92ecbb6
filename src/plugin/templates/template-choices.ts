import type { App, TFile } from 'obsidian';
import { BUILTIN_TEMPLATES } from '../../core/template/builtins';
import { vaultFolder } from './vault-files';

/** One template the user can pick: a built-in, or a markdown note in the templates folder. */
export type TemplateChoice =
  | { source: 'builtin'; id: string; name: string; description: string; body: string }
  | { source: 'vault'; id: string; name: string; description: string; file: TFile };

/**
 * Built-ins first (in their shipped order), then every markdown note under the templates
 * folder, sub-folders included, sorted by path. A blank setting means "no user templates":
 * it must not turn every note in the vault into a template.
 */
export function listTemplates(app: App, templatesFolder: string): TemplateChoice[] {
  const builtins: TemplateChoice[] = BUILTIN_TEMPLATES.map((t) => ({
    source: 'builtin',
    id: `builtin:${t.id}`,
    name: t.name,
    description: t.description,
    body: t.body,
  }));
  const folder = vaultFolder(templatesFolder);
  if (!folder) return builtins;
  const prefix = `${folder}/`;
  const notes = app.vault
    .getMarkdownFiles()
    .filter((file) => file.path.startsWith(prefix))
    .sort((a, b) => a.path.localeCompare(b.path));
  const user: TemplateChoice[] = notes.map((file) => ({
    source: 'vault',
    id: `vault:${file.path}`,
    name: file.basename,
    description: `Template note: ${file.path}`,
    file,
  }));
  return [...builtins, ...user];
}

/** The template's text; a note is read fresh so an edit made a moment ago is used. */
export async function templateBody(app: App, choice: TemplateChoice): Promise<string> {
  return choice.source === 'builtin' ? choice.body : app.vault.read(choice.file);
}
