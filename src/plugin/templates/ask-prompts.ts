import type { App } from 'obsidian';
import type { PromptSpec } from '../../core/template/types';
import { askText } from './text-input-modal';

/**
 * Asks each question once, in template order, one modal per question with the template's
 * default filled in. An empty answer is allowed (the user may want the spot left blank).
 * Null as soon as one question is cancelled: the caller then creates or changes nothing.
 */
export async function askPrompts(
  app: App,
  prompts: readonly PromptSpec[],
  templateName: string,
): Promise<Map<string, string> | null> {
  const answers = new Map<string, string>();
  for (const [index, prompt] of prompts.entries()) {
    const answer = await askText(app, {
      title: prompts.length > 1 ? `${templateName}: question ${index + 1} of ${prompts.length}` : templateName,
      label: prompt.question,
      value: prompt.defaultValue ?? '',
      submitLabel: index + 1 < prompts.length ? 'Next' : 'Create',
    });
    if (answer === null) return null;
    answers.set(prompt.question, answer);
  }
  return answers;
}
