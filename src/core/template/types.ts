/** Shared vocabulary of the template engine. Pure types: no runtime code lives here. */

/** Everything a template may refer to when it is rendered. */
export interface TemplateContext {
  /** The plan's title as the user typed it. */
  title: string;
  /** The moment the plan is created; every date variable is computed from it. */
  now: Date;
  /** When true, `{{date}}`, `{{time}}` and their offsets use UTC wall time instead of local time. */
  utc: boolean;
  /** The initial status, e.g. `proposed`. */
  status: string;
  /** Vault folder the plan is created in ('' for the vault root). */
  folder: string;
  /** Answers keyed by `PromptSpec.question`. */
  answers: ReadonlyMap<string, string>;
}

/** The context file-name patterns are rendered with: no prompts, no cursor. */
export type FileNameContext = Omit<TemplateContext, 'answers'>;

export type TemplateErrorCode = 'unknown-variable' | 'unanswered-prompt' | 'bad-format' | 'unsafe-value';

export interface TemplateError {
  code: TemplateErrorCode;
  /** The variable as written between the braces (trimmed), or the prompt's question. */
  variable: string;
  /** A sentence a user understands, naming the variable. */
  message: string;
}

export type RenderResult =
  | {
      ok: true;
      text: string;
      /** UTF-16 offset of the first `{{cursor}}` in `text` (marker removed), or null. */
      cursor: number | null;
    }
  | { ok: false; error: TemplateError };

/** One distinct question a template asks. */
export interface PromptSpec {
  /** Trimmed question with inner whitespace collapsed; the key for `TemplateContext.answers`. */
  question: string;
  /** The first default given for this question anywhere in the template, or null. */
  defaultValue: string | null;
}
