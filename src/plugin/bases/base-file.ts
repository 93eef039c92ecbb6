/**
 * The text of the `Plans.base` file the "Create plans base" command writes: YAML in Obsidian's
 * Bases syntax (https://help.obsidian.md/bases/syntax). Global `filters` select the plans the
 * way the plugin's detection settings do, where Bases can express it; `views` holds a table and
 * the plugin's "Plans" view, both grouped by status. Built as text (not through a YAML writer)
 * so the file reads like one a person would write.
 */

export const PLANS_BASE_PATH = 'Plans.base';
export const PLANS_VIEW_TYPE = 'execplan-plans';

export interface PlansBaseOptions {
  plansFolder: string;
  detection: { folder: boolean; tag: boolean; frontmatterType: boolean; autoDetect: boolean };
}

/** A YAML single-quoted scalar: only `'` needs escaping (doubled). */
function quoted(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

const BY_TYPE = 'type == "execplan"';

/** The filter expressions, one per enabled rule; section-based detection has no Bases equivalent. */
export function planFilters(options: PlansBaseOptions): string[] {
  const { detection } = options;
  const folder = options.plansFolder.replace(/^\/+|\/+$/g, '');
  const filters = [
    detection.frontmatterType && BY_TYPE,
    detection.tag && 'file.hasTag("execplan")',
    // JSON's string escaping is a subset of what the Bases expression language reads.
    detection.folder && folder !== '' && `file.inFolder(${JSON.stringify(folder)})`,
  ].filter((f): f is string => typeof f === 'string');
  // Every rule off (or only section detection on): still only notes that say they are plans.
  return filters.length > 0 ? filters : [BY_TYPE];
}

export function plansBaseText(options: PlansBaseOptions): string {
  const lines = ['filters:', '  or:', ...planFilters(options).map((f) => `    - ${quoted(f)}`)];
  const view = (type: string, name: string, order: string[]): string[] => [
    `  - type: ${type}`,
    `    name: ${name}`,
    '    groupBy:',
    '      property: note.status',
    '      direction: ASC',
    '    order:',
    ...order.map((p) => `      - ${p}`),
  ];
  lines.push(
    'views:',
    ...view('table', 'Table', ['file.name', 'note.status', 'note.created', 'note.updated', 'file.folder']),
    ...view(PLANS_VIEW_TYPE, 'Plans', ['file.name', 'file.folder']),
  );
  return `${lines.join('\n')}\n`;
}
