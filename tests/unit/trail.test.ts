import { describe, expect, it } from 'vitest';
import { compileKnowledgeBase } from '@/lib/content/compile';
import { formatTrail, parseTrail, shareableQuery, symptomFromWalkUrl, treeUrl } from '@/lib/routes';
import { answerHref, compileTrail, questionsLeft } from '@/lib/tree/trail';
import { findTree, treeLinkTable } from '@/lib/content/query';
import { validSources } from './content/helpers';

const kb = compileKnowledgeBase(validSources()).kb;
const trees = Object.fromEntries(kb.trees.map((t) => [t.id, t]));

describe('trail addresses', () => {
  it('round-trips through ?via= and ?walk=', () => {
    const trail = [{ tree: 'start', path: ['first'] }, { tree: 'other', path: [] }];
    expect(formatTrail(trail)).toBe('start.first~other');
    expect(parseTrail('start.first~other')).toEqual(trail);
    expect(treeUrl('other', [], [{ tree: 'start', path: [] }])).toBe('/troubleshoot/other/?via=start');
    expect(symptomFromWalkUrl('x', trail, 'step-a')).toBe('/symptoms/x/?walk=start.first~other#step-a');
  });

  it('drops segments that are not ids', () => {
    expect(parseTrail('start~<script>~other.q')).toEqual([{ tree: 'start', path: [] }, { tree: 'other', path: ['q'] }]);
    expect(parseTrail(null)).toEqual([]);
  });
});

describe('compileTrail', () => {
  it('reads a walk across trees into questions, answers and addresses, including the answer that left each tree', () => {
    const walk = compileTrail(trees, parseTrail('start~other'), { symptom: 'PT-0102' });
    expect(walk.steps.map((s) => [s.question, s.answer, s.href])).toEqual([
      ['Where does it fail?', 'Elsewhere', '/troubleshoot/start/'],
      ['Is it the second?', 'Yes', '/troubleshoot/other/?via=start'],
    ]);
  });

  it('cuts a trail at the first segment that does not lead to what follows', () => {
    // start's root has no answer leading to PT-0102, so nothing of this walk can be shown.
    expect(compileTrail(trees, parseTrail('start'), { symptom: 'PT-0102' }).steps).toEqual([]);
    const cut = compileTrail(trees, parseTrail('start~nope~other'), { symptom: 'PT-0102' });
    expect(cut.trail).toEqual([]);
  });

  it('links each answer with the walk so far', () => {
    const symptoms = { ...treeLinkTable(kb, findTree(kb, 'start')!).symptoms, ...treeLinkTable(kb, findTree(kb, 'other')!).symptoms };
    const start = trees.start!;
    const root = start.nodes.where!;
    expect(answerHref(start, [], root.answers[1]!, symptoms)).toBe('/troubleshoot/other/?via=start');
    expect(answerHref(start, ['first'], start.nodes.first!.answers[0]!, symptoms)).toBe('/symptoms/first-problem/?walk=start.first#do-this');
  });
});

describe('questionsLeft', () => {
  it('counts the longest branch, through the trees an answer opens', () => {
    expect(questionsLeft(trees, 'start', 'where')).toBe(1);
    expect(questionsLeft(trees, 'start', 'first')).toBe(0);
    expect(questionsLeft(trees, 'other', 'q')).toBe(0);
  });
});

describe('shareableQuery', () => {
  it('keeps a short text whole', () => {
    expect(shareableQuery('one line', [])).toBe('one line');
  });

  it('keeps the matched lines of a long paste, not its start', () => {
    const lines = Array.from({ length: 400 }, (_, i) => `2024-05-01 INFO line ${i} of noise`);
    lines[300] = 'ERROR The connector host did not respond';
    const shared = shareableQuery(lines.join('\n'), [301]);
    expect(shared).toBe('ERROR The connector host did not respond');
  });

  it('falls back to the start when nothing matched, and never exceeds the limit', () => {
    const long = 'x'.repeat(5000);
    expect(shareableQuery(long, [])).toHaveLength(2000);
    const many = Array.from({ length: 300 }, () => 'y'.repeat(30)).join('\n');
    expect(shareableQuery(many, Array.from({ length: 300 }, (_, i) => i + 1)).length).toBeLessThanOrEqual(2000);
  });
});
