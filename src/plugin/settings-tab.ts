import { parseSectionNames } from '../core/section-names-config';
import { normalizePath, PluginSettingTab, Setting, type App, type Plugin } from 'obsidian';
import { folderProblem } from '../core/template/file-name';
import { formatStamp } from '../core/timestamps';
import type { DecisionStyle, ExecPlanSettings } from './settings';
import type { SettingsHost } from './settings-host';
import { StatusListEditor } from './status-list-editor';
import { errorMessage } from './note-writer';

const DECISION_STYLES: Readonly<Record<DecisionStyle, string>> = {
  bullets: 'Bullet list',
  bold: 'Bold labels',
  table: 'Table',
  headings: 'Sub-headings',
};

type DetectionKey = keyof ExecPlanSettings['detection'];

const DETECTION_RULES: readonly { key: DetectionKey; name: string; desc: string }[] = [
  { key: 'folder', name: 'Notes in the plans folder', desc: 'Every note inside the plans folder is a plan.' },
  { key: 'tag', name: 'Notes tagged #execplan', desc: 'Nested tags such as #execplan/active count too.' },
  { key: 'frontmatterType', name: 'Notes with type: execplan', desc: 'The note has the property "type" set to "execplan".' },
  {
    key: 'autoDetect',
    name: 'Detect plans by their sections',
    desc: 'A note with a progress log, other plan sections and steps or entries of its own is a plan, wherever it lives. A blank template is not.',
  },
];

/** The plugin's settings, grouped under headings; every change is saved at once. */
export class ExecPlanSettingTab extends PluginSettingTab {
  constructor(
    app: App,
    plugin: Plugin,
    private readonly host: SettingsHost,
  ) {
    super(app, plugin);
  }

  override display(): void {
    const { containerEl } = this;
    containerEl.empty();
    containerEl.addClass('execplan-settings');
    this.displayFiles(containerEl);
    this.displayTimestamps(containerEl);
    this.displayStatuses(containerEl);
    this.displayLogging(containerEl);
    this.displayDetection(containerEl);
  }

  private get settings(): ExecPlanSettings {
    return this.host.settings;
  }

  private save(): Promise<void> {
    return this.host.saveSettings();
  }

  /** A toggle row bound to one boolean of the settings (or of its detection rules), saved on change. */
  private toggle<K extends string>(
    containerEl: HTMLElement,
    name: string,
    desc: string,
    target: Record<K, boolean>,
    key: K,
    after?: () => void,
  ): void {
    new Setting(containerEl)
      .setName(name)
      .setDesc(desc)
      .addToggle((toggle) =>
        toggle.setValue(target[key]).onChange(async (value) => {
          target[key] = value;
          await this.save();
          after?.();
        }),
      );
  }

  private displayFiles(containerEl: HTMLElement): void {
    new Setting(containerEl).setName('Files').setHeading();
    this.folderSetting(containerEl, 'Plans folder', 'New plans are created here.', 'plansFolder');
    this.folderSetting(containerEl, 'Templates folder', 'Your own plan templates live here.', 'templatesFolder');
    new Setting(containerEl)
      .setName('File name pattern')
      .setDesc('Name of a new plan file. Uses the template variables, such as {{title}} and {{date}}.')
      .addText((text) =>
        text
          .setPlaceholder('{{title}}')
          .setValue(this.settings.fileNamePattern)
          .onChange(async (value) => {
            this.settings.fileNamePattern = value.trim() || '{{title}}';
            await this.save();
          }),
      );
  }

  private folderSetting(
    containerEl: HTMLElement,
    name: string,
    desc: string,
    key: 'plansFolder' | 'templatesFolder',
  ): void {
    const setting = new Setting(containerEl).setName(name).setDesc(desc);
    // Says why a folder outside the vault is refused; such a value is never saved.
    let message: HTMLElement | null = null;
    const show = (problem: string | null): void => {
      message?.remove();
      message = problem ? setting.descEl.createDiv({ cls: 'execplan-format-preview execplan-format-invalid', text: problem }) : null;
    };
    show(folderProblem(this.settings[key]));
    setting.addText((text) =>
      text.setValue(this.settings[key]).onChange(async (value) => {
        const problem = folderProblem(value);
        show(problem);
        if (problem) return;
        // normalizePath turns an empty value into "/", the vault root; keep "" for that.
        const folder = value.trim() ? normalizePath(value.trim()) : '';
        this.settings[key] = folder === '/' ? '' : folder;
        await this.save();
      }),
    );
  }

  private displayTimestamps(containerEl: HTMLElement): void {
    new Setting(containerEl).setName('Timestamps').setHeading();
    const format = new Setting(containerEl)
      .setName('Timestamp format')
      .setDesc('Written with date-fns format tokens. The line below shows the current time in it.');
    const preview = format.descEl.createDiv({ cls: 'execplan-format-preview' });
    const showPreview = (): void => {
      const text = previewStamp(this.host.now(), this.settings.timestampFormat, this.settings.useUtc);
      preview.setText(text.ok ? `Now: ${text.value}` : text.value);
      preview.toggleClass('execplan-format-invalid', !text.ok);
    };
    format.addText((text) =>
      text
        .setValue(this.settings.timestampFormat)
        .onChange(async (value) => {
          const checked = previewStamp(this.host.now(), value, this.settings.useUtc);
          if (checked.ok && value.trim()) {
            this.settings.timestampFormat = value;
            await this.save();
            showPreview();
          } else {
            preview.setText(value.trim() ? checked.value : 'Enter a format.');
            preview.addClass('execplan-format-invalid');
          }
        }),
    );
    showPreview();
    this.toggle(
      containerEl,
      'Use UTC',
      'Stamp entries in UTC, as plans conventionally are. Turn off to use local time.',
      this.settings,
      'useUtc',
      showPreview,
    );
  }

  private displayStatuses(containerEl: HTMLElement): void {
    new Setting(containerEl)
      .setName('Statuses')
      .setHeading()
      .setDesc('Names written to the status property, in the order the status picker lists them.');
    new StatusListEditor(containerEl.createDiv(), this.host).render();
  }

  private displayLogging(containerEl: HTMLElement): void {
    new Setting(containerEl).setName('Logging').setHeading();
    this.toggle(
      containerEl,
      'Update the "updated" property',
      'Each log entry sets the plan\'s "updated" property to today, when the plan has properties.',
      this.settings,
      'bumpUpdated',
    );
    this.toggle(
      containerEl,
      'Log status changes',
      'Setting a status also adds a stamped line to the progress section.',
      this.settings,
      'logStatusChanges',
    );
    new Setting(containerEl)
      .setName('Decision style for empty logs')
      .setDesc('How a decision is written when the decision log has no entries to copy the style from.')
      .addDropdown((dropdown) =>
        dropdown
          .addOptions(DECISION_STYLES)
          .setValue(this.settings.defaultDecisionStyle)
          .onChange(async (value) => {
            const style = (Object.keys(DECISION_STYLES) as DecisionStyle[]).find((s) => s === value);
            if (!style) return;
            this.settings.defaultDecisionStyle = style;
            await this.save();
          }),
      );
  }

  private displayDetection(containerEl: HTMLElement): void {
    new Setting(containerEl)
      .setName('Plan detection')
      .setHeading()
      .setDesc('Which notes count as plans for the commands, the status bar and the dashboard.');
    for (const rule of DETECTION_RULES) this.toggle(containerEl, rule.name, rule.desc, this.settings.detection, rule.key);
    const names = new Setting(containerEl)
      .setName('Extra section names')
      .setDesc(SECTION_NAMES_DESC)
      .addTextArea((area) => {
        area.inputEl.rows = 4;
        area
          .setValue(this.settings.sectionNames)
          .onChange(async (value) => {
            const { errors } = parseSectionNames(value);
            area.inputEl.toggleClass('execplan-field-missing', errors.length > 0);
            names.setDesc(errors[0] ?? SECTION_NAMES_DESC);
            if (errors.length > 0) return;
            this.settings.sectionNames = value;
            await this.save();
          });
      });
    new Setting(containerEl)
      .setName('Stale after (days)')
      .setDesc('An open plan without activity for this many days is flagged as stale.')
      .addText((text) => {
        text.inputEl.type = 'number';
        text.inputEl.min = '1';
        text
          .setValue(String(this.settings.staleDays))
          .onChange(async (value) => {
            const days = Number(value);
            const valid = Number.isInteger(days) && days >= 1;
            text.inputEl.toggleClass('execplan-field-missing', !valid);
            if (!valid) return;
            this.settings.staleDays = days;
            await this.save();
          });
      });
  }
}

const SECTION_NAMES_DESC =
  'Headings to read as plan sections, besides the built-in names in eight languages. One kind per line, such as "decisions: Beschlüsse, ADR log". Kinds: progress, decisions, surprises, retrospective, handoff, purpose, context, plan, steps, validation, risks.';

/** The current time in a format, or the reason the format cannot be used. */
export function previewStamp(at: Date, format: string, utc: boolean): { ok: boolean; value: string } {
  try {
    return { ok: true, value: formatStamp(at, { format, utc }) };
  } catch (e) {
    return { ok: false, value: `Invalid format: ${errorMessage(e)}` };
  }
}
