/**
 * Follows a `?path=` through a tree. The path lists the node keys visited after the root; the answer
 * taken at each step is the one that leads to the next key. A path that stops making sense is cut at
 * the last valid node, so a mistyped or stale link still lands somewhere useful.
 */
import type { Answer, DecisionNode, Tree } from '../content/schema';

export type WalkStep = { key: string; node: DecisionNode; /** The answer chosen here, if the walk went on. */ answer?: Answer };

export type WalkState = {
  /** Visited nodes from the root to the current node; the last one is where the user is. */
  steps: WalkStep[];
  current: WalkStep;
  /** Node keys after the root, as they belong in `?path=` for the current state. */
  path: string[];
  /** True when the requested path had keys that were ignored. */
  truncated: boolean;
};

export function walkTree(tree: Tree, requested: readonly string[]): WalkState {
  const root = tree.nodes[tree.root];
  if (!root) throw new Error(`tree ${tree.id} has no root node ${tree.root}`);
  const steps: WalkStep[] = [{ key: tree.root, node: root }];
  const path: string[] = [];
  for (const key of requested) {
    const here = steps[steps.length - 1]!;
    const answer = here.node.answers.find((a) => a.node === key);
    const next = answer ? tree.nodes[key] : undefined;
    if (!answer || !next) break;
    here.answer = answer;
    steps.push({ key, node: next });
    path.push(key);
  }
  return { steps, current: steps[steps.length - 1]!, path, truncated: path.length !== requested.length };
}

/**
 * What "None of these" searches for: the question the user could not answer, then the answers they
 * gave on the way, latest first, stopping before the query gets long enough to drown the question.
 */
export function noneOfTheseQuery(state: WalkState, maxLength = 240): string {
  let query = state.current.node.question;
  for (const step of [...state.steps].reverse()) {
    const label = step.answer?.label;
    if (!label) continue;
    if (query.length + 1 + label.length > maxLength) break;
    query = `${query} ${label}`;
  }
  return query;
}

/** The path that leads to the given node index in a walk (for breadcrumb links). */
export const pathUpTo = (state: WalkState, index: number): string[] => state.path.slice(0, index);

/**
 * The shortest node path from the root to every node (breadth first). A node reachable along several
 * paths is linked by this one wherever the site links a node on its own (the no-JavaScript walk, the map).
 */
export function shortestPaths(tree: Tree): Map<string, string[]> {
  const paths = new Map<string, string[]>([[tree.root, []]]);
  const queue = [tree.root];
  while (queue.length) {
    const key = queue.shift()!;
    for (const a of tree.nodes[key]?.answers ?? []) {
      if (a.node !== undefined && !paths.has(a.node)) {
        paths.set(a.node, [...paths.get(key)!, a.node]);
        queue.push(a.node);
      }
    }
  }
  return paths;
}
