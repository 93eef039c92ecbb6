import { STATUS_KINDS, type StatusKind } from '../core/types';
import { errorMessage } from './note-writer';

/** One configurable status: how it is written in frontmatter and how it is treated. */
export interface StatusSetting {
  /** Written to frontmatter `status` (e.g. "In progress"). */
  name: string;
  /** The canonical kind it belongs to, for grouping and health checks. */
  kind: StatusKind;
  /** Counts as finished: not stale, shown last. */
  closed: boolean;
}

export type DecisionStyle = 'bullets' | 'bold' | 'table' | 'headings';

export interface ExecPlanSettings {
  /** Settings schema version, for migrations. */
  version: number;
  plansFolder: string;
  templatesFolder: string;
  fileNamePattern: string;
  /** date-fns format for stamps. */
  timestampFormat: string;
  useUtc: boolean;
  statuses: StatusSetting[];
  bumpUpdated: boolean;
  logStatusChanges: boolean;
  defaultDecisionStyle: DecisionStyle;
  /** Which notes count as plans. */
  detection: {
    folder: boolean;
    tag: boolean;
    frontmatterType: boolean;
    autoDetect: boolean;
  };
  staleDays: number;
  dashboardLayout: 'table' | 'board' | 'timeline';
  /**
   * The user's extra section names, `kind: name, name` per line (see
   * core/section-names-config.ts), for headings the built-in vocabulary does not know.
   */
  sectionNames: string;
}

export const SETTINGS_VERSION = 1;

export const DEFAULT_SETTINGS: ExecPlanSettings = {
  version: SETTINGS_VERSION,
  plansFolder: 'Plans',
  templatesFolder: 'Templates/Plans',
  fileNamePattern: '{{title}}',
  timestampFormat: "yyyy-MM-dd HH:mm'Z'",
  useUtc: true,
  statuses: [
    { name: 'Proposed', kind: 'proposed', closed: false },
    { name: 'In progress', kind: 'in-progress', closed: false },
    { name: 'Blocked', kind: 'blocked', closed: false },
    { name: 'Complete', kind: 'complete', closed: true },
    { name: 'Abandoned', kind: 'abandoned', closed: true },
  ],
  bumpUpdated: true,
  logStatusChanges: true,
  defaultDecisionStyle: 'bullets',
  detection: { folder: true, tag: true, frontmatterType: true, autoDetect: true },
  staleDays: 7,
  dashboardLayout: 'table',
  sectionNames: '',
};

/**
 * Loaded data is laid over a deep copy of the defaults, field by field: a value is taken only
 * when it is valid for that field (type, and range or choice where there is one), so a
 * missing, older or hand-edited settings file never leaves a field undefined or mistyped, and
 * the defaults object is never mutated. Keys this version does not know are not part of the
 * result; `unknownSettings` keeps them so a save does not drop what a newer version wrote.
 */
export function mergeSettings(loaded: unknown): ExecPlanSettings {
  const merged = copyDefaults();
  if (!isRecord(loaded)) return merged;
  const data = migrate(loaded);
  const target = merged as unknown as Record<string, unknown>;
  for (const [key, fallback] of Object.entries(DEFAULT_SETTINGS)) {
    const value = data[key];
    if (key === 'version' || value === undefined) continue;
    if (key === 'detection') {
      if (isRecord(value)) merged.detection = { ...merged.detection, ...pickBooleans(value) };
    } else if (key === 'statuses') {
      const statuses = readStatuses(value);
      if (statuses.length > 0) merged.statuses = statuses;
    } else if ((FIELD_CHECKS[key] ?? sameScalarType(fallback))(value)) {
      target[key] = value;
    }
  }
  merged.version = SETTINGS_VERSION;
  return merged;
}

/**
 * For a field without its own check: a string, number or boolean like its default. The folders
 * and the toggles need no more: a folder outside the vault is kept, so the settings tab and
 * "Create new plan" can say what is wrong with it instead of quietly using another folder.
 */
const sameScalarType = (fallback: unknown) => (v: unknown): boolean => typeof v === typeof fallback && (typeof v !== 'object' || v === null) && v !== null;

/** What each scalar field accepts; anything else falls back to that field's default. */
const FIELD_CHECKS: Readonly<Record<string, (value: unknown) => boolean>> = {
  fileNamePattern: (v) => typeof v === 'string' && v.trim() !== '',
  timestampFormat: (v) => typeof v === 'string' && v.trim() !== '',
  defaultDecisionStyle: (v) => v === 'bullets' || v === 'bold' || v === 'table' || v === 'headings',
  staleDays: (v) => typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 3650,
  dashboardLayout: (v) => v === 'table' || v === 'board' || v === 'timeline',
};

export interface LoadedSettings {
  settings: ExecPlanSettings;
  unknown: Record<string, unknown>;
  /** Why the saved settings could not be read, for a Notice; null when they were read. */
  problem: string | null;
}

/**
 * Reads the saved settings. A failed read (a broken data.json) must not stop the plugin from
 * loading: it starts with the defaults and says so.
 */
export async function loadSettings(loadData: () => Promise<unknown>): Promise<LoadedSettings> {
  let loaded: unknown;
  try {
    loaded = await loadData();
  } catch (e) {
    const reason = errorMessage(e);
    return {
      settings: mergeSettings(undefined),
      unknown: {},
      problem: `ExecPlan could not read its saved settings (${reason}), so it started with the default settings.`,
    };
  }
  return { settings: mergeSettings(loaded), unknown: unknownSettings(loaded), problem: null };
}

/**
 * The saved keys this version does not know (written by a newer version), at the top level
 * and inside `detection`, so saving keeps them.
 */
export function unknownSettings(loaded: unknown): Record<string, unknown> {
  if (!isRecord(loaded)) return {};
  const extra: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(loaded)) {
    if (!(key in DEFAULT_SETTINGS)) extra[key] = value;
  }
  const detection = loaded.detection;
  if (isRecord(detection)) {
    const nested = Object.fromEntries(Object.entries(detection).filter(([k]) => !(k in DEFAULT_SETTINGS.detection)));
    if (Object.keys(nested).length > 0) extra.detection = nested;
  }
  return extra;
}

/** What is saved: the settings, with the unknown keys they were loaded with kept. */
export function settingsToSave(settings: ExecPlanSettings, extra: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...extra, ...settings };
  const nested = extra.detection;
  if (isRecord(nested)) out.detection = { ...nested, ...settings.detection };
  return out;
}

/**
 * A deep copy of the defaults. JSON rather than `structuredClone`: the settings are plain data,
 * and `structuredClone` is missing from older mobile WebViews (and from jsdom).
 */
function copyDefaults(): ExecPlanSettings {
  return JSON.parse(JSON.stringify(DEFAULT_SETTINGS)) as ExecPlanSettings;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function pickBooleans(value: Record<string, unknown>): Partial<ExecPlanSettings['detection']> {
  const out: Record<string, boolean> = {};
  for (const key of Object.keys(DEFAULT_SETTINGS.detection)) {
    const v = value[key];
    if (typeof v === 'boolean') out[key] = v;
  }
  return out;
}

function readStatuses(value: unknown): StatusSetting[] {
  if (!Array.isArray(value)) return [];
  const statuses: StatusSetting[] = [];
  for (const item of value as unknown[]) {
    if (!isRecord(item) || typeof item.name !== 'string' || !item.name.trim()) continue;
    const kind = STATUS_KINDS.find((k) => k === item.kind) ?? 'proposed';
    statuses.push({ name: item.name, kind, closed: item.closed === true });
  }
  return statuses;
}

/** Upgrades older settings shapes; version 1 is the first, so there is nothing to move yet. */
function migrate(data: Record<string, unknown>): Record<string, unknown> {
  return { ...data };
}
