/**
 * A walk that crosses trees (README › URL contract: `?via=` on a walk, `?walk=` on a fix page), read
 * back into the questions asked and the answers given, each with the address of that question. This is
 * what the walk's breadcrumb, the fix page's "How you got here" and both tickets show.
 */
import type { Answer, Tree } from '../content/schema';
import { symptomFromWalkUrl, treeUrl, type Trail, type TrailSegment } from '../routes';
import { walkTree, type WalkState } from './walk';

export type TrailStep = {
  tree: string;
  treeTitle: string;
  question: string;
  answer: string;
  /** The address of this question, with the walk before it. */
  href: string;
};

/** Where the trail ends: inside a tree (the walk page) or at a fix (the symptom page). */
export type TrailEnd = { tree: string } | { symptom: string; step?: string };

export type CompiledTrail = {
  steps: TrailStep[];
  /** The segments that made sense, in order; a stale or edited address keeps only these. */
  trail: TrailSegment[];
};

function leavingAnswer(answers: readonly Answer[], next: TrailEnd | undefined): Answer | undefined {
  if (!next) return undefined;
  if ('tree' in next) return answers.find((a) => a.tree === next.tree);
  return answers.find((a) => a.symptom === next.symptom && a.step === next.step) ?? answers.find((a) => a.symptom === next.symptom);
}

/**
 * Resolves a trail against the trees. Each segment must leave its tree by an answer that leads to what
 * follows (the next segment's tree, then `end`); the trail is cut at the first segment that does not, so
 * a link edited by hand never shows an answer that was not on screen.
 */
export function compileTrail(trees: Readonly<Record<string, Tree>>, trail: Trail, end?: TrailEnd): CompiledTrail {
  const steps: TrailStep[] = [];
  const kept: TrailSegment[] = [];
  for (const [i, segment] of trail.entries()) {
    const tree = trees[segment.tree];
    if (!tree) break;
    const state = walkTree(tree, segment.path);
    if (state.truncated) break;
    const next = i + 1 < trail.length ? { tree: trail[i + 1]!.tree } : end;
    const last = state.current;
    const leaving = leavingAnswer(last.node.answers, next);
    if (!leaving) break;
    const via = [...kept];
    steps.push(...answeredInTree(tree, state, via), {
      ...stepAt(tree, state, state.steps.length - 1, via),
      answer: leaving.label,
    });
    kept.push({ tree: tree.id, path: state.path });
  }
  return { steps, trail: kept };
}

const stepAt = (tree: Tree, state: WalkState, at: number, via: Trail): TrailStep => ({
  tree: tree.id,
  treeTitle: tree.title,
  question: state.steps[at]!.node.question,
  answer: state.steps[at]!.answer?.label ?? '',
  href: treeUrl(tree.id, state.path.slice(0, at), via),
});

/** The questions answered so far inside one tree (all but the current one), reached with `via` before it. */
export const answeredInTree = (tree: Tree, state: WalkState, via: Trail): TrailStep[] =>
  state.steps.slice(0, -1).map((_, at) => stepAt(tree, state, at, via));

/**
 * How many more questions at most follow the given one, on any branch, counting sub-trees it opens.
 * Trees are checked for cycles within themselves (lib/tree/compile.ts); a loop through other trees is
 * cut here, so the answer is always finite.
 */
export function questionsLeft(trees: Readonly<Record<string, Tree>>, treeId: string, nodeKey: string): number {
  const memo = new Map<string, number>();
  const depth = (tid: string, key: string, seen: Set<string>): number => {
    const id = `${tid}\u0000${key}`;
    const known = memo.get(id);
    if (known !== undefined) return known;
    const node = trees[tid]?.nodes[key];
    if (!node || seen.has(id)) return 0;
    seen.add(id);
    let most = 0;
    for (const a of node.answers) {
      if (a.node !== undefined) most = Math.max(most, 1 + depth(tid, a.node, seen));
      else if (a.tree !== undefined && trees[a.tree]) most = Math.max(most, 1 + depth(a.tree, trees[a.tree]!.root, seen));
    }
    seen.delete(id);
    memo.set(id, most);
    return most;
  };
  return depth(treeId, nodeKey, new Set());
}

/**
 * Where an answer leads, carrying the walk: a node stays in this tree; a sub-tree gets the walk so far
 * as `?via=`; a fix gets the whole walk as `?walk=`. The page, its no-JavaScript form and the ticket all
 * link answers through this.
 */
export function answerHref(
  tree: Pick<Tree, 'id'>,
  path: readonly string[],
  answer: Answer,
  symptoms: Readonly<Record<string, { slug: string }>>,
  via: Trail = [],
): string {
  const here: Trail = [...via, { tree: tree.id, path: [...path] }];
  if (answer.node !== undefined) return treeUrl(tree.id, [...path, answer.node], via);
  if (answer.tree !== undefined) return treeUrl(answer.tree, [], here);
  const info = symptoms[answer.symptom ?? ''];
  return info ? symptomFromWalkUrl(info.slug, here, answer.step) : '/';
}
