/** matchQuery on an in-memory knowledge base written from the article: ranking, verdicts, evidence. */
import { describe, expect, it } from 'vitest';
import { buildSearchIndex, matchQuery, parseSearchIndex } from '@/lib/search';
import { loadKnowledgeBase } from '@/lib/content/load';

// The real content/: accuracy is a property of what the site ships.
const kb = await loadKnowledgeBase();

// Through JSON, as the browser gets it.
const index = parseSearchIndex(JSON.parse(JSON.stringify(buildSearchIndex(kb.symptoms, kb.vocabulary))));
const search = (text: string) => matchQuery(index, text);
const top = (text: string) => search(text).results[0];

describe('error templates', () => {
  it('matches a pasted error with its variables changed', () => {
    const r = search("Could not load file or assembly 'file:///E:\\ECMA2Host\\Service\\ECMA\\Cache\\0f0e0d0c-0b0a-4909-8807-060504030201\\Microsoft.IAM.Connector.GenericSql.dll' or one of its dependencies. Access is denied.");
    expect(r.verdict).toBe('match');
    expect(r.results[0]?.id).toBe('PT-0401');
    expect(r.results[0]?.error).toContain('GenericSql.dll');
    expect(r.results[0]?.reason).toMatch(/^Matches the error ".*" \(\d+% of it\)$/);
  });

  it('lets the distinguishing tail decide between near-twin errors', () => {
    expect(top("Could not load file or assembly 'file:///C:\\Program Files\\Microsoft ECMA2Host\\Service\\ECMA\\System.Management.Automation.resources.dll' or one of its dependencies. The system cannot find the file specified.")?.id).toBe('PT-0306');
    expect(top("Could not load file or assembly 'file:///C:\\Program Files\\Microsoft ECMA2Host\\Service\\ECMA\\Cache\\8b514472-c18a-4641-9a44-732c296534e8\\Microsoft.IAM.Connector.GenericSql.dll' or one of its dependencies. Access is denied.")?.id).toBe('PT-0401');
  });

  it('still lands half an error', () => {
    expect(top('GenericSql.dll access is denied')?.id).toBe('PT-0401');
    expect(top('objectClass: value #1 invalid per syntax')?.id).toBe('PT-0403');
    expect(top('The specified service already exists')?.id).toBe('PT-0305');
  });

  it('offers, but never matches, a near-twin the knowledge base does not cover', () => {
    const r = search("Could not load file or assembly 'Microsoft.IAM.Connector.GenericLdap.dll' or one of its dependencies. Access is denied.");
    expect(r.verdict).not.toBe('match');
    expect(r.results[0]?.id).toBe('PT-0401');
  });

  it('finds a long identifier from a CamelCase part of it, and from a lower-case run-together prefix', () => {
    for (const q of ['CredentialValidationUnavailable', 'systemforcrossdomain', 'SystemForCrossDomainIdentityManagementCredentialValidationUnavai']) {
      const r = search(q);
      expect(r.results[0]?.id, q).toBe('PT-0107');
    }
    expect(search('CredentialValidationUnavailable').verdict).toBe('match');
  });

  it('reports matched spans that point into the original text', () => {
    const q = "[2026-01-05 14:22:07Z] ERROR Invalid LDAP style of object&#39;s DN. DN: m.garcia@tailspin.example";
    const hit = top(q);
    expect(hit?.id).toBe('PT-0402');
    expect(hit?.matched.length).toBeGreaterThan(0);
    for (const span of hit?.matched ?? []) expect(q.slice(span.start, span.end)).toBe(span.text);
    expect(hit?.matched[0]?.text.startsWith('Invalid LDAP style')).toBe(true);
  });

  it('highlights an identifier whole, stop word inside it included', () => {
    const q = 'Error code: SystemForCrossDomainIdentityManagementCredentialValidationUnavailable';
    expect(top(q)?.matched.map((m) => m.text)).toEqual(['SystemForCrossDomainIdentityManagementCredentialValidationUnavailable']);
  });

  it('returns what it extracted from the paste', () => {
    const r = search('Resource: https://app01.corp.example:8585/ecma2host_PAYROLL/scim/Users?filter=PLACEHOLDER+eq+"5b1f6c1e-2d3a-4f9e-a0b1-c2d3e4f5a6b7" Operation: GET Response Status Code: InternalServerError');
    expect(r.results[0]?.id).toBe('PT-0107');
    expect(r.extracted).toContainEqual({ kind: 'connector', value: 'PAYROLL' });
  });
});

describe('descriptions', () => {
  it('ranks symptom descriptions by title, aliases, summary and body', () => {
    expect(top('test connection does not work')?.id).toBe('PT-0101');
    expect(top('agent registration times out behind a proxy')?.id).toBe('PT-0302');
    expect(top('how to enable verbose logging for the ECMA host')?.id).toBe('PT-0205');
    expect(top('collect event logs into a zip')?.id).toBe('PT-0502');
  });

  it('forgives typos in a short query', () => {
    expect(top('certifcate expird on the ECMA host')?.id).toBe('PT-0202');
    expect(top('agent registraton timed out behind proxy')?.id).toBe('PT-0302');
  });
});

describe('verdict', () => {
  it.each([
    'ORA-12154: TNS:could not resolve the connect identifier specified',
    "AADSTS700016: Application with identifier 'abc' was not found in the directory 'contoso.onmicrosoft.com'.",
    'Segmentation fault (core dumped)',
    'Error 0x80070005: Access is denied.',
    'SQLSTATE[HY000] [2002] Connection refused',
    'java.lang.NullPointerException at com.example.Foo.bar(Foo.java:42)',
  ])('answers an error this knowledge base does not cover with none: %s', (q) => {
    const r = search(q);
    expect(r.verdict).toBe('none');
    expect(r.results).toEqual([]);
  });

  it('offers weakly matching pages when the text names this product, and nothing when the same words name none', () => {
    const ours = search('the ECMA host sees a GET for a user nobody created');
    expect(ours.verdict).toBe('ambiguous');
    expect(ours.results.length).toBeGreaterThan(0);
    expect(search('the server sees a GET for a user nobody created')).toMatchObject({ verdict: 'none', results: [] });
  });

  it('finds nothing at all for unrelated text', () => {
    expect(search('quarterly budget spreadsheet for the marketing team')).toMatchObject({ verdict: 'none', results: [] });
  });

  it.each(['error', 'service', 'connection', 'access is denied', 'Access is denied.', 'failed'])('never gives a match for generic words alone: %s', (q) => {
    expect(search(q).verdict).not.toBe('match');
  });

  it('says match only when one page clearly wins, and returns the contenders when several could', () => {
    const clear = search('ExportErrorCustomContinueRun');
    expect(clear.verdict).toBe('match');
    const shared = search('Could not load file or assembly');
    expect(shared.verdict).toBe('ambiguous');
    expect(shared.results.map((h) => h.id)).toEqual(expect.arrayContaining(['PT-0401', 'PT-0306']));
  });

  it('keeps scores within 0..1 and honours the limit', () => {
    const r = matchQuery(index, 'ECMA host', { limit: 2 });
    expect(r.results.length).toBeLessThanOrEqual(2);
    for (const h of r.results) {
      expect(h.score).toBeGreaterThanOrEqual(0);
      expect(h.score).toBeLessThanOrEqual(1);
      expect(h.url).toMatch(/^\/symptoms\/[a-z0-9-]+\/$/);
    }
  });
});

describe('a screenshot read by OCR', () => {
  it('reads 1 and 0 inside words, a capital I as l, and a leading l before a consonant as I', () => {
    const clean = top("Invalid LDAP style of object's DN. DN: pat.lee@contoso.example");
    expect(top("lnva1id LDAP styIe of object's DN. DN: pat.lee@contoso.example")?.id).toBe(clean?.id);
    expect(search('0n-Premises Connectivity\nAgent   Status\nSRV-PROV01   lnactive').results[0]?.id).toBe('PT-0103');
  });

  it('leaves words alone that read better as written', () => {
    // "log" and "ls" are words already: nothing to repair.
    expect(search('ls -l /var/log').results.every((h) => h.id !== 'PT-0103')).toBe(true);
  });
});

describe('pastes that went through a mail client, a terminal or a typist', () => {
  it('rejoins an identifier or a word cut by a hard wrap, with or without a hyphen', () => {
    for (const q of [
      'Error code: SystemForCrossDomainIdentityManagementCredential-\nValidationUnavailable',
      'Error code: SystemForCrossDomainIdentityManagementCredentialValid\nationUnavailable',
      'Error code: SystemForCrossDomainIdentityManagementCredentialValid\r\n  ationUnavailable',
    ]) {
      const r = search(q);
      expect(r.results[0]?.id, q).toBe('PT-0107');
      expect(r.verdict, q).toBe('match');
    }
    const wrapped = search("Microsoft.IAM.Connector.GenericSql.dll' or one of its dependencies. Access is de\nnied.");
    expect(wrapped.results[0]?.id).toBe('PT-0401');
    expect(wrapped.results[0]?.matched.map((m) => m.text).join(' ')).toContain('de\nnied');
    expect(top('ExportErrorCustomContinueRun. objectClass: value #0 invali\nd per syntax')?.id).toBe('PT-0403');
  });

  it('does not glue two whole words of consecutive lines together', () => {
    const r = search('objectClass: value #0 invalid per\nsyntax');
    expect(r.results[0]?.id).toBe('PT-0403');
  });

  it('reads a run-together identifier whose last word is mistyped or cut short', () => {
    for (const q of ['systemforcrossdomainidentitymanagementcredentialvalidationunavailible', 'credentialvalidatoin']) {
      expect(top(q)?.id, q).toBe('PT-0107');
    }
  });

  it('completes an abbreviation in a short typed query', () => {
    const r = search('ECMA host cert expired');
    expect(r.results[0]?.id).toBe('PT-0202');
    expect(r.verdict).toBe('match');
  });
});

describe('near misses that share our vocabulary are never a confident match', () => {
  it.each([
    ['a near-twin error code beside one that a title names', 'Error code: SystemForCrossDomainIdentityManagementServiceIncompatible'],
    ['another DLL under a path of its own', "Could not load file or assembly 'file:///C:\\Program Files\\Contoso\\HRSync\\Contoso.Hr.Connector.dll' or one of its dependencies. Access is denied."],
    ['another assembly that is missing', "Could not load file or assembly 'Newtonsoft.Json, Version=13.0.0.0, Culture=neutral' or one of its dependencies. The system cannot find the file specified."],
    ['another service that will not start', "Error 1920. Service 'SQL Server Reporting Services' (SQLServerReportingServices) failed to start. Verify that you have sufficient privileges to start system services."],
    ['an error code that runs on in ordinary words', 'Error code: SystemForCrossDomainIdentityManagementBadResponse'],
    ['another path that is denied', "System.UnauthorizedAccessException: Access to the path 'C:\\ProgramData\\Contoso\\state.xml' is denied."],
  ])('%s', (_name, q) => {
    expect(search(q).verdict).not.toBe('match');
  });

  it("the agent's start error naming another of our services is that service's page, not the agent's", () => {
    const r = search("Service 'Microsoft ECMA2Host' failed to start. Check that you have sufficient privileges to start the system services.");
    expect(r.results[0]?.id).toBe('PT-0204');
    expect(r.results[0]?.id === 'PT-0301' && r.verdict === 'match').toBe(false);
  });

  it('still matches the error the near miss imitates', () => {
    expect(search('Error code: SystemForCrossDomainIdentityManagementCredentialValidationUnavailable').verdict).toBe('match');
    expect(search("Service 'Microsoft Entra Connect Provisioning Agent' failed to start. Check that you have sufficient privileges to start the system services.").verdict).toBe('match');
    expect(search("Could not load file or assembly 'file:///C:\\Program Files\\Microsoft ECMA2Host\\Service\\ECMA\\Cache\\0f0e0d0c-0b0a-4909-8807-060504030201\\Microsoft.IAM.Connector.GenericSql.dll' or one of its dependencies. Access is denied.").verdict).toBe('match');
  });
});

describe('words that stand together', () => {
  // Two pages with the same words: one says them as the query does, the other scatters them.
  const base = kb.symptoms[0]!;
  const page = (id: string, title: string, summary: string, bodyText: string) => ({ ...base, id, slug: id.toLowerCase(), title, summary, aliases: [], errors: [], examples: [], notFor: [], signals: [], steps: [], body: bodyText, bodyText });
  const twoPages = buildSearchIndex([
    page('PT-9001', 'Collect diagnostics', 'Logs from Microsoft support tools: the viewer lists each event ECMA2Host raised.', 'Run the script.'),
    page('PT-9002', 'Review diagnostics', 'Open the Event Viewer and read the Microsoft ECMA2Host Logs.', 'Run the script.'),
  ]);

  it('ranks the page that has the query words side by side above one that has them scattered', () => {
    const r = matchQuery(twoPages, 'Microsoft ECMA2Host Logs in event viewer');
    expect(r.results[0]?.id).toBe('PT-9002');
  });

  it('reads ECMA2Host, ecma2host and ECMA host as the same words', () => {
    const ids = (q: string) => matchQuery(twoPages, q).results.map((h) => h.id);
    expect(ids('ecma2host logs')).toEqual(ids('ECMA2Host Logs'));
    expect(ids('ECMA host logs')).toEqual(ids('ECMA2Host Logs'));
  });
});
