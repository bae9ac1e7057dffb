/**
 * `kb check` on hostile content, through the real CLI: each fixture (named for what it shows) gives
 * exactly the expected problems, one line each, exit 1, and no stack trace. Each fixture is the valid
 * knowledge base plus one hostile file, so any extra line is a follow-on problem that should not be there.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../..');
const fixtures = path.join(root, 'tests/fixtures/content');

function check(name: string) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'bin/kb.ts'), 'check', '--content', path.join(fixtures, name)], {
    cwd: root,
    encoding: 'utf8',
  });
  // Problems name files relative to the folder above the content folder, i.e. "<fixture>/symptoms/…".
  const lines = run.stderr.split('\n').filter((l) => l.trim() !== '');
  return { status: run.status, stdout: run.stdout, header: lines[0], problems: lines.slice(1).map((l) => l.trim().replace(`${name}/`, '')) };
}

const cases: Record<string, string[]> = {
  'a-folder-named-like-a-page-is-a-listed-problem': ['symptoms/looks-like-a-page.mdx › (file): is a folder; content files must be plain files'],
  'quotes-nested-thousands-deep-are-refused-before-parsing': ['symptoms/deep-quotes.mdx › (file): quotes and lists nested 5000 deep; the limit is 10'],
  'components-nested-thousands-deep-are-refused-before-parsing': ['symptoms/deep-notes.mdx › (file): components nested 3000 deep; the limit is 10'],
  'a-list-nested-1500-deep-is-refused-before-parsing': [
    'symptoms/deep-indented-list.mdx › (file): quotes and lists nested 150 deep; the limit is 10',
    'symptoms/deep-list.mdx › (file): quotes and lists nested 1500 deep; the limit is 10',
  ],
  'a-page-over-64-kb-is-refused-with-its-size': [
    'symptoms/huge-page.mdx › (file): is 72 KB; the limit is 64 KB per file (split the page or move logs to a linked file)',
  ],
  'javascript-and-data-links-images-and-definitions-are-refused': [
    'link "javascript:alert(1)" is not allowed',
    'image "javascript:alert(2)" is not allowed',
    'link definition "javascript:alert(3)" is not allowed',
    'link definition "data:text/html,<script>alert(4)</script>" is not allowed',
    'link "data:text/html;base64,PHNjcmlwdD5hbGVydCg1KTwvc2NyaXB0Pg==" is not allowed',
  ].map((m) => `symptoms/script-links.mdx › body: ${m}: use an http: https: or mailto: address, a site path starting with /, or a #anchor`),
  // The other page relates to it and links to it, and the tree leads to it: none of that is listed again.
  'a-page-that-fails-to-parse-is-the-only-problem-listed': ['symptoms/broken.mdx › body: MDX does not parse: line 20:'],
  'a-second-entry-tree-is-named-in-the-file-that-added-it': [
    'trees/start.yaml › entry: exactly one tree must have entry: true; a-second-entry-tree-is-named-in-the-file-that-added-it/trees/zz-added-later.yaml also has it',
    'trees/zz-added-later.yaml › entry: exactly one tree must have entry: true; a-second-entry-tree-is-named-in-the-file-that-added-it/trees/start.yaml also has it',
  ],
  'a-node-keyed-proto-or-constructor-is-refused-by-name': [
    'trees/start.yaml › nodes.__proto__: the key "__proto__" is not allowed (it names a built-in property of every object); rename it',
    'trees/start.yaml › nodes.constructor: the key "constructor" is not allowed (it names a built-in property of every object); rename it',
  ],
  'a-yaml-error-is-reported-on-one-line': ['trees/start.yaml › (file): invalid YAML: Nested mappings are not allowed in compact mappings at line 5, column 7'],
};

describe('kb check on hostile content', () => {
  for (const [name, expected] of Object.entries(cases)) {
    it(name.replace(/-/g, ' '), () => {
      const run = check(name);
      expect(run.status).toBe(1);
      expect(run.stdout).toBe('');
      expect(run.header).toBe(`kb check: ${expected.length} problem${expected.length === 1 ? '' : 's'}`);
      expect(run.problems).toHaveLength(expected.length);
      run.problems.forEach((line, i) => {
        expect(line.startsWith(expected[i]!), line).toBe(true);
        expect(line).not.toMatch(/\n|\bat .+:\d+:\d+/);
      });
    });
  }

  it('a missing content folder is said as such', () => {
    const missing = 'a-content-folder-that-does-not-exist';
    const run = check(missing);
    expect(run.status).toBe(1);
    expect(run.problems).toEqual([`${path.join(fixtures, missing)} › (folder): the content folder does not exist`]);
  });
});
