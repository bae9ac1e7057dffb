/** In-memory content for compiler tests: one valid knowledge base that each test breaks in one way. */
import type { ContentSources } from '@/lib/content/compile';

/** The `source` and `reviewed` lines every page needs; a test replaces them to break them. */
export const SOURCE_LINES = `source:
  publisher: Microsoft Learn
  article: Troubleshoot on-premises application provisioning
  section: Troubleshoot test connection issues
  url: https://learn.microsoft.com/en-us/entra/identity/app-provisioning/on-premises-ecma-troubleshoot#troubleshoot-test-connection-issues
reviewed: 2026-11-30`;

export const symptomSource = (
  over: { id?: string; slug?: string; extra?: string; body?: string; errors?: string[]; related?: string[]; sourceLines?: string } = {},
) => {
  const id = over.id ?? 'PT-0101';
  const slug = over.slug ?? 'first-problem';
  return {
    file: `content/symptoms/${slug}.mdx`,
    text: `---
id: ${id}
slug: ${slug}
title: A problem ${id}
summary: What goes wrong.
category: test-connection
errors: ${JSON.stringify(over.errors ?? [])}
related: ${JSON.stringify(over.related ?? [])}
${over.extra ?? ''}
${over.sourceLines ?? SOURCE_LINES}
---
## What you see

Something fails.

${over.body ?? `<Step id="do-this" title="Do this">

Run \`Get-Thing\`.

</Step>`}
`,
  };
};

export const treeSource = (id: string, yaml: string, file = `content/trees/${id}.yaml`) => ({ file, text: `id: ${id}\n${yaml}` });

/** Two symptoms, an entry tree that reaches both, directly and through a second tree. */
export const validSources = (): ContentSources => ({
  symptoms: [
    symptomSource({ errors: ['Thing exploded'], related: ['PT-0102'] }),
    symptomSource({ id: 'PT-0102', slug: 'second-problem', body: `<Step id="fix-it" title="Fix it">\n\nSee [the first](/symptoms/first-problem/#do-this).\n\n</Step>` }),
  ],
  trees: [
    treeSource('start', `title: Start
summary: Where does it fail?
entry: true
root: where
nodes:
  where:
    question: Where does it fail?
    answers:
      - { label: First, node: first }
      - { label: Elsewhere, tree: other }
  first:
    question: Does it explode?
    answers:
      - { label: Yes, symptom: PT-0101, step: do-this }
`),
    treeSource('other', `title: Other
summary: Other things.
root: q
nodes:
  q:
    question: Is it the second?
    answers:
      - { label: Yes, symptom: PT-0102 }
`),
  ],
});
