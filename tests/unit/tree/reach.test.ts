/**
 * What a walk page and a fix page carry to the browser to read a trail: the trees a walk can come
 * through to get there, cut to the questions that lead on, and nothing that cannot lead there.
 */
import { describe, expect, it } from 'vitest';
import { compileKnowledgeBase, type SourceFile } from '@/lib/content/compile';
import { findTree, questionsLeftInTree, treesLeadingToSymptom, treesLeadingToTree } from '@/lib/content/query';
import { parseTrail } from '@/lib/routes';
import { compileTrail, questionsLeft } from '@/lib/tree/trail';
import { treeSource, validSources } from '../content/helpers';

// start ─┬─ First → first → PT-0101
//        ├─ Elsewhere → other ─┬─ PT-0102
//        │                     └─ Deeper → deep → PT-0102
//        └─ Side → side → PT-0101
// validSources, with a tree beside `other` (side) and one below it (deep).
const sources = validSources();
const [start, other] = sources.trees as [SourceFile, SourceFile];
start.text = start.text.replace('      - { label: Elsewhere, tree: other }\n', '      - { label: Elsewhere, tree: other }\n      - { label: Side, tree: side }\n');
other.text = `${other.text}      - { label: Deeper, tree: deep }\n`;
const leaf = (id: string, question: string, answer: string, symptom: string) =>
  treeSource(id, `title: ${id[0]!.toUpperCase()}${id.slice(1)}\nsummary: ${id} things.\nroot: ${id[0]}\nnodes:\n  ${id[0]}:\n    question: ${question}\n    answers:\n      - { label: ${answer}, symptom: ${symptom} }\n`);
sources.trees.push(leaf('side', 'Is it on the side?', 'It is', 'PT-0101'), leaf('deep', 'Is it deep?', 'Yes', 'PT-0102'));
const { kb, problems } = compileKnowledgeBase(sources);
const all = Object.fromEntries(kb.trees.map((t) => [t.id, t]));

describe('the trees a walk page carries', () => {
  it('is valid content', () => expect(problems).toEqual([]));

  it('holds the trees that can lead into the tree, cut to the answers that do, and leaves out a tree that cannot', () => {
    const trees = treesLeadingToTree(kb, findTree(kb, 'deep')!);
    // side ends at PT-0101 only and never opens deep; deep itself is where the walk is.
    expect(Object.keys(trees).sort()).toEqual(['other', 'start']);
    expect(trees.start!.nodes).toEqual({ where: { question: 'Where does it fail?', answers: [{ label: 'Elsewhere', tree: 'other' }] } });
    expect(trees.other!.nodes.q!.answers).toEqual([{ label: 'Deeper', tree: 'deep' }]);
  });

  it('holds nothing for the entry tree, which no tree opens', () => {
    expect(treesLeadingToTree(kb, findTree(kb, 'start')!)).toEqual({});
  });

  it('reads a trail into the tree exactly as the whole knowledge base does', () => {
    const trees = treesLeadingToTree(kb, findTree(kb, 'deep')!);
    for (const via of ['start~other', 'start.first~other', 'side~other', 'start', 'other']) {
      expect(compileTrail(trees, parseTrail(via), { tree: 'deep' }), via).toEqual(compileTrail(all, parseTrail(via), { tree: 'deep' }));
    }
    expect(compileTrail(trees, parseTrail('start~other'), { tree: 'deep' }).steps.map((s) => s.answer)).toEqual(['Elsewhere', 'Deeper']);
  });

  it('cuts a trail where it strays through a tree that cannot lead here, rather than at the next one', () => {
    // Against every tree, "Side" would be shown: start does lead to side, and only side fails to open deep.
    expect(compileTrail(all, parseTrail('start~side'), { tree: 'deep' }).steps.map((s) => s.answer)).toEqual(['Side']);
    expect(compileTrail(treesLeadingToTree(kb, findTree(kb, 'deep')!), parseTrail('start~side'), { tree: 'deep' }).steps).toEqual([]);
  });

  it('counts the questions left after each of its own through the trees below, without carrying them', () => {
    expect(questionsLeftInTree(kb, findTree(kb, 'start')!)).toEqual({ where: 2, first: 0 });
    expect(questionsLeftInTree(kb, findTree(kb, 'start')!).where).toBe(questionsLeft(all, 'start', 'where'));
  });
});

describe('the trees a fix page carries', () => {
  it('holds the trees whose walks can end at the page, and leaves out those that cannot', () => {
    const trees = treesLeadingToSymptom(kb, 'PT-0101');
    expect(Object.keys(trees).sort()).toEqual(['side', 'start']);
    expect(Object.keys(trees.start!.nodes).sort()).toEqual(['first', 'where']);
    expect(trees.start!.nodes.where!.answers.map((a) => a.label)).toEqual(['First', 'Side']);
  });

  it('reads the walk that led to the page exactly as the whole knowledge base does', () => {
    const trees = treesLeadingToSymptom(kb, 'PT-0102');
    expect(Object.keys(trees).sort()).toEqual(['deep', 'other', 'start']);
    for (const walk of ['start~other', 'start~other~deep', 'other~deep', 'deep', 'start.first']) {
      const end = { symptom: 'PT-0102' };
      expect(compileTrail(trees, parseTrail(walk), end), walk).toEqual(compileTrail(all, parseTrail(walk), end));
    }
  });
});
