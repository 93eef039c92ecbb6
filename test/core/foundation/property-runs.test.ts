import fc from 'fast-check';
import { configurePropertySeed, runs } from '../../support/property-runs';

describe('property test settings', () => {
  afterEach(() => configurePropertySeed({}));

  it('uses one fixed seed unless FC_SEED names another', () => {
    expect(configurePropertySeed({})).toBe(configurePropertySeed({ FC_SEED: '' }));
    expect(configurePropertySeed({ FC_SEED: '12345' })).toBe(12345);
    expect(fc.readConfigureGlobal().seed).toBe(12345);
    expect(Number.isInteger(configurePropertySeed({ FC_SEED: 'random' }))).toBe(true);
  });

  it('refuses a seed that is not an integer', () => {
    expect(() => configurePropertySeed({ FC_SEED: 'soon' })).toThrow('FC_SEED must be an integer or "random", not "soon"');
  });

  it('scales run counts by FC_SCALE and ignores nonsense', () => {
    expect(runs(300, {})).toBe(300);
    expect(runs(300, { FC_SCALE: '10' })).toBe(3000);
    expect(runs(3, { FC_SCALE: '0.1' })).toBe(1);
    expect(runs(300, { FC_SCALE: 'lots' })).toBe(300);
    expect(runs(300, { FC_SCALE: '-2' })).toBe(300);
  });
});
