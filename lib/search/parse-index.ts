/**
 * Reviving a search index fetched as JSON. The file comes from our own build, but a stale cache or a
 * half-written deploy can still serve something else, so it is validated rather than cast; the
 * checks that a shape cannot express (ids in range) are done here too, because an out-of-range id
 * would surface later as a confusing wrong answer instead of an error now.
 */
import { z } from 'zod';
import type { SearchIndex } from './types';
import { decodeDeltas } from './runtime';

const ids = z.array(z.number().int().nonnegative());

export const SearchIndexSchema = z.object({
  version: z.literal(3),
  terms: z.array(z.string()),
  df: ids,
  pages: z.array(
    z.object({
      id: z.string(),
      slug: z.string(),
      title: z.string(),
      url: z.string(),
      errors: z.array(z.string()),
      aliases: z.array(z.string()),
      errorTerms: z.array(ids),
      errorNamed: z.array(z.array(z.number().int().nonnegative())),
      errorPlatform: z.array(z.array(z.number().int().nonnegative())),
      titleTerms: ids,
      aliasTerms: z.array(ids),
      summaryTerms: ids,
      stepTerms: z.array(ids),
      bodyTerms: ids,
      signals: z.array(z.string()),
      signalTerms: z.array(z.array(ids)),
      signalWords: z.array(z.array(z.array(z.string()))),
      signalPastDate: z.array(z.number().int().min(-1)),
      signalSameLine: z.array(z.array(z.number().int().min(0))),
      signalUnless: z.array(z.array(z.number().int().nonnegative())),
    }),
  ),
  typo: z.array(
    z.object({
      length: z.number().int().nonnegative(),
      terms: ids,
      fuse: z.object({ keys: z.array(z.unknown()), records: z.array(z.unknown()) }),
    }),
  ),
  vocabulary: z.object({
    synonyms: z.array(z.object({ from: z.array(z.string()), to: z.array(z.string()) })),
    connectorPrefixes: z.array(z.string()),
    ours: z.array(z.array(z.string())),
    elsewhere: z.array(z.array(z.string())),
  }),
});

export class SearchIndexError extends Error {
  constructor(message: string) {
    super(`Invalid search index: ${message}`);
    this.name = 'SearchIndexError';
  }
}

export function parseSearchIndex(json: unknown): SearchIndex {
  const parsed = SearchIndexSchema.safeParse(typeof json === 'string' ? safeJson(json) : json);
  if (!parsed.success) {
    const problems = parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
    throw new SearchIndexError(problems.join('; '));
  }
  const index: SearchIndex = parsed.data;
  const termCount = index.terms.length;
  if (index.df.length !== termCount) throw new SearchIndexError('df and terms differ in length');
  const inRange = (list: readonly number[]): boolean => list.every((id) => id < termCount);
  index.pages.forEach((p, i) => {
    const lists = [p.titleTerms, ...p.errorTerms, ...p.aliasTerms, p.summaryTerms, ...p.stepTerms, decodeDeltas(p.bodyTerms), ...p.signalTerms.flat()];
    if (!lists.every(inRange)) throw new SearchIndexError(`pages.${i} (${p.id}) refers to a term that does not exist`);
    if (p.errorTerms.length !== p.errors.length || p.aliasTerms.length !== p.aliases.length || p.signalTerms.length !== p.signals.length) {
      throw new SearchIndexError(`pages.${i} (${p.id}) has terms for a different number of errors or aliases`);
    }
    // Per error or per signal, positions that must fall inside that error's terms or that signal's fragments.
    const fits = (positions: ReadonlyArray<readonly number[]>, within: ReadonlyArray<{ length: number }>): boolean =>
      positions.length === within.length && positions.every((list, k) => list.every((at) => at < (within[k]?.length ?? 0)));
    if (!fits(p.errorNamed, p.errorTerms)) throw new SearchIndexError(`pages.${i} (${p.id}) has quoted-name positions outside its errors`);
    if (!fits(p.errorPlatform, p.errorTerms)) throw new SearchIndexError(`pages.${i} (${p.id}) has platform-sentence positions outside its errors`);
    if (!fits(p.signalPastDate.map((k) => [k]), p.signalTerms)) throw new SearchIndexError(`pages.${i} (${p.id}) has a past-date fragment outside its signals`);
    if (!fits(p.signalSameLine, p.signalTerms)) throw new SearchIndexError(`pages.${i} (${p.id}) has a same-line fragment outside its signals`);
    if (!fits(p.signalUnless, p.signalTerms)) throw new SearchIndexError(`pages.${i} (${p.id}) has an unless fragment outside its signals`);
    const sameShape = p.signalWords.length === p.signalTerms.length && p.signalWords.every((words, k) => words.length === p.signalTerms[k]?.length && words.every((w, j) => w.length === p.signalTerms[k]?.[j]?.length));
    if (!sameShape) throw new SearchIndexError(`pages.${i} (${p.id}) has signal words that do not fit its signal terms`);
  });
  for (const bucket of index.typo) {
    if (!inRange(bucket.terms) || bucket.fuse.records.length !== bucket.terms.length) {
      throw new SearchIndexError(`typo bucket ${bucket.length} does not match its terms`);
    }
  }
  return index;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
