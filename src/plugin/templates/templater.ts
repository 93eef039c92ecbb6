import type { App, TFile } from 'obsidian';
import { errorMessage } from '../note-writer';

/** Templater's plugin id in `app.plugins`. */
export const TEMPLATER_ID = 'templater-obsidian';

/**
 * What we know about Templater. Its API is untyped and private, so every step is checked:
 * a Templater release that renames something degrades to "not reachable", never a crash.
 */
export type TemplaterAccess =
  | { kind: 'disabled' }
  /** Enabled, and `overwrite_file_commands` is there to call. */
  | { kind: 'ready'; run: (file: TFile) => Promise<void>; triggersOnCreate: boolean }
  /** Enabled, but its API is not where we expect it. */
  | { kind: 'unreachable' };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

export function templaterAccess(app: App): TemplaterAccess {
  // `app.plugins` is not part of Obsidian's public typings.
  const registry: unknown = (app as unknown as { plugins?: unknown }).plugins;
  if (!isRecord(registry)) return { kind: 'disabled' };
  const enabled = registry.enabledPlugins;
  if (!(enabled instanceof Set) || !enabled.has(TEMPLATER_ID)) return { kind: 'disabled' };
  const loaded = registry.plugins;
  const plugin = isRecord(loaded) ? loaded[TEMPLATER_ID] : undefined;
  const templater = isRecord(plugin) ? plugin.templater : undefined;
  const overwrite = isRecord(templater) ? templater.overwrite_file_commands : undefined;
  if (!isRecord(plugin) || !isRecord(templater) || typeof overwrite !== 'function') return { kind: 'unreachable' };
  const settings = plugin.settings;
  return {
    kind: 'ready',
    // Called as a method: Templater reads its own state through `this`.
    run: async (file: TFile) => {
      await (overwrite as (this: unknown, file: TFile) => unknown).call(templater, file);
    },
    triggersOnCreate: isRecord(settings) && settings.trigger_on_file_creation === true,
  };
}

/** Hosts (plugin instances) that have already been told Templater is off: once per session. */
const toldDisabled = new WeakSet<object>();

export const TEMPLATER_OFF_MESSAGE =
  'Templater is not enabled, so the <% %> tags in this plan were left as they are. ' +
  'Enable Templater and run its "Replace templates in the active file" command to fill them.';

export const TEMPLATER_UNREACHABLE_MESSAGE =
  'Templater is enabled, but this plugin could not reach it, so the <% %> tags in this plan ' +
  'were left as they are. Run Templater\'s "Replace templates in the active file" command to fill them.';

/**
 * Hands a note that holds `<% %>` tags to Templater, which evaluates them (this plugin never
 * runs code). When Templater processes new files by itself ("Trigger Templater on new file
 * creation"), it is left to do so, so the tags are not processed twice.
 * Without Templater, the tags stay as written and the user is told once per session.
 */
export async function handOverToTemplater(
  app: App,
  session: object,
  file: TFile,
  notify: (message: string) => void,
): Promise<void> {
  const access = templaterAccess(app);
  if (access.kind === 'ready') {
    if (access.triggersOnCreate) return;
    try {
      await access.run(file);
    } catch (e) {
      notify(`Templater could not process “${file.basename}”: ${errorMessage(e)}`);
    }
    return;
  }
  if (access.kind === 'unreachable') {
    notify(TEMPLATER_UNREACHABLE_MESSAGE);
    return;
  }
  if (toldDisabled.has(session)) return;
  toldDisabled.add(session);
  notify(TEMPLATER_OFF_MESSAGE);
}
