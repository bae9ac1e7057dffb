/**
 * The paste generator itself (tests/fixtures/search/paste-generator): an instrument is only worth its
 * readings if it does what it says. Slots are filled with realistic values, every format keeps the
 * message recoverable, every noise does its damage, and the same seed gives the same pastes.
 */
import { describe, expect, it } from 'vitest';
import type { Symptom } from '@/lib/content/schema';
import {
  addsOurWords,
  collectPasteSources,
  FORMATS,
  generateLookAlikes,
  generateNearMisses,
  HELD_OUT_NOISES,
  generatePastes,
  LOOK_ALIKE_FRAMES,
  NOISES,
  renderPaste,
  renderTemplate,
  Rng,
  SLOT_KINDS,
  slotsOf,
  sourceKey,
  type Paste,
  type PasteSource,
} from '../../fixtures/search/paste-generator';

const page = (id: string, errors: string[]): Symptom => ({
  id,
  slug: `page-${id.slice(3)}`,
  examples: [],
  notFor: [],
  signals: [],
  // The generator does not read the source; any valid one will do.
  source: { publisher: 'Microsoft Learn', article: 'Troubleshoot on-premises application provisioning', section: 'Troubleshoot test connection issues', url: 'https://learn.microsoft.com/en-us/entra/identity/app-provisioning/on-premises-ecma-troubleshoot' },
  reviewed: '2026-11-30',
  title: `Page ${id}`,
  summary: 'A page.',
  category: 'connectors',
  errors,
  aliases: [],
  related: [],
  formerSlugs: [],
  file: `content/symptoms/page-${id.slice(3)}.mdx`,
  body: '',
  bodyText: '',
  steps: [],
});

/** A message with everything formats must escape, long enough to be wrapped by PowerShell. */
const MESSAGE =
  "Access to 'C:\\Program Files\\App\\a&b.dll' is \"denied\" for <svc-ecma> while exporting objectClass inetOrgPerson to the directory server ldap01.contoso.example on port 636";

/** Undoes the escaping and wrapping of every format, so a test can look for the message in a paste. */
function recover(text: string): string {
  return text
    .replace(/\\r\\n|\\n/g, ' ')
    .replace(/\\"/g, '"')
    .replace(/\\\\/g, '\\')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/""/g, '"')
    .replace(/\n {5}\| /g, ' ')
    .replace(/\s+/g, ' ');
}

describe('templates', () => {
  it('fills every typed slot with a realistic value and leaves other braces alone', () => {
    const template = SLOT_KINDS.map((k) => `${k}={${k}}`).join(' ') + ' json={"a":1} {unknown}';
    expect(slotsOf(template)).toEqual([...SLOT_KINDS]);
    for (let seed = 0; seed < 50; seed++) {
      const text = renderTemplate(template, new Rng(seed));
      expect(text).not.toMatch(new RegExp(`\\{(${SLOT_KINDS.join('|')})\\}`));
      expect(text).toContain('json={"a":1} {unknown}');
      expect(text).toMatch(/number=\d+ /);
      expect(text).toMatch(/guid=[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-4[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12} /);
      expect(text).toMatch(/path=[A-Z]:\\\S/);
      expect(text).toMatch(/host=[\w-]+\.[\w.-]+\.[a-z]+ /i);
      expect(text).toMatch(/connector=ecma2host_\w/);
      expect(text).toMatch(/dn=(cn|uid)=/i);
      expect(text).toMatch(/upn=[\w.]+@[\w.]+ /);
    }
  });

  it('renders a literal error as itself, and does not double the ecma2host_ prefix', () => {
    expect(renderTemplate('The ECMA host is currently importing data', new Rng(1))).toBe('The ECMA host is currently importing data');
    const url = renderTemplate('https://localhost:8585/ecma2host_{connector}/scim', new Rng(3));
    expect(url).toMatch(/^https:\/\/localhost:8585\/ecma2host_[A-Za-z][\w-]*\/scim$/);
    expect(url).not.toMatch(/ecma2host_ecma2host_/i);
  });
});

describe('sources', () => {
  it('takes every error template and near miss, never an example, and counts pages with no template', () => {
    const withExamples = { ...page('PT-0902', []), examples: ['a pasted example'], notFor: ['a near miss', 'another'] };
    const { sources, nearMisses, skipped } = collectPasteSources([page('PT-0901', ['first error', 'second {guid}']), withExamples, page('PT-0903', [])]);
    expect(sources.map((s) => `${s.pageId} ${s.kind} ${s.index} ${s.template}`)).toEqual(['PT-0901 error 0 first error', 'PT-0901 error 1 second {guid}']);
    expect(nearMisses.map((s) => `${s.pageId} ${s.kind} ${s.index} ${s.template}`)).toEqual(['PT-0902 notFor 0 a near miss', 'PT-0902 notFor 1 another']);
    expect(skipped).toEqual(['PT-0902', 'PT-0903']);
  });
});

describe('near misses', () => {
  it('are rendered only through frames that do not name this product', () => {
    const miss: PasteSource = { pageId: 'PT-0901', file: 'x.mdx', kind: 'notFor', index: 0, template: 'Stopped  ADSync  Microsoft Azure AD Sync' };
    const all = generateNearMisses([miss], 7, FORMATS);
    const neutral = generateNearMisses([miss], 7, FORMATS, ['ECMA', 'AADConnectProvisioningAgent']);
    expect(all).toHaveLength(FORMATS.length);
    expect(neutral.length).toBeLessThan(all.length);
    expect(neutral.length).toBeGreaterThan(0);
    for (const n of neutral) expect(n.text).not.toMatch(/ECMA|AADConnectProvisioningAgent/i);
  });

  it('a word the near miss itself carries does not count against a frame', () => {
    expect(addsOurWords('ECMA host stopped', 'Log: ECMA host stopped', ['ECMA'])).toBe(false);
    expect(addsOurWords('ADSync stopped', 'Source: ECMA2Host\nADSync stopped', ['ECMA'])).toBe(true);
  });
});

describe('formats', () => {
  const source: PasteSource = { pageId: 'PT-0901', file: 'x.mdx', kind: 'error', index: 0, template: MESSAGE };
  const clean = NOISES.find((n) => n.id === 'clean')!;

  it('offers at least 15 distinct real formats', () => {
    expect(new Set(FORMATS.map((f) => f.id)).size).toBe(FORMATS.length);
    expect(FORMATS.length).toBeGreaterThanOrEqual(15);
  });

  it.each(FORMATS.map((f) => [f.id, f] as const))('%s keeps the message recoverable, whatever the seed', (_id, format) => {
    for (let seed = 0; seed < 20; seed++) {
      const paste = renderPaste(source, format, clean, seed);
      expect(recover(paste.text), paste.text).toContain(MESSAGE);
    }
  });

  it('puts the message in the XML export only inside <EventData><Data>, escaped', () => {
    const xml = FORMATS.find((f) => f.id === 'event-viewer-xml')!;
    const text = renderPaste(source, xml, clean, 5).text;
    expect(text).not.toContain(MESSAGE);
    expect(text).toMatch(/<EventData>\s*<Data>[^<]*&quot;denied&quot;[^<]*<\/Data>\s*<\/EventData>/);
  });

  it('escapes the message inside a Graph JSON string value, with \\r\\n and \\"', () => {
    const graph = FORMATS.find((f) => f.id === 'graph-json')!;
    for (let seed = 0; seed < 10; seed++) {
      const text = renderPaste(source, graph, clean, seed).text;
      expect(() => JSON.parse(text)).not.toThrow();
      expect(text).toContain('\\r\\n');
      expect(text).toContain('\\"denied\\"');
    }
  });
});

describe('noises', () => {
  const source: PasteSource = { pageId: 'PT-0901', file: 'x.mdx', kind: 'error', index: 0, template: MESSAGE };
  const bare = FORMATS.find((f) => f.id === 'bare')!;
  const event = FORMATS.find((f) => f.id === 'event-viewer-text')!;
  const noise = (id: string) => NOISES.find((n) => n.id === id)!;

  it('damages the paste (every noise but clean changes it)', () => {
    // former-names only acts on a paste that names Microsoft Entra; tested below.
    for (const n of NOISES.filter((x) => x.id !== 'clean' && x.id !== 'former-names')) {
      expect(renderPaste(source, event, n, 1).text, n.id).not.toBe(renderPaste(source, event, noise('clean'), 1).text);
    }
  });

  it('puts one typo in the longest word and leaves the rest alone', () => {
    for (let seed = 0; seed < 30; seed++) {
      const text = renderPaste(source, bare, noise('typo'), seed).text;
      expect(text).not.toContain('inetOrgPerson');
      expect(text.replace(/\S*inet\S*|\S*Person\S*/, 'X')).toBe(MESSAGE.replace('inetOrgPerson', 'X'));
    }
  });

  it('confuses l/1/I and O/0 and loses quotes like OCR', () => {
    const fold = (t: string) => t.replace(/[lI1]/g, 'l').replace(/[O0o]/g, 'o').replace(/['"]/g, '');
    for (let seed = 0; seed < 20; seed++) {
      const text = renderPaste(source, bare, noise('ocr'), seed).text;
      expect(text).not.toBe(MESSAGE);
      expect(fold(text)).toBe(fold(MESSAGE));
    }
  });

  it('puts back the former product names', () => {
    const entra: PasteSource = { ...source, template: "Service 'Microsoft Entra Connect Provisioning Agent' failed; see Microsoft Entra ID" };
    const text = renderPaste(entra, bare, noise('former-names'), 4).text;
    expect(text).toMatch(/^Service 'Microsoft Azure AD Connect Provisioning Agent' failed; see (Azure Active Directory|Azure AD)$/);
  });

  it('holds out letter-shape OCR, truncation and retyping, each doing its damage', () => {
    const held = (id: string) => HELD_OUT_NOISES.find((n) => n.id === id)!;
    expect(HELD_OUT_NOISES.some((h) => NOISES.some((n) => n.id === h.id))).toBe(false);
    for (let seed = 0; seed < 10; seed++) {
      expect(renderPaste(source, bare, held('ocr-shapes'), seed).text).not.toBe(MESSAGE);
      const cut = renderPaste(source, bare, held('truncated'), seed).text.replace(/(\.\.\.|…)$/, '');
      expect(MESSAGE.startsWith(cut) && cut.length < MESSAGE.length).toBe(true);
    }
    expect(renderPaste(source, bare, held('retyped'), 1).text).toBe(MESSAGE.toLowerCase().replace(/['"]/g, ''));
  });

  it('wraps at 80 columns, and changes line endings to CRLF or lone CR', () => {
    const wrapped = renderPaste(source, event, noise('wrap80'), 3).text;
    expect(Math.max(...wrapped.split('\n').map((l) => l.length))).toBe(80);
    const crlf = renderPaste(source, event, noise('crlf'), 3).text;
    expect(crlf).toContain('\r\n');
    expect(crlf.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const cr = renderPaste(source, event, noise('lone-cr'), 3).text;
    expect(cr).toContain('\r');
    expect(cr).not.toContain('\n');
  });
});

describe('generation', () => {
  const symptoms = [page('PT-0901', ['first error {number}', 'second {guid}']), page('PT-0902', ['third {host}'])];
  const { sources } = collectPasteSources(symptoms);

  it('gives the same pastes for the same seed, and other values for another seed', () => {
    const a = generatePastes(sources, { seed: 7, budget: 100 });
    expect(generatePastes(sources, { seed: 7, budget: 100 }).map((p) => p.text)).toEqual(a.map((p) => p.text));
    expect(generatePastes(sources, { seed: 8, budget: 100 }).map((p) => p.text)).not.toEqual(a.map((p) => p.text));
  });

  it('a source added to the content leaves every other source’s pastes as they were', () => {
    const more = collectPasteSources([page('PT-0900', ['a new error {number}']), ...symptoms]).sources;
    const perSource = 5;
    const before = generatePastes(sources, { seed: 7, budget: perSource * sources.length });
    const after = generatePastes(more, { seed: 7, budget: perSource * more.length });
    const texts = (pastes: readonly Paste[], key: string) => pastes.filter((p) => sourceKey(p.source) === key).map((p) => `${p.format} ${p.noise} ${p.text}`);
    for (const s of sources) expect(texts(after, sourceKey(s))).toEqual(texts(before, sourceKey(s)));
  });

  it('walks the whole product when it fits, and samples every source evenly when it does not', () => {
    const all = generatePastes(sources, { seed: 7, budget: 1_000_000 });
    expect(all.length).toBe(sources.length * FORMATS.length * NOISES.length);
    const some = generatePastes(sources, { seed: 7, budget: 31 });
    expect(some.length).toBe(31);
    const perSource = sources.map((s) => some.filter((p) => p.source === s).length);
    expect(Math.max(...perSource) - Math.min(...perSource)).toBeLessThanOrEqual(1);
  });

  it('carries each sentence into every look-alike frame', () => {
    const lookAlikes = generateLookAlikes(sources, 7);
    expect(lookAlikes.length).toBe(sources.length * LOOK_ALIKE_FRAMES.length);
    for (const l of lookAlikes) expect(recover(l.text), l.text).toMatch(/first error \d+|second [0-9a-f-]{36}|third \S+\.\S+/i);
  });
});
