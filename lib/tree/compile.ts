/**
 * Checks decision trees against each other and against the symptom pages, reporting every problem at
 * once: unknown node, tree, symptom or step; unreachable node; cycles (inside a tree and between trees);
 * two answers to one target; the entry tree; trees and symptoms nothing leads to.
 * Pure: takes parsed data, returns problems.
 */
import type { Answer, Tree } from '../content/schema';
import { messages, type ContentProblem } from '../content/problems';

/** What the compiler needs to know about symptom pages. */
export type SymptomRef = { id: string; stepIds: ReadonlySet<string> };

/** Describes where an answer goes, for messages and duplicate detection. */
export const describeTarget = (a: Answer): string =>
  a.node !== undefined ? `node "${a.node}"` : a.tree !== undefined ? `tree "${a.tree}"` : `symptom ${a.symptom}${a.step ? `#${a.step}` : ''}`;

/** Finds one cycle in a directed graph given as adjacency lists, or null. Iterative DFS, colours. */
export function findCycle(nodes: readonly string[], edges: (n: string) => readonly string[]): string[] | null {
  const colour = new Map<string, 'grey' | 'black'>();
  for (const start of nodes) {
    if (colour.has(start)) continue;
    const stack: Array<{ node: string; next: number }> = [{ node: start, next: 0 }];
    const path: string[] = [start];
    colour.set(start, 'grey');
    while (stack.length) {
      const top = stack[stack.length - 1]!;
      const out = edges(top.node);
      if (top.next >= out.length) {
        colour.set(top.node, 'black');
        stack.pop();
        path.pop();
        continue;
      }
      const next = out[top.next++]!;
      const c = colour.get(next);
      if (c === 'grey') return [...path.slice(path.indexOf(next)), next];
      if (c === undefined) {
        colour.set(next, 'grey');
        stack.push({ node: next, next: 0 });
        path.push(next);
      }
    }
  }
  return null;
}

const reachableFrom = (start: string, edges: (n: string) => readonly string[]): Set<string> => {
  const seen = new Set<string>([start]);
  const queue = [start];
  while (queue.length) {
    for (const next of edges(queue.shift()!)) {
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return seen;
};

/**
 * Ids of symptoms and trees whose files did not parse (already reported). A reference to one of them is
 * not reported again, and while a tree is missing, nothing is called unreachable or an orphan: what
 * that tree leads to is not known.
 */
export type Unparsed = { symptoms: ReadonlySet<string>; trees: ReadonlySet<string> };

export function compileTrees(
  trees: readonly Tree[],
  symptoms: readonly SymptomRef[],
  symptomFiles: ReadonlyMap<string, string>,
  unparsed: Unparsed = { symptoms: new Set(), trees: new Set() },
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const treeById = new Map<string, Tree>();
  for (const t of trees) {
    const other = treeById.get(t.id);
    if (other) problems.push({ file: t.file, field: 'id', message: messages.duplicateId(t.id, other.file) });
    else treeById.set(t.id, t);
  }
  const symptomById = new Map(symptoms.map((s) => [s.id, s]));
  const reachedSymptoms = new Set<string>();

  for (const tree of treeById.values()) {
    const nodeKeys = Object.keys(tree.nodes);
    if (!tree.nodes[tree.root]) problems.push({ file: tree.file, field: 'root', message: messages.unknownNode(tree.root) });

    for (const [key, node] of Object.entries(tree.nodes)) {
      const seenTargets = new Set<string>();
      node.answers.forEach((answer, i) => {
        const field = `nodes.${key}.answers.${i}`;
        const target = describeTarget(answer);
        if (seenTargets.has(target)) problems.push({ file: tree.file, field, message: messages.duplicateTarget(target) });
        seenTargets.add(target);
        if (answer.node !== undefined && !tree.nodes[answer.node]) {
          problems.push({ file: tree.file, field: `${field}.node`, message: messages.unknownNode(answer.node) });
        }
        if (answer.tree !== undefined && !treeById.has(answer.tree) && !unparsed.trees.has(answer.tree)) {
          problems.push({ file: tree.file, field: `${field}.tree`, message: messages.unknownTree(answer.tree) });
        }
        if (answer.symptom !== undefined) {
          const s = symptomById.get(answer.symptom);
          if (!s) {
            if (!unparsed.symptoms.has(answer.symptom)) problems.push({ file: tree.file, field: `${field}.symptom`, message: messages.unknownSymptom(answer.symptom) });
          }
          else {
            reachedSymptoms.add(s.id);
            if (answer.step !== undefined && !s.stepIds.has(answer.step)) {
              problems.push({ file: tree.file, field: `${field}.step`, message: messages.unknownStep(s.id, answer.step) });
            }
          }
        }
      });
    }

    const nodeEdges = (k: string): string[] =>
      (tree.nodes[k]?.answers ?? []).flatMap((a) => (a.node !== undefined && tree.nodes[a.node] ? [a.node] : []));
    if (tree.nodes[tree.root]) {
      const reached = reachableFrom(tree.root, nodeEdges);
      for (const k of nodeKeys) {
        if (!reached.has(k)) problems.push({ file: tree.file, field: `nodes.${k}`, message: messages.unreachableNode(k) });
      }
    }
    const cycle = findCycle(nodeKeys, nodeEdges);
    if (cycle) problems.push({ file: tree.file, field: `nodes.${cycle[0]}`, message: messages.nodeCycle(cycle) });
  }

  const treeEdges = (id: string): string[] => {
    const t = treeById.get(id);
    if (!t) return [];
    return [...new Set(Object.values(t.nodes).flatMap((n) => n.answers.flatMap((a) => (a.tree && treeById.has(a.tree) ? [a.tree] : []))))];
  };
  const treeIds = [...treeById.keys()];
  const treeCycle = findCycle(treeIds, treeEdges);
  if (treeCycle) {
    problems.push({ file: treeById.get(treeCycle[0]!)!.file, field: 'nodes', message: messages.treeCycle(treeCycle) });
  }

  if (unparsed.trees.size > 0) return problems;
  const entries = [...treeById.values()].filter((t) => t.entry);
  if (entries.length > 1) {
    // Git history is not ours to read, so the file that just gained `entry: true` can't be told from the
    // one that had it: each entry tree's file gets the problem, naming the others, and so the new one is named.
    for (const t of entries) {
      problems.push({ file: t.file, field: 'entry', message: messages.extraEntry(entries.filter((o) => o !== t).map((o) => o.file)) });
    }
  } else if (entries.length === 0) {
    problems.push({ file: trees[0]?.file ?? 'content/trees', field: 'entry', message: messages.entryCount(0) });
  } else {
    const reached = reachableFrom(entries[0]!.id, treeEdges);
    for (const t of treeById.values()) {
      if (!reached.has(t.id)) problems.push({ file: t.file, field: 'id', message: messages.unreachableTree(t.id) });
    }
  }

  for (const s of symptoms) {
    if (!reachedSymptoms.has(s.id)) {
      problems.push({ file: symptomFiles.get(s.id) ?? s.id, field: 'id', message: messages.orphanSymptom(s.id) });
    }
  }
  return problems;
}
