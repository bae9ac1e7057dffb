/** The e2e journeys read the same content the site was built from, so they follow real trees and pages. */
import { loadKnowledgeBase } from '@/lib/content/load';
import type { Tree } from '@/lib/content/schema';

export const kb = () => loadKnowledgeBase();

/** A walk through a tree: keep taking the first answer that leads to another node, then a symptom answer. */
export function walkToResolution(tree: Tree): { path: string[]; labels: string[]; final: { label: string; symptom: string; step?: string } } {
  const path: string[] = [];
  const labels: string[] = [];
  let key = tree.root;
  for (;;) {
    const node = tree.nodes[key]!;
    const next = node.answers.find((a) => a.node !== undefined);
    const symptom = node.answers.find((a) => a.symptom !== undefined);
    if (symptom && (path.length >= 2 || !next)) return { path, labels, final: { label: symptom.label, symptom: symptom.symptom!, step: symptom.step } };
    if (!next) throw new Error(`tree ${tree.id} node ${key} has no node or symptom answer`);
    path.push(next.node!);
    labels.push(next.label);
    key = next.node!;
  }
}
