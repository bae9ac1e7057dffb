/**
 * kb check on thousands of pages: parsing the pages (micromark with MDX and GFM, then YAML and the
 * schema) is nearly all of its time, and each page parses on its own. So the pages are shared out
 * between this process and a child process per further core, and put back in their order: the
 * problems and the knowledge base are the same as when parsed one after another.
 */
import { fork } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseSymptomFiles, type SourceFile } from '../../lib/content/compile';
import type { ParsedSymptom } from '../../lib/content/parse';

const HERE = path.dirname(fileURLToPath(import.meta.url));

/**
 * A child process takes about a second to start (Node, tsx, the parser's modules), the time it takes
 * to parse a hundred pages or so; it is started only for a share of at least this many pages.
 */
const PAGES_PER_PROCESS = 500;

export async function parseSymptomsInParallel(files: readonly SourceFile[], pagesPerProcess = PAGES_PER_PROCESS): Promise<ParsedSymptom[]> {
  const processes = Math.min(os.availableParallelism(), Math.floor(files.length / pagesPerProcess));
  if (processes < 2) return parseSymptomFiles(files);
  const size = Math.ceil(files.length / processes);
  const shares = Array.from({ length: processes }, (_, i) => files.slice(i * size, (i + 1) * size));
  const children = await Promise.all(shares.slice(1).map(startChild));
  // Parsed here while the children parse theirs; a child that fails has its share parsed here too.
  const own = parseSymptomFiles(shares[0]!);
  const rest = await Promise.all(children.map(({ answer }, i) => answer.catch(() => parseSymptomFiles(shares[i + 1]!))));
  return [...own, ...rest.flat()];
}

/** One share parsed by a child process (exported for its test). */
export const parseInChildProcess = async (files: readonly SourceFile[]): Promise<ParsedSymptom[]> => (await startChild(files)).answer;

/** Starts a child on one share; resolves once the share is handed over, with the child's answer to come. */
function startChild(files: readonly SourceFile[]): Promise<{ answer: Promise<ParsedSymptom[]> }> {
  return new Promise((handedOver) => {
    // The child loads TypeScript through tsx, from the repository whichever way this process was started.
    const child = fork(path.join(HERE, 'parse-child.ts'), [], {
      cwd: path.resolve(HERE, '../..'),
      execArgv: ['--import', 'tsx'],
      serialization: 'advanced',
      stdio: ['ignore', 'ignore', 'ignore', 'ipc'],
    });
    const answer = new Promise<ParsedSymptom[]>((resolve, reject) => {
      let parsed: ParsedSymptom[] | undefined;
      child.once('message', (m) => (parsed = m as ParsedSymptom[]));
      child.once('error', reject);
      child.once('exit', () => (parsed ? resolve(parsed) : reject(new Error('the parsing process ended without an answer'))));
    });
    // Wrapped: a promise resolved with a promise would wait for it.
    child.send(files, () => handedOver({ answer }));
  });
}
