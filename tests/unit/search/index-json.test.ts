/** The index is written as JSON at build time and revived in the browser: it must survive the trip. */
import { describe, expect, it } from 'vitest';
import { buildSearchIndex, matchQuery, parseSearchIndex } from '@/lib/search';
import { loadKnowledgeBase } from '@/lib/content/load';

// The real content/: accuracy is a property of what the site ships.
const kb = await loadKnowledgeBase();

describe('search index JSON', () => {
  const built = buildSearchIndex(kb.symptoms, kb.vocabulary);
  const revived = parseSearchIndex(JSON.parse(JSON.stringify(built)));

  it('answers the same after JSON and parseSearchIndex', () => {
    for (const q of ['CredentialValidationUnavailable', 'test conection fails', 'Invalid LDAP style DN', 'nothing like it']) {
      expect(matchQuery(revived, q)).toEqual(matchQuery(built, q));
    }
  });

  it('accepts the JSON text itself', () => {
    expect(parseSearchIndex(JSON.stringify(built)).pages).toHaveLength(kb.symptoms.length);
  });

  it('rejects what is not an index, saying where', () => {
    expect(() => parseSearchIndex({ version: 2 })).toThrow(/Invalid search index/);
    expect(() => parseSearchIndex('not json')).toThrow(/Invalid search index/);
    const broken = JSON.parse(JSON.stringify(built)) as { pages: Array<{ titleTerms: number[] }> };
    broken.pages[0]!.titleTerms = [999_999];
    expect(() => parseSearchIndex(broken)).toThrow(/refers to a term that does not exist/);
  });

  it('rejects positions that fall outside the error or signal they belong to', () => {
    type Page = Record<string, unknown> & { errorTerms: number[][]; signalTerms: number[][][] };
    const cases: Array<[string, (p: Page) => void, RegExp]> = [
      ['errorNamed', (p) => (p.errorNamed = p.errorTerms.map((t) => [t.length])), /quoted-name positions/],
      ['errorPlatform', (p) => (p.errorPlatform = p.errorTerms.map((t) => [t.length])), /platform-sentence positions/],
      ['errorPlatform count', (p) => (p.errorPlatform = []), /platform-sentence positions/],
      ['signalPastDate', (p) => (p.signalPastDate = p.signalTerms.map((f) => f.length)), /past-date fragment/],
      ['signalSameLine', (p) => (p.signalSameLine = p.signalTerms.map((f) => [f.length])), /same-line fragment/],
      ['signalUnless', (p) => (p.signalUnless = p.signalTerms.map((f) => [f.length])), /unless fragment/],
    ];
    const withBoth = (built.pages as unknown as Page[]).findIndex((p) => p.errorTerms.length > 0 && p.signalTerms.length > 0);
    expect(withBoth).toBeGreaterThanOrEqual(0);
    for (const [name, tamper, message] of cases) {
      const broken = JSON.parse(JSON.stringify(built)) as { pages: Page[] };
      tamper(broken.pages[withBoth]!);
      expect(() => parseSearchIndex(broken), name).toThrow(message);
    }
  });

  it('builds an index for an empty knowledge base that finds nothing', () => {
    expect(matchQuery(buildSearchIndex([]), 'anything at all')).toEqual({ verdict: 'none', results: [], extracted: [], findings: [] });
  });
});
