import type { HealthFinding, StatusKind } from '../types';

/** One plan as the dashboard shows it: everything a row or a card needs, nothing more. */
export interface IndexedPlan {
  path: string;
  /** Folder path without a trailing slash; '' for the vault root. */
  folder: string;
  title: string;
  status: StatusKind | null;
  /** The status as written (frontmatter or body line), or null. */
  statusRaw: string | null;
  /** Where the status was read from; the body line cannot be set through properties. */
  statusSource: 'frontmatter' | 'body' | null;
  done: number;
  total: number;
  /** Text of the first open step, without checkbox and stamp. */
  nextStep: string | null;
  /** 1-based line of that step. */
  nextStepLine: number | null;
  /** Latest stamp found (steps, log entries, `updated`, `created`), epoch milliseconds. */
  lastActivity: number | null;
  /** `created` as written in the frontmatter. */
  created: string | null;
  /** In progress and no activity for more than `staleDays` days (as of `now`). */
  stale: boolean;
  health: readonly HealthFinding[];
  /** Tags without `#`, frontmatter first, de-duplicated. */
  tags: readonly string[];
}

/** Which rules make a note a plan (mirrors the plugin's detection settings). */
export interface IndexDetection {
  /** Any note under `plansFolder` with plan sections or a status counts. */
  folder: boolean;
  /** A `#execplan` / `#plan` tag (frontmatter or inline). */
  tag: boolean;
  /** Frontmatter `type:` / `kind:` naming a plan. */
  frontmatterType: boolean;
  /** A progress section plus a decision log, surprises or retrospective. */
  autoDetect: boolean;
}

export interface IndexStatusName {
  name: string;
  kind: StatusKind;
}

export interface IndexOptions {
  /** Epoch milliseconds: the clock for staleness. */
  now: number;
  /** Days without activity after which an in-progress plan is stale. */
  staleDays: number;
  detection?: IndexDetection;
  plansFolder?: string;
  /** Configured status names, matched before the built-in vocabulary. */
  statuses?: readonly IndexStatusName[];
  /** Also count log entries per section (the engine's summary wants them; see `lastSummaryDetails`). */
  countEntries?: boolean;
  /** Also collect the steps and the log entries (the weekly review; see `lastActivityItems`). */
  collectActivity?: boolean;
}

export const ALL_DETECTION: IndexDetection = {
  folder: true,
  tag: true,
  frontmatterType: true,
  autoDetect: true,
};

/** The rules' own detection: what makes a note a plan without the plugin's plans-folder rule. */
export const PLAN_RULES: IndexDetection = { folder: false, tag: true, frontmatterType: true, autoDetect: true };

/** Summarises every note (every path is under the plans folder `/`): the caller decides what is a plan. */
export const EVERY_NOTE: IndexOptions = {
  now: 0,
  staleDays: 0,
  detection: { folder: true, tag: false, frontmatterType: false, autoDetect: false },
  plansFolder: '/',
};
