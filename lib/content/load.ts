/**
 * The only module that touches the file system for content. Pages, the CLI and the benchmark all call
 * loadKnowledgeBase, so what the site shows is exactly what `kb check` validated.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { compileKnowledgeBase, type ContentSources, type KnowledgeBase, type SourceFile } from './compile';
import { ContentError, type ContentProblem } from './problems';
import { checkSearchExamples } from '../search/check-examples';

export const DEFAULT_CONTENT_DIR = path.join(process.cwd(), 'content');

async function readSources(dir: string, sub: string, pattern: RegExp, root: string): Promise<SourceFile[]> {
  const folder = path.join(dir, sub);
  let names: string[];
  try {
    names = await readdir(folder);
  } catch {
    return [];
  }
  const files = names.filter((n) => pattern.test(n)).sort();
  return Promise.all(
    files.map(async (name) => {
      const full = path.join(folder, name);
      return { file: path.relative(root, full) || full, text: await readFile(full, 'utf8') };
    }),
  );
}

export async function loadContentSources(contentDir: string = DEFAULT_CONTENT_DIR): Promise<ContentSources> {
  // File names in problems are relative to the folder above content/, so they read like repo paths.
  const root = path.dirname(path.resolve(contentDir));
  const [vocabulary] = await readSources(contentDir, 'search', /^vocabulary\.ya?ml$/, root);
  return {
    symptoms: await readSources(contentDir, 'symptoms', /\.mdx$/, root),
    trees: await readSources(contentDir, 'trees', /\.ya?ml$/, root),
    ...(vocabulary ? { vocabulary } : {}),
  };
}

/** Loads and checks content; returns the problems instead of throwing (for `kb check`). */
export async function checkKnowledgeBase(contentDir: string = DEFAULT_CONTENT_DIR): Promise<{ kb: KnowledgeBase; problems: ContentProblem[] }> {
  const sources = await loadContentSources(contentDir);
  const result = compileKnowledgeBase(sources);
  // Search examples need a valid knowledge base to search; they are checked once the rest is clean.
  if (result.problems.length === 0) result.problems.push(...checkSearchExamples(result.kb));
  if (sources.symptoms.length === 0) {
    result.problems.unshift({ file: path.join(contentDir, 'symptoms'), field: '(folder)', message: 'no .mdx symptom files found' });
  }
  return result;
}

const cache = new Map<string, Promise<KnowledgeBase>>();

/** Loads content once per process; throws ContentError listing every problem. */
export function loadKnowledgeBase(contentDir: string = DEFAULT_CONTENT_DIR): Promise<KnowledgeBase> {
  const key = path.resolve(contentDir);
  let pending = cache.get(key);
  if (!pending) {
    pending = checkKnowledgeBase(contentDir).then(({ kb, problems }) => {
      if (problems.length) throw new ContentError(problems);
      return kb;
    });
    cache.set(key, pending);
  }
  return pending;
}
