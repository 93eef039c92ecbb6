import { parseDocument } from '../../../src/core/markdown';
import { dateValue, frontmatterData, readSimpleYaml, textValue } from '../../../src/core/read/frontmatter-data';
import { doc, lines } from './helpers';

describe('frontmatterData', () => {
  it('uses the parsed properties when a parser was given', () => {
    expect(frontmatterData(doc(lines('---', 'a: 1', 'b: [x, y]', '---')))).toEqual({ a: 1, b: ['x', 'y'] });
  });

  it('reads simple YAML by hand without a parser', () => {
    expect(frontmatterData(parseDocument(lines('---', 'a: 1', 'b: [x, "y"]', '---')))).toEqual({ a: '1', b: ['x', 'y'] });
  });

  it('is null without frontmatter, with empty frontmatter, or with malformed YAML', () => {
    expect(frontmatterData(doc('text'))).toBeNull();
    expect(frontmatterData(doc(lines('---', '---')))).toBeNull();
    expect(frontmatterData(doc(lines('---', 'a: [1', '---')))).toBeNull();
  });
});

describe('readSimpleYaml', () => {
  it('reads scalars, quotes, comments, flow lists and block lists', () => {
    expect(
      readSimpleYaml(
        lines('title: "A: b"', "single: 'q'", 'plain: yes # comment', 'flow: [a, b]', 'block:', '  - one', '  - "two"', 'empty:', '# note', 'k: v'),
      ),
    ).toEqual({ title: 'A: b', single: 'q', plain: 'yes', flow: ['a', 'b'], block: ['one', 'two'], empty: null, k: 'v' });
  });

  it('returns null for no keys', () => {
    expect(readSimpleYaml('# only a comment')).toBeNull();
  });
});

describe('textValue and dateValue', () => {
  const data = { s: 'text', n: 3, b: true, list: ['', 'second'], d: new Date('2025-01-02T03:04:05Z'), bad: new Date('x'), o: { a: 1 } };

  it('reads properties as text', () => {
    expect(textValue(data, 's')).toBe('text');
    expect(textValue(data, 'N')).toBe('3');
    expect(textValue(data, 'b')).toBe('true');
    expect(textValue(data, 'list')).toBe('second');
    expect(textValue(data, 'd')).toBe('2025-01-02T03:04:05.000Z');
    expect(textValue(data, 'bad')).toBeNull();
    expect(textValue(data, 'o')).toBeNull();
    expect(textValue(data, 'missing')).toBeNull();
    expect(textValue(null, 's')).toBeNull();
    // The rules' reader: text is trimmed and blank text is no value, as on the dashboard.
    expect(textValue({ s: '  spaced  ' }, 's')).toBe('spaced');
    expect(textValue({ s: '   ' }, 's')).toBeNull();
  });

  it('reads properties as dates', () => {
    expect(dateValue(data, 'd')?.toISOString()).toBe('2025-01-02T03:04:05.000Z');
    expect(dateValue({ t: '2025-06-07 08:09' }, 't')?.toISOString()).toBe('2025-06-07T08:09:00.000Z');
    expect(dateValue(data, 'bad')).toBeNull();
    expect(dateValue(data, 's')).toBeNull();
    expect(dateValue({ t: ' 2025-06-07 ' }, 't')?.toISOString()).toBe('2025-06-07T00:00:00.000Z');
    expect(dateValue({ t: ['', '2025-06-08T10:00:00+02:00'] }, 't')?.toISOString()).toBe('2025-06-08T08:00:00.000Z');
  });
});
