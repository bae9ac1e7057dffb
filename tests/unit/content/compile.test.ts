import { describe, expect, it } from 'vitest';
import { compileKnowledgeBase, type ContentSources } from '@/lib/content/compile';
import { formatProblem } from '@/lib/content/problems';
import { symptomSource, treeSource, validSources } from './helpers';

const problemsOf = (sources: ContentSources) => compileKnowledgeBase(sources).problems.map(formatProblem);

const withTree = (id: string, yaml: string): ContentSources => {
  const s = validSources();
  s.trees = s.trees.map((t) => (t.file.endsWith(`/${id}.yaml`) ? treeSource(id, yaml) : t));
  return s;
};

describe('compileKnowledgeBase', () => {
  it('accepts valid content and derives steps, body text and types from the schema', () => {
    const { kb, problems } = compileKnowledgeBase(validSources());
    expect(problems).toEqual([]);
    expect(kb.symptoms.map((s) => s.id)).toEqual(['PT-0101', 'PT-0102']);
    expect(kb.symptoms[0]!.steps).toEqual([{ id: 'do-this', title: 'Do this' }]);
    expect(kb.symptoms[0]!.bodyText).toContain('Get-Thing');
    expect(kb.symptoms[0]!.aliases).toEqual([]);
    expect(kb.trees[0]!.entry).toBe(true);
  });

  it('reports a missing field with file and field', () => {
    const s = validSources();
    s.symptoms[0] = { ...s.symptoms[0]!, text: s.symptoms[0]!.text.replace(/^summary:.*$/m, '') };
    expect(problemsOf(s)).toContain('content/symptoms/first-problem.mdx › summary: Invalid input: expected string, received undefined');
  });

  it('reports a field of the wrong type', () => {
    const s = validSources();
    s.symptoms[0] = symptomSource({ extra: 'aliases: 42' });
    expect(problemsOf(s).some((p) => p.startsWith('content/symptoms/first-problem.mdx › aliases:'))).toBe(true);
  });

  it('reports an unknown frontmatter field and a bad category', () => {
    const s = validSources();
    s.symptoms[0] = symptomSource({ extra: 'colour: red' });
    s.symptoms[0].text = s.symptoms[0].text.replace('category: test-connection', 'category: misc');
    const problems = problemsOf(s);
    expect(problems.some((p) => p.includes('› category:'))).toBe(true);
    expect(problems.some((p) => p.includes('colour'))).toBe(true);
  });

  it('reports a duplicate id and a duplicate slug', () => {
    const s = validSources();
    s.symptoms.push({ ...symptomSource({ id: 'PT-0101', slug: 'third' }) });
    s.symptoms.push({ ...symptomSource({ id: 'PT-0109', slug: 'second-problem' }), file: 'content/symptoms/copy/second-problem.mdx' });
    const problems = problemsOf(s);
    expect(problems).toContain('content/symptoms/third.mdx › id: id PT-0101 is already used by content/symptoms/first-problem.mdx');
    expect(problems.some((p) => p.startsWith('content/symptoms/copy/second-problem.mdx › slug: slug "second-problem" is already used'))).toBe(true);
  });

  it('reports a slug that does not match its file name', () => {
    const s = validSources();
    s.symptoms[0] = { ...s.symptoms[0]!, file: 'content/symptoms/renamed.mdx' };
    expect(problemsOf(s)).toContain('content/symptoms/renamed.mdx › slug: slug "first-problem" must equal the file name "renamed"');
  });

  it('reports the same error string declared by two pages', () => {
    const s = validSources();
    s.symptoms[1] = symptomSource({ id: 'PT-0102', slug: 'second-problem', errors: ['thing  exploded'] });
    expect(problemsOf(s)).toContain(
      'content/symptoms/second-problem.mdx › errors.0: this error string is already declared by content/symptoms/first-problem.mdx; declare it on one page',
    );
  });

  it('reports an unknown related id', () => {
    const s = validSources();
    s.symptoms[0] = symptomSource({ related: ['PT-0999'] });
    expect(problemsOf(s)).toContain('content/symptoms/first-problem.mdx › related.0: related id PT-0999 is not a symptom');
  });

  it('reports a broken internal link and a broken anchor', () => {
    const s = validSources();
    s.symptoms[1] = symptomSource({
      id: 'PT-0102',
      slug: 'second-problem',
      body: '<Step id="a" title="A">\n\n[gone](/symptoms/nope/) and [bad step](/symptoms/first-problem/#no-such-step)\n\n</Step>',
    });
    const problems = problemsOf(s);
    expect(problems).toContain('content/symptoms/second-problem.mdx › body: link /symptoms/nope/ does not resolve to a page');
    expect(problems).toContain('content/symptoms/second-problem.mdx › body: link /symptoms/first-problem/#no-such-step names a step that does not exist on that page');
  });

  it('reports unknown components, missing step attributes, duplicate steps and expressions', () => {
    const s = validSources();
    s.symptoms[0] = symptomSource({
      body: '<Tabs>\n\nx\n\n</Tabs>\n\n<Step title="No id">\n\nx\n\n</Step>\n\n<Step id="twice" title="A">\n\nx\n\n</Step>\n\n<Step id="twice" title="B">\n\nx\n\n</Step>\n\nUse {connectorName} here.',
    });
    const problems = problemsOf(s).join('\n');
    expect(problems).toContain('unknown component <Tabs>');
    expect(problems).toContain('<Step> needs a literal id="..." attribute');
    expect(problems).toContain('step id "twice" is used twice on this page');
    expect(problems).toContain('expressions, imports and exports are not allowed');
  });

  it('reports MDX that does not parse, naming the file', () => {
    const s = validSources();
    s.symptoms[0] = symptomSource({ body: '<Step id="a" title="A">\n\nunclosed' });
    expect(problemsOf(s).some((p) => p.startsWith('content/symptoms/first-problem.mdx › body: MDX does not parse'))).toBe(true);
  });

  it('lists every problem at once rather than stopping at the first', () => {
    const s = validSources();
    s.symptoms[0] = symptomSource({ related: ['PT-0999'] });
    s.symptoms[1] = symptomSource({ id: 'PT-0102', slug: 'second-problem', extra: 'aliases: 42' });
    s.trees[1] = treeSource('other', 'title: Other\nsummary: s\nroot: q\nnodes:\n  q:\n    question: Q?\n    answers:\n      - { label: A, node: gone }\n');
    const problems = problemsOf(s);
    expect(problems.some((p) => p.startsWith('content/symptoms/first-problem.mdx › related.0'))).toBe(true);
    expect(problems.some((p) => p.startsWith('content/symptoms/second-problem.mdx › aliases'))).toBe(true);
    expect(problems.some((p) => p.startsWith('content/trees/other.yaml › nodes.q.answers.0.node'))).toBe(true);
  });
});

describe('tree compiler', () => {
  it('reports an unknown node, tree, symptom and step', () => {
    const problems = problemsOf(
      withTree('other', `title: Other
summary: s
root: q
nodes:
  q:
    question: Q?
    answers:
      - { label: A, node: missing }
      - { label: B, tree: nowhere }
      - { label: C, symptom: PT-0555 }
      - { label: D, symptom: PT-0102, step: no-step }
      - { label: E, symptom: PT-0102 }
`),
    );
    expect(problems).toContain('content/trees/other.yaml › nodes.q.answers.0.node: node "missing" does not exist in this tree');
    expect(problems).toContain('content/trees/other.yaml › nodes.q.answers.1.tree: tree "nowhere" does not exist');
    expect(problems).toContain('content/trees/other.yaml › nodes.q.answers.2.symptom: symptom PT-0555 does not exist');
    expect(problems).toContain('content/trees/other.yaml › nodes.q.answers.3.step: step "no-step" does not exist on symptom PT-0102');
  });

  it('reports an answer that leads nowhere, or to two places', () => {
    const problems = problemsOf(
      withTree('other', `title: Other
summary: s
root: q
nodes:
  q:
    question: Q?
    answers:
      - { label: Nowhere }
      - { label: Both, node: q, symptom: PT-0102 }
      - { label: E, symptom: PT-0102 }
`),
    );
    expect(problems.filter((p) => p.includes('an answer must lead to exactly one of node, tree or symptom'))).toHaveLength(2);
  });

  it('reports an unreachable node', () => {
    const problems = problemsOf(
      withTree('other', `title: Other
summary: s
root: q
nodes:
  q:
    question: Q?
    answers:
      - { label: E, symptom: PT-0102 }
  island:
    question: Nobody asks me?
    answers:
      - { label: E, symptom: PT-0102 }
`),
    );
    expect(problems).toContain('content/trees/other.yaml › nodes.island: node "island" cannot be reached from the root');
  });

  it('reports a cycle inside a tree', () => {
    const problems = problemsOf(
      withTree('other', `title: Other
summary: s
root: q
nodes:
  q:
    question: Q?
    answers:
      - { label: On, node: r }
      - { label: E, symptom: PT-0102 }
  r:
    question: R?
    answers:
      - { label: Back, node: q }
`),
    );
    expect(problems).toContain('content/trees/other.yaml › nodes.q: cycle: q → r → q');
  });

  it('reports trees that link to each other in a cycle', () => {
    const problems = problemsOf(
      withTree('other', `title: Other
summary: s
root: q
nodes:
  q:
    question: Q?
    answers:
      - { label: E, symptom: PT-0102 }
      - { label: Back to start, tree: start }
`),
    );
    expect(problems.some((p) => p.includes('trees link in a cycle: ') && p.includes('start → other → start'))).toBe(true);
  });

  it('reports two answers leading to the same place', () => {
    const problems = problemsOf(
      withTree('other', `title: Other
summary: s
root: q
nodes:
  q:
    question: Q?
    answers:
      - { label: Yes, symptom: PT-0102 }
      - { label: Also yes, symptom: PT-0102 }
`),
    );
    expect(problems).toContain('content/trees/other.yaml › nodes.q.answers.1: two answers lead to symptom PT-0102; merge them');
  });

  it('reports a symptom no tree reaches and a tree the entry tree never reaches', () => {
    const s = withTree('start', `title: Start
summary: s
entry: true
root: where
nodes:
  where:
    question: Where?
    answers:
      - { label: First, symptom: PT-0101 }
`);
    const problems = problemsOf(s);
    expect(problems).toContain('content/trees/other.yaml › id: tree "other" cannot be reached from the entry tree');
    // PT-0102 is still reached by the unreachable tree "other", so add a third, unlinked symptom.
    s.symptoms.push(symptomSource({ id: 'PT-0103', slug: 'third-problem' }));
    expect(problemsOf(s)).toContain('content/symptoms/third-problem.mdx › id: symptom PT-0103 is not reached by any tree');
  });

  it('requires exactly one entry tree and a root that exists', () => {
    const problems = problemsOf(
      withTree('other', `title: Other
summary: s
entry: true
root: nope
nodes:
  q:
    question: Q?
    answers:
      - { label: E, symptom: PT-0102 }
`),
    );
    // Each entry tree's file is named with the others, so whichever file just gained `entry: true` is in the list.
    expect(problems).toContain('content/trees/other.yaml › entry: exactly one tree must have entry: true; content/trees/start.yaml also has it');
    expect(problems).toContain('content/trees/start.yaml › entry: exactly one tree must have entry: true; content/trees/other.yaml also has it');
    expect(problems).toContain('content/trees/other.yaml › root: node "nope" does not exist in this tree');
  });
});
