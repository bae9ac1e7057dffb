import { loadKnowledgeBase } from './lib/content/load';
import { buildSearchIndex } from './lib/search/index';
import { parseTicketExport } from './lib/triage/export';
import { triageTickets } from './lib/triage/triage';
import { formatTriageMarkdown } from './lib/triage/report';
import { generateTicketExport } from './tests/fixtures/ticket-export';
const kb = await loadKnowledgeBase();
const index = buildSearchIndex(kb.symptoms);
const ex = generateTicketExport({ covered: 105, uncovered: 60, free: 30, unreadable: 5 });
const { tickets, unreadable } = parseTicketExport(ex.lines.join('\n'));
const t = performance.now();
const rep = triageTickets(index, tickets, unreadable);
console.error('ms', performance.now() - t);
console.log(formatTriageMarkdown(rep));
// mismatches
import { matchQuery } from './lib/search/index';
for (const tk of tickets) { const tr = ex.truth.get(tk.id)!; const r = matchQuery(index, tk.text, {limit: 50});
  const ok = tr.kind === 'covered' ? r.verdict === 'match' && r.results[0]?.id === tr.page : r.verdict === 'none';
  if (!ok) console.error('MISS', tr.kind, tr.page ?? tr.group, r.verdict, r.results.map(x=>x.id).join(','), JSON.stringify(tk.text).slice(0,200)); }
