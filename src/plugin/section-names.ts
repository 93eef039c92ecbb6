import { parseSectionNames } from '../core/section-names-config';
import { configureSectionNames } from '../core/sections';
import type { ExecPlanSettings } from './settings';

/**
 * Hands the user's extra section names to the engine, which every reader (commands, status bar,
 * dashboard index) consults. Lines that cannot be read are left out here; the settings tab
 * shows why, and saves only text that reads cleanly.
 */
export function applySectionNames(settings: ExecPlanSettings): void {
  configureSectionNames(parseSectionNames(settings.sectionNames).names);
}
