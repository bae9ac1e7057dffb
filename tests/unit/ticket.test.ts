import { describe, expect, it } from 'vitest';
import { compileKnowledgeBase } from '@/lib/content/compile';
import { treeLinkTable } from '@/lib/content/query';
import { walkTree } from '@/lib/tree/walk';
import { firstLineOf, formatSymptomTicket, formatWalkTicket, matchedErrorOf, type TicketSymptom } from '@/lib/ticket';
import { validSources } from './content/helpers';

const ORIGIN = 'https://kb.example.com';

const symptom: TicketSymptom = {
  id: 'PT-0201',
  slug: 'ecma-host-not-responding',
  title: 'ECMA Connector Host does not answer requests',
  errors: ['First declared error', 'The connector host did not respond'],
  steps: [
    { id: 'open-folder', title: 'Open the Troubleshooting folder' },
    { id: 'run-script', title: 'Run TestECMA2HostConnection.ps1' },
  ],
  source: {
    publisher: 'Microsoft Learn',
    article: 'Troubleshoot on-premises application provisioning',
    section: 'Troubleshoot test connection issues',
    url: 'https://learn.microsoft.com/en-us/entra/identity/app-provisioning/on-premises-ecma-troubleshoot#troubleshoot-test-connection-issues',
  },
};

describe('formatSymptomTicket', () => {
  it('gives title, ID, the short link, the page, its official source and every step with its permalink', () => {
    expect(formatSymptomTicket(symptom, ORIGIN)).toBe(
      [
        'PT-0201: ECMA Connector Host does not answer requests',
        '- Link: https://kb.example.com/go/PT-0201/',
        '- Page: https://kb.example.com/symptoms/ecma-host-not-responding/',
        '- Based on: Microsoft Learn › Troubleshoot on-premises application provisioning › Troubleshoot test connection issues: https://learn.microsoft.com/en-us/entra/identity/app-provisioning/on-premises-ecma-troubleshoot#troubleshoot-test-connection-issues',
        '',
        'Steps to try:',
        '1. Open the Troubleshooting folder: https://kb.example.com/symptoms/ecma-host-not-responding/#open-folder',
        '2. Run TestECMA2HostConnection.ps1: https://kb.example.com/symptoms/ecma-host-not-responding/#run-script',
      ].join('\n'),
    );
  });

  it('adds the matched error, the first line of the paste and the extracted values when the user came from search', () => {
    const text = formatSymptomTicket(symptom, ORIGIN, {
      query: '\n  2024-05-01 ERROR The connector host did not respond  \nstack line 2',
      error: 2,
      extracted: [
        { kind: 'timestamp', value: '2024-05-01' },
        { kind: 'connector', value: 'CORPDB1' },
        { kind: 'connector', value: 'CORPDB1' },
      ],
    });
    expect(text).toContain(
      [
        'From the search:',
        '- Matched error: The connector host did not respond',
        '- Pasted: 2024-05-01 ERROR The connector host did not respond',
        '- connector: CORPDB1',
      ].join('\n'),
    );
    expect(text).not.toContain('stack line 2');
    expect(text).not.toContain('timestamp:');
    expect(text.match(/connector: CORPDB1/g)).toHaveLength(1);
  });

  it('ignores an error number the page does not have, and an empty paste', () => {
    const text = formatSymptomTicket(symptom, ORIGIN, { query: '   ', error: 9 });
    expect(text).not.toContain('From the search');
    expect(matchedErrorOf(symptom, 0)).toBeUndefined();
    expect(matchedErrorOf(symptom, 1)).toBe('First declared error');
  });
});

describe('firstLineOf', () => {
  it('skips blank lines, trims, and shortens a very long line', () => {
    expect(firstLineOf('\n\n  hello  \nworld')).toBe('hello');
    expect(firstLineOf('')).toBe('');
    const long = firstLineOf('x'.repeat(1000));
    expect(long).toHaveLength(300);
    expect(long.endsWith('…')).toBe(true);
  });
});

describe('formatWalkTicket', () => {
  const kb = compileKnowledgeBase(validSources()).kb;
  const tree = kb.trees.find((t) => t.id === 'start')!;
  const links = treeLinkTable(kb, tree);

  it('gives the walk link, each question with the answer taken, and where each answer now leads', () => {
    expect(formatWalkTicket(tree, walkTree(tree, ['first']), links, ORIGIN)).toBe(
      [
        'Guided troubleshooting: Start',
        '- Link: https://kb.example.com/troubleshoot/start/?path=first',
        '',
        'Answers so far:',
        '1. Where does it fail? → First',
        '',
        'Now at: Does it explode?',
        '- Yes (fix: PT-0101 A problem PT-0101): https://kb.example.com/symptoms/first-problem/#do-this',
      ].join('\n'),
    );
  });

  it('at the first question, lists links to the next question and to other trees', () => {
    const text = formatWalkTicket(tree, walkTree(tree, []), links, ORIGIN);
    expect(text).not.toContain('Answers so far');
    expect(text).toContain('- First: https://kb.example.com/troubleshoot/start/?path=first');
    expect(text).toContain('- Elsewhere (opens: Other): https://kb.example.com/troubleshoot/other/');
  });
});
