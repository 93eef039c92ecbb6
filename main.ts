export { default } from './src/plugin/ExecPlanPlugin';
