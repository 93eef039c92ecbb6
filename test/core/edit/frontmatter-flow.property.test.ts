import fc from 'fast-check';
import { parse, stringify } from 'yaml';
import { planSetProperties } from '../../../src/core/edit';
import { parseDocument } from '../../../src/core/markdown';
import { applySplices } from '../../../src/core/text';
import { runs } from '../../support/property-runs';

// Flow-style frontmatter as YAML writers produce it (one line or wrapped), with any values:
// setting properties keeps it valid YAML, sets exactly what was asked, keeps every other
// property, and changes no byte outside the braces.

const yamlParser = (text: string): unknown => parse(text) as unknown;
const word = fc.stringMatching(/^[a-z][a-z0-9_]{0,6}$/);
const scalar = fc.oneof(fc.string({ maxLength: 12 }), fc.integer(), fc.boolean(), fc.constant(null));
const value = fc.oneof(scalar, fc.array(scalar, { maxLength: 3 }), fc.dictionary(word, scalar, { maxKeys: 2 }));
const newValue = fc.oneof(
  // Number-like words are written plain on purpose (as Obsidian writes numbers): left out here.
  fc.string({ maxLength: 12 }).filter((s) => !/[\r\n]/.test(s) && !/^[-+.\d]/.test(s.trim())),
  fc.constantFrom('a, b', 'x: y', '[z]', '{w}', '#c', "it's", '"q"', 'yes', '2026-11-21', ' pad '),
);

test('setting properties in a flow mapping keeps the YAML valid and the rest intact', () => {
  fc.assert(
    fc.property(
      fc.dictionary(word, value, { maxKeys: 5 }),
      fc.dictionary(fc.constantFrom('status', 'updated', 'owner'), newValue, { minKeys: 1, maxKeys: 3 }),
      fc.constantFrom(80, 20),
      (props, values, lineWidth) => {
        const yaml = stringify(props, { collectionStyle: 'flow', lineWidth });
        const text = `---\n${yaml}---\n# Plan\n`;
        const doc = parseDocument(text, { parseYaml: yamlParser });
        if (doc.frontmatter?.error) return;
        const result = planSetProperties(doc, values);
        const collections = Object.keys(values).some((k) => {
          const v = (props as Record<string, unknown>)[k];
          return v !== null && typeof v === 'object';
        });
        if (!result.ok) {
          expect(collections).toBe(true);
          return;
        }
        const out = applySplices(text, result.splices);
        const after = parseDocument(out, { parseYaml: yamlParser });
        expect(after.frontmatter?.error).toBeNull();
        const data = after.frontmatter?.data as Record<string, unknown>;
        const expected: Record<string, unknown> = { ...props };
        for (const [k, v] of Object.entries(values)) expected[k] = v;
        const asText = (v: unknown): unknown => (typeof v === 'string' ? v : v instanceof Date ? v.toISOString().slice(0, 10) : v);
        for (const [k, v] of Object.entries(values)) expect(String(asText(data[k]))).toBe(v);
        for (const k of Object.keys(props)) if (!(k in values)) expect(data[k]).toEqual(expected[k]);
        expect(out.endsWith('---\n# Plan\n')).toBe(true);
      },
    ),
    { numRuns: runs(300) },
  );
});
