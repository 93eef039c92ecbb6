import { Setting } from 'obsidian';
import { STATUS_LABELS } from '../core/status';
import { STATUS_KINDS } from '../core/types';
import type { SettingsHost } from './settings-host';

/**
 * The editable list of statuses in the settings tab: one row per status with its name, its
 * kind, whether it counts as closed, and buttons to move or remove it. Only this list is
 * redrawn after a structural change, so the rest of the tab keeps its scroll position.
 */
export class StatusListEditor {
  constructor(
    private readonly containerEl: HTMLElement,
    private readonly host: SettingsHost,
  ) {
    containerEl.addClass('execplan-status-list');
  }

  render(): void {
    this.containerEl.empty();
    const statuses = this.host.settings.statuses;
    statuses.forEach((_, index) => this.renderRow(index));
    new Setting(this.containerEl).addButton((button) =>
      button.setButtonText('Add status').onClick(async () => {
        statuses.push({ name: this.freshName(), kind: 'in-progress', closed: false });
        await this.saveAndRender();
      }),
    );
  }

  private renderRow(index: number): void {
    const statuses = this.host.settings.statuses;
    const status = statuses[index];
    if (!status) return;
    const row = new Setting(this.containerEl).setClass('execplan-status-row');
    row.addText((text) =>
      text
        .setPlaceholder('Status name')
        .setValue(status.name)
        .onChange(async (value) => {
          const name = value.trim();
          // A blank or repeated name would make two statuses indistinguishable in frontmatter.
          const clash = statuses.some((s, i) => i !== index && s.name.toLowerCase() === name.toLowerCase());
          text.inputEl.toggleClass('execplan-field-missing', !name || clash);
          if (!name || clash) return;
          status.name = name;
          await this.host.saveSettings();
        }),
    );
    row.addDropdown((dropdown) => {
      for (const kind of STATUS_KINDS) dropdown.addOption(kind, STATUS_LABELS[kind]);
      dropdown.setValue(status.kind).onChange(async (value) => {
        status.kind = STATUS_KINDS.find((k) => k === value) ?? status.kind;
        await this.host.saveSettings();
      });
    });
    row.addToggle((toggle) =>
      toggle
        .setTooltip('Counts as closed')
        .setValue(status.closed)
        .onChange(async (value) => {
          status.closed = value;
          await this.host.saveSettings();
        }),
    );
    // Move up, move down, remove: each disabled where it cannot apply.
    const buttons: readonly [icon: string, tooltip: string, disabled: boolean, run: () => Promise<void>][] = [
      ['arrow-up', 'Move up', index === 0, () => this.move(index, -1)],
      ['arrow-down', 'Move down', index === statuses.length - 1, () => this.move(index, 1)],
      [
        'trash',
        'Remove',
        statuses.length <= 1,
        async () => {
          if (statuses.length <= 1) return;
          statuses.splice(index, 1);
          await this.saveAndRender();
        },
      ],
    ];
    for (const [icon, tooltip, disabled, run] of buttons) {
      row.addExtraButton((button) => button.setIcon(icon).setTooltip(tooltip).setDisabled(disabled).onClick(run));
    }
  }

  private async move(index: number, by: -1 | 1): Promise<void> {
    const statuses = this.host.settings.statuses;
    const target = index + by;
    const moving = statuses[index];
    const other = statuses[target];
    if (!moving || !other) return;
    statuses[target] = moving;
    statuses[index] = other;
    await this.saveAndRender();
  }

  private async saveAndRender(): Promise<void> {
    await this.host.saveSettings();
    this.render();
  }

  private freshName(): string {
    const taken = new Set(this.host.settings.statuses.map((s) => s.name.toLowerCase()));
    for (let n = 1; ; n++) {
      const name = n === 1 ? 'New status' : `New status ${n}`;
      if (!taken.has(name.toLowerCase())) return name;
    }
  }
}
