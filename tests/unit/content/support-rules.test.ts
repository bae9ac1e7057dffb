/**
 * Support-grade rules `kb check` enforces on every page: a step that raises privileges holds a
 * <Warning>, and every page names its official source and the date it was last reviewed.
 */
import { describe, expect, it } from 'vitest';
import { compileKnowledgeBase } from '@/lib/content/compile';
import { learnHeadingAnchor } from '@/lib/content/support-rules';
import { SOURCE_LINES, symptomSource, validSources } from './helpers';

/** The problems of the first page, after replacing its body or its source lines (a dropped page also breaks links to it elsewhere). */
const problemsWith = (body: string, sourceLines?: string) => {
  const s = validSources();
  s.symptoms[0] = symptomSource({ errors: ['Thing exploded'], related: ['PT-0102'], body, sourceLines });
  return compileKnowledgeBase(s)
    .problems.filter((p) => p.file === s.symptoms[0]!.file)
    .map((p) => `${p.field}: ${p.message}`);
};

const step = (inner: string) => `<Step id="do-this" title="Do this">\n\n${inner}\n\n</Step>`;
const WARNING = '<Warning>\n\nOnly on this server; to undo, put back the value you noted.\n\n</Warning>';

describe('a step that raises privileges', () => {
  const privileged: Array<[string, string]> = [
    ['sets an execution policy', '```powershell\nSet-ExecutionPolicy -ExecutionPolicy RemoteSigned -Scope LocalMachine\n```'],
    ['grants rights with icacls', '```powershell\nicacls "C:\\Data" /grant "NT AUTHORITY\\NETWORK SERVICE:(OI)(CI)F"\n```'],
    ['grants full control in words', 'Give the network service account **Full control** on the folder.'],
    ['names a domain-admin account', 'On the **Log On** tab, enter a domain admin account.'],
    ['names Domain Admins in code', '```text\nCONTOSO\\Domain Admins\n```'],
  ];

  it.each(privileged)('that %s fails without a <Warning> in the same step', (_, inner) => {
    const problems = problemsWith(step(inner));
    expect(problems.filter((p) => p.startsWith('body.Step.do-this: this step'))).toHaveLength(1);
  });

  it.each(privileged)('that %s passes with a <Warning> in the same step', (_, inner) => {
    expect(problemsWith(step(`${inner}\n\n${WARNING}`))).toEqual([]);
  });

  it('needs the warning inside that step, not in another one or outside every step', () => {
    const body = `${step('```powershell\nSet-ExecutionPolicy RemoteSigned\n```')}\n\n<Step id="other" title="Other">\n\n${WARNING}\n\n</Step>\n\n${WARNING}`;
    expect(problemsWith(body)).toEqual([
      'body.Step.do-this: this step sets a PowerShell execution policy but has no <Warning> inside it; say how far to go, that it is a stop-gap where it is one, and how to undo it',
    ]);
  });

  it('does not count words that only appear inside a <Note> or the <Warning> itself', () => {
    expect(problemsWith(step('<Note>\n\nNever use a domain admin account here.\n\n</Note>'))).toEqual([]);
  });

  it('leaves reading and checking commands alone', () => {
    expect(problemsWith(step('```powershell\nGet-ExecutionPolicy -List\nicacls "C:\\Data"\n```'))).toEqual([]);
  });
});

describe('source and reviewed', () => {
  it('are required on every page', () => {
    expect(problemsWith(step('x'), '')).toEqual([
      'source: missing: name the official article and section this page rests on (publisher, article, section, url)',
      'reviewed: missing: the date the page was last checked against its source, like 2026-11-30',
    ]);
  });

  it('reject a date that is not ISO and a link that is not https', () => {
    const lines = SOURCE_LINES.replace('url: https://', 'url: http://').replace('reviewed: 2026-11-30', 'reviewed: 30 Nov 2026');
    expect(problemsWith(step('x'), lines)).toEqual(['source.url: must be an https:// address', 'reviewed: must be an ISO date like 2026-11-30']);
  });

  it('reject a Microsoft Learn anchor that is not the named section, and accept the page URL without one', () => {
    const wrong = SOURCE_LINES.replace('#troubleshoot-test-connection-issues', '#log-files');
    expect(problemsWith(step('x'), wrong)).toEqual([
      'source.url: anchor #log-files is not the heading "Troubleshoot test connection issues" (Microsoft Learn\'s anchor for it is #troubleshoot-test-connection-issues)',
    ]);
    expect(problemsWith(step('x'), SOURCE_LINES.replace('#troubleshoot-test-connection-issues', ''))).toEqual([]);
  });

  it('derive Learn anchors the way Learn writes them', () => {
    expect(learnHeadingAnchor('How do I troubleshoot the provisioning agent?')).toBe('how-do-i-troubleshoot-the-provisioning-agent');
    expect(learnHeadingAnchor('Unable to configure the ECMA host, view logs in Event Viewer, or start the ECMA host service')).toBe(
      'unable-to-configure-the-ecma-host-view-logs-in-event-viewer-or-start-the-ecma-host-service',
    );
  });
});
