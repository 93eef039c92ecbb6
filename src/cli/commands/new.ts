import * as path from 'node:path';
import { stringify } from 'yaml';
import {
  BUILTIN_TEMPLATES,
  DEFAULT_FILE_NAME_PATTERN,
  collectPrompts,
  fileNameFromTitle,
  mergePlanProperties,
  normaliseQuestion,
  renderTemplate,
  uniquePath,
  type BuiltinTemplate,
} from '../../core/template';
import { planProperties } from '../../core/template/plan-properties';
import { positional, type ParsedArgs } from '../args';
import type { Command } from '../command';
import type { CliContext } from '../context';
import { CliError, EXIT_OK, usageError } from '../errors';
import { readNote } from '../notes';
import { parseYamlStrictly } from '../yaml-parse';
import { parseStatusArg } from '../status-arg';
import { stampMoment } from '../time';

const DEFAULT_TEMPLATE = 'ExecPlan';

export const newCommand: Command = {
  spec: {
    name: 'new',
    summary: 'Create a plan from a template in a folder',
    usage: 'new <folder> --title <title> [--template <name|file>] [--status <status>] [--prompt "Question=Answer" ...] [--at <ISO>]',
    positionals: ['folder'],
    options: {
      title: { kind: 'string', value: 'title', description: 'The plan title (also the file name)' },
      template: {
        kind: 'string',
        value: 'name|file',
        description: `Built-in template by name or id, or a template file (default "${DEFAULT_TEMPLATE}")`,
      },
      status: { kind: 'string', value: 'status', description: 'Initial status (default proposed)' },
      prompt: { kind: 'list', value: 'Question=Answer', description: "Answers a template's {{prompt:Question}}" },
      at: { kind: 'string', value: 'ISO', description: 'Creation time for {{date}} and friends (default now)' },
    },
    notes: [
      `Built-in templates: ${BUILTIN_TEMPLATES.map((t) => `"${t.name}" (${t.id})`).join(', ')}.`,
      'The folder is created when missing. An existing note is never overwritten: the new one is ' +
        'named "Title 2.md", "Title 3.md" … instead. Dates are rendered in UTC. Prints the created path.',
      'A prompt without an answer and without a default in the template is an error, and nothing is created.',
    ],
  },
  run(args, ctx) {
    const title = (args.strings.get('title') ?? '').trim();
    if (!title) throw usageError(`missing --title for 'new' (see execplan new --help)`);
    const status = parseStatusArg(args.strings.get('status') ?? 'proposed');
    const now = stampMoment(args, ctx.io);
    const template = loadTemplate(ctx, args.strings.get('template') ?? DEFAULT_TEMPLATE);
    const answers = readAnswers(args, template.body, template.label);

    const folder = ctx.resolve(positional(args, 'folder'));
    if (ctx.io.exists(folder) && !ctx.io.isDirectory(folder)) {
      throw new CliError(`${ctx.display(folder)} is a file, not a folder`);
    }
    const base = { title, now, utc: true, status: status.label, folder: folderVariable(ctx, folder) };

    const rendered = renderTemplate(template.body, { ...base, answers });
    if (!rendered.ok) throw new CliError(`template ${template.label}: ${rendered.error.message}`);
    // Every new plan carries the plan properties, as in the plugin; the template's values win.
    const merged = mergePlanProperties(rendered.text, planProperties(base), { parse: parseYamlStrictly, stringify });
    if (!merged.ok) throw new CliError(`template ${template.label}: ${merged.message}`);
    const name = fileNameFromTitle(DEFAULT_FILE_NAME_PATTERN, base);
    if (!name.ok) throw new CliError(name.message);

    const target = createUnique(ctx, folder, name.name, merged.text);
    ctx.io.stdout(`${ctx.display(target)}\n`);
    return EXIT_OK;
  },
};

/**
 * Creates "Name.md", else "Name 2.md", "Name 3.md" …: each name is claimed with an exclusive
 * create, so processes creating the same title at once each get their own file and no
 * existing note is ever overwritten.
 */
function createUnique(ctx: CliContext, folder: string, baseName: string, text: string): string {
  const taken = new Set<string>();
  for (;;) {
    const fileName = uniquePath('', baseName, (candidate) => taken.has(candidate) || ctx.io.exists(path.join(folder, candidate)));
    const target = path.join(folder, fileName);
    let created: boolean;
    try {
      ctx.io.mkdirp(folder);
      created = ctx.io.createExclusive(target, text);
    } catch (e) {
      throw new CliError(`cannot create ${ctx.display(target)}: ${e instanceof Error ? e.message : String(e)}`);
    }
    if (created) return target;
    taken.add(fileName);
  }
}

/** `{{folder}}`: the folder relative to the working directory (taken as the vault root), '/'-separated. */
function folderVariable(ctx: CliContext, folder: string): string {
  const relative = path.relative(ctx.io.cwd, folder);
  const inside = !relative.startsWith('..') && !path.isAbsolute(relative);
  return (inside ? relative : folder).split(path.sep).join('/');
}

interface LoadedTemplate {
  body: string;
  /** How error messages name it. */
  label: string;
}

function findBuiltin(name: string): BuiltinTemplate | undefined {
  const wanted = name.trim().toLowerCase();
  return BUILTIN_TEMPLATES.find((t) => t.id === wanted || t.name.toLowerCase() === wanted);
}

/** A built-in by id or name, else a template file; a name with a slash or `.md` is always a file. */
function loadTemplate(ctx: CliContext, name: string): LoadedTemplate {
  const looksLikePath = /[\\/]/.test(name) || /\.md$/i.test(name);
  const builtin = looksLikePath ? undefined : findBuiltin(name);
  if (builtin) return { body: builtin.body, label: `"${builtin.name}"` };
  if (!looksLikePath && !ctx.io.exists(ctx.resolve(name))) {
    const known = BUILTIN_TEMPLATES.map((t) => `"${t.name}"`).join(', ');
    throw usageError(`unknown template '${name}' (built-in: ${known}; or give a template file path)`);
  }
  const note = readNote(ctx, name);
  return { body: note.text, label: note.shown };
}

/** `--prompt "Question=Answer"`, keyed like the engine keys questions; unknown questions are typos. */
function readAnswers(args: ParsedArgs, body: string, label: string): Map<string, string> {
  const asked = new Map(collectPrompts(body).map((p) => [p.question.toLowerCase(), p.question]));
  const answers = new Map<string, string>();
  for (const pair of args.lists.get('prompt') ?? []) {
    const eq = pair.indexOf('=');
    if (eq < 0) throw usageError(`--prompt needs "Question=Answer", not '${pair}'`);
    const question = normaliseQuestion(pair.slice(0, eq));
    const key = asked.get(question.toLowerCase());
    if (key === undefined) {
      const list = [...asked.values()].map((q) => `"${q}"`).join(', ');
      throw usageError(`template ${label} asks no question "${question}"${list ? ` (it asks: ${list})` : ''}`);
    }
    answers.set(key, pair.slice(eq + 1));
  }
  return answers;
}
