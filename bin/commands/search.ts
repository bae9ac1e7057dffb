/**
 * `kb search`: the site's search from a terminal. One paste (TEXT, or - for stdin) as text or --json,
 * or a batch with --jsonl: one JSON string per input line, one JSON object per input line out, in order,
 * each with its 1-based `line`.
 */
import { loadKnowledgeBase } from '../../lib/content/load';
import { splitInputLines } from '../../lib/lines';
import type { SearchResponse } from '../../lib/search/index';
import { notableValues } from '../../lib/search/notable-values';
import { InputError, MAX_BYTES_OPTION, oneOf, parseMaxBytes, parseStrict, parseWholeNumber, readStdin, UsageError, withoutBom, writeLine, yieldToEvents, type Command } from './cli';

/** As many values as the human output lists; `--json` carries them all. */
const NOTABLE_VALUES_MAX = 12;

/** The public JSON contract (README › Search from the command line): engine fields stay out unless documented. */
export const toSearchContract = (r: SearchResponse) => ({
  verdict: r.verdict,
  results: r.results.map((h) => ({ id: h.id, title: h.title, url: h.url, score: Number(h.score.toFixed(4)), matched: h.matched })),
  extracted: r.extracted,
  findings: r.findings,
});

export const jsonlMessages = {
  blank: 'blank line: each input line must be a JSON string',
  notString: 'each input line must be a JSON string',
} as const;

function printHuman(r: SearchResponse): void {
  const label = { match: 'Match', ambiguous: 'Several pages could fit', none: 'No confident match' }[r.verdict];
  writeLine(label);
  for (const h of r.results) writeLine(`  ${h.id}  ${h.title}\n      ${h.url}   score ${h.score.toFixed(2)}  ${h.reason}`);
  if (r.findings.length) {
    writeLine('Known errors found in the text:');
    for (const f of r.findings) writeLine(`  line ${f.line}: ${f.id} ${f.title} (${f.url})`);
  }
  const values = notableValues(r.extracted, NOTABLE_VALUES_MAX);
  if (values.length) writeLine('Values from your text: ' + values.map((e) => `${e.kind}=${e.value}`).join(', '));
  if (r.verdict === 'none') writeLine('Try the guided walk: /troubleshoot/');
}

/** Lines answered between two looks at the event loop (a closed pipe is noticed there). */
const BATCH = 64;

export const search: Command = {
  name: 'search',
  usage: `kb search [--json] [--limit N] [--max-bytes N] [--content DIR] TEXT     (TEXT "-" reads stdin)
  kb search --jsonl [--limit N] [--max-bytes N] [--content DIR]           (stdin: one JSON string per line; stdout: one JSON object per line)`,
  async run(args) {
    const { values, positionals } = parseStrict('search', args, {
      content: { type: 'string' },
      json: { type: 'boolean' },
      jsonl: { type: 'boolean' },
      limit: { type: 'string' },
      ...MAX_BYTES_OPTION,
    });
    oneOf('search', { json: values.json, jsonl: values.jsonl });
    const limit = parseWholeNumber('search', '--limit', values.limit, 1, 100, 5);
    const maxBytes = parseMaxBytes('search', values['max-bytes']);
    const fromStdin = positionals.length === 1 && positionals[0] === '-';
    if (values.jsonl && positionals.length > 0 && !fromStdin) {
      throw new UsageError(`kb search: --jsonl reads its input from stdin; remove the text "${positionals.join(' ').slice(0, 40)}"`);
    }
    if (!values.jsonl && positionals.length === 0) throw new UsageError('kb search: needs TEXT, or - to read stdin');
    const text = values.jsonl || fromStdin ? withoutBom(await readStdin('search', maxBytes)) : positionals.join(' ');
    if (Buffer.byteLength(text) > maxBytes) throw new InputError(`kb search: TEXT is larger than --max-bytes ${maxBytes}; split it, or pass a larger --max-bytes`);

    // Loaded only for search, so `kb check` (run by every build) stays quick.
    const { buildSearchIndex, matchQuery } = await import('../../lib/search/index');
    const kb = await loadKnowledgeBase(values.content);
    const index = buildSearchIndex(kb.symptoms, kb.vocabulary);

    if (!values.jsonl) {
      const response = matchQuery(index, text, { limit });
      if (values.json) writeLine(JSON.stringify(toSearchContract(response), null, 2));
      else printHuman(response);
      return 0;
    }
    let bad = 0;
    const lines = splitInputLines(text);
    for (const [i, raw] of lines.entries()) {
      if (i % BATCH === BATCH - 1) await yieldToEvents();
      const line = i + 1;
      let query: unknown;
      try {
        query = raw.trim() === '' ? undefined : JSON.parse(raw);
      } catch {
        query = undefined;
      }
      let out: object;
      if (typeof query === 'string') out = { line, ...toSearchContract(matchQuery(index, query, { limit })) };
      else {
        bad++;
        out = { line, error: raw.trim() === '' ? jsonlMessages.blank : jsonlMessages.notString };
      }
      if (!writeLine(JSON.stringify(out))) return 0;
    }
    return bad ? 1 : 0;
  },
};
