import { STATUS_LABELS } from '../core/status';
import type { StatusKind } from '../core/types';
import type { StatusSetting } from './settings';

/**
 * The configured status a note's status text stands for: the status of that exact name first
 * (so two custom statuses of one kind stay apart), else the first configured status of the
 * same kind. Null when the text is empty or matches nothing.
 */
export function configuredStatus(
  statuses: readonly StatusSetting[],
  raw: string | null,
  canonical: StatusKind | null,
): StatusSetting | null {
  const text = raw?.trim().toLowerCase() ?? '';
  if (text) {
    const named = statuses.find((s) => s.name.trim().toLowerCase() === text);
    if (named) return named;
  }
  if (canonical) return statuses.find((s) => s.kind === canonical) ?? null;
  return null;
}

/** How a note's status is shown: its configured name, the canonical label, or the raw text. */
export function statusLabel(
  statuses: readonly StatusSetting[],
  raw: string | null,
  canonical: StatusKind | null,
): string {
  const configured = configuredStatus(statuses, raw, canonical);
  if (configured) return configured.name;
  if (canonical) return STATUS_LABELS[canonical];
  return raw?.trim() || 'No status';
}
