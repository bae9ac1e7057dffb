/** Drain-style clustering over the normaliser's masked templates, with in-memory lines. */
import { describe, expect, it } from 'vitest';
import { maskedTemplate } from '@/lib/search/template';
import { clusterTemplates, SIMILARITY_THRESHOLD, templateTokens, WILDCARD } from '@/lib/triage/cluster';

const clusterLines = (lines: string[]) => clusterTemplates(lines.map((l) => templateTokens(maskedTemplate(l))));

describe('maskedTemplate', () => {
  it('masks hosts, GUIDs and numbers as slots and drops the log prefix', () => {
    const a = maskedTemplate('2026-11-03 10:22:01 [ERROR] Request 3f2a1c4e-1b2c-4d5e-8f90-123456789abc to sql01.contoso.com took 5000 ms');
    const b = maskedTemplate('Request 9b1d0e77-0000-4aaa-bbbb-cccccccccccc to ldap7.fabrikam.local took 12 ms');
    expect(a).toBe(b);
    expect(a).toContain('{guid}');
    expect(a).toContain('{host}');
    expect(a).toContain('{number}');
  });
});

describe('clusterTemplates', () => {
  it('puts each of three uncovered errors in one cluster though hosts, GUIDs and paths change', () => {
    const hosts = ['sql1.contoso.com', 'db22.fabrikam.local', 'app3.corp.example.org'];
    const guids = ['3f2a1c4e-1b2c-4d5e-8f90-123456789abc', 'aaaaaaaa-1111-4222-8333-444444444444', '0d7482ca-1693-4cd3-9ee6-8646d0112219'];
    const paths = ['C:\\Exports\\batch_1.csv', 'C:\\ProgramData\\Contoso\\Sync\\out_77.csv', 'D:\\Temp\\run\\delta_9021.csv'];
    const lines = [
      ...hosts.map((h, i) => `No connection could be made because the target machine actively refused it ${h}:${1433 + i}`),
      ...guids.map((g) => `Transaction was deadlocked on lock resources and chosen as the deadlock victim. Correlation ${g}`),
      ...paths.map((p) => `The process cannot access the file '${p}' because it is being used by another process.`),
    ];
    const clusters = clusterLines(lines);
    expect(clusters.map((c) => c.members)).toEqual([
      [0, 1, 2],
      [3, 4, 5],
      [6, 7, 8],
    ]);
    // The file name differs between tickets: marked as a wildcard, the rest of the line kept.
    expect(clusters[2]!.template).toContain(WILDCARD);
    expect(clusters[2]!.template.join(' ')).toContain('because it is being used by another process.');
  });

  it('keeps free text of the same length apart from an error', () => {
    const error = 'The process cannot access the file because it is being used by another process.';
    const chat = 'Hi team, could you look at the sync because it keeps failing since Monday';
    expect(templateTokens(maskedTemplate(error)).length).toBe(templateTokens(maskedTemplate(chat)).length);
    expect(clusterLines([error, chat]).map((c) => c.members)).toEqual([[0], [1]]);
  });

  it('merges at the stated threshold and not below it', () => {
    const a = ['one', 'two', 'three', 'four'];
    const half = ['one', 'two', 'x', 'y'];
    const quarter = ['one', 'p', 'q', 'r'];
    expect(SIMILARITY_THRESHOLD).toBe(0.5);
    expect(clusterTemplates([a, half]).map((c) => c.members)).toEqual([[0, 1]]);
    expect(clusterTemplates([a, quarter]).map((c) => c.members)).toEqual([[0], [1]]);
  });

  it('reads a quoted or parenthesised value as one token, but not the apostrophes of free text', () => {
    expect(templateTokens("key value is (Jo Ann Smith) in 'dbo.Users'")).toEqual(['key', 'value', 'is', '(Jo Ann Smith)', 'in', "'dbo.Users'"]);
    expect(templateTokens("I don't know why it's down")).toEqual(['I', "don't", 'know', 'why', "it's", 'down']);
  });

  it('never merges lines of different lengths or different first words', () => {
    expect(clusterTemplates([['a', 'b', 'c'], ['a', 'b', 'c', 'd'], ['z', 'b', 'c']]).length).toBe(3);
  });
});
