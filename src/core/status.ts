import type { StatusKind } from './types';

/**
 * Status normalisation: people write a plan's status as a word, a phrase, an emoji or a
 * mixture ("🟡 In progress", "**Done**", "on hold"). We keep the raw text and map it to the
 * canonical set so the dashboard can group plans.
 */

// Words per status as one `|`-separated string each: an array of strings costs quotes and a
// comma per word in the bundle. At the same position the earlier status wins.
const WORDS: readonly [StatusKind, readonly string[]][] = (
  [
    ['in-progress',
      'in progress|in-progress|inprogress|active|implementing|doing'
      + '|wip|started|ongoing|underway|under way|in flight|executing|working'
      // Chinese, Japanese, Korean ("not finished" is in progress, before "finished" can match)
      + '|进行中|進行中|实施中|實施中|执行中|執行中|开发中|開發中|未完成|未完了'
      + '|作業中|対応中|実装中|진행 중|진행중|작업 중|작업중'
      // German, French, Spanish, Portuguese
      + '|in arbeit|in bearbeitung|laufend|aktiv|en cours|en progreso|en curso'
      + '|en marcha|em andamento|em progresso|em curso'],
    ['blocked',
      'blocked|on hold|on-hold|paused|waiting|stalled|stuck'
      + '|阻塞|受阻|被阻塞|暂停|暫停|搁置|擱置|ブロック中|ブロック|保留|中断中'
      + '|차단|보류|블로킹|일시 중지'
      + '|blockiert|pausiert|angehalten|wartend|bloqué|bloquée|en pause|en attente'
      + '|bloqueado|bloqueada|en pausa|pausado|em espera|em pausa'],
    ['complete',
      'complete|completed|done|shipped|finished|delivered|closed'
      + '|merged|resolved'
      + '|已完成|完成|已结束|已結束|完了|済み|完成済み|완료|완료됨'
      + '|abgeschlossen|erledigt|fertig|terminé|terminée|achevé|fini'
      + '|terminado|terminada|completado|completada|hecho|concluído|concluido'
      + '|concluída|finalizado|finalizada|completo|completa'],
    ['abandoned',
      "abandoned|cancelled|canceled|dropped|superseded|won't do"
      + '|wont do|wontfix|rejected|archived'
      + '|已放弃|放弃|放棄|已取消|取消|废弃|廢棄|中止|破棄|却下'
      + '|취소|중단|포기|폐기'
      + '|abgebrochen|verworfen|aufgegeben|abandonné|abandonnée|annulé|annulée'
      + '|abandonado|abandonada|cancelado|cancelada|descartado'],
    ['proposed',
      'proposed|draft|planned|planning|idea|todo|to do|not started'
      + '|new|backlog|pending'
      + '|提议|提議|草稿|草案|计划中|計劃中|待办|待辦|未开始|未開始|提案'
      + '|下書き|未着手|計画中|계획|계획됨|제안|초안|시작 전'
      + '|entwurf|geplant|vorgeschlagen|proposé|proposée|brouillon|planifié'
      + '|à faire|propuesto|propuesta|borrador|planeado|planificado|pendiente'
      + '|proposto|proposta|rascunho|planejado|planeado|pendente'],
  ] as const
).map(([kind, words]) => [kind, words.split('|')]);

/** Emoji per status, space-separated; the first one found in the text wins. */
const EMOJI: readonly [StatusKind, readonly string[]][] = (
  [
    ['in-progress', '🟡 🚧 🔵'],
    ['complete', '🟢 ✅ ✔'],
    ['blocked', '🔴 ⏸ 🚫 ⛔ 🛑'],
    ['abandoned', '❌ 🗑'],
    ['proposed', '⚪ 📝'],
  ] as const
).map(([kind, emoji]) => [kind, emoji.split(' ')]);

/**
 * Words that name a status only when they open the phrase: "New" and "Idea" are statuses, but
 * "🟡 Building the new pipeline" is in progress, not proposed.
 */
const LEADING_ONLY: ReadonlySet<string> = new Set(['new', 'idea']);

/** Display names of the canonical statuses, as the UI and new frontmatter write them. */
export const STATUS_LABELS: Readonly<Record<StatusKind, string>> = {
  proposed: 'Proposed',
  'in-progress': 'In progress',
  blocked: 'Blocked',
  complete: 'Complete',
  abandoned: 'Abandoned',
};

/**
 * True for a template's list of alternatives that nobody filled in yet:
 * `<Proposed | In Progress | Complete>`, `[in-progress | completed | abandoned]`, `a | b`.
 */
export function isStatusPlaceholder(raw: string): boolean {
  const text = raw.trim();
  if (text.includes('|')) return true;
  return /^<[^>]*>$/.test(text);
}

function wordsOf(raw: string): string {
  return raw
    .normalize('NFC')
    .replace(/\p{Extended_Pictographic}|\uFE0F/gu, ' ')
    .replace(/[*_`~[\]()]+/g, ' ')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Canonical status for raw status text, or null when it is empty, a placeholder, or not
 * recognisable. Words win over emoji ("🟢 Active" is in progress); the earliest recognised
 * word wins within a phrase ("Done (was blocked)" is complete).
 */
export function normaliseStatus(raw: string | null | undefined): StatusKind | null {
  if (raw === null || raw === undefined) return null;
  if (!raw.trim() || isStatusPlaceholder(raw)) return null;
  const words = wordsOf(raw);
  let best: { kind: StatusKind; at: number } | null = null;
  for (const [kind, names] of WORDS) {
    for (const name of names) {
      const at = findWord(words, name);
      if (at > 0 && LEADING_ONLY.has(name)) continue;
      if (at >= 0 && (best === null || at < best.at)) best = { kind, at };
    }
  }
  if (best) return best.kind;
  for (const [kind, emoji] of EMOJI) {
    if (emoji.some((e) => raw.includes(e))) return kind;
  }
  return null;
}

/**
 * Where `word` stands in `haystack` as a word of its own, or -1. Latin and other spaced
 * scripts need a boundary ("undone" is not "done"); Chinese, Japanese and Korean words run into
 * their neighbours ("已完成", "완료됨"), so there the edges are not checked.
 */
function findWord(haystack: string, word: string): number {
  const checkBefore = !UNSPACED.test(word.charAt(0));
  const checkAfter = !UNSPACED.test(word.charAt(word.length - 1));
  let from = 0;
  for (;;) {
    const at = haystack.indexOf(word, from);
    if (at < 0) return -1;
    const before = at === 0 ? ' ' : haystack.charAt(at - 1);
    const after = haystack.charAt(at + word.length) || ' ';
    if ((!checkBefore || !WORD_CHAR.test(before)) && (!checkAfter || !WORD_CHAR.test(after))) return at;
    from = at + 1;
  }
}

const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;
