import { parseYamlStrictly } from '../../src/cli/yaml-parse';

describe('the CLI YAML reader (bounded cost, issue 13)', () => {
  it('refuses a duplicate key at any depth, in its own words', () => {
    expect(() => parseYamlStrictly('status: a\nstatus: b\n')).toThrow('Map keys must be unique: "status" appears more than once');
    expect(() => parseYamlStrictly('meta:\n  a: 1\n  a: 2\n')).toThrow(/"a" appears more than once/);
  });

  it('reads many properties, and still reports malformed YAML', () => {
    const keys = Array.from({ length: 5000 }, (_, i) => `key${i}: ${i}`).join('\n');
    expect(Object.keys(parseYamlStrictly(keys) as object)).toHaveLength(5000);
    expect(() => parseYamlStrictly('a: [1, 2\n')).toThrow();
  });
});
