/**
 * `kb triage FILE|-`: a ticket export (JSON Lines) in, a report out: Markdown, --json or --csv.
 * Progress goes to stderr once a run takes more than a moment.
 */
import { loadKnowledgeBase } from '../../lib/content/load';
import { parseTicketExport } from '../../lib/triage/export';
import { formatTriageCsv, formatTriageMarkdown, toTriageJson } from '../../lib/triage/report';
import { MAX_BYTES_OPTION, oneOf, parseMaxBytes, parseStrict, readInput, UsageError, writeLine, type Command } from './cli';

/** Progress is shown only for runs longer than this, and then at most this often. */
const PROGRESS_EVERY_MS = 1000;

function progressReporter(): { onProgress: (done: number, total: number) => void; end: () => void } {
  const started = Date.now();
  let last = started;
  let shown = false;
  const tty = process.stderr.isTTY === true;
  return {
    onProgress(done, total) {
      const now = Date.now();
      if (now - last < PROGRESS_EVERY_MS && done !== total) return;
      if (!shown && now - started < PROGRESS_EVERY_MS) return;
      last = now;
      shown = true;
      const text = `kb triage: ${done}/${total} tickets (${Math.round((100 * done) / total)}%)`;
      process.stderr.write(tty ? `\r${text}` : `${text}\n`);
    },
    end() {
      if (shown && tty) process.stderr.write('\n');
    },
  };
}

export const triage: Command = {
  name: 'triage',
  usage: 'kb triage [--json | --csv] [--max-bytes N] [--content DIR] FILE      (FILE "-" reads stdin; one ticket per line: a JSON string, or {"text", "id"?, "date"?})',
  async run(args) {
    const { values, positionals } = parseStrict('triage', args, {
      content: { type: 'string' },
      json: { type: 'boolean' },
      csv: { type: 'boolean' },
      ...MAX_BYTES_OPTION,
    });
    oneOf('triage', { json: values.json, csv: values.csv });
    const maxBytes = parseMaxBytes('triage', values['max-bytes']);
    if (positionals.length !== 1) {
      throw new UsageError(positionals.length ? `kb triage: takes one FILE (got ${positionals.length})` : 'kb triage: needs FILE, or - to read stdin');
    }
    const { tickets, unreadable } = parseTicketExport(await readInput('triage', positionals[0]!, maxBytes));

    const { buildSearchIndex } = await import('../../lib/search/index');
    const { triageTickets } = await import('../../lib/triage/triage');
    const kb = await loadKnowledgeBase(values.content);
    const index = buildSearchIndex(kb.symptoms, kb.vocabulary);
    const progress = progressReporter();
    const report = triageTickets(index, tickets, unreadable, { onProgress: progress.onProgress });
    progress.end();

    if (values.json) writeLine(JSON.stringify(toTriageJson(report), null, 2));
    else if (values.csv) process.stdout.write(formatTriageCsv(report));
    else writeLine(formatTriageMarkdown(report));
    if (tickets.length === 0) {
      console.error(`kb triage: no ticket could be read (${unreadable.length} line${unreadable.length === 1 ? '' : 's'} listed under "Could not read")`);
      return 1;
    }
    return 0;
  },
};
