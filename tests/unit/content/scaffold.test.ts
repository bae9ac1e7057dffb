/** kb new's pure parts: slug, next free id, conflicts, and a scaffolded page that the compiler accepts. */
import { describe, expect, it } from 'vitest';
import { compileKnowledgeBase } from '@/lib/content/compile';
import { formatProblem } from '@/lib/content/problems';
import { newSymptomConflicts, nextFreeId, scaffoldSymptomPage, slugify, treeAnswerYaml, treeQuestionsFor } from '@/lib/content/scaffold';
import { treeSource, validSources } from './helpers';

describe('slugify', () => {
  it('makes lower-case words joined by hyphens, without accents or apostrophes', () => {
    expect(slugify("Export fails: 'Access is denied' (0x80070005)")).toBe('export-fails-access-is-denied-0x80070005');
    expect(slugify('Agent’s café won’t start')).toBe('agents-cafe-wont-start');
  });
  it('stays short, cutting at a word', () => {
    const slug = slugify('word '.repeat(40));
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug).toMatch(/^word(-word)*$/);
  });
});

describe('nextFreeId', () => {
  const pages = [
    { id: 'PT-0101', category: 'test-connection' as const },
    { id: 'PT-0107', category: 'test-connection' as const },
    { id: 'PT-0201', category: 'ecma-host' as const },
    { id: 'PT-0202', category: 'ecma-host' as const },
    { id: 'PT-0350', category: 'provisioning-agent' as const },
  ];
  it('takes the id after the highest in the block its category uses', () => {
    expect(nextFreeId(pages, 'test-connection')).toBe('PT-0108');
    expect(nextFreeId(pages, 'ecma-host')).toBe('PT-0203');
    expect(nextFreeId(pages, 'provisioning-agent')).toBe('PT-0351');
  });
  it('gives a category without pages the first unused block', () => {
    expect(nextFreeId(pages, 'connectors')).toBe('PT-0401');
  });
  it('never returns a taken id, even when the block is full', () => {
    const full = Array.from({ length: 99 }, (_, i) => ({ id: `PT-05${String(i + 1).padStart(2, '0')}`, category: 'logs-and-diagnostics' as const }));
    const id = nextFreeId([...pages, ...full], 'logs-and-diagnostics');
    expect([...pages, ...full].map((p) => p.id)).not.toContain(id);
  });
});

describe('a scaffolded page', () => {
  const { kb } = compileKnowledgeBase(validSources());

  it('refuses an id or slug that is taken, or a former slug', () => {
    expect(newSymptomConflicts(kb, { id: 'PT-0101', slug: 'brand-new' })).toEqual(['id PT-0101 is already used by content/symptoms/first-problem.mdx']);
    expect(newSymptomConflicts(kb, { id: 'PT-0150', slug: 'second-problem' })).toEqual(['slug "second-problem" is already used by content/symptoms/second-problem.mdx']);
    expect(newSymptomConflicts(kb, { id: 'PT-0150', slug: 'Not A Slug' })[0]).toMatch(/^slug "Not A Slug" must be lower-case/);
    expect(newSymptomConflicts(kb, { id: 'PT-0150', slug: 'brand-new' })).toEqual([]);
  });

  it('is accepted by the compiler once a tree leads to it, and only then', () => {
    const id = nextFreeId(kb.symptoms, 'test-connection');
    const page = { file: 'content/symptoms/sync-stalls.mdx', text: scaffoldSymptomPage({ id, slug: 'sync-stalls', title: 'Sync stalls: "queue full"', category: 'test-connection', errors: ['Queue is full ({number} items)'] }, { symptoms: kb.symptoms, today: '2026-11-30' }).text };
    const sources = validSources();
    sources.symptoms.push(page);
    expect(compileKnowledgeBase(sources).problems.map(formatProblem)).toEqual([`content/symptoms/sync-stalls.mdx › id: symptom ${id} is not reached by any tree`]);

    // Both questions of the fixture lead to a test-connection page; either will do.
    const questions = treeQuestionsFor(kb, 'test-connection');
    expect(questions.map((q) => `${q.tree}.${q.node}`).sort()).toEqual(['other.q', 'start.first']);
    const question = questions[0]!;
    const tree = sources.trees.find((t) => t.file === question.file)!;
    const answer = treeAnswerYaml('Sync stalls: "queue full"', id).replace(/^/gm, '      ');
    tree.text = tree.text.replace(new RegExp(`(  ${question.node}:\n[\\s\\S]*?answers:\n)`), `$1${answer}\n`);
    const compiled = compileKnowledgeBase(sources);
    expect(compiled.problems.map(formatProblem)).toEqual([]);
    const symptom = compiled.kb.symptoms.find((s) => s.id === id)!;
    expect(symptom).toMatchObject({ title: 'Sync stalls: "queue full"', errors: ['Queue is full ({number} items)'], category: 'test-connection' });
    expect(symptom.steps).toHaveLength(1);
    expect(symptom.body).toMatch(/## What you see[\s\S]*## Why it happens[\s\S]*## Fix[\s\S]*<Step [\s\S]*## Confirm it worked/);
  });

  it('refuses, naming the field, a page the schema would not accept', () => {
    const page = { id: 'PT-0150', slug: 'x', title: 'X', category: 'test-connection' as const, errors: ['   '] };
    expect(() => scaffoldSymptomPage(page, { symptoms: kb.symptoms, today: '2026-11-30' })).toThrow(/^errors\.0: must not be empty/);
  });

  it('suggests no question for a category no tree leads to yet', () => {
    const sources = validSources();
    sources.trees = [treeSource('start', 'title: S\nsummary: S.\nentry: true\nroot: a\nnodes:\n  a:\n    question: Q?\n    answers:\n      - { label: x, symptom: PT-0101 }\n')];
    expect(treeQuestionsFor(compileKnowledgeBase(sources).kb, 'connectors')).toEqual([]);
  });
});
