import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { brokenLinks, documentationFiles, headingIds, linksIn } from './markdown-links';

const root = path.resolve(__dirname, '../..');

describe('relative links in the documentation', () => {
  it('lead to files and headings that exist (every *.md at the top and under docs/)', () => {
    const files = documentationFiles(root);
    expect(files).toEqual(expect.arrayContaining(['README.md', 'CHANGELOG.md']));
    expect(brokenLinks(root, files)).toEqual([]);
  });
});

describe('the link checker', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'execplan-links-'));
    fs.mkdirSync(path.join(dir, 'docs/img'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'docs/img/a b.png'), '');
    fs.writeFileSync(
      path.join(dir, 'docs/guide.md'),
      ['# Guide', '', '## The `execplan` CLI', '', '## Set up', '', '## Set up', '', '```md', '## Not a heading', '```', ''].join('\n'),
    );
  });
  afterEach(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('gives headings the ids GitHub gives them', () => {
    expect([...headingIds(fs.readFileSync(path.join(dir, 'docs/guide.md'), 'utf8'))]).toEqual(['guide', 'the-execplan-cli', 'set-up', 'set-up-1']);
    expect([...headingIds('## Surprises & Discoveries\n### What counts as a plan?\n## Step 1: <kbd>Enter</kbd>\n')]).toEqual([
      'surprises--discoveries',
      'what-counts-as-a-plan',
      'step-1-enter',
    ]);
  });

  it('reads inline links, images, definitions and HTML attributes, but not code', () => {
    const text = ['See [a](x.md "t") and ![i](<img/a b.png>).', '`[no](code.md)`', '    [no](indented.md)', '[ref]: y.md#z', '<img src="s.png">', '~~~', '[no](fenced.md)', '~~~'].join('\n');
    expect(linksIn(text)).toEqual([
      { line: 1, target: 'x.md' },
      { line: 1, target: 'img/a b.png' },
      { line: 4, target: 'y.md#z' },
      { line: 5, target: 's.png' },
    ]);
  });

  it('reports a missing file, a missing heading and a link out of the folder; passes the rest', () => {
    fs.writeFileSync(
      path.join(dir, 'README.md'),
      [
        '# Top',
        '[ok](docs/guide.md#the-execplan-cli) [ok](docs/guide.md#set-up-1) [ok](#top) [ok](docs/img/a%20b.png) [ok](docs/)',
        '[web](https://example.com/x.md) [mail](mailto:a@example.com)',
        '[gone](docs/missing.md)',
        '[no heading](docs/guide.md#not-a-heading)',
        '[no self heading](#nowhere)',
        '[outside](../elsewhere.md)',
      ].join('\n'),
    );
    expect(documentationFiles(dir)).toEqual(['README.md', 'docs/guide.md']);
    expect(brokenLinks(dir, documentationFiles(dir))).toEqual([
      { file: 'README.md', line: 4, target: 'docs/missing.md' },
      { file: 'README.md', line: 5, target: 'docs/guide.md#not-a-heading' },
      { file: 'README.md', line: 6, target: '#nowhere' },
      { file: 'README.md', line: 7, target: '../elsewhere.md' },
    ]);
  });
});
