/** Plan creation from templates and "apply template", for the plugin and the dashboard. */
export { registerTemplateCommands } from './register';
export { createNewPlan, createPlanFile } from './create-plan';
export { applyTemplateToNote } from './apply-template';
export type { TemplatesHost } from './plan-properties';
