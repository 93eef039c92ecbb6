import type { StatusKind } from '../core/types';

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
  dashboardLayout: 'table' | 'board';
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
};

/**
 * Loaded data is laid over a deep copy of the defaults, so a missing or older settings file
 * never leaves a field undefined and the defaults object is never mutated.
 */
export function mergeSettings(loaded: unknown): ExecPlanSettings {
  const base = structuredClone(DEFAULT_SETTINGS);
  if (!loaded || typeof loaded !== 'object') return base;
  const data = migrate(loaded as Record<string, unknown>);
  const merged = { ...base, ...data } as ExecPlanSettings;
  merged.detection = { ...base.detection, ...(isRecord(data.detection) ? data.detection : {}) };
  if (!Array.isArray(merged.statuses) || merged.statuses.length === 0) merged.statuses = base.statuses;
  merged.version = SETTINGS_VERSION;
  return merged;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Upgrades older settings shapes; version 1 is the first, so there is nothing to move yet. */
function migrate(data: Record<string, unknown>): Record<string, unknown> {
  return { ...data };
}
