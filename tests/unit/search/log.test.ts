/** Multi-error logs: every distinct known error, with its page and the 1-based line it came from. */
import { describe, expect, it } from 'vitest';
import { buildSearchIndex, matchQuery } from '@/lib/search';
import { loadKnowledgeBase } from '@/lib/content/load';

// The real content/: accuracy is a property of what the site ships.
const kb = await loadKnowledgeBase();

const index = buildSearchIndex(kb.symptoms, kb.vocabulary);

/** A generated Event Viewer export: routine lines with three known errors at known lines. */
function generatedLog(): { text: string; errors: Array<{ line: number; id: string }> } {
  const routine = ['Heartbeat sent.', 'Polling for provisioning requests.', 'Received request GET /Users?filter=userName eq "user42@contoso.example".', 'Export batch 39 queued.', 'Request completed in 72 ms.'];
  const errors = new Map([
    [41, ["Unable to initialize metrics collector, exception: 'System.UnauthorizedAccessException: Access to the registry key 'Global' is denied.", 'PT-0304']],
    [121, ['ExportErrorCustomContinueRun. objectClass: value #0 invalid per syntax', 'PT-0403']],
    [251, ["Invalid LDAP style of object's DN. DN: pat.lee@contoso.example", 'PT-0402']],
  ]);
  const lines: string[] = [];
  for (let i = 1; i <= 300; i++) {
    const minute = String(i % 60).padStart(2, '0');
    const error = errors.get(i);
    lines.push(`10/03/2026 08:${minute}:21 AM  ${error ? 'Error' : 'Information'}  AADConnectProvisioningAgent  ${error ? error[0] : routine[i % routine.length]}`);
  }
  return { text: lines.join('\n'), errors: [...errors].map(([line, [, id]]) => ({ line, id: id ?? '' })) };
}

describe('a pasted log', () => {
  it('yields each distinct known error with its page and line', () => {
    const log = generatedLog();
    const r = matchQuery(index, log.text);
    expect(r.findings.map((f) => ({ line: f.line, id: f.id }))).toEqual(log.errors);
    // Findings come in line order; results are ranked, each with the line its evidence came from.
    expect(r.findings.map((f) => [f.line, f.id])).toEqual(log.errors.map((e) => [e.line, e.id]));
    expect(r.results.map((h) => [h.line, h.id]).sort()).toEqual(log.errors.map((e) => [e.line, e.id]).sort());
    expect(r.verdict).toBe('ambiguous');
    for (const f of r.findings) expect(log.text.split('\n')[f.line - 1]).toContain(f.text.slice(-30));
  });

  it('counts lines the same with CRLF and with lone CR line endings', () => {
    const log = generatedLog();
    for (const eol of ['\r\n', '\r']) {
      const text = log.text.split('\n').join(eol);
      const r = matchQuery(index, text);
      expect(r.findings.map((f) => ({ line: f.line, id: f.id })), JSON.stringify(eol)).toEqual(log.errors);
      for (const f of r.findings) expect(f.text).not.toMatch(/[\r\n]/);
    }
  });

  it('reports an error once, at its first line', () => {
    const line = "Invalid LDAP style of object's DN. DN: a@b.example";
    const r = matchQuery(index, ['Heartbeat sent.', line, 'Heartbeat sent.', line.replace('a@b', 'c@d')].join('\n'));
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]?.line).toBe(2);
    expect(r.verdict).toBe('match');
  });

  it('finds an error wrapped over two lines, at the line it starts on', () => {
    const text = [
      'Starting agent service.',
      "Could not load file or assembly 'file:///C:\\Program Files\\Microsoft ECMA2Host\\Service\\ECMA\\Cache\\8b514472-c18a-4641-9a44-732c296534e8\\Microsoft.IAM.Connector.GenericSql.dll'",
      'or one of its dependencies. Access is denied.',
      'Heartbeat sent.',
    ].join('\n');
    const r = matchQuery(index, text);
    expect(r.findings.map((f) => [f.line, f.id])).toEqual([[2, 'PT-0401']]);
  });

  it('does not report routine lines that merely share words with a page', () => {
    const text = ['Connecting to the hybrid identity service.', 'Received request GET /Users?filter=userName eq "x@y.example".', 'Test connection started.'].join('\n');
    expect(matchQuery(index, text).findings).toEqual([]);
  });

  it('answers a 1 MB log in bounded time', () => {
    const log = generatedLog().text;
    let big = '';
    while (big.length < 1_000_000) big += `${log}\n`;
    const started = performance.now();
    const r = matchQuery(index, big);
    const elapsed = performance.now() - started;
    expect(r.findings.map((f) => f.line)).toEqual([41, 121, 251]);
    // The benchmark measures the real figure (well under 1 s); this bound only catches a blow-up.
    expect(elapsed).toBeLessThan(5_000);
  });
});
