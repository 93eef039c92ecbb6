import { parseSectionNames } from '../../../src/core/section-names-config';

describe('parseSectionNames', () => {
  test('reads kinds and comma-separated names, one kind per line or per semicolon', () => {
    const parsed = parseSectionNames('decisions: Beschlüsse, ADR log\n# a comment\n\nprogress = Tagebuch; steps: Arbeitspakete');
    expect(parsed.errors).toEqual([]);
    expect(parsed.names).toEqual({
      decisions: ['Beschlüsse', 'ADR log'],
      progress: ['Tagebuch'],
      'concrete-steps': ['Arbeitspakete'],
    });
  });

  test('says which line it cannot read', () => {
    const parsed = parseSectionNames('decisons: Beschlüsse\nTagebuch\nprogress:');
    expect(parsed.errors).toHaveLength(3);
    expect(parsed.errors[0]).toContain('"decisons" is not a section kind');
    expect(parsed.errors[1]).toContain('needs a kind');
    expect(parsed.errors[2]).toContain('names no heading');
    expect(parsed.names).toEqual({});
  });
});
