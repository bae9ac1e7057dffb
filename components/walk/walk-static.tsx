/**
 * The walk without JavaScript: every node is rendered, and CSS shows the one named by the URL fragment
 * (see .walk-static in app/globals.css). Each node is shown with the shortest path that reaches it.
 * It is also what the page shows before the client walk hydrates.
 */
import type { Tree } from '@/lib/content/schema';
import { walkTree } from '@/lib/tree/walk';
import { WalkView, type WalkLinks } from './walk-view';

/** Shortest node path from the root to every node (breadth first). */
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

export function WalkStatic({ tree, links }: { tree: Tree; links: WalkLinks }) {
  return (
    <div className="walk-static" data-testid="walk-static">
      {[...shortestPaths(tree)].map(([key, path]) => (
        <section key={key} id={`n-${key}`} className="walk-node" data-root={key === tree.root ? '' : undefined}>
          <WalkView tree={tree} state={walkTree(tree, path)} links={links} mode="static" />
        </section>
      ))}
    </div>
  );
}
