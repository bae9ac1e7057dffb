/** No input makes matchQuery throw or run away: it is called on every keystroke and every paste. */
import { describe, expect, it } from 'vitest';
import { buildSearchIndex, matchQuery } from '@/lib/search';
import { loadKnowledgeBase } from '@/lib/content/load';

// The real content/: accuracy is a property of what the site ships.
const kb = await loadKnowledgeBase();

const index = buildSearchIndex(kb.symptoms, kb.vocabulary);

const binary = Array.from({ length: 200_000 }, (_, i) => String.fromCharCode((i * 7919) % 65536)).join('');
const inputs: Array<[string, string]> = [
  ['empty', ''],
  ['whitespace', ' \t\n\r\n  \u00a0\u3000'],
  ['1 MB of one character', 'a'.repeat(1_000_000)],
  ['1 MB of words', 'error access denied '.repeat(50_000)],
  ['binary', binary],
  ['lone surrogates', '\ud800\udc00\ud800 x \udfff'],
  ['emoji', '🔥💥 agent 🚀 failed 👍🏽👨‍👩‍👧'],
  ['right-to-left', 'خطأ في الاتصال \u202eevil\u202c שגיאה'],
  ['regex metacharacters', '.*+?^${}()|[]\\ (a+)+$ [^]* \\b\\1'],
  ['html', '<script>alert("x")</script><img src=x onerror=alert(1)>'],
  ['private-use characters', '\ue000\ue001\ue005 \uf8ff'],
  ['entity soup', '&#0; &#x110000; &#55296; &amp;&amp;&amp; &notanentity; &#99999999;'],
  ['many at signs', '@'.repeat(100_000)],
  ['pathological path', `C:\\${'a\\'.repeat(20_000)}`],
  ['pathological DN', 'CN=a,'.repeat(20_000)],
  ['pathological host', `${'a.'.repeat(50_000)}com`],
  ['many digits', '1.'.repeat(100_000)],
  ['many lines', 'x\n'.repeat(200_000)],
  ['hyphen wraps', 'ab-\ncd-\n'.repeat(50_000)],
];

describe('hostile input', () => {
  it.each(inputs)('%s: answers without throwing, quickly', (_name, text) => {
    const started = performance.now();
    const r = matchQuery(index, text);
    expect(['match', 'ambiguous', 'none']).toContain(r.verdict);
    expect(Array.isArray(r.results)).toBe(true);
    expect(performance.now() - started).toBeLessThan(5_000);
    for (const h of r.results) for (const m of h.matched) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('treats a non-string from an untyped caller as empty', () => {
    expect(matchQuery(index, undefined as unknown as string).verdict).toBe('none');
  });

  it('answers none, with no results, to nothing', () => {
    expect(matchQuery(index, '')).toEqual({ verdict: 'none', results: [], extracted: [], findings: [] });
  });
});
