import type { TFile } from 'obsidian';
import { fileNameFromTitle, folderProblem } from '../../core/template/file-name';
import { mergePlanProperties } from '../../core/template/frontmatter-merge';
import { collectPrompts, renderTemplate } from '../../core/template/render';
import { hasTemplaterTags } from '../../core/template/scan';
import type { FileNameContext, TemplateError } from '../../core/template/types';
import { errorMessage, notify } from '../note-writer';
import { askPrompts } from './ask-prompts';
import { firstEmptySectionOffset } from './cursor-target';
import { OBSIDIAN_YAML, initialStatus, planProperties, type TemplatesHost } from './plan-properties';
import { listTemplates, templateBody } from './template-choices';
import { chooseTemplate } from './template-suggest-modal';
import { handOverToTemplater } from './templater';
import { askText } from './text-input-modal';
import { createUniqueNote, ensureFolder, openAtOffset, vaultFolder } from './vault-files';

/**
 * "Create new plan": title, template, the template's questions, then a new note in the plans
 * folder, opened with the cursor where writing starts. Cancelling any step creates nothing,
 * and so does any problem found before the note is written (it is reported in a Notice).
 * Shared by the command and the dashboard's "New plan" button.
 */
export async function createNewPlan(host: TemplatesHost): Promise<void> {
  await createPlanFile(host);
}

/** The same flow, resolving with the created note (null when nothing was created). */
export async function createPlanFile(host: TemplatesHost): Promise<TFile | null> {
  const { app, settings } = host;
  // A plans folder that leaves the vault (hand-edited settings) is never written to.
  const outside = folderProblem(settings.plansFolder);
  if (outside) {
    notify(`No plan was created: the plans folder cannot be used. ${outside} (Settings → ExecPlan → Plans folder)`);
    return null;
  }
  const base = {
    now: host.now(),
    utc: settings.useUtc,
    status: initialStatus(settings),
    folder: vaultFolder(settings.plansFolder),
  };
  const nameFor = (title: string): ReturnType<typeof fileNameFromTitle> =>
    fileNameFromTitle(settings.fileNamePattern, { ...base, title });

  const title = await askText(app, {
    title: 'New plan',
    label: 'Title',
    placeholder: 'What is this plan about?',
    submitLabel: 'Continue',
    validate: (value) => {
      if (!value) return 'Enter a title for the plan.';
      const name = nameFor(value);
      return name.ok ? null : name.message;
    },
  });
  if (title === null) return null;
  const ctx: FileNameContext = { ...base, title };

  const choice = await chooseTemplate(app, listTemplates(app, settings.templatesFolder));
  if (!choice) return null;

  let file: TFile | null = null;
  const unusable = (why: string): null => {
    notify(`Template “${choice.name}” cannot be used, so no plan was created. ${why}`);
    return null;
  };
  try {
    const body = await templateBody(app, choice);
    // Check the whole template before asking anything: a typo must not cost the user answers.
    const problem = templateProblem(body, ctx);
    if (problem) return unusable(problem.message);
    const answers = await askPrompts(app, collectPrompts(body), choice.name);
    if (!answers) return null;

    const rendered = renderTemplate(body, { ...ctx, answers });
    if (!rendered.ok) return unusable(rendered.error.message);
    const merged = mergePlanProperties(rendered.text, planProperties(ctx), OBSIDIAN_YAML, rendered.cursor);
    if (!merged.ok) return unusable(merged.message);
    const name = nameFor(title);
    if (!name.ok) {
      notify(name.message);
      return null;
    }

    await ensureFolder(app, ctx.folder);
    file = await createUniqueNote(app, ctx.folder, name.name, merged.text);
    await openAtOffset(app, file, merged.cursor ?? firstEmptySectionOffset(merged.text));
    // Only the template's own tags count: a title or answer holding `<%` is the user's text.
    if (hasTemplaterTags(body)) await handOverToTemplater(app, host, file, notify);
    return file;
  } catch (e) {
    const reason = errorMessage(e);
    // Once the note exists it stays: the user's answers are in it.
    notify(file ? `“${file.path}” was created but could not be opened: ${reason}` : `The plan could not be created: ${reason}`);
    return file;
  }
}

/**
 * The first error the template has whatever the answers are (an unknown variable, a bad
 * format); questions count as answered here, since they are asked afterwards.
 */
function templateProblem(body: string, ctx: FileNameContext): TemplateError | null {
  const answers = new Map(collectPrompts(body).map((p) => [p.question, '']));
  const trial = renderTemplate(body, { ...ctx, answers });
  return trial.ok ? null : trial.error;
}
