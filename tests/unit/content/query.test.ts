/** Lookups over a loaded knowledge base, as every generated page makes them. */
import { describe, expect, it } from 'vitest';
import { compileKnowledgeBase } from '@/lib/content/compile';
import { findSymptomByFormerSlug, findSymptomById, findSymptomBySlug, findTree, treeLinkTable } from '@/lib/content/query';
import { symptomSource, validSources } from './helpers';

describe('lookups', () => {
  const sources = validSources();
  sources.symptoms.push(symptomSource({ id: 'PT-0103', slug: 'third-problem', extra: 'formerSlugs: [old-third]' }));
  const { kb } = compileKnowledgeBase(sources);

  it('finds pages by id, slug and former slug, and trees by id; nothing for unknown keys', () => {
    expect(findSymptomById(kb, 'PT-0102')?.slug).toBe('second-problem');
    expect(findSymptomBySlug(kb, 'first-problem')?.id).toBe('PT-0101');
    expect(findSymptomByFormerSlug(kb, 'old-third')?.id).toBe('PT-0103');
    expect(findTree(kb, 'other')?.title).toBe('Other');
    for (const missing of ['constructor', '__proto__', 'toString', 'PT-9999']) {
      expect(findSymptomById(kb, missing)).toBeUndefined();
      expect(findSymptomBySlug(kb, missing)).toBeUndefined();
      expect(findTree(kb, missing)).toBeUndefined();
    }
  });

  it("gives a tree page only the pages and trees its own answers lead to, not the whole knowledge base", () => {
    expect(treeLinkTable(kb, findTree(kb, 'start')!)).toEqual({
      symptoms: { 'PT-0101': { slug: 'first-problem', title: 'A problem PT-0101' } },
      trees: { other: 'Other' },
    });
    expect(treeLinkTable(kb, findTree(kb, 'other')!)).toEqual({ symptoms: { 'PT-0102': { slug: 'second-problem', title: 'A problem PT-0102' } }, trees: {} });
  });
});
