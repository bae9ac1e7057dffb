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

function loadSourceFacts(): { errors: string[]; names: string[] } {
  const raw = JSON.parse(fs.readFileSync(factsPath, 'utf8')) as Record<string, unknown>;
  if (!isStringList(raw.errors) || !isStringList(raw.names)) throw new Error(`${factsPath} needs "errors" and "names" lists of strings.`);
  return { errors: raw.errors, names: raw.names };
}

const contentFiles = listFiles(contentRoot).map((file) => ({
  file: path.relative(contentRoot, file),
  text: fs.readFileSync(file, 'utf8'),
}));

const declaredErrors = contentFiles
  .filter(({ file }) => file.startsWith(`symptoms${path.sep}`) && file.endsWith('.mdx'))
  .map(({ file, text }) => {
    const errors = frontmatterOf(text)?.errors;
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

  it('mentions every name, path, command and setting verbatim somewhere in content/', () => {
    const { names } = loadSourceFacts();
    const missing = names.filter((name) => !contentFiles.some(({ text }) => text.includes(name)));
    expect(missing).toEqual([]);
  });
});
