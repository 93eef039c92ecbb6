import type { TFile } from 'obsidian';
import { edited, failed } from '../../core/edit/result';
import { readFrontmatter } from '../../core/frontmatter';
import { planApplyTemplate } from '../../core/template/apply-template';
import { collectPrompts, renderTemplate } from '../../core/template/render';
import { hasTemplaterTags } from '../../core/template/scan';
import type { FileNameContext, PromptSpec, TemplateContext } from '../../core/template/types';
import type { Splice } from '../../core/types';
import { currentText, errorMessage, frontmatterProblem, notify, openEditorFor, processProperties, rewrite } from '../note-writer';
import { askPrompts } from './ask-prompts';
import {
  absentProperties,
  propertiesInsertSplice,
  templateProperties,
  wantedProperties,
} from './note-properties';
import { OBSIDIAN_YAML, initialStatus, planProperties, type TemplatesHost } from './plan-properties';
import { listTemplates, templateBody } from './template-choices';
import { chooseTemplate } from './template-suggest-modal';
import { vaultFolder } from './vault-files';

/** What applying a rendered template to a note's text would add. */
interface Additions {
  /** Insert-only splices for the missing sections. */
  sections: Splice[];
  /** Properties the note lacks (keys compared without case). */
  properties: Record<string, unknown>;
}

type Planned = { ok: true; additions: Additions } | { ok: false; message: string };

/**
 * "Apply plan template to this note": adds the template's sections and properties the note
 * lacks and touches nothing it has. Sections are splices through the note writer; properties
 * go through processFrontMatter for a closed note, and join the section splices when the note
 * is open, so one undo takes the whole change back. Malformed properties stop everything.
 */
export async function applyTemplateToNote(host: TemplatesHost, file: TFile): Promise<void> {
  const { app } = host;
  const choice = await chooseTemplate(app, listTemplates(app, host.settings.templatesFolder));
  if (!choice) return;
  const fail = (message: string): void => notify(`Nothing was changed in “${file.basename}”. ${message}`);
  try {
    const body = await templateBody(app, choice);
    const ctx = noteContext(host, file);
    const prompts = collectPrompts(body);

    // A dry run with a marker per question shows which questions feed what would be added,
    // so the user is asked only what ends up in the note.
    const markers = prompts.map((_p, i) => `\uE000${i}\uE001`);
    const probe = renderTemplate(body, { ...ctx, answers: new Map(prompts.map((p, i) => [p.question, markers[i] ?? ''])) });
    const unusable = (why: string): void => fail(`Template “${choice.name}” cannot be used: ${why}`);
    if (!probe.ok) return unusable(probe.error.message);
    const before = await currentText(app, file);
    const problem = frontmatterProblem(before);
    if (problem) return fail(`Its properties cannot be read: ${problem}`);
    const dryRun = plan(before, probe.text, ctx);
    if (!dryRun.ok) return fail(dryRun.message);
    if (isEmpty(dryRun.additions)) {
      notify(`“${file.basename}” already has every section and property of “${choice.name}”.`);
      return;
    }
    const needed = prompts.filter((_p, i) => mentions(dryRun.additions, markers[i] ?? ''));
    const asked = await askPrompts(app, needed, choice.name);
    if (!asked) return;

    const rendered = renderTemplate(body, { ...ctx, answers: allAnswers(prompts, asked) });
    if (!rendered.ok) return unusable(rendered.error.message);
    const added = await write(host, file, rendered.text, ctx);
    if (!added) return;
    const tags = addsTemplaterTags(added) ? ' Its <% %> tags were left as they are.' : '';
    notify(`${describe(added, choice.name)}${tags}`);
  } catch (e) {
    fail(errorMessage(e));
  }
}

/** The note's own name, folder and the plan defaults stand in for a new plan's. */
function noteContext(host: TemplatesHost, file: TFile): FileNameContext {
  return {
    title: file.basename,
    now: host.now(),
    utc: host.settings.useUtc,
    status: initialStatus(host.settings),
    folder: file.parent ? vaultFolder(file.parent.path) : '',
  };
}

function plan(noteText: string, renderedTemplate: string, ctx: FileNameContext): Planned {
  const declared = templateProperties(renderedTemplate, OBSIDIAN_YAML);
  if (!declared.ok) return declared;
  const fm = readFrontmatter(noteText, OBSIDIAN_YAML.parse);
  if (fm?.error) return { ok: false, message: `Its properties cannot be read: ${fm.error}.` };
  const wanted = wantedProperties(planProperties(ctx), declared.data);
  return {
    ok: true,
    additions: {
      sections: planApplyTemplate(noteText, renderedTemplate),
      properties: absentProperties(fm?.data ?? null, wanted),
    },
  };
}

function addsTemplaterTags(additions: Additions): boolean {
  return additions.sections.some((s) => hasTemplaterTags(s.insert)) || hasTemplaterTags(JSON.stringify(additions.properties));
}

function isEmpty(additions: Additions): boolean {
  return additions.sections.length === 0 && Object.keys(additions.properties).length === 0;
}

function mentions(additions: Additions, marker: string): boolean {
  if (!marker) return false;
  return additions.sections.some((s) => s.insert.includes(marker)) || JSON.stringify(additions.properties).includes(marker);
}

/** Questions not asked (their text is not added) still need a value to render. */
function allAnswers(prompts: readonly PromptSpec[], asked: ReadonlyMap<string, string>): TemplateContext['answers'] {
  return new Map(prompts.map((p) => [p.question, asked.get(p.question) ?? p.defaultValue ?? '']));
}

/**
 * Writes the additions, recomputed from the note's text at write time. Resolves with what was
 * added, or null when nothing was written (the note writer has already said why).
 */
async function write(host: TemplatesHost, file: TFile, renderedTemplate: string, ctx: FileNameContext): Promise<Additions | null> {
  const { app } = host;
  let added: Additions = { sections: [], properties: {} };
  const outcome = await rewrite(app, file, (text) => {
    const planned = plan(text, renderedTemplate, ctx);
    if (!planned.ok) return failed('malformed-frontmatter', `Nothing was changed in “${file.basename}”. ${planned.message}`);
    added = planned.additions;
    const splices = [...added.sections];
    // The note writer edits an open note through this same editor, in one transaction.
    if (openEditorFor(app, file)) {
      const properties = propertiesInsertSplice(text, added.properties, OBSIDIAN_YAML);
      if (properties) splices.push(properties);
    }
    return edited(splices, 'Template applied');
  });
  if (!outcome.ok) return null;
  if (outcome.via === 'vault' && Object.keys(added.properties).length > 0) {
    const additions = added.properties;
    const result = await processProperties(app, file, (frontmatter) => {
      for (const [key, value] of Object.entries(absentProperties(frontmatter, additions))) frontmatter[key] = value;
    });
    if (!result.ok) return { sections: added.sections, properties: {} };
  }
  return added;
}

function describe(added: Additions, templateName: string): string {
  const parts: string[] = [];
  const sections = added.sections.reduce((n, s) => n + (s.insert.match(/^#{1,6}[ \t]/gm)?.length ?? 0), 0);
  const properties = Object.keys(added.properties).length;
  if (added.sections.length > 0) parts.push(sections === 1 ? '1 section' : `${sections} sections`);
  if (properties > 0) parts.push(properties === 1 ? '1 property' : `${properties} properties`);
  return `Added ${parts.join(' and ')} from “${templateName}”.`;
}
