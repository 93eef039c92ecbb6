/** Control characters can only be written in a double-quoted scalar, as escapes. */
function hasControl(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}

/** How a YAML scalar is quoted where it is written. */
export type YamlQuote = 'plain' | 'single' | 'double';

/**
 * True when a value cannot be written as a plain YAML scalar and keep its meaning: empty,
 * padded, starting with an indicator, containing `: ` or ` #`, or a word YAML reads as a
 * boolean or null. Numbers and dates stay plain, as Obsidian writes them.
 */
export function needsQuotes(value: string): boolean {
  if (value === '' || value !== value.trim()) return true;
  if (/^[-?:,[\]{}#&*!|>'"%@`]/.test(value)) return true;
  if (/:(?:[ \t]|$)|[ \t]#/.test(value)) return true;
  if (hasControl(value)) return true;
  return /^(?:true|false|yes|no|on|off|null|~)$/i.test(value);
}

/** The value as a YAML scalar, keeping the quoting the old value used when it still fits. */
export function yamlScalar(value: string, preferred: YamlQuote = 'plain'): string {
  if (preferred === 'double' || hasControl(value)) return JSON.stringify(value);
  if (preferred === 'single' || needsQuotes(value)) return `'${value.replace(/'/g, "''")}'`;
  return value;
}
