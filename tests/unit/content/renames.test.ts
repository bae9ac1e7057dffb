/** A renamed page keeps its old address: the former slug is generated and resolves to the new page. */
import { describe, expect, it } from 'vitest';
import { compileKnowledgeBase } from '@/lib/content/compile';
import { findSymptomByGoId, goIds, resolveSymptomSlug, symptomPageSlugs } from '@/lib/content/query';
import { symptomSource, validSources } from './helpers';

const renamed = () => {
  const s = validSources();
  // first-problem was renamed; its old slug old-first-problem is in formerSlugs.
  s.symptoms[0] = symptomSource({ errors: ['Thing exploded'], related: ['PT-0102'], extra: 'formerSlugs: [old-first-problem]' });
  const { kb, problems } = compileKnowledgeBase(s);
  expect(problems).toEqual([]);
  return kb;
};

describe('renamed symptom pages', () => {
  it('generates a page for the former slug as well as the current one', () => {
    expect(symptomPageSlugs(renamed())).toEqual(['first-problem', 'old-first-problem', 'second-problem']);
  });

  it('resolves the former slug to the renamed page, marked as moved', () => {
    const kb = renamed();
    expect(resolveSymptomSlug(kb, 'old-first-problem')).toMatchObject({ symptom: { id: 'PT-0101', slug: 'first-problem' }, moved: true });
    expect(resolveSymptomSlug(kb, 'first-problem')).toMatchObject({ symptom: { id: 'PT-0101' }, moved: false });
    expect(resolveSymptomSlug(kb, 'never-existed')).toBeUndefined();
  });

  it('keeps /go/<ID>/ pointing at the page whatever its slug, in either case', () => {
    const kb = renamed();
    expect(goIds(kb)).toEqual(['PT-0101', 'pt-0101', 'PT-0102', 'pt-0102']);
    expect(findSymptomByGoId(kb, 'pt-0101')?.slug).toBe('first-problem');
    expect(findSymptomByGoId(kb, 'PT-0999')).toBeUndefined();
  });

  it('refuses a former slug that another page uses now', () => {
    const s = validSources();
    s.symptoms[0] = symptomSource({ errors: ['Thing exploded'], related: ['PT-0102'], extra: 'formerSlugs: [second-problem]' });
    expect(compileKnowledgeBase(s).problems.map((p) => p.message).join('\n')).toContain('slug "second-problem" is already used by');
  });
});
