/**
 * The repository stands alone: a fresh clone with nothing beside it passes its own tests. So nothing
 * the site, the CLI or the tests run may reach for the evaluation folder that sits beside this repo in
 * development (`../shared`). Only the benchmark scripts may, and they say when they skip it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../..');
const SELF = path.relative(root, __filename);
const CHECKED_FOLDERS = ['tests', 'lib', 'app', 'components', 'bin', 'content'];
const CHECKED_FILES = ['package.json', 'next.config.mjs', 'vitest.config.ts', 'playwright.config.ts', 'tsconfig.json', 'postcss.config.mjs'];

/** `../shared`, `..\shared`, or path segments '..', 'shared' passed to path.join/resolve. */
const REACHES_OUTSIDE = /\.\.[\\/]+shared\b|['"`]\.\.['"`]\s*,\s*['"`]shared['"`]/;

function listFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : listFiles(full);
    return /\.(ts|tsx|mts|mjs|js|json|mdx|ya?ml)$/.test(entry.name) ? [full] : [];
  });
}

describe('a standalone repository', () => {
  it('reads nothing from ../shared outside the benchmark scripts', () => {
    const files = [...CHECKED_FOLDERS.flatMap((f) => listFiles(path.join(root, f))), ...CHECKED_FILES.map((f) => path.join(root, f)).filter((f) => fs.existsSync(f))];
    expect(files.length).toBeGreaterThan(50);
    const offenders = files
      .map((f) => path.relative(root, f))
      .filter((f) => f !== SELF && REACHES_OUTSIDE.test(fs.readFileSync(path.join(root, f), 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('recognises the ways a path to ../shared is written', () => {
    for (const text of ["path.resolve(__dirname, '../../../shared/seed-facts.json')", "path.join(repo, '..', 'shared')", 'C:\\\\repo\\\\..\\\\shared\\\\eval']) {
      expect(REACHES_OUTSIDE.test(text), text).toBe(true);
    }
    expect(REACHES_OUTSIDE.test('one shared worker, requests matched to replies')).toBe(false);
  });
});
