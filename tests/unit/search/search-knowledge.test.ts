/**
 * Search knowledge in content (templates, examples, notFor, signals, the vocabulary file) and the
 * engine's answers that depend on it, on the real content/ and on small in-memory knowledge bases.
 */
import { describe, expect, it } from 'vitest';
import { compileKnowledgeBase } from '@/lib/content/compile';
import { loadKnowledgeBase } from '@/lib/content/load';
import { buildSearchIndex, explainQuery, matchQuery, splitLines } from '@/lib/search';
import { checkSearchExamples } from '@/lib/search/check-examples';
import { symptomSource, validSources } from '../content/helpers';

const kb = await loadKnowledgeBase();
const index = buildSearchIndex(kb.symptoms, kb.vocabulary);
const search = (text: string) => matchQuery(index, text);
/** Whether `kb explain` shows evidence of this kind (an error read, a signal found) for the page. */
const hasEvidence = (text: string, id: string, kind: 'error' | 'signal', from = index): boolean =>
  explainQuery(from, text).candidates.find((c) => c.id === id)?.evidence.some((ev) => ev.kind === kind) ?? false;

describe('page IDs', () => {
  it('go straight to the page, however they are written', () => {
    for (const q of ['PT-0201', 'pt-0201', 'pt0201', ' PT 0201 ', 'go to PT-0201']) {
      const r = search(q);
      expect(r.verdict, q).toBe('match');
      expect(r.results[0]?.id, q).toBe('PT-0201');
    }
  });

  it('an ID no page has is searched as text', () => {
    expect(search('PT-9999').results.every((h) => h.id !== 'PT-9999')).toBe(true);
  });
});

describe('short generic phrases', () => {
  it('offer the pages that carry them, never none and never a match', () => {
    const r = search('Access is denied');
    expect(r.verdict).toBe('ambiguous');
    expect(r.results.map((h) => h.id)).toContain('PT-0401');
  });
});

describe('former product names (content/search/vocabulary.yaml)', () => {
  it('finds the agent page under the agent’s former name', () => {
    const now = search("Service 'Microsoft Entra Connect Provisioning Agent' failed to start. Check that you have sufficient privileges to start the system services.");
    const before = search("Service 'Microsoft Azure AD Connect Provisioning Agent' failed to start. Check that you have sufficient privileges to start the system services.");
    expect(before.results[0]?.id).toBe(now.results[0]?.id);
    expect(before.verdict).toBe('match');
  });
});

describe('signals', () => {
  it('a Get-Service table with the ECMA host stopped is evidence for the services page', () => {
    const paste = ['Status   Name               DisplayName', '------   ----               -----------', 'Stopped  ECMA2Host          Microsoft ECMA2Host', 'Running  AADConnectProvi... Microsoft Entra Connect Provisioning Agent'].join('\r\n');
    const r = search(paste);
    expect(r.results[0]?.id).toBe('PT-0102');
    expect(r.results[0]?.reason).toMatch(/Microsoft ECMA2Host service is stopped/);
  });

  it('all fragments must be there: a running ECMA host is not the signal', () => {
    const r = search('Running  ECMA2Host          Microsoft ECMA2Host');
    expect(r.results[0]?.reason ?? '').not.toMatch(/stopped/);
  });

  it('fragments stand as written: "-ErrorAction Stop" beside the agent name is not "Stopped"', () => {
    const script = "Get-Content -Path $report -ErrorAction Stop\nRestart-Service -DisplayName 'Microsoft Entra Connect Provisioning Agent'";
    expect(search(script).results.map((h) => h.reason ?? '').join(' ')).not.toMatch(/stopped/);
    const table = 'Status   Name                         DisplayName\nStopped  AADConnectProvisioningAgent  Microsoft Entra Connect Provisioning Agent';
    expect(search(table).results[0]?.reason).toMatch(/provisioning agent service is stopped/);
  });

  it('a certificate listing with a NotAfter date that has passed is evidence for the expired-certificate page', () => {
    const listing = (notAfter: string) =>
      ["PS C:\\> Get-ChildItem Cert:\\LocalMachine\\My | Where-Object Subject -like '*ECMA*' | Format-List Subject, NotAfter", '', 'Subject    : CN=ECMA01.contoso.example', `NotAfter   : ${notAfter}`].join('\n');
    const now = Date.parse('2026-11-30T09:00:00Z');
    const past = matchQuery(index, listing('14/10/2026 09:22:40'), { now });
    expect(past.results[0]?.id).toBe('PT-0202');
    expect(past.results[0]?.reason).toMatch(/NotAfter date that has passed/);
    const future = matchQuery(index, listing('14/10/2027 09:22:40'), { now });
    expect(future.results.map((h) => h.reason ?? '').join(' ')).not.toMatch(/has passed/);
  });

  it('a number in a fragment stands for itself: a failed TCP test to 8585 is the signal, to 1433 it is not', () => {
    const test = (port: number) => `PS C:\\> Test-NetConnection -ComputerName app01 -Port ${port}\n\nRemotePort       : ${port}\nTcpTestSucceeded : False`;
    expect(search(test(8585)).results[0]?.reason).toMatch(/port \(8585\) got no answer/);
    expect(search(test(1433)).results.map((h) => h.reason ?? '').join(' ')).not.toMatch(/got no answer/);
  });

  it('a former product name still meets a fragment written with today’s name', () => {
    const table = 'Status   Name                         DisplayName\nStopped  AADConnectProvisioningAgent  Microsoft Azure AD Connect Provisioning Agent';
    expect(search(table).results[0]?.reason).toMatch(/provisioning agent service is stopped/);
  });
});

describe('an event named by its ID', () => {
  it('a .NET Runtime 1026 crash of the ECMA host wizard, copied from Event Viewer, is the wizard page', () => {
    const r = search('Log Name:      Application\nSource:        .NET Runtime\nEvent ID:      1026\nLevel:         Error\nDescription:\nApplication: Microsoft.ECMA2Host.ConfigWizard.exe\nFramework Version: v4.0.30319\nDescription: The process was terminated due to an unhandled exception.');
    expect(r.results[0]?.id).toBe('PT-0204');
  });
});

describe('descriptions in the admin’s word order', () => {
  it('a title’s distinctive words a few words apart still read as the title, in any language', () => {
    for (const q of ['El certificado del host ECMA ha caducado', 'the cert on our ECMA host expired last week, test connection broke at the same time']) {
      expect(search(q).results[0]?.id, q).toBe('PT-0202');
    }
  });

  it('while generic words still need a neighbour: "logging for the ECMA host" is not "ECMA host logs"', () => {
    expect(search('how to enable verbose logging for the ECMA host').results[0]?.id).toBe('PT-0205');
  });
});

describe('pages tied on signals', () => {
  const refused = (uri: string) => `PS C:\\> Invoke-RestMethod -Uri '${uri}'\nInvoke-RestMethod : The remote server returned an error: (401) Unauthorized.`;

  it('are told apart by how many of their signals the paste shows', () => {
    const cache = search(refused('https://localhost:8585/ecma2host_HRDB/scim/cache'));
    expect(cache.results.slice(0, 2).map((h) => h.id)).toEqual(['PT-0206', 'PT-0104']);
    expect(cache.verdict).toBe('ambiguous');
    // Of the cache page's two signals, the more specific one is the reason shown.
    expect(cache.results[0]?.reason).toMatch(/Debug flag/);
    expect(search(refused('https://localhost:8585/ecma2host_HRDB/scim/Users')).results[0]?.id).toBe('PT-0104');
  });
});

describe('a signal voided by what stands beside it (unless)', () => {
  const request = 'Resource: https://localhost:8585/ecma2host_FINDB/scim/Users?filter=userName+eq+%22b7e1c0d4-2f9a-4c38-8e51-6a3d0f2b9e74%22';

  it('the ECMA host logging the dummy-user request is the signal; the same request quoted in a failed response is not', () => {
    const hostLog = search(`ECMA2Host Information: 0 : Received GET request /ecma2host_FINDB/scim/Users?filter=userName+eq+%22b7e1c0d4-2f9a-4c38-8e51-6a3d0f2b9e74%22\nECMA2Host Information: 0 : Returning 200 totalResults=0`);
    expect(hostLog.results[0]?.id).toBe('PT-0504');
    const portal = `Error code: SystemForCrossDomainIdentityManagementCredentialValidationUnavailable\nDetails: We received this unexpected response from your application: Received response from Web resource. ${request} Operation: GET Response Status Code: NotFound`;
    expect(hasEvidence(portal, 'PT-0504', 'signal')).toBe(false);
  });
});

describe('a System log exported as a table', () => {
  const row = (service: string, state: string) => `Information\t11/29/2026 3:10:12 AM\tService Control Manager\t7036\tNone\tThe ${service} service entered the ${state} state.`;

  it('another service stopped beside ours running is not our service stopped', () => {
    const log = ['Level\tDate and Time\tSource\tEvent ID\tTask Category', row('Windows Modules Installer', 'stopped'), row('Microsoft ECMA2Host', 'running')].join('\n');
    expect(search(log).verdict === 'match' && search(log).results[0]?.id === 'PT-0102').toBe(false);
    const ours = ['Level\tDate and Time\tSource\tEvent ID\tTask Category', row('Windows Modules Installer', 'running'), row('Microsoft ECMA2Host', 'stopped')].join('\n');
    expect(search(ours).results[0]?.id).toBe('PT-0102');
  });
});

describe('signals across blank lines', () => {
  const fields = ['Log Name:      System', 'Source:        Service Control Manager', 'Date:          11/30/2026 2:14:09 AM', 'Event ID:      7036', 'Task Category: None', 'Level:         Information', 'Keywords:      Classic', 'User:          N/A', 'Computer:      PRV-AGT02.contoso.example', 'Description:', 'The Microsoft ECMA2Host service entered the stopped state.'];

  it('an Event Viewer copy whose every line break was doubled keeps its signal', () => {
    expect(search(fields.join('\n')).results[0]?.id).toBe('PT-0102');
    const doubled = search(`${fields.join('\n\n')}\n\n\nthis is the last event for it, test connection failing since 2am`);
    expect(doubled.results[0]?.id).toBe('PT-0102');
    expect(doubled.verdict).toBe('match');
  });

  it('while lines with words still count: the same fields spread over a long log are too far apart', () => {
    const spread = [...fields.slice(0, 10), ...Array.from({ length: 15 }, (_, i) => `Information ${i}: heartbeat sent`), fields[10]].join('\n');
    expect(search(spread).results[0]?.id === 'PT-0102' && search(spread).verdict === 'match').toBe(false);
  });
});

describe('fragments that must share a line', () => {
  const table = (agent: string, ecma: string, other: string) =>
    ['Status   Name               DisplayName', '------   ----               -----------', `${agent}  AADConnectProvi... Microsoft Entra Connect Provisioning Agent`, `${ecma}  Microsoft ECMA2... Microsoft ECMA2Host`, `${other}  ADSyncAgent        Some Other Sync Agent`].join('\n');

  it('a Get-Service row with our service stopped is the signal; another service stopped in the same table is not', () => {
    expect(search(table('Stopped', 'Running', 'Running')).results[0]?.id).toBe('PT-0102');
    expect(search(table('Running', 'Stopped', 'Running')).results[0]?.id).toBe('PT-0102');
    expect(hasEvidence(table('Running', 'Running', 'Stopped'), 'PT-0102', 'signal')).toBe(false);
  });
});

describe('the line a signal points at', () => {
  it('is the one holding most of its words, which a ticket quotes', () => {
    const r = search('Log Name:      System\nSource:        Service Control Manager\nEvent ID:      7036\nDescription:\nThe Microsoft ECMA2Host service entered the stopped state.');
    expect(r.results[0]?.id).toBe('PT-0102');
    expect(r.results[0]?.line).toBe(5);
  });
});

describe('quoted names in an error', () => {
  const sentence = (name: string) => `Service '${name}' failed to start. Check that you have sufficient privileges to start the system services.`;

  it('the same sentence around another service’s name is not a match for the agent’s page', () => {
    const ours = search(sentence('Microsoft Entra Connect Provisioning Agent'));
    expect(ours.verdict).toBe('match');
    for (const name of ['Datadog Agent', 'Contoso Backup Service']) {
      const r = search(sentence(name));
      expect(r.verdict, name).not.toBe('match');
    }
    // An MSI log line of another product with the generic second sentence only: still not a match.
    const msi = "MSI (s) (50:18) [13:12:42:849]: Product: Datadog Agent -- Error 1920. Service 'Datadog Agent' (datadogagent) failed to start.  Verify that you have sufficient privileges to start system services.";
    expect(search(msi).verdict).not.toBe('match');
  });

  it('the quoted name alone is the service named, not its error quoted', () => {
    const dialog = 'Microsoft Entra Connect Provisioning Agent Configuration\nRegistration failed.\nThe remote certificate is invalid according to the validation procedure.\n\n(our proxy inspects TLS)';
    expect(hasEvidence(dialog, 'PT-0301', 'error')).toBe(false);
    expect(search(dialog).results[0]?.id).toBe('PT-0302');
  });

  it('the error’s second sentence after another service’s first is not ours', () => {
    const msi = "MSI (s) (48:2C) [11:03:44:907]: Product: Contoso Backup Agent for Microsoft Windows -- Error 1923. Service 'Contoso Backup Agent for Microsoft Windows' (ContosoBkp) could not be installed. Verify that you have sufficient privileges to install system services.";
    expect(search(msi).verdict).not.toBe('match');
  });

  it('the name under a former product name is the same name', () => {
    const r = search(sentence('Microsoft Azure AD Connect Provisioning Agent'));
    expect(r.verdict).toBe('match');
    expect(r.results[0]?.id).toBe(search(sentence('Microsoft Entra Connect Provisioning Agent')).results[0]?.id);
  });

  it('an error cut at its sentence end still scores as the whole error', () => {
    const ticket = `Short description: sync error on app server\nProvisioning stopped overnight. Error from the server:\n${sentence('Microsoft Entra Connect Provisioning Agent')}\n\nImpact: 2 - Medium`;
    const alone = search(sentence('Microsoft Entra Connect Provisioning Agent'));
    expect(search(ticket).results[0]?.id).toBe(alone.results[0]?.id);
  });
});

describe('dilution', () => {
  it('a longer paste around an error does at least as well as the error alone', () => {
    const error = "Invalid LDAP style of object's DN. DN: pat.lee@contoso.example";
    const alone = search(error);
    const framed = search(`Hi team, export to our directory fails since Monday:\n${error}\n   at Microsoft.IAM.Connector.GenericLdap.Export(Object entry)\nAny idea what causes this?`);
    expect(framed.results[0]?.id).toBe(alone.results[0]?.id);
    expect(framed.results[0]!.score).toBeGreaterThanOrEqual(alone.results[0]!.score);
  });

  it('a long ticket whose whole reading is too thin still offers the page its paragraph is about', () => {
    const ticket = [
      'Number: INC7712093',
      'Opened by: Johanna Lindqvist (Service Desk Stockholm)',
      'Assignment group: Identity Platform Operations, second line',
      'Category: Software / Identity and access / Provisioning',
      'Short description: on-premises provisioning test connection fails',
      'Description: since the Tuesday maintenance window the Test Connection button for the payroll application never succeeds.',
      'Work notes: caller unavailable until Thursday afternoon, please call her deputy Oskar Nilsson before noon.',
    ].join('\n');
    const r = search(ticket);
    expect(r.verdict).not.toBe('none');
    expect(r.results.slice(0, 3).map((h) => h.id)).toContain('PT-0101');
  });

  it('another product’s frame keeps a quoted error of ours from being a match', () => {
    const r = search('pod/directorysync-operator restarted (CrashLoopBackOff)\nE1222 controller.go:329] "Reconciler error" err="Unable to initialize metrics collector"');
    expect(r.verdict).not.toBe('match');
  });
});

describe('localized Windows around an English error', () => {
  const error = 'System.ComponentModel.Win32Exception (0x80004005): The specified service already exists';

  it('German, French and Spanish framing words do not dilute the error', () => {
    const alone = search(error);
    for (const frame of [
      `Hallo zusammen, bei der Installation auf dem Server kommt seit gestern immer wieder der Fehler:\n${error}\nWas können wir tun?`,
      `Bonjour, lors de l'installation sur le serveur nous avons toujours cette erreur :\n${error}\nMerci d'avance`,
      `Hola, al instalar en el servidor nos sale siempre este error:\n${error}\n¿Alguna idea? Gracias`,
    ]) {
      const r = search(frame);
      expect(r.results[0]?.id, frame).toBe(alone.results[0]?.id);
      expect(r.results[0]!.score, frame).toBeGreaterThanOrEqual(alone.results[0]!.score - 0.05);
    }
  });

  it('Japanese framing is neither evidence nor dilution, and the vocabulary reads its words', () => {
    const alone = search(error);
    const framed = search(`インストール時に次のエラーが表示されます。\n${error}\nよろしくお願いします`);
    expect(framed.results[0]?.id).toBe(alone.results[0]?.id);
    // The whole message in Japanese, as a Japanese .NET prints it: its words read through the vocabulary.
    const japanese = search('System.ComponentModel.Win32Exception: 指定されたサービスは既に存在します。');
    expect(japanese.results[0]?.id).toBe(alone.results[0]?.id);
    // Japanese alone, with no word the vocabulary knows, is no answer.
    expect(search('昨日から動きません。助けてください').verdict).toBe('none');
  });

  it('a localized portal word reads as the English one', () => {
    expect(search('Verbindung testen fehlgeschlagen für die lokale ECMA App').results[0]?.id).toBe(search('Test connection failed for the on-premises ECMA app').results[0]?.id);
  });
});

describe('a page described in our words is not a paste from our product', () => {
  it('a platform message that a page names in its aliases is no match without a word of this product', () => {
    const unrelated = "& : File C:\\Scripts\\Disable-StaleGuests.ps1 cannot be loaded. The file C:\\Scripts\\Disable-StaleGuests.ps1 is not digitally signed. You cannot run this script on the current system.";
    const r = search(unrelated);
    expect(r.verdict).not.toBe('match');
    expect(r.results[0]?.id).toBe('PT-0303');
    // The same message while registering the provisioning agent is this page's.
    const ours = search(`Registering the Microsoft Entra Connect Provisioning Agent fails:\n${unrelated.replace(/Scripts\\Disable-StaleGuests/g, 'Program Files\\Microsoft Azure AD Connect Provisioning Agent\\RegistrationPowershell\\RegisterAgent')}`);
    expect(ours.results[0]?.id).toBe('PT-0303');
    expect(ours.verdict).toBe('match');
  });

  it('a declared error stands on its own, with or without our product named', () => {
    expect(search('CredentialValidationUnavailable').results[0]?.id).toBe('PT-0107');
    expect(search("Invalid LDAP style of object's DN. DN: pat.lee@contoso.example").verdict).toBe('match');
  });

  it('another product’s log that says our sentence and then its own exception is not ours', () => {
    const r = search('2026-11-30T09:12:44.118Z\tERROR\tsetup\tUnable to initialize metrics collector, exception: open /sys/fs/cgroup/cpu.stat: permission denied');
    expect(r.verdict).not.toBe('match');
  });
});

describe('sentences the platform prints for many causes (vocabulary `platform`)', () => {
  const wrapper = 'System.Net.Http.HttpRequestException: An error occurred while sending the request. ---> System.Net.WebException: The underlying connection was closed: Could not establish trust relationship for the SSL/TLS secure channel.';

  it('are not evidence for an error that merely contains one', () => {
    expect(hasEvidence(wrapper, 'PT-0107', 'error')).toBe(false);
    expect(search(wrapper).results[0]?.id).not.toBe('PT-0107');
  });

  it('what is under the wrapper decides: a name mismatch offers the subject page, without a match when nothing names this product', () => {
    const r = search(`${wrapper}\nSslPolicyErrors: RemoteCertificateNameMismatch`);
    expect(r.results[0]?.id).toBe('PT-0203');
    expect(r.verdict).toBe('ambiguous');
  });

  it('while the error that goes on in its own words is still found whole', () => {
    const r = search('Response Content: An error occurred while sending the request. Please check the service and try again.');
    expect(r.results[0]?.id).toBe('PT-0107');
    expect(explainQuery(index, 'An error occurred while sending the request. Please check the service and try again.').candidates[0]?.evidence.some((ev) => ev.kind === 'error')).toBe(true);
  });

  it('the performance-counter exception in another program is not the agent’s metrics error', () => {
    const iis = "System.UnauthorizedAccessException: Access to the registry key 'Global' is denied.\n   at Microsoft.Win32.RegistryKey.Win32Error(Int32 errorCode, String str)\n   at System.Diagnostics.PerformanceCounterLib.GetPerformanceData(String item)\nw3wp.exe, app pool identity IIS APPPOOL\\OrdersApi";
    expect(search(iis).verdict).not.toBe('match');
    const agent = search("Unable to initialize metrics collector, exception: 'System.UnauthorizedAccessException: Access to the registry key 'Global' is denied.");
    expect(agent.results[0]?.id).toBe('PT-0304');
    expect(agent.verdict).toBe('match');
  });

  it('are read from content: without the vocabulary entry the same paste is evidence again', () => {
    const bare = buildSearchIndex(kb.symptoms, { ...kb.vocabulary, platform: [] });
    expect(hasEvidence(wrapper, 'PT-0107', 'error', bare)).toBe(true);
  });
});

describe('an error code beside a message', () => {
  const code = 'Error code: SystemForCrossDomainIdentityManagementCredentialValidationUnavailable';

  it('the message names the cause: its page leads and the code’s page is offered beside it', () => {
    const r = search(`Test connection failed\n${code}\nDetails: invalid resource\nCorrelation ID: 7c41b0e2-33d9-4a8b-a0f6-9e15d2c8b4aa`);
    expect(r.results.slice(0, 2).map((h) => h.id)).toEqual(['PT-0105', 'PT-0107']);
    expect(r.verdict).toBe('ambiguous');
  });

  it('the code alone, or with its own page’s message, is still that page', () => {
    expect(search(code).results[0]?.id).toBe('PT-0107');
    const own = search(`${code}\nDetails: We received this unexpected response from your application: Received response from Web resource. Resource: https://localhost/Users?filter=PLACEHOLDER+eq+"0b7d3c1e-55aa-4f02-9d1e-7a2e6c8b9f10" Operation: GET Response Status Code: InternalServerError`);
    expect(own.results[0]?.id).toBe('PT-0107');
    expect(own.verdict).toBe('match');
  });

  it('a message far down a log is another finding, not this code’s cause', () => {
    const log = [code, ...Array.from({ length: 20 }, (_, i) => `2026-11-30 10:${String(i).padStart(2, '0')}:00 INFO heartbeat ok`), 'Details: invalid resource'].join('\n');
    expect(search(log).results[0]?.id).toBe('PT-0107');
  });
});

describe('contradictions stay on their line', () => {
  it('an error whose words a log spreads over several lines is not contradicted by the lines between', () => {
    const binderLog = [
      '*** Assembly Binder Log Entry  (11/29/2026 @ 11:20:14 AM) ***',
      'The operation failed.',
      'Bind result: hr = 0x80070005. Access is denied.',
      'Running under executable  C:\\Program Files\\Microsoft ECMA2Host\\Service\\Microsoft.ECMA2Host.Service.exe',
      'LOG: Where-ref bind. Location = C:\\Program Files\\Microsoft ECMA2Host\\Service\\ECMA\\Cache\\40d2cff2-e194-4547-ae2a-a86d8f293eb3\\Microsoft.IAM.Connector.GenericSql.dll',
      'LOG: Attempting download of new URL file:///C:/Program Files/Microsoft ECMA2Host/Service/ECMA/Cache/40d2cff2-e194-4547-ae2a-a86d8f293eb3/Microsoft.IAM.Connector.GenericSql.dll.',
      'ERR: Failed to complete setup of assembly (hr = 0x80070005). Probing terminated.',
    ].join('\n');
    const e = explainQuery(index, binderLog);
    expect(e.candidates[0]?.id).toBe('PT-0401');
    expect(e.candidates[0]?.contradictions).toEqual([]);
  });

  it('while the same words with another name inside one line still contradict', () => {
    const e = explainQuery(index, "Could not load file or assembly 'Microsoft.IAM.Connector.GenericLdap.dll' or one of its dependencies. Access is denied.");
    expect(e.candidates.find((c) => c.id === 'PT-0401')?.contradictions.length).toBeGreaterThan(0);
  });
});

describe('explainQuery', () => {
  it('says which segment and which declared error decided, and the margin', () => {
    const e = explainQuery(index, "Some context first.\nCould not load file or assembly 'Microsoft.IAM.Connector.GenericSql.dll' or one of its dependencies. Access is denied.");
    expect(e.verdict).toBe(matchQuery(index, "Some context first.\nCould not load file or assembly 'Microsoft.IAM.Connector.GenericSql.dll' or one of its dependencies. Access is denied.").verdict);
    const top = e.candidates[0]!;
    expect(top.id).toBe('PT-0401');
    expect(top.evidence[0]?.kind).toBe('error');
    expect(e.segments.length).toBeGreaterThan(1);
    expect(e.margin).toBeGreaterThan(0);
    expect(e.rule).toMatch(/^match: /);
  });

  it('names the contradiction for a near twin', () => {
    const e = explainQuery(index, "Could not load file or assembly 'Microsoft.IAM.Connector.GenericLdap.dll' or one of its dependencies. Access is denied.");
    expect(e.verdict).not.toBe('match');
    expect(e.candidates.find((c) => c.id === 'PT-0401')?.contradictions.length).toBeGreaterThan(0);
  });
});

describe('the one line splitter', () => {
  it('ends a line at \\n, \\r\\n and a lone \\r', () => {
    const text = 'a\nb\r\nc\rd';
    expect(splitLines(text).map((l) => text.slice(l.start, l.end))).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('content checks', () => {
  it('an unknown template slot and a one-fragment signal fail with file › field', () => {
    const sources = validSources();
    sources.symptoms[0] = symptomSource({ errors: ['Value {count} is wrong'], extra: 'signals:\n  - all: ["only one"]\n    means: nothing' });
    const { problems } = compileKnowledgeBase(sources);
    expect(problems).toContainEqual(expect.objectContaining({ file: 'content/symptoms/first-problem.mdx', field: 'errors.0', message: expect.stringMatching(/unknown slot \{count\}/) }));
    expect(problems).toContainEqual(expect.objectContaining({ field: 'signals.0.all', message: expect.stringMatching(/at least two fragments/) }));
  });

  it('a signal whose pastDate is not one of its fragments fails with file › field', () => {
    const sources = validSources();
    sources.symptoms[0] = symptomSource({ extra: 'signals:\n  - all: ["NotAfter", "ECMA"]\n    pastDate: Expires\n    means: expired' });
    const { problems } = compileKnowledgeBase(sources);
    expect(problems).toContainEqual(expect.objectContaining({ file: 'content/symptoms/first-problem.mdx', field: 'signals.0.pastDate', message: expect.stringMatching(/one of the fragments/) }));
  });

  it('a sameLine fragment that is not one of all fails with file › field', () => {
    const sources = validSources();
    sources.symptoms[0] = symptomSource({ extra: 'signals:\n  - all: ["Status Name DisplayName", "Stopped"]\n    sameLine: ["Stopped", "Running"]\n    means: stopped' });
    const { problems } = compileKnowledgeBase(sources);
    expect(problems).toContainEqual(expect.objectContaining({ file: 'content/symptoms/first-problem.mdx', field: 'signals.0.sameLine', message: expect.stringMatching(/fragments from all/) }));
  });

  it('an unless fragment that repeats one of all fails with file › field', () => {
    const sources = validSources();
    sources.symptoms[0] = symptomSource({ extra: 'signals:\n  - all: ["ECMA2Host", "Stopped"]\n    unless: ["Stopped"]\n    means: stopped' });
    const { problems } = compileKnowledgeBase(sources);
    expect(problems).toContainEqual(expect.objectContaining({ file: 'content/symptoms/first-problem.mdx', field: 'signals.0.unless', message: expect.stringMatching(/must not repeat/) }));
  });

  it('a malformed vocabulary file fails with its own problems', () => {
    const { problems } = compileKnowledgeBase({ ...validSources(), vocabulary: { file: 'content/search/vocabulary.yaml', text: 'synonyms:\n  - means: ECMA host\n    says: []\nconnectorPrefixes: ["bad prefix"]\n' } });
    expect(problems.map((p) => `${p.file} › ${p.field}`)).toEqual(expect.arrayContaining(['content/search/vocabulary.yaml › synonyms.0.says', 'content/search/vocabulary.yaml › connectorPrefixes.0']));
  });

  it('an example that lands elsewhere and a near miss that matches are listed', () => {
    const sources = validSources();
    sources.symptoms[1] = symptomSource({ id: 'PT-0102', slug: 'second-problem', extra: 'examples:\n  - "Thing exploded"\nnotFor:\n  - "nothing like it at all"' });
    sources.symptoms[0] = symptomSource({ errors: ['Thing exploded'], related: ['PT-0102'], extra: 'notFor:\n  - "Thing exploded"' });
    const { kb: small } = compileKnowledgeBase(sources);
    const problems = checkSearchExamples(small);
    expect(problems).toContainEqual({ file: 'content/symptoms/second-problem.mdx', field: 'examples.0', message: 'landed on PT-0101 (match)' });
    expect(problems).toContainEqual({ file: 'content/symptoms/first-problem.mdx', field: 'notFor.0', message: 'answered match for PT-0101' });
    expect(problems).toHaveLength(2);
  });

  it('every example in content lands on its page', () => {
    expect(checkSearchExamples(kb)).toEqual([]);
  });
});
