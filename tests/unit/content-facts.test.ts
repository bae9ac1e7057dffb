/**
 * The source facts (tests/fixtures/source-facts.json, taken from the official article) list what the
 * content must say word for word: every error string is declared in the `errors:` frontmatter of
 * exactly one symptom page, and every name, path, command and setting appears somewhere under content/.
 * The facts live in the repository so a fresh clone checks itself. This test reads the files directly
 * so it stays independent of the loader in lib/content.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, it, expect } from 'vitest';
import { parse as parseYaml } from 'yaml';

const factsPath = path.resolve(__dirname, '../fixtures/source-facts.json');
const contentRoot = path.resolve(__dirname, '../../content');

function listFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? listFiles(full) : [full];
  });
}

/** The YAML between the leading `---` lines of an MDX file, parsed; undefined when there is none. */
function frontmatterOf(text: string): Record<string, unknown> | undefined {
  const yaml = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(text)?.[1];
  return yaml === undefined ? undefined : (parseYaml(yaml) as Record<string, unknown>);
}

const isStringList = (value: unknown): value is string[] => Array.isArray(value) && value.every((v) => typeof v === 'string');

function loadSourceFacts(): { source: string; sections: string[]; errors: string[]; names: string[] } {
  const raw = JSON.parse(fs.readFileSync(factsPath, 'utf8')) as Record<string, unknown>;
  if (typeof raw.source !== 'string' || !isStringList(raw.sections) || !isStringList(raw.errors) || !isStringList(raw.names)) {
    throw new Error(`${factsPath} needs a "source" address and "sections", "errors" and "names" lists of strings.`);
  }
  return { source: raw.source, sections: raw.sections, errors: raw.errors, names: raw.names };
}

const contentFiles = listFiles(contentRoot).map((file) => ({
  file: path.relative(contentRoot, file),
  text: fs.readFileSync(file, 'utf8'),
}));

const symptomPages = contentFiles
  .filter(({ file }) => file.startsWith(`symptoms${path.sep}`) && file.endsWith('.mdx'))
  .map(({ file, text }) => ({ file, frontmatter: frontmatterOf(text) ?? {} }));

const declaredErrors = symptomPages.map(({ file, frontmatter }) => {
  const errors = frontmatter.errors;
  return { file, errors: Array.isArray(errors) ? errors.map(String) : [] };
});

describe('source facts in content', () => {
  it('has facts and symptom pages to check', () => {
    const facts = loadSourceFacts();
    expect(facts.errors.length).toBeGreaterThan(0);
    expect(facts.names.length).toBeGreaterThan(0);
    expect(declaredErrors.length).toBeGreaterThan(0);
  });

  it('declares every error string in the errors frontmatter of exactly one symptom page', () => {
    const { errors } = loadSourceFacts();
    const problems = errors.flatMap((error) => {
      const owners = declaredErrors
        .filter((page) => page.errors.some((declared) => declared.includes(error)))
        .map((page) => page.file);
      return owners.length === 1 ? [] : [`"${error}" is declared by ${owners.length} pages: [${owners.join(', ')}]`];
    });
    expect(problems).toEqual([]);
  });

  it('gives every page the official article as its source, with one of its real section headings and a review date', () => {
    const { source, sections } = loadSourceFacts();
    const problems = symptomPages.flatMap(({ file, frontmatter }) => {
      const cited = frontmatter.source as { section?: unknown; url?: unknown } | undefined;
      const found: string[] = [];
      if (typeof cited?.section !== 'string' || !sections.includes(cited.section)) found.push(`${file}: section ${JSON.stringify(cited?.section)} is not a heading of the article`);
      if (typeof cited?.url !== 'string' || cited.url.split('#')[0] !== source) found.push(`${file}: url ${JSON.stringify(cited?.url)} is not the article`);
      if (typeof frontmatter.reviewed !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(frontmatter.reviewed)) found.push(`${file}: no ISO reviewed date`);
      return found;
    });
    expect(problems).toEqual([]);
  });

  it('mentions every name, path, command and setting verbatim somewhere in content/', () => {
    const { names } = loadSourceFacts();
    const missing = names.filter((name) => !contentFiles.some(({ text }) => text.includes(name)));
    expect(missing).toEqual([]);
  });
});
