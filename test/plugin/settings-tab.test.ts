/** @jest-environment jsdom */
import { loadPlugin } from '../stand-in/testing';
import ExecPlanPlugin from '../../src/plugin/ExecPlanPlugin';
import { DEFAULT_SETTINGS, type ExecPlanSettings } from '../../src/plugin/settings';
import { ExecPlanSettingTab } from '../../src/plugin/settings-tab';
import { setup, tick, type Harness } from './plugin-harness';

async function openTab(h: Harness): Promise<HTMLElement> {
  const tab = h.testing.settingTabs.find((t) => t instanceof ExecPlanSettingTab);
  if (!tab) throw new Error('settings tab not registered');
  tab.display();
  return tab.containerEl;
}

function row(container: HTMLElement, name: string): HTMLElement {
  const rows = Array.from(container.querySelectorAll<HTMLElement>('.setting-item'));
  const hit = rows.find((r) => r.querySelector('.setting-item-name')?.textContent === name);
  if (!hit) throw new Error(`no setting "${name}"`);
  return hit;
}

function input(r: HTMLElement): HTMLInputElement {
  const el = r.querySelector('input');
  if (!el) throw new Error('no input');
  return el;
}

function saved(h: Harness): ExecPlanSettings {
  return h.testing.pluginData('execplan') as ExecPlanSettings;
}

function statusRows(container: HTMLElement): HTMLElement[] {
  return Array.from(container.querySelectorAll<HTMLElement>('.execplan-status-row'));
}

function statusNames(container: HTMLElement): string[] {
  return statusRows(container).map((r) => input(r).value);
}

function button(r: HTMLElement, label: string): HTMLElement {
  const el = r.querySelector<HTMLElement>(`[aria-label="${label}"]`);
  if (!el) throw new Error(`no ${label} button`);
  return el;
}

describe('settings tab', () => {
  test('renders grouped settings with Setting headings, no HTML headings', async () => {
    const h = await setup({});
    const tab = await openTab(h);
    const headings = Array.from(tab.querySelectorAll('.setting-item-heading .setting-item-name')).map((e) => e.textContent);
    expect(headings).toEqual(['Files', 'Timestamps', 'Statuses', 'Logging', 'Plan detection']);
    expect(tab.querySelector('h1, h2, h3, h4, h5, h6')).toBeNull();
    for (const name of [
      'Plans folder',
      'Templates folder',
      'File name pattern',
      'Timestamp format',
      'Use UTC',
      'Update the "updated" property',
      'Log status changes',
      'Decision style for empty logs',
      'Notes in the plans folder',
      'Notes tagged #execplan',
      'Notes with type: execplan',
      'Detect plans by their sections',
      'Stale after (days)',
    ]) {
      expect(row(tab, name)).toBeTruthy();
    }
    expect(statusNames(tab)).toEqual(DEFAULT_SETTINGS.statuses.map((s) => s.name));
  });

  test('text, toggle and dropdown changes are saved at once and survive a reload', async () => {
    const h = await setup({});
    const tab = await openTab(h);
    h.testing.input(input(row(tab, 'Plans folder')), '/Work/Plans/');
    h.testing.input(input(row(tab, 'Templates folder')), 'Meta/Templates');
    h.testing.input(input(row(tab, 'File name pattern')), '{{date}} {{title}}');
    h.testing.click(row(tab, 'Use UTC').querySelector('.checkbox-container') as HTMLElement);
    h.testing.click(row(tab, 'Update the "updated" property').querySelector('.checkbox-container') as HTMLElement);
    h.testing.click(row(tab, 'Log status changes').querySelector('.checkbox-container') as HTMLElement);
    h.testing.click(row(tab, 'Notes tagged #execplan').querySelector('.checkbox-container') as HTMLElement);
    h.testing.input(row(tab, 'Decision style for empty logs').querySelector('select') as HTMLSelectElement, 'table');
    h.testing.input(input(row(tab, 'Stale after (days)')), '14');
    await tick();

    const data = saved(h);
    expect(data).toMatchObject({
      plansFolder: 'Work/Plans',
      templatesFolder: 'Meta/Templates',
      fileNamePattern: '{{date}} {{title}}',
      useUtc: false,
      bumpUpdated: false,
      logStatusChanges: false,
      defaultDecisionStyle: 'table',
      staleDays: 14,
      detection: { folder: true, tag: false, frontmatterType: true, autoDetect: true },
      version: 1,
    });
    h.plugin.unload();
    const again = await loadPlugin(ExecPlanPlugin, h.app, { id: 'execplan', name: 'ExecPlan' });
    expect(again.settings).toEqual(data);
  });

  test('invalid values are flagged and not saved', async () => {
    const h = await setup({});
    const tab = await openTab(h);
    const stale = input(row(tab, 'Stale after (days)'));
    h.testing.input(stale, '0');
    await tick();
    expect(stale.hasClass('execplan-field-missing')).toBe(true);
    expect(h.plugin.settings.staleDays).toBe(7);
    expect(h.testing.pluginData('execplan')).toBeNull();
  });

  test.each(['../outside', 'Plans/../../outside', 'C:\\Users\\me', '\\\\server\\share', '~/notes'])(
    'a plans or templates folder outside the vault (%s) is refused with a message and not saved',
    async (outside) => {
      const h = await setup({});
      const tab = await openTab(h);
      for (const name of ['Plans folder', 'Templates folder']) {
        const r = row(tab, name);
        h.testing.input(input(r), outside);
        await tick();
        expect(r.querySelector('.execplan-format-invalid')?.textContent).toMatch(/inside the vault/);
        h.testing.input(input(r), 'Inside');
        await tick();
        expect(r.querySelector('.execplan-format-invalid')).toBeNull();
      }
      expect(h.plugin.settings.plansFolder).toBe('Inside');
      expect(saved(h).templatesFolder).toBe('Inside');
    },
  );

  test('the timestamp format shows a live preview of the current time', async () => {
    const h = await setup({});
    const tab = await openTab(h);
    const format = row(tab, 'Timestamp format');
    const preview = format.querySelector('.execplan-format-preview') as HTMLElement;
    expect(preview.textContent).toBe('Now: 2026-11-21 14:05Z');
    h.testing.input(input(format), "dd.MM.yyyy 'at' HH:mm");
    await tick();
    expect(preview.textContent).toBe('Now: 21.11.2026 at 14:05');
    expect(saved(h).timestampFormat).toBe("dd.MM.yyyy 'at' HH:mm");
    // date-fns warns on the console before it refuses `YYYY`; the preview is what the user sees.
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    h.testing.input(input(format), 'YYYY-MM-DD');
    warn.mockRestore();
    await tick();
    expect(preview.textContent).toMatch(/^Invalid format: /);
    expect(preview.hasClass('execplan-format-invalid')).toBe(true);
    expect(saved(h).timestampFormat).toBe("dd.MM.yyyy 'at' HH:mm");
  });

  test('statuses: add, rename, change kind and closed, move and remove', async () => {
    const h = await setup({});
    const tab = await openTab(h);
    const addButton = Array.from(tab.querySelectorAll('button')).find((b) => b.textContent === 'Add status');
    if (!addButton) throw new Error('no add button');
    h.testing.click(addButton);
    await tick();
    expect(statusNames(tab)).toEqual([...DEFAULT_SETTINGS.statuses.map((s) => s.name), 'New status']);

    const added = statusRows(tab)[5] as HTMLElement;
    h.testing.input(input(added), 'In review');
    h.testing.input(added.querySelector('select') as HTMLSelectElement, 'blocked');
    await tick();
    expect(saved(h).statuses[5]).toEqual({ name: 'In review', kind: 'blocked', closed: false });

    h.testing.click(button(statusRows(tab)[5] as HTMLElement, 'Move up'));
    await tick();
    expect(statusNames(tab)).toEqual(['Proposed', 'In progress', 'Blocked', 'Complete', 'In review', 'Abandoned']);

    h.testing.click(button(statusRows(tab)[0] as HTMLElement, 'Remove'));
    await tick();
    expect(statusNames(tab)).toEqual(['In progress', 'Blocked', 'Complete', 'In review', 'Abandoned']);

    const blockedRow = statusRows(tab)[1] as HTMLElement;
    h.testing.click(blockedRow.querySelector('.checkbox-container') as HTMLElement);
    await tick();
    expect(saved(h).statuses.map((s) => [s.name, s.kind, s.closed])).toEqual([
      ['In progress', 'in-progress', false],
      ['Blocked', 'blocked', true],
      ['Complete', 'complete', true],
      ['In review', 'blocked', false],
      ['Abandoned', 'abandoned', true],
    ]);

    // A name that repeats another is flagged and not saved.
    const reviewInput = input(statusRows(tab)[3] as HTMLElement);
    h.testing.input(reviewInput, 'blocked');
    await tick();
    expect(reviewInput.hasClass('execplan-field-missing')).toBe(true);
    expect(saved(h).statuses[3]?.name).toBe('In review');
  });

  test('the last status cannot be removed', async () => {
    const h = await setup({}, { statuses: [{ name: 'Only', kind: 'in-progress', closed: false }] });
    const tab = await openTab(h);
    const only = statusRows(tab)[0] as HTMLElement;
    expect(button(only, 'Remove').hasClass('is-disabled')).toBe(true);
    h.testing.click(button(only, 'Remove'));
    await tick();
    expect(statusNames(tab)).toEqual(['Only']);
  });
});
