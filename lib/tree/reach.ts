/**
 * Which trees a walk can pass through on its way to a page or into a tree, and only the questions of each
 * that lead on there. A walk page reads its `?via=` and a fix page its `?walk=` (lib/tree/trail.ts)
 * against these alone, so what a page carries to the browser depends on the trees above it, not on the
 * size of the knowledge base.
 */
import type { Answer, DecisionNode, Tree } from '../content/schema';

/** Where a trail ends: inside a tree (its walk page) or at a page (its fix page). */
export type ReachTarget = { tree: string } | { symptom: string };

/** The tree→tree graph read backwards: for a tree or a page, the trees with an answer that leads to it. */
export type TreeGraph = { opening: ReadonlyMap<string, readonly string[]>; fixing: ReadonlyMap<string, readonly string[]> };

function addTo(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}

export function buildTreeGraph(trees: readonly Tree[]): TreeGraph {
  const opening = new Map<string, string[]>();
  const fixing = new Map<string, string[]>();
  for (const tree of trees) {
    for (const node of Object.values(tree.nodes)) {
      for (const a of node.answers) {
        if (a.tree !== undefined) addTo(opening, a.tree, tree.id);
        if (a.symptom !== undefined) addTo(fixing, a.symptom, tree.id);
      }
    }
  }
  return { opening, fixing };
}

/** Every tree from which some walk reaches the target (the target tree itself only through a loop of trees). */
function treesAbove(graph: TreeGraph, target: ReachTarget): Set<string> {
  const above = new Set<string>();
  const queue = [...(('tree' in target ? graph.opening.get(target.tree) : graph.fixing.get(target.symptom)) ?? [])];
  while (queue.length) {
    const id = queue.pop()!;
    if (above.has(id)) continue;
    above.add(id);
    queue.push(...(graph.opening.get(id) ?? []));
  }
  return above;
}

/**
 * The trees above the target, each cut to the questions from which it can still be reached and, in
 * those, to the answers that go on towards it. compileTrail reads a trail that can end at the target
 * exactly as it would against every tree; one that strays where the target cannot be reached is cut
 * where it strays, so the page shows no step that did not lead to it.
 */
export function treesLeadingTo(findTree: (id: string) => Tree | undefined, graph: TreeGraph, target: ReachTarget): Record<string, Tree> {
  const above = treesAbove(graph, target);
  const leadsOut = (a: Answer): boolean =>
    'symptom' in target ? a.symptom === target.symptom || (a.tree !== undefined && above.has(a.tree)) : a.tree !== undefined && (a.tree === target.tree || above.has(a.tree));
  const result: Record<string, Tree> = {};
  for (const id of above) {
    const tree = findTree(id);
    if (!tree) continue;
    // Trees have no loops inside (lib/tree/compile.ts); `open` still guards a node against itself.
    const kept = new Map<string, boolean>();
    const open = new Set<string>();
    const reaches = (key: string): boolean => {
      const known = kept.get(key);
      if (known !== undefined) return known;
      const node = tree.nodes[key];
      if (!node || open.has(key)) return false;
      open.add(key);
      // Every answer is visited (no short cut), so every node below is decided before it is kept.
      const found = node.answers.map((a) => leadsOut(a) || (a.node !== undefined && reaches(a.node))).includes(true);
      open.delete(key);
      kept.set(key, found);
      return found;
    };
    if (!reaches(tree.root)) continue;
    const nodes: Record<string, DecisionNode> = {};
    for (const [key, yes] of kept) {
      if (!yes) continue;
      const node = tree.nodes[key]!;
      nodes[key] = { question: node.question, answers: node.answers.filter((a) => leadsOut(a) || (a.node !== undefined && kept.get(a.node) === true)) };
    }
    result[id] = { id: tree.id, title: tree.title, summary: tree.summary, entry: tree.entry, root: tree.root, file: tree.file, nodes };
  }
  return result;
}
