import { describe, expect, it } from 'vitest';
import { buildCatalogue } from '@/lib/catalogue';
import { compileKnowledgeBase } from '@/lib/content/compile';
import { buildOpenSearchDescription, siteOrigin } from '@/lib/opensearch';
import { validSources } from './content/helpers';

describe('buildCatalogue', () => {
  it('lists each page with exactly the public fields, in ID order', () => {
    const catalogue = buildCatalogue(compileKnowledgeBase(validSources()).kb.symptoms);
    expect(catalogue.map((e) => e.id)).toEqual(['PT-0101', 'PT-0102']);
    expect(catalogue[0]).toEqual({
      id: 'PT-0101',
      slug: 'first-problem',
      title: 'A problem PT-0101',
      url: '/symptoms/first-problem/',
      category: 'test-connection',
      summary: 'What goes wrong.',
      errors: ['Thing exploded'],
      aliases: [],
      source: {
        publisher: 'Microsoft Learn',
        article: 'Troubleshoot on-premises application provisioning',
        section: 'Troubleshoot test connection issues',
        url: 'https://learn.microsoft.com/en-us/entra/identity/app-provisioning/on-premises-ecma-troubleshoot#troubleshoot-test-connection-issues',
      },
      reviewed: '2026-11-30',
    });
  });
});

describe('OpenSearch description', () => {
  it('uses an absolute template from SITE_URL, defaulting to localhost', () => {
    expect(siteOrigin(undefined)).toBe('http://localhost:3000');
    expect(siteOrigin(' https://kb.example.com/some/path ')).toBe('https://kb.example.com');
    const xml = buildOpenSearchDescription('https://kb.example.com');
    expect(xml).toContain('template="https://kb.example.com/search/?q={searchTerms}"');
    expect(xml).toMatch(/<ShortName>.{1,16}<\/ShortName>/);
  });

  it('explains a SITE_URL that is not a URL', () => {
    expect(() => siteOrigin('kb.example.com')).toThrow(/SITE_URL must be an absolute URL/);
  });
});
