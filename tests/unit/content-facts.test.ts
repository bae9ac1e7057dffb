/**
 * The seed facts (../shared/seed-facts.json, beside this repo) list what the content must say word for
 * word: every error string is declared in the `errors:` frontmatter of exactly one symptom page, and
 * every name, path, command and setting appears somewhere under content/. This test reads the files
 * directly so it stays independent of the loader in lib/content.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, it, expect } from 'vitest';
import { parse as parseYaml } from 'yaml';

const ERRORS_KEY = 'error strings (verbatim, each must be declared by the page that resolves it)';
const NAMES_KEY = 'names, paths, commands and settings (verbatim somewhere in the content)';

// The repo sits beside shared/; SEED_FACTS is the fallback for a clone that lives elsewhere (e.g. CI).
const defaultSeedFactsPath = path.resolve(__dirname, '../../../shared/seed-facts.json');
const seedFactsCandidates = [defaultSeedFactsPath, ...(process.env.SEED_FACTS ? [path.resolve(process.env.SEED_FACTS)] : [])];
const seedFactsPath = seedFactsCandidates.find((candidate) => fs.existsSync(candidate));
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

function loadSeedFacts(): { errors: string[]; names: string[] } {
  if (seedFactsPath === undefined) {
    throw new Error(
      `Seed facts file not found (looked in: ${seedFactsCandidates.join(', ')}). Put shared/ beside the repo or set SEED_FACTS to its path.`,
    );
  }
  const raw = JSON.parse(fs.readFileSync(seedFactsPath, 'utf8')) as Record<string, unknown>;
  const errors = raw[ERRORS_KEY];
  const names = raw[NAMES_KEY];
  if (!Array.isArray(errors) || !Array.isArray(names)) {
    throw new Error(`${seedFactsPath} lacks the "${ERRORS_KEY}" or "${NAMES_KEY}" list.`);
  }
  return { errors: errors as string[], names: names as string[] };
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

describe('seed facts in content', () => {
  it('finds the seed facts file', () => {
    const facts = loadSeedFacts();
    expect(facts.errors.length).toBeGreaterThan(0);
    expect(facts.names.length).toBeGreaterThan(0);
  });

  it('has symptom pages to check', () => {
    expect(declaredErrors.length).toBeGreaterThan(0);
  });

  it('declares every error string in the errors frontmatter of exactly one symptom page', () => {
    const { errors } = loadSeedFacts();
    const problems = errors.flatMap((error) => {
      const owners = declaredErrors
        .filter((page) => page.errors.some((declared) => declared.includes(error)))
        .map((page) => page.file);
      return owners.length === 1 ? [] : [`"${error}" is declared by ${owners.length} pages: [${owners.join(', ')}]`];
    });
    expect(problems).toEqual([]);
  });

  it('mentions every name, path, command and setting verbatim somewhere in content/', () => {
    const { names } = loadSeedFacts();
    const missing = names.filter((name) => !contentFiles.some(({ text }) => text.includes(name)));
    expect(missing).toEqual([]);
  });
});
