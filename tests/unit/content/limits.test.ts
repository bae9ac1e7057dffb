/** The checks that run before any parser: what they refuse, and that real-looking content passes. */
import { describe, expect, it } from 'vitest';
import { compileKnowledgeBase } from '@/lib/content/compile';
import { LIMITS, scanPage, scanYaml } from '@/lib/content/limits';
import { isAllowedUrl } from '@/lib/content/parse';
import { formatProblem, oneLine } from '@/lib/content/problems';
import { symptomSource, validSources } from './helpers';

const page = (body: string) => `---\nid: PT-0101\nslug: x\n---\n${body}\n`;

describe('scanPage', () => {
  it('passes ordinary nesting, and deep indentation inside fenced code', () => {
    const xml = Array.from({ length: 40 }, (_, i) => `${'  '.repeat(i)}<level${i}>`).join('\n');
    expect(scanPage(page(`> quote\n\n- a\n  - b\n    - c\n\n<Step id="a" title="b">\n\n<Note>\n\nx\n\n</Note>\n\n</Step>\n\n\`\`\`xml\n${xml}\n\`\`\``))).toBeNull();
  });

  it('counts quotes and list markers on one line and levels of indentation', () => {
    expect(scanPage(page('> '.repeat(LIMITS.nesting) + 'x'))).toBeNull();
    expect(scanPage(page('> '.repeat(LIMITS.nesting + 1) + 'x'))).toBe(`quotes and lists nested ${LIMITS.nesting + 1} deep; the limit is ${LIMITS.nesting}`);
    expect(scanPage(page(Array.from({ length: 30 }, (_, i) => `${'  '.repeat(i)}- x`).join('\n')))).toMatch(/^quotes and lists nested 30 deep/);
  });

  it('counts components inside components, but not a tag inside inline code', () => {
    expect(scanPage(page('<Note>'.repeat(11) + '</Note>'.repeat(11)))).toMatch(/^components nested 11 deep/);
    expect(scanPage(page('`' + '<Note>'.repeat(50) + '`'))).toBeNull();
    expect(scanPage(page('<Note>x</Note>\n'.repeat(50)))).toBeNull();
  });

  it('refuses a page over the size limit or with more links than the limit', () => {
    expect(scanPage(page('x'.repeat(LIMITS.pageBytes)))).toMatch(/^is \d+ KB; the limit is 64 KB per file/);
    expect(scanPage(page('[a](/x) '.repeat(LIMITS.linksPerPage + 1)))).toBe(`has ${LIMITS.linksPerPage + 1} links; the limit is ${LIMITS.linksPerPage} per page`);
  });
});

describe('scanYaml', () => {
  it('passes a tree with flow answers, and brackets inside quoted text', () => {
    expect(scanYaml('nodes:\n  q:\n    answers:\n      - { label: "[[[[[[[[[[[[", node: a }\n', 'tree')).toBeNull();
  });
  it('refuses deep flows, also over several lines, and deep blocks', () => {
    expect(scanYaml(`a: ${'['.repeat(11)}${']'.repeat(11)}`)).toMatch(/^YAML \[ \] and \{ \} lists nested 11 deep/);
    expect(scanYaml(`a:\n${'[\n'.repeat(11)}`)).toMatch(/nested 11 deep/);
    expect(scanYaml(Array.from({ length: 25 }, (_, i) => `${' '.repeat(i)}k:`).join('\n'))).toMatch(/^YAML blocks nested 24 deep/);
  });
});

describe('links and images', () => {
  it('allows web, mail, site paths and anchors only', () => {
    for (const ok of ['https://learn.microsoft.com/', 'http://contoso.example/x', 'mailto:a@b.example', '/symptoms/x/', '/', '#step']) expect(isAllowedUrl(ok), ok).toBe(true);
    for (const bad of ['javascript:alert(1)', 'JavaScript:alert(1)', ' javascript:x', 'data:text/html,x', 'vbscript:x', 'file:///c:/x', '//evil.example/', '/\\evil.example', 'relative/path', 'java\tscript:x', 'https:/x']) {
      expect(isAllowedUrl(bad), bad).toBe(false);
    }
  });

  it('reports each unsafe link, image and definition on one line with where it is', () => {
    const s = validSources();
    s.symptoms[0] = symptomSource({ body: `<Step id="do-this" title="Do this">\n\n[a](javascript:x) ![b](data:image/svg+xml;base64,PHN2Zz4=) [c][d]\n\n[d]: vbscript:x\n\n</Step>` });
    const problems = compileKnowledgeBase(s).problems.map(formatProblem);
    expect(problems.filter((p) => p.includes('is not allowed'))).toEqual([
      'content/symptoms/first-problem.mdx › body: link "javascript:x" is not allowed: use an http: https: or mailto: address, a site path starting with /, or a #anchor (line 23)',
      'content/symptoms/first-problem.mdx › body: image "data:image/svg+xml;base64,PHN2Zz4=" is not allowed: use an http: https: or mailto: address, a site path starting with /, or a #anchor (line 23)',
      'content/symptoms/first-problem.mdx › body: link definition "vbscript:x" is not allowed: use an http: https: or mailto: address, a site path starting with /, or a #anchor (line 25)',
    ]);
  });
});

describe('one line per problem', () => {
  it('shows line breaks as spaces and control characters as escapes', () => {
    expect(oneLine('a\n\n  b\r\nc\td\u0007')).toBe('a b c d\\u0007');
    expect(formatProblem({ file: 'x\ny.mdx', field: 'f', message: 'one\ntwo' })).toBe('x y.mdx › f: one two');
  });
});
