import { Setting, TextAreaComponent, type App } from 'obsidian';
import { ResultModal } from './result-modal';

/** One multi-line text field of a form. */
export interface TextFieldSpec {
  key: string;
  name: string;
  desc?: string;
  placeholder?: string;
  /** The form cannot be submitted while a required field is blank. */
  required?: boolean;
}

export interface ToggleFieldSpec {
  key: string;
  name: string;
  desc?: string;
  value: boolean;
}

export interface FormSpec {
  title: string;
  /** The submit button's text; the title when not given. */
  submitLabel?: string;
  fields: readonly TextFieldSpec[];
  toggles?: readonly ToggleFieldSpec[];
  /** When no field is required on its own: at least one field must have text. */
  requireAny?: boolean;
}

export interface FormValues {
  /** Text per field key, trimmed at both ends, line breaks inside kept (always `\n`). */
  text: Record<string, string>;
  toggles: Record<string, boolean>;
}

/**
 * A small keyboard-first form: Enter submits, Shift+Enter starts a new line, Esc cancels
 * (Obsidian's modal scope already closes on Escape). Blank input never submits, so a stray
 * Enter writes nothing. Resolves with the values, or null when the form was cancelled.
 */
export class FormModal extends ResultModal<FormValues> {
  private readonly areas = new Map<string, TextAreaComponent>();
  private readonly toggleValues: Record<string, boolean> = {};

  constructor(
    app: App,
    private readonly spec: FormSpec,
  ) {
    super(app);
  }

  override onOpen(): void {
    const { spec } = this;
    const contentEl = this.frame(spec.title);
    contentEl.addClass('execplan-form');
    for (const field of spec.fields) this.addField(contentEl, field);
    for (const toggle of spec.toggles ?? []) this.addToggle(contentEl, toggle);
    this.buttons('Cancel', () => this.close(), spec.submitLabel ?? spec.title, () => this.submit());
    this.areas.values().next().value?.inputEl.focus();
  }

  /** Submits when the input is complete; otherwise marks the blank fields and stays open. */
  submit(): void {
    const values = this.collect();
    const missing = this.missingFields(values);
    for (const [key, area] of this.areas) area.inputEl.toggleClass('execplan-field-missing', missing.includes(key));
    if (missing.length > 0) {
      const first = missing[0];
      if (first !== undefined) this.areas.get(first)?.inputEl.focus();
      return;
    }
    this.finish(values);
  }

  private addField(containerEl: HTMLElement, field: TextFieldSpec): void {
    const setting = new Setting(containerEl).setName(field.name).setClass('execplan-form-field');
    if (field.desc) setting.setDesc(field.desc);
    setting.addTextArea((area) => {
      area.inputEl.addClass('execplan-form-textarea');
      area.inputEl.rows = 3;
      if (field.placeholder) area.setPlaceholder(field.placeholder);
      area.inputEl.addEventListener('keydown', (evt) => this.submitOnEnter(evt, () => this.submit()));
      area.onChange(() => area.inputEl.removeClass('execplan-field-missing'));
      this.areas.set(field.key, area);
    });
  }

  private addToggle(containerEl: HTMLElement, toggle: ToggleFieldSpec): void {
    this.toggleValues[toggle.key] = toggle.value;
    const setting = new Setting(containerEl).setName(toggle.name);
    if (toggle.desc) setting.setDesc(toggle.desc);
    setting.addToggle((component) =>
      component.setValue(toggle.value).onChange((value) => {
        this.toggleValues[toggle.key] = value;
      }),
    );
  }

  private collect(): FormValues {
    const text: Record<string, string> = {};
    for (const [key, area] of this.areas) text[key] = area.getValue().replace(/\r\n?/g, '\n').trim();
    return { text, toggles: { ...this.toggleValues } };
  }

  private missingFields(values: FormValues): string[] {
    const blank = (key: string): boolean => !values.text[key];
    const { fields, requireAny } = this.spec;
    const missing = fields.filter((f) => f.required && blank(f.key)).map((f) => f.key);
    if (missing.length === 0 && requireAny && fields.every((f) => blank(f.key))) {
      const first = fields[0];
      return first ? [first.key] : [];
    }
    return missing;
  }
}

/** Opens a form and waits for its values (null when cancelled). */
export function askForm(app: App, spec: FormSpec): Promise<FormValues | null> {
  const modal = new FormModal(app, spec);
  modal.open();
  return modal.result;
}
