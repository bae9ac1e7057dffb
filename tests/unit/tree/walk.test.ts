import { describe, expect, it } from 'vitest';
import { compileKnowledgeBase } from '@/lib/content/compile';
import { parseTreePath, treeUrl } from '@/lib/routes';
import { pathUpTo, walkTree } from '@/lib/tree/walk';
import { validSources } from '../content/helpers';

const start = () => compileKnowledgeBase(validSources()).kb.trees.find((t) => t.id === 'start')!;

describe('walkTree', () => {
  it('starts at the root with no path', () => {
    const state = walkTree(start(), []);
    expect(state.current.key).toBe('where');
    expect(state.steps).toHaveLength(1);
    expect(state.truncated).toBe(false);
  });

  it('follows a path and records the answer taken at each step', () => {
    const state = walkTree(start(), ['first']);
    expect(state.current.key).toBe('first');
    expect(state.steps[0]!.answer?.label).toBe('First');
    expect(pathUpTo(state, 0)).toEqual([]);
  });

  it('cuts a path at the first key that no answer leads to', () => {
    const state = walkTree(start(), ['first', 'bogus', 'where']);
    expect(state.path).toEqual(['first']);
    expect(state.truncated).toBe(true);
  });

  it('round-trips a path through the URL', () => {
    const url = treeUrl('start', ['first', 'second']);
    expect(url).toBe('/troubleshoot/start/?path=first.second');
    expect(parseTreePath(new URL(url, 'http://x').searchParams.get('path'))).toEqual(['first', 'second']);
    expect(parseTreePath(null)).toEqual([]);
    expect(parseTreePath('..a..')).toEqual(['a']);
  });
});
