/** `kb search`: the public JSON contract, stdin, and batch triage with --jsonl. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runKb } from './kb-cli';

const kb = runKb;

type Contract = { verdict: string; results: Array<{ id: string; title: string; url: string; score: number; matched: Array<{ text: string; start: number; end: number }> }> };

const expectContract = (value: Contract) => {
  expect(['match', 'ambiguous', 'none']).toContain(value.verdict);
  for (const r of value.results) {
    expect(r.id).toMatch(/^PT-\d{4}$/);
    expect(r.url).toMatch(/^\/symptoms\/[a-z0-9-]+\/$/);
    // Every URL resolves to a page the static export writes (out/<url>index.html), when out/ exists.
    if (existsSync(path.join(repoRoot, 'out'))) expect(existsSync(path.join(repoRoot, 'out', r.url, 'index.html'))).toBe(true);
    expect(typeof r.score).toBe('number');
    for (const m of r.matched) expect(m.end).toBeGreaterThan(m.start);
  }
};

describe('kb search', () => {
  it('answers --json with the contract, matched spans pointing into the query', () => {
    const query = "Invalid LDAP style of object's DN. DN: pat.lee@contoso.example";
    const run = kb(['search', '--json', query]);
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout) as Contract;
    expectContract(out);
    expect(out.verdict).toBe('match');
    expect(out.results[0]!.url).toBe('/symptoms/invalid-ldap-style-dn/');
    const span = out.results[0]!.matched[0]!;
    expect(query.slice(span.start, span.end)).toBe(span.text);
  });

  it('reads the text from stdin with -', () => {
    const run = kb(['search', '--json', '--limit', '2', '-'], 'System.ComponentModel.Win32Exception: The specified service already exists\n');
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout) as Contract;
    expectContract(out);
    expect(out.results.length).toBeLessThanOrEqual(2);
    expect(out.results[0]!.id).toBe('PT-0305');
  });

  it('triages a batch with --jsonl: one JSON object per input line, in order, each with its line; none for unknown errors', () => {
    const lines = [JSON.stringify('ValidByLdapStyle'), JSON.stringify('ORA-12154: TNS:could not resolve the connect identifier specified'), '', JSON.stringify('RegisterNotLoadedAssemblies')];
    const run = kb(['search', '--jsonl'], lines.join('\n'));
    // The blank line is answered too (as an error), so the exit code says one line could not be read.
    expect(run.status).toBe(1);
    const outs = run.stdout.trim().split('\n').map((l) => JSON.parse(l) as Contract & { line: number; error?: string });
    expect(outs.map((o) => o.line)).toEqual([1, 2, 3, 4]);
    [outs[0]!, outs[1]!, outs[3]!].forEach(expectContract);
    expect(outs[0]!.results[0]!.url).toBe('/symptoms/invalid-ldap-style-dn/');
    expect(outs[1]!.verdict).toBe('none');
    expect(outs[2]!.error).toMatch(/^blank line/);
    expect(outs[3]!.results[0]!.url).toBe('/symptoms/install-fails-dotnet-471-missing/');
  });

  it('reports a --jsonl line that is not a JSON string without stopping the batch', () => {
    const run = kb(['search', '--jsonl'], `{"not":"a string"}\n${JSON.stringify('ExportErrorCustomContinueRun')}\n`);
    expect(run.status).toBe(1);
    const outs = run.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(outs[0]).toEqual({ line: 1, error: 'each input line must be a JSON string' });
    expect((outs[1] as Contract).results[0]!.url).toBe('/symptoms/objectclass-invalid-per-syntax/');
  });

  it('survives hostile input: binary bytes, emoji, right-to-left text, regex metacharacters, script', () => {
    const texts = ['\u0000\u0001\u00ff\ufffd', '🔥🔥 agent 🔥', 'خطأ في الاتصال', '.*+?^${}()|[]\\', '<script>alert(1)</script>', '   '];
    const run = kb(['search', '--jsonl'], texts.map((t) => JSON.stringify(t)).join('\n'));
    expect(run.status).toBe(0);
    const outs = run.stdout.trim().split('\n').map((l) => JSON.parse(l) as Contract);
    expect(outs).toHaveLength(texts.length);
    outs.forEach(expectContract);
  });

  it('answers a 1 MB paste from stdin', () => {
    const line = '10/03/2026 08:00:11 AM  Information  AADConnectProvisioningAgent  Heartbeat sent.\n';
    const big = line.repeat(Math.ceil((1024 * 1024) / line.length)) + 'ExportErrorCustomContinueRun. objectClass: value #3 invalid per syntax\n';
    const run = kb(['search', '--json', '-'], big);
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout) as Contract & { findings: Array<{ line: number; id: string }> };
    expectContract(out);
    expect(out.findings.map((f) => f.id)).toEqual(['PT-0403']);
    expect(out.findings[0]!.line).toBe(big.split('\n').length - 1);
  });

  it('rejects a bad --limit and a missing query with a clear message', () => {
    expect(kb(['search', '--limit', 'lots', 'x']).stderr).toContain('--limit takes a whole number');
    const none = kb(['search']);
    expect(none.status).toBe(2);
    expect(none.stderr).toBe('kb search: needs TEXT, or - to read stdin\n');
  });
});
