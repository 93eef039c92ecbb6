import { normaliseStatus, STATUS_LABELS } from '../core/status';
import { STATUS_KINDS, type StatusKind } from '../core/types';
import { usageError } from './errors';

/**
 * A status typed on the command line: a canonical kind (`in-progress`) or any word the engine
 * recognises (`done`, `wip`, "on hold"). Written as the plugin's default display label, so a
 * plan edited from the terminal looks the same as one edited in Obsidian.
 */
export function parseStatusArg(word: string): { kind: StatusKind; label: string } {
  const kind = normaliseStatus(word);
  if (!kind) {
    throw usageError(`unknown status '${word}' (use one of: ${STATUS_KINDS.join(', ')})`);
  }
  return { kind, label: STATUS_LABELS[kind] };
}
