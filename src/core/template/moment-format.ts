import { getISOWeekYear } from '../calendar';
import { formatDate, ordinal } from '../date-format';
import { toPlainDate, toUtcWall } from './utc-wall-date';

/**
 * Formats a date with the moment.js tokens Obsidian users know from core Templates, Daily
 * notes and Templater (`YYYY-MM-DD`, `dddd`, `Do MMMM`, `[week] W` …), on top of date-fns.
 *
 * Each moment token maps to a date-fns token (or, where date-fns has no equivalent, to a
 * small computation) and is formatted on its own by date-format.ts (date-fns' `format` without
 * its locale bundle). Formatting token by token rather than translating the whole pattern
 * avoids two date-fns pitfalls: adjacent tokens of the same letter merging into a different
 * token (`MMMM`+`M` would read as `MMMMM`), and quoting rules for literal text. Characters
 * that are not tokens are copied as text, as moment does.
 */

/** A date-fns token, or a computation where date-fns has no equivalent. */
type Rule = string | ((wall: Date) => string);

const DATE_FNS_OPTIONS = {
  // moment's `DDD` and `gggg` map to date-fns tokens that are opt-in there.
  useAdditionalDayOfYearTokens: true,
  useAdditionalWeekYearTokens: true,
} as const;

// moment token → date-fns token, space-separated; a token alone maps to itself.
const FNS_TOKENS =
  'YYYY=yyyy YY=yy Y=y Qo Q MMMM MMM MM Mo M DDDD=DDD DDDo=Do DDD=D DD=dd Do=do D=d dddd=EEEE ddd=EEE dd=EEEEEE '
  + 'E=i ww wo w WW=II Wo=Io W=I gggg=YYYY gg=YY GGGG=RRRR HH H hh h kk k mm m ss s A=a a=aaa x=T ZZ=xx Z=xxx '
  // Fractions of a second: S … SSSSSSSSS, as in moment.
  + 'S SS SSS SSSS SSSSS SSSSSS SSSSSSS SSSSSSSS SSSSSSSSS';

const ALL_RULES: Readonly<Record<string, Rule>> = {
  // moment counts weekdays from Sunday = 0; date-fns has no 0-based weekday token.
  do: (wall) => ordinal(wall.getDay()),
  d: (wall) => String(wall.getDay()),
  // Locale weekday; in the English locale weeks start on Sunday, so it equals `d`.
  e: (wall) => String(wall.getDay()),
  // date-fns has no two-digit ISO week-year token.
  GG: (wall) => String(Math.abs(getISOWeekYear(wall)) % 100).padStart(2, '0'),
  X: (wall) => String(Math.floor(wall.getTime() / 1000)),
  ...Object.fromEntries(
    FNS_TOKENS.split(' ').map((rule) => {
      const [moment = '', fns = moment] = rule.split('=');
      return [moment, fns];
    }),
  ),
};

/** Longest first, so `DDDD` wins over `DD` + `DD` and `Do` over `D` + `o`. */
const TOKENS: readonly string[] = Object.keys(ALL_RULES).sort((a, b) => b.length - a.length);

export type MomentSegment = { kind: 'text'; text: string } | { kind: 'token'; token: string };

function tokenAt(pattern: string, index: number): string | null {
  for (const token of TOKENS) {
    if (pattern.startsWith(token, index)) return token;
  }
  return null;
}

/**
 * Splits a moment pattern into tokens and literal text. `[text]` is literal (no `[` inside,
 * as in moment); a backslash makes the following token, or character, literal.
 */
export function tokenizeMoment(pattern: string): MomentSegment[] {
  const segments: MomentSegment[] = [];
  const pushText = (text: string): void => {
    if (!text) return;
    const last = segments[segments.length - 1];
    if (last && last.kind === 'text') last.text += text;
    else segments.push({ kind: 'text', text });
  };
  let i = 0;
  while (i < pattern.length) {
    const ch = pattern.charAt(i);
    if (ch === '[') {
      const close = pattern.indexOf(']', i + 1);
      const reopen = pattern.indexOf('[', i + 1);
      if (close >= 0 && (reopen < 0 || reopen > close)) {
        pushText(pattern.slice(i + 1, close));
        i = close + 1;
        continue;
      }
      pushText(ch);
      i += 1;
      continue;
    }
    if (ch === '\\' && i + 1 < pattern.length) {
      const escaped = tokenAt(pattern, i + 1) ?? pattern.charAt(i + 1);
      pushText(escaped);
      i += 1 + escaped.length;
      continue;
    }
    const token = tokenAt(pattern, i);
    if (token) {
      segments.push({ kind: 'token', token });
      i += token.length;
      continue;
    }
    pushText(ch);
    i += 1;
  }
  return segments;
}

export interface MomentFormatOptions {
  /** Format the UTC wall time instead of the local one. */
  utc: boolean;
}

/** Formats `date` with a moment.js pattern; an invalid date gives `Invalid date`, as in moment. */
export function formatMoment(date: Date, pattern: string, opts: MomentFormatOptions): string {
  if (Number.isNaN(date.getTime())) return 'Invalid date';
  const wall = opts.utc ? toUtcWall(date) : toPlainDate(date);
  let out = '';
  for (const segment of tokenizeMoment(pattern)) {
    if (segment.kind === 'text') {
      out += segment.text;
      continue;
    }
    const rule = ALL_RULES[segment.token];
    if (!rule) continue;
    out += typeof rule === 'string' ? formatDate(wall, rule, DATE_FNS_OPTIONS) : rule(wall);
  }
  return out;
}
