/**
 * Splits a template into literal text, our `{{variables}}` and Templater tags.
 *
 * Rules, in the order they are tried at each position:
 * - `<% … %>` (Templater) is copied verbatim, braces inside included; an unclosed `<%`
 *   copies the rest of the template verbatim. We never evaluate or alter these tags.
 * - `\{{` is an escape: the backslash is dropped and `{{` is literal text, so `\{{title}}`
 *   renders as `{{title}}`. Only the one backslash right before `{{` is consumed
 *   (`\\{{title}}` renders `\{{title}}`).
 * - `{{ … }}` closed on the same line is a variable; its inner text is everything up to the
 *   first `}}`. A `{{` without a `}}` on its line is literal text.
 */

export type TemplatePart =
  | { kind: 'text'; text: string }
  | { kind: 'templater'; text: string; start: number; end: number }
  | { kind: 'variable'; inner: string; start: number; end: number };

const SPECIAL = /<%|\\\{\{|\{\{/g;

export function scanTemplate(template: string): TemplatePart[] {
  const parts: TemplatePart[] = [];
  const pushText = (text: string): void => {
    if (!text) return;
    const last = parts[parts.length - 1];
    if (last && last.kind === 'text') last.text += text;
    else parts.push({ kind: 'text', text });
  };
  let index = 0;
  for (;;) {
    SPECIAL.lastIndex = index;
    const match = SPECIAL.exec(template);
    if (!match) break;
    const at = match.index;
    pushText(template.slice(index, at));
    if (match[0] === '<%') {
      const close = template.indexOf('%>', at + 2);
      const end = close < 0 ? template.length : close + 2;
      parts.push({ kind: 'templater', text: template.slice(at, end), start: at, end });
      index = end;
    } else if (match[0] === '\\{{') {
      pushText('{{');
      index = at + 3;
    } else {
      const close = template.indexOf('}}', at + 2);
      const inner = close < 0 ? '' : template.slice(at + 2, close);
      if (close < 0 || /[\r\n]/.test(inner)) {
        pushText('{{');
        index = at + 2;
      } else {
        parts.push({ kind: 'variable', inner, start: at, end: close + 2 });
        index = close + 2;
      }
    }
  }
  pushText(template.slice(index));
  return parts;
}

/** True when the text holds a Templater tag (`<% … %>`), which Templater must process later. */
export function hasTemplaterTags(text: string): boolean {
  const open = text.indexOf('<%');
  return open >= 0 && text.indexOf('%>', open + 2) >= 0;
}
