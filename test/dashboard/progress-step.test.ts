import { readFileSync } from 'node:fs';
import { progressStep } from '../../src/plugin/dashboard/plan-cells';

// The bar's fill is a class per 5% step (styles.css has one width rule per step), so the
// step must always name a rule that exists and never misstate a plan as empty or finished.
describe('progressStep', () => {
  test('rounds the share done to the nearest 5%', () => {
    expect(progressStep(3, 6)).toBe(50);
    expect(progressStep(3, 5)).toBe(60);
    expect(progressStep(1, 3)).toBe(35);
    expect(progressStep(2, 3)).toBe(65);
  });

  test('empty only when nothing is done, full only when everything is', () => {
    expect(progressStep(0, 8)).toBe(0);
    expect(progressStep(1, 100)).toBe(5);
    expect(progressStep(99, 100)).toBe(95);
    expect(progressStep(100, 100)).toBe(100);
    expect(progressStep(0, 0)).toBe(0);
  });

  test('every step has a width rule in styles.css', () => {
    const css = readFileSync('styles.css', 'utf8');
    for (let total = 1; total <= 40; total++) {
      for (let done = 1; done <= total; done++) {
        const step = progressStep(done, total);
        expect(step % 5).toBe(0);
        expect(css).toContain(`.execplan-progress-bar.is-p${step}::before`);
      }
    }
  });
});
