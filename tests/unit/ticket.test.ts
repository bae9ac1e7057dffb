import { describe, expect, it } from 'vitest';
import { compileKnowledgeBase } from '@/lib/content/compile';
import { treeLinkTable } from '@/lib/content/query';
import { walkTree } from '@/lib/tree/walk';
import { firstLineOf, formatSymptomTicket, formatWalkTicket, matchedErrorOf, quoteVerbatim, type TicketSymptom } from '@/lib/ticket';
import { compileTrail } from '@/lib/tree/trail';
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
        '- Matched error: `The connector host did not respond`',
        '- Pasted: `2024-05-01 ERROR The connector host did not respond`',
        '- connector: `CORPDB1`',
      ].join('\n'),
    );
    expect(text).not.toContain('stack line 2');
    expect(text).not.toContain('timestamp:');
    expect(text.match(/connector: `CORPDB1`/g)).toHaveLength(1);
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
        '1. Where does it fail? → First (https://kb.example.com/troubleshoot/start/)',
        '',
        'Now at: Does it explode?',
        '- Yes (fix: PT-0101 A problem PT-0101): https://kb.example.com/symptoms/first-problem/?walk=start.first#do-this',
      ].join('\n'),
    );
  });

  it('at the first question, lists links to the next question and to other trees', () => {
    const text = formatWalkTicket(tree, walkTree(tree, []), links, ORIGIN);
    expect(text).not.toContain('Answers so far');
    expect(text).toContain('- First: https://kb.example.com/troubleshoot/start/?path=first');
    expect(text).toContain('- Elsewhere (opens: Other): https://kb.example.com/troubleshoot/other/?via=start');
  });

  it('carries the answers given in the trees before this one', () => {
    const other = kb.trees.find((t) => t.id === 'other')!;
    const trees = Object.fromEntries(kb.trees.map((t) => [t.id, t]));
    const before = compileTrail(trees, [{ tree: 'start', path: [] }], { tree: 'other' });
    const text = formatWalkTicket(other, walkTree(other, []), links, ORIGIN, { before: before.steps, via: before.trail });
    expect(text).toContain('- Link: https://kb.example.com/troubleshoot/other/?via=start');
    expect(text).toContain('1. Where does it fail? → Elsewhere (https://kb.example.com/troubleshoot/start/)');
  });
});

describe('ticket text is inert', () => {
  const hostile = '[x](https://example.invalid) ![i](https://example.invalid/a.png) <img src=x onerror=alert(1)> `tick` ``two``';

  it('quotes user text as one code span whose fence is longer than any backtick run inside', () => {
    const quoted = quoteVerbatim(hostile);
    expect(quoted.startsWith('```')).toBe(true);
    expect(quoted.endsWith('```')).toBe(true);
    // It ends with a backtick, so a space pads it on both sides (CommonMark strips one each side).
    expect(quoted.slice(4, -4)).toBe(hostile);
    expect(quoteVerbatim('`edge`')).toBe('`` `edge` ``');
    expect(quoteVerbatim('a\nb')).toBe('`a b`');
  });

  it('puts the paste and its values only inside code spans', () => {
    const text = formatSymptomTicket(symptom, ORIGIN, { query: hostile, extracted: [{ kind: 'host', value: '<b>h</b>' }] });
    const pasted = text.split('\n').find((l) => l.startsWith('- Pasted: '))!;
    expect(pasted).toBe(`- Pasted: ${quoteVerbatim(hostile)}`);
    expect(text).toContain('- host: `<b>h</b>`');
    // Outside code spans, no line holds Markdown link, image or HTML syntax from the paste.
    const outside = text.replace(/(`+).*?\1/g, '');
    expect(outside).not.toMatch(/\]\(|<img|<b>/);
  });
});

describe('formatSymptomTicket after a walk', () => {
  it('lists every question and answer of the walk with its address', () => {
    const steps = [
      { tree: 'a', treeTitle: 'A', question: 'Which part?', answer: 'The agent', href: '/troubleshoot/a/' },
      { tree: 'b', treeTitle: 'B', question: 'Does it start?', answer: 'No', href: '/troubleshoot/b/?via=a' },
    ];
    const text = formatSymptomTicket(symptom, ORIGIN, undefined, { steps, trail: [] });
    expect(text).toContain(
      [
        'Guided troubleshooting answers:',
        '1. Which part? → The agent (https://kb.example.com/troubleshoot/a/)',
        '2. Does it start? → No (https://kb.example.com/troubleshoot/b/?via=a)',
      ].join('\n'),
    );
  });
});
