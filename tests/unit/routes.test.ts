import { describe, expect, it } from 'vitest';
import { absoluteUrl, parseSearchContext, symptomFromSearchUrl } from '@/lib/routes';

describe('absoluteUrl', () => {
  it('resolves a site path against the origin the page was copied from', () => {
    expect(absoluteUrl('https://kb.example.com', '/symptoms/x/#step')).toBe('https://kb.example.com/symptoms/x/#step');
  });
});

describe('search context on symptom links', () => {
  it('round-trips the paste and the matched error number through the URL', () => {
    const url = symptomFromSearchUrl('first-problem', { query: 'Thing exploded & more', error: 1 });
    expect(url).toBe('/symptoms/first-problem/?q=Thing+exploded+%26+more&error=1');
    expect(parseSearchContext(new URL(url, 'http://x').search)).toEqual({ query: 'Thing exploded & more', error: 1 });
  });

  it('ignores a missing query and a nonsense error number', () => {
    expect(parseSearchContext('')).toBeNull();
    expect(parseSearchContext('?q=x&error=abc')).toEqual({ query: 'x' });
    expect(parseSearchContext('?error=0')).toBeNull();
  });

  it('keeps only the start of a very long paste', () => {
    const url = symptomFromSearchUrl('first-problem', { query: 'y'.repeat(5000) });
    expect(parseSearchContext(new URL(url, 'http://x').search)?.query).toHaveLength(500);
  });
});
