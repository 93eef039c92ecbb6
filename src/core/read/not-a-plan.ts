/**
 * What a command says when it is run on a note that is not a plan, shared by the plugin's
 * commands and the CLI's edit commands so both tell the user the same ways to make it one.
 */

/** Which detection rules can make the note a plan; `folder` is the plans folder when that rule is on. */
export interface PlanRules {
  tag: boolean;
  frontmatterType: boolean;
  folder: string | null;
}

export function notAPlanMessage(noteName: string, rules: PlanRules): string {
  const ways: string[] = [];
  if (rules.tag) ways.push('tag it #execplan');
  if (rules.frontmatterType) ways.push('set the property "type" to "execplan"');
  if (rules.folder) ways.push(`move it into "${rules.folder}"`);
  const how = ways.length > 0 ? ` To make it one, ${joinOr(ways)}.` : ' Plan detection is turned off in the settings.';
  return `“${noteName}” is not an ExecPlan.${how}`;
}

function joinOr(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1] ?? ''}`;
}
