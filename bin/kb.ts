/**
 * kb: the knowledge-base command line. Calls the same lib/ the pages call.
 *   kb check [--content DIR]
 *   kb search [--json] [--limit N] [--content DIR] TEXT | -      (- reads the text from stdin)
 *   kb search --jsonl [--limit N] [--content DIR]                 (stdin: one JSON string per line)
 */
import { parseArgs } from 'node:util';
import { checkKnowledgeBase, loadKnowledgeBase } from '../lib/content/load';
import { ContentError, formatProblem } from '../lib/content/problems';
import type { SearchResponse } from '../lib/search/index';
import { EXPLAIN_USAGE, runExplain } from './commands/explain';

const USAGE = `Usage:
  kb check [--content DIR]
  kb search [--json] [--limit N] [--content DIR] TEXT     (TEXT "-" reads stdin)
  kb search --jsonl [--limit N] [--content DIR]           (stdin: one JSON string per line; stdout: one JSON object per line)
${EXPLAIN_USAGE}`;

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** The public JSON contract (README › CLI): extra engine fields stay out unless documented. */
const toContract = (r: SearchResponse) => ({
  verdict: r.verdict,
  results: r.results.map((h) => ({ id: h.id, title: h.title, url: h.url, score: Number(h.score.toFixed(4)), matched: h.matched })),
  extracted: r.extracted,
  findings: r.findings,
});

function printHuman(r: SearchResponse): void {
  const label = { match: 'Match', ambiguous: 'Several pages could fit', none: 'No confident match' }[r.verdict];
  console.log(label);
  for (const h of r.results) console.log(`  ${h.id}  ${h.title}\n      ${h.url}   score ${h.score.toFixed(2)}  ${h.reason}`);
  if (r.findings.length) {
    console.log('Known errors found in the text:');
    for (const f of r.findings) console.log(`  line ${f.line}: ${f.id} ${f.title} (${f.url})`);
  }
  if (r.extracted.length) console.log('Values from your text: ' + r.extracted.map((e) => `${e.kind}=${e.value}`).join(', '));
  if (r.verdict === 'none') console.log('Try the guided walk: /troubleshoot/');
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      allowPositionals: true,
      options: {
        content: { type: 'string' },
        json: { type: 'boolean', default: false },
        jsonl: { type: 'boolean', default: false },
        limit: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (err) {
    console.error(`kb: ${(err as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help || !command || command === 'help' || command === '--help') {
    console.log(USAGE);
    return command ? 0 : 2;
  }

  if (command === 'check') {
    const { kb, problems } = await checkKnowledgeBase(values.content);
    if (problems.length) {
      console.error(`kb check: ${problems.length} problem${problems.length === 1 ? '' : 's'}`);
      for (const p of problems) console.error(`  ${formatProblem(p)}`);
      return 1;
    }
    console.log(`kb check: ok — ${kb.symptoms.length} symptoms, ${kb.trees.length} trees`);
    return 0;
  }

  if (command === 'search') {
    const limit = values.limit === undefined ? 5 : Number(values.limit);
    if (!Number.isInteger(limit) || limit < 1 || limit > 100) {
      console.error('kb: --limit takes a whole number from 1 to 100');
      return 2;
    }
    // Loaded only for search, so `kb check` (run by every build) stays quick.
    const { buildSearchIndex, matchQuery } = await import('../lib/search/index');
    const kb = await loadKnowledgeBase(values.content);
    const index = buildSearchIndex(kb.symptoms, kb.vocabulary);
    if (values.jsonl) {
      const lines = (await readStdin()).split('\n');
      let bad = 0;
      for (const [i, line] of lines.entries()) {
        if (!line.trim()) continue;
        let text: unknown;
        try {
          text = JSON.parse(line);
        } catch {
          text = undefined;
        }
        if (typeof text !== 'string') {
          bad++;
          console.log(JSON.stringify({ line: i + 1, error: 'each input line must be a JSON string' }));
          continue;
        }
        console.log(JSON.stringify(toContract(matchQuery(index, text, { limit }))));
      }
      return bad ? 1 : 0;
    }
    if (positionals.length === 0) {
      console.error(`kb: search needs TEXT, or - to read stdin\n${USAGE}`);
      return 2;
    }
    const text = positionals.length === 1 && positionals[0] === '-' ? await readStdin() : positionals.join(' ');
    const response = matchQuery(index, text, { limit });
    if (values.json) console.log(JSON.stringify(toContract(response), null, 2));
    else printHuman(response);
    return 0;
  }

  if (command === 'explain') {
    if (positionals.length === 0) {
      console.error(`kb: explain needs TEXT, or - to read stdin\n${USAGE}`);
      return 2;
    }
    const text = positionals.length === 1 && positionals[0] === '-' ? await readStdin() : positionals.join(' ');
    return runExplain(text, { json: values.json, ...(values.content ? { content: values.content } : {}) });
  }

  console.error(`kb: unknown command "${command}"\n${USAGE}`);
  return 2;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    if (err instanceof ContentError) {
      console.error(err.message);
      process.exitCode = 1;
    } else {
      console.error(`kb: ${(err as Error)?.stack ?? String(err)}`);
      process.exitCode = 2;
    }
  },
);
