/**
 * The only module that touches the file system for content. Pages, the CLI and the benchmark all call
 * loadKnowledgeBase, so what the site shows is exactly what `kb check` validated.
 */
import type { Dirent } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { compileKnowledgeBase, parseSymptomFiles, type ContentSources, type KnowledgeBase, type SourceFile } from './compile';
import type { ParsedSymptom } from './parse';
import { checkSearchExamples } from '../search/check-examples';
import { checkFileSize, type FileKind } from './limits';
import { EMPTY_VOCABULARY } from './schema';
import { ContentError, messages, oneLine, type ContentProblem } from './problems';

/**
 * content/ next to the app, or the folder named by KB_CONTENT_DIR, so the real app can build another
 * knowledge base (scripts/bench-build.ts builds a synthetic one this way).
 */
export const DEFAULT_CONTENT_DIR = path.resolve(process.cwd(), process.env.KB_CONTENT_DIR || 'content');

/** Why a file could not be read, in one line: the system's code and words, never a stack. */
const readFailure = (err: unknown): string => {
  const e = err as NodeJS.ErrnoException;
  return oneLine(e.code ? `${e.code} (${e.message.replace(/^[A-Z]+: /, '').replace(/, \w+ '.*'$/, '')})` : String(err));
};

/**
 * Reads the content files of one folder. Every entry that looks like content is either read or named in
 * a problem: a folder or device called x.mdx, a file that can't be read, one over the size limit (not
 * read at all, so a huge file costs nothing).
 */
async function readSources(dir: string, sub: string, pattern: RegExp, kind: FileKind, root: string): Promise<{ files: SourceFile[]; problems: ContentProblem[] }> {
  const folder = path.join(dir, sub);
  const shown = (full: string) => path.relative(root, full) || full;
  let entries: Dirent[];
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { files: [], problems: [] };
    return { files: [], problems: [{ file: shown(folder), field: '(folder)', message: messages.unreadable(readFailure(err)) }] };
  }
  const names = entries.filter((e) => pattern.test(e.name)).map((e) => e.name).sort();
  const read = await Promise.all(
    names.map(async (name): Promise<SourceFile | ContentProblem> => {
      const full = path.join(folder, name);
      const file = shown(full);
      try {
        // stat follows a symbolic link, so a link to a page is read like the page.
        const info = await stat(full);
        if (!info.isFile()) return { file, field: '(file)', message: messages.notAFile(info.isDirectory() ? 'folder' : 'pipe, socket or device') };
        const tooLarge = checkFileSize(kind, info.size);
        if (tooLarge) return { file, field: '(file)', message: tooLarge };
        return { file, text: await readFile(full, 'utf8') };
      } catch (err) {
        return { file, field: '(file)', message: messages.unreadable(readFailure(err)) };
      }
    }),
  );
  return {
    files: read.filter((r): r is SourceFile => 'text' in r),
    problems: read.filter((r): r is ContentProblem => 'message' in r),
  };
}

/** The content files, and a problem for each one that could not be read (they are not in `sources`). */
export async function loadContentSources(contentDir: string = DEFAULT_CONTENT_DIR): Promise<ContentSources & { problems: ContentProblem[] }> {
  // File names in problems are relative to the folder above content/, so they read like repo paths.
  const root = path.dirname(path.resolve(contentDir));
  const [symptoms, trees, search] = await Promise.all([
    readSources(contentDir, 'symptoms', /\.mdx$/, 'page', root),
    readSources(contentDir, 'trees', /\.ya?ml$/, 'tree', root),
    readSources(contentDir, 'search', /^vocabulary\.ya?ml$/, 'tree', root),
  ]);
  const [vocabulary] = search.files;
  return {
    symptoms: symptoms.files,
    trees: trees.files,
    ...(vocabulary ? { vocabulary } : {}),
    problems: [...symptoms.problems, ...trees.problems, ...search.problems],
  };
}

const EMPTY: KnowledgeBase = { symptoms: [], trees: [], vocabulary: EMPTY_VOCABULARY };

/** How the pages are parsed: here, one after another, or (kb check) in several processes; same result, same order. */
export type ParseSymptoms = (files: readonly SourceFile[]) => Promise<readonly ParsedSymptom[]>;

/** Loads and checks content; returns the problems instead of throwing (for `kb check`). */
export async function checkKnowledgeBase(
  contentDir: string = DEFAULT_CONTENT_DIR,
  parseSymptoms: ParseSymptoms = async (files) => parseSymptomFiles(files),
  { searchExamples = true }: { searchExamples?: boolean } = {},
): Promise<{ kb: KnowledgeBase; problems: ContentProblem[] }> {
  const folder = await stat(contentDir).catch((err: NodeJS.ErrnoException) => err);
  if (folder instanceof Error) {
    const message = folder.code === 'ENOENT' ? messages.contentFolderMissing : messages.unreadable(readFailure(folder));
    return { kb: EMPTY, problems: [{ file: contentDir, field: '(folder)', message }] };
  }
  if (!folder.isDirectory()) return { kb: EMPTY, problems: [{ file: contentDir, field: '(folder)', message: messages.contentFolderNotFolder }] };
  const sources = await loadContentSources(contentDir);
  const result = compileKnowledgeBase(sources, await parseSymptoms(sources.symptoms));
  result.problems.unshift(...sources.problems);
  // Search examples need a valid knowledge base to search; they are checked once the rest is clean.
  if (searchExamples && result.problems.length === 0) result.problems.push(...checkSearchExamples(result.kb));
  if (sources.symptoms.length === 0 && sources.problems.length === 0) {
    result.problems.unshift({ file: path.join(contentDir, 'symptoms'), field: '(folder)', message: 'no .mdx symptom files found' });
  }
  return result;
}

/**
 * One load per process for each content folder. `next build` bundles this module into every route's
 * server code separately, so a module-level cache would load and compile the whole knowledge base
 * once per route in each build worker; kept on globalThis, the routes of a worker share one. (In
 * `next dev` that also means content edits need a restart, as they did before: content is not watched.)
 */
const CACHE_KEY = Symbol.for('provisioning-troubleshooter.knowledge-base');
const cache: Map<string, Promise<KnowledgeBase>> = ((globalThis as Record<symbol, unknown>)[CACHE_KEY] ??= new Map()) as Map<string, Promise<KnowledgeBase>>;

/**
 * Loads content once per process; throws ContentError listing every problem. Search examples that do
 * not land are not among them: they are `kb check`'s (and so the build's) to report, and an author
 * needs `kb search` and `kb explain` to work exactly while one of them fails.
 */
export function loadKnowledgeBase(contentDir: string = DEFAULT_CONTENT_DIR): Promise<KnowledgeBase> {
  const key = path.resolve(contentDir);
  let pending = cache.get(key);
  if (!pending) {
    pending = checkKnowledgeBase(contentDir, undefined, { searchExamples: false }).then(({ kb, problems }) => {
      if (problems.length) throw new ContentError(problems);
      return kb;
    });
    cache.set(key, pending);
  }
  return pending;
}
