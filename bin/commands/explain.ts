/**
 * kb explain TEXT | -   [--json] [--content DIR]
 *
 * Why search answered what it answered: the segments the paste was read in, each candidate page's
 * evidence (declared error, title, alias, page text or signal; from which segment; score, coverage,
 * distinctive weight), the contradictions, and the margin and rule that decided the verdict. Runs
 * the same `matchQuery` steps as the site (lib/search explainQuery).
 */
import { loadKnowledgeBase } from '../../lib/content/load';
import type { Explanation } from '../../lib/search/explain';
import { InputError, MAX_BYTES_OPTION, parseMaxBytes, parseStrict, readStdin, UsageError, withoutBom, type Command } from './cli';

export const EXPLAIN_USAGE = '  kb explain [--json] [--max-bytes N] [--content DIR] TEXT     (TEXT "-" reads stdin)';

function printExplanation(e: Explanation): void {
  console.log(`Verdict: ${e.verdict} — ${e.rule}`);
  if (e.response.truncated) console.log('(the paste was longer than search reads; only its beginning was searched)');
  if (e.otherProduct.length) console.log(`Names another product: ${e.otherProduct.join(', ')} (caps every score below a match)`);
  else if (!e.namesProduct) console.log('Names nothing of this product: a page\'s title, aliases and text cannot make a match, only a declared error or a signal can');
  console.log(`\nSegments (${e.segments.length}):`);
  for (const s of e.segments.slice(0, 40)) console.log(`  [${s.index}] line ${s.line}: ${s.text.replace(/\s+/g, ' ').slice(0, 100)}`);
  if (e.segments.length > 40) console.log(`  … ${e.segments.length - 40} more`);
  console.log('\nCandidates:');
  if (e.candidates.length === 0) console.log('  (none: no page has any evidence)');
  for (const c of e.candidates) {
    console.log(`  ${c.id}  ${c.score.toFixed(3)}  ${c.title}`);
    for (const ev of c.evidence) {
      const from = ev.from === 'whole paste' ? 'whole paste' : `segment ${ev.from.segment}`;
      console.log(`      ${ev.kind.padEnd(6)} ${ev.score.toFixed(3)}  coverage ${ev.coverage.toFixed(2)}  weight ${ev.weight.toFixed(2)}  from ${from}: ${ev.text.slice(0, 90)}`);
    }
    for (const x of c.contradictions) console.log(`      contradicts: ${x.slice(0, 90)}`);
  }
  console.log(`\nMargin over the next page: ${e.margin.toFixed(3)}`);
}

/** Runs `kb explain`; returns the exit code. */
export async function runExplain(text: string, options: { json: boolean; content?: string }): Promise<number> {
  const { buildSearchIndex, explainQuery } = await import('../../lib/search/index');
  const kb = await loadKnowledgeBase(options.content);
  const explanation = explainQuery(buildSearchIndex(kb.symptoms, kb.vocabulary), text);
  if (options.json) {
    const { response, ...rest } = explanation;
    console.log(JSON.stringify({ ...rest, results: response.results.map((h) => ({ id: h.id, score: h.score, reason: h.reason })) }, null, 2));
  } else printExplanation(explanation);
  return 0;
}

/** `kb explain` under the shared argument and input rules (bin/commands/cli.ts). */
export const explain: Command = {
  name: 'explain',
  usage: EXPLAIN_USAGE.trim(),
  async run(args) {
    const { values, positionals } = parseStrict('explain', args, { content: { type: 'string' }, json: { type: 'boolean' }, ...MAX_BYTES_OPTION });
    const maxBytes = parseMaxBytes('explain', values['max-bytes']);
    if (positionals.length === 0) throw new UsageError('kb explain: needs TEXT, or - to read stdin');
    const text = positionals.length === 1 && positionals[0] === '-' ? withoutBom(await readStdin('explain', maxBytes)) : positionals.join(' ');
    if (Buffer.byteLength(text) > maxBytes) throw new InputError(`kb explain: TEXT is larger than --max-bytes ${maxBytes}; split it, or pass a larger --max-bytes`);
    return runExplain(text, { json: values.json === true, ...(values.content ? { content: values.content } : {}) });
  },
};
