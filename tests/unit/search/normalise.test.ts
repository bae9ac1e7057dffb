/** Normalising pastes: every masking rule, extraction, and spans that point into the original text. */
import { describe, expect, it } from 'vitest';
import { normaliseText } from '@/lib/search/normalise';
import { tokenise } from '@/lib/search/tokens';

const termsOf = (text: string): string[] => tokenise(normaliseText(text)).map((t) => t.term);
// The connector prefix comes from content/search/vocabulary.yaml; the site passes it the same way.
const extractedOf = (text: string) => normaliseText(text, { connectorPrefixes: ['ecma2host_'] }).extracted;

describe('masking', () => {
  it('masks GUIDs, with or without braces', () => {
    expect(termsOf('id 8646d011-1693-4cd3-9ee6-0d7482ca2219 and {8B514472-C18A-4641-9A44-732C296534E8}')).toEqual(['id', '<guid>', 'and', '<guid>']);
  });

  it('masks the scheme and host of a URL but keeps its path words', () => {
    expect(termsOf('Resource: https://app01.corp.example:8585/scim/Users?filter=name')).toEqual(['resourc', '<url>', 'scim', 'user', 'filter', 'name']);
  });

  it('reads a logged query string as the words it encodes, and its spans stay in the original', () => {
    const encoded = 'GET /scim/Users?filter=userName+eq+%2294c1e7a2-3d5b-4f80-a6e9-0b2c8d7f1e53%22';
    expect(termsOf(encoded)).toEqual(termsOf('GET /scim/Users?filter=userName eq "94c1e7a2-3d5b-4f80-a6e9-0b2c8d7f1e53"'));
    const n = normaliseText(encoded);
    const quote = n.text.indexOf('"');
    expect(encoded.slice(n.from[quote], n.to[quote])).toBe('%22');
  });

  it('masks bare host names and IP addresses, but not .NET type names', () => {
    expect(termsOf('could not reach app01.contoso.com or 10.0.0.12:8585')).toEqual(['could', 'not', 'reach', '<host>', 'or', '<host>']);
    expect(termsOf('System.IO.FileNotFoundException')).toEqual(['system', 'io', 'file', 'not', 'found', 'exception']);
  });

  it('shrinks a Windows path to its file name', () => {
    const terms = termsOf("'file:///C:\\Program Files\\Microsoft ECMA2Host\\Service\\ECMA\\Cache\\8b514472-c18a-4641-9a44-732c296534e8\\Microsoft.IAM.Connector.GenericSql.dll' or");
    expect(terms).toEqual(['microsoft', 'iam', 'connector', 'generic', 'sql', 'dll', 'or']);
    expect(termsOf('E:\\ECMA2Host\\Service\\ECMA\\Cache\\x\\Microsoft.IAM.Connector.GenericSql.dll')).toEqual(['microsoft', 'iam', 'connector', 'generic', 'sql', 'dll']);
  });

  it('masks emails and UPNs alike', () => {
    expect(termsOf('DN: m.garcia@tailspin.example')).toEqual(termsOf('DN: username@domain.com'));
    expect(termsOf('mail j.doe@fabrikam.com now')).toEqual(['mail', '<email>', 'now']);
  });

  it('turns numbers into the word "number", as the documentation writes its placeholders', () => {
    expect(termsOf('objectClass: value #0 invalid per syntax')).toEqual(termsOf('objectClass: value number invalid per syntax'));
    expect(termsOf('Error 0x80070005 after 3.5 s')).toEqual(['error', 'number', 'after', 'number']);
  });

  it('drops time stamps and log prefixes in the usual forms', () => {
    const message = ['unabl', 'to', 'initializ', 'metric', 'collector'];
    for (const line of [
      '[2026-01-05 14:22:07Z] ERROR Unable to initialize metrics collector',
      '10/03/2026 08:09:21 AM  Error  AADConnectProvisioningAgent  Unable to initialize metrics collector',
      '2026-01-05T14:22:07.123+01:00 WARN [12] Unable to initialize metrics collector',
      'Jan  5 14:22:07 Unable to initialize metrics collector',
      '05.01.2026 14:22:07 Unable to initialize metrics collector',
      'Mon, 05 Jan 2026 14:22:07 GMT Unable to initialize metrics collector',
      '[ERROR] Unable to initialize metrics collector',
    ]) {
      expect(termsOf(line), line).toEqual(message);
    }
  });

  it('keeps a level word that is part of the message', () => {
    expect(termsOf('Error code: SystemForCrossDomainIdentityManagementCredentialValidationUnavailable').slice(0, 2)).toEqual(['error', 'code']);
  });

  it('decodes HTML entities, including numeric and doubly escaped ones', () => {
    expect(termsOf('Invalid LDAP style of object&#39;s DN &amp; more &lt;x&gt; &#x27;q&#x27; &amp;quot;')).toEqual(termsOf('Invalid LDAP style of object\'s DN & more <x> \'q\' "'));
  });

  it('folds smart quotes and dashes', () => {
    expect(normaliseText('‘Global’ “x” a–b—c').text).toBe('\'Global\' "x" a-b-c');
  });

  it('rejoins a word hyphenated across a line wrap', () => {
    expect(termsOf('one of its depen-\ndencies. Access is denied')).toEqual(termsOf('one of its dependencies. Access is denied'));
    expect(termsOf('a well-\nknown')).toContain('wellknown');
  });
});

describe('wrappers around an error', () => {
  const sqlError = "Could not load file or assembly 'file:///C:\\Program Files\\Microsoft ECMA2Host\\Service\\ECMA\\Cache\\8b514472-c18a-4641-9a44-732c296534e8\\Microsoft.IAM.Connector.GenericSql.dll' or one of its dependencies. Access is denied.";

  it('reads a JSON string as the text it encodes: doubled backslashes, \\" and \\u0027', () => {
    const json = JSON.stringify({ message: sqlError.replace(/'/g, '\u0027') }).replace(/\\u0027/g, '\\u0027');
    expect(json).toContain('C:\\\\Program Files');
    expect(termsOf(json)).toEqual(termsOf(`{"message":"${sqlError}"}`));
    expect(termsOf('"reason": "Access to the registry key \\u0027Global\\u0027 is denied.\\r\\n   at X.Y()"')).toEqual(termsOf(`"reason": "Access to the registry key 'Global' is denied. Y"`));
    expect(termsOf('{"e":"value \\"quoted\\" here"}')).toEqual(termsOf('{"e":"value "quoted" here"}'));
  });

  it('leaves a real Windows path alone, even one whose folders look like escapes', () => {
    const pathsOf = (text: string): string[] => normaliseText(text).extracted.filter((e) => e.kind === 'path').map((e) => e.value);
    expect(pathsOf('open C:\\new\\Program Files\\x.dll')).toEqual(['C:\\new\\Program Files\\x.dll']);
    expect(pathsOf('open \\\\server\\share\\y.dll')).toEqual(['\\\\server\\share\\y.dll']);
  });

  it('drops the PowerShell error record around a message, keeping the echoed command', () => {
    const block = [
      "Start-Service : Service 'X' cannot be started due to the following error: Cannot start service X on computer '.'.",
      'At line:1 char:1',
      '+ Start-Service X',
      '+ ~~~~~~~~~~~~~~~',
      '    + CategoryInfo          : OpenError: (System.ServiceProcess.ServiceController:ServiceController) [Start-Service], ServiceCommandException',
      '    + FullyQualifiedErrorId : CouldNotStartService,Microsoft.PowerShell.Commands.StartServiceCommand',
    ].join('\n');
    expect(termsOf(block)).toEqual(termsOf("Start-Service : Service 'X' cannot be started due to the following error: Cannot start service X on computer '.'. Start-Service X"));
    expect(termsOf('PS C:\\Program Files\\Microsoft ECMA2Host\\Troubleshooting> .\\TestECMA2HostConnection.ps1')).toEqual(termsOf('.\\TestECMA2HostConnection.ps1'));
    expect(termsOf('At C:\\Scripts\\Test.ps1:41 char:5')).toEqual([]);
  });

  it('keeps only the method name of a stack frame, and drops the separators between traces', () => {
    const trace = [
      'System.InvalidOperationException: Invalid LDAP style of object\'s DN.',
      '   at Microsoft.IAM.Connector.GenericSql.SqlHelper.ValidByLdapStyle(String dn) in D:\\src\\SqlHelper.cs:line 42',
      '   --- End of inner exception stack trace ---',
      '   at System.Threading.Tasks.Task`1.get_Result()',
      '--- End of stack trace from previous location where exception was thrown ---',
    ].join('\n');
    expect(termsOf(trace)).toEqual(termsOf("System.InvalidOperationException: Invalid LDAP style of object's DN. ValidByLdapStyle get_Result"));
  });

  it("drops Event Viewer's field labels and the fields that never name the problem, keeps the event ID", () => {
    const details = [
      'Log Name:      Application',
      'Source:        AADConnectProvisioningAgent',
      'Date:          11/18/2025 7:42:13 AM',
      'Event ID:      0',
      'Task Category: None',
      'Level:         Error',
      'Keywords:      Classic',
      'User:          N/A',
      'Computer:      PRV-AGT-02.ad.northwindtraders.com',
      'Description:',
      'Unable to initialize metrics collector',
    ].join('\r\n');
    // The event ID stays (signals name events by it: 7036 is a service that stopped), as a number.
    expect(termsOf(details)).toEqual(termsOf('Application AADConnectProvisioningAgent 0 PRV-AGT-02.ad.northwindtraders.com Unable to initialize metrics collector'));
    expect(extractedOf(details)).toContainEqual({ kind: 'host', value: 'PRV-AGT-02.ad.northwindtraders.com' });
    // One label alone is ordinary text.
    expect(termsOf('User: pat cannot sign in')).toEqual(['user', 'pat', 'cannot', 'sign', 'in']);
  });

  it('drops terminal colour codes', () => {
    expect(termsOf('\x1b[31;1mStart-Service: \x1b[31;1mCannot start service X\x1b[0m')).toEqual(termsOf('Start-Service: Cannot start service X'));
  });

  it('drops e-mail quote marks', () => {
    expect(termsOf('> > Unable to initialize\n> metrics collector')).toEqual(termsOf('Unable to initialize\nmetrics collector'));
  });
});

describe('extraction', () => {
  it('extracts the connector from ecma2host_<name>, the host and the GUID', () => {
    const found = extractedOf('Resource: https://app01.corp.example:8585/ecma2host_PAYROLL/scim/Users?filter=PLACEHOLDER+eq+"5b1f6c1e-2d3a-4f9e-a0b1-c2d3e4f5a6b7"');
    expect(found).toContainEqual({ kind: 'connector', value: 'PAYROLL' });
    expect(found).toContainEqual({ kind: 'host', value: 'app01.corp.example' });
    expect(found).toContainEqual({ kind: 'guid', value: '5b1f6c1e-2d3a-4f9e-a0b1-c2d3e4f5a6b7' });
    expect(found.some((e) => e.kind === 'url' && e.value.startsWith('https://app01.corp.example:8585/ecma2host_PAYROLL/scim/Users'))).toBe(true);
  });

  it('extracts a distinguished name and a UPN', () => {
    expect(extractedOf('DN: CN=Pat Lee,OU=Users,DC=contoso,DC=com is wrong')).toContainEqual({ kind: 'dn', value: 'CN=Pat Lee,OU=Users,DC=contoso,DC=com' });
    expect(extractedOf('DN: pat.lee@contoso.example')).toContainEqual({ kind: 'upn', value: 'pat.lee@contoso.example' });
    expect(extractedOf('write to pat.lee@contoso.example')).toContainEqual({ kind: 'email', value: 'pat.lee@contoso.example' });
  });

  it('extracts the path and the time stamp', () => {
    const found = extractedOf('[2026-01-05 14:22:07Z] ERROR cannot open C:\\ProgramData\\Microsoft\\Trace\\agent.log');
    expect(found).toContainEqual({ kind: 'path', value: 'C:\\ProgramData\\Microsoft\\Trace\\agent.log' });
    expect(found).toContainEqual({ kind: 'timestamp', value: '2026-01-05 14:22:07Z' });
  });
});

describe('offsets', () => {
  it('maps every token back to the span of the original text it came from', () => {
    const original = '10/03/2026 08:09:21 AM  Error  X  Invalid LDAP style of object&#39;s DN. DN: pat.lee@contoso.example';
    for (const t of tokenise(normaliseText(original))) {
      const text = original.slice(t.start, t.end);
      if (t.mask) expect(text.length).toBeGreaterThan(0);
      else expect(text.toLowerCase()).toBe(t.raw);
    }
    const email = tokenise(normaliseText(original)).find((t) => t.term === '<email>');
    expect(original.slice(email?.start, email?.end)).toBe('pat.lee@contoso.example');
  });
});
