/**
 * The walk without JavaScript: every node is rendered, and CSS shows the one named by the URL fragment
 * (see .walk-static in app/globals.css). Each node is shown with the shortest path that reaches it.
 * It is also what the page shows before the client walk hydrates.
 */
import type { Tree } from '@/lib/content/schema';
import { shortestPaths, walkTree } from '@/lib/tree/walk';
import type { TreeMap } from '@/lib/tree/layout';
import { TreeMapPanel } from './tree-map';
import { WalkView, type WalkLinks } from './walk-view';

export function WalkStatic({ tree, left, links, map }: { tree: Tree; left: Readonly<Record<string, number>>; links: WalkLinks; map: TreeMap }) {
  return (
    <div className="space-y-8">
      <div className="walk-static" data-testid="walk-static">
        {[...shortestPaths(tree)].map(([key, path]) => (
          <section key={key} id={`n-${key}`} className="walk-node" data-root={key === tree.root ? '' : undefined}>
            <WalkView tree={tree} state={walkTree(tree, path)} links={links} mode="static" context={{ via: [], before: [], left: left[key] ?? 0 }} />
          </section>
        ))}
      </div>
      {/* One map for every node: without JavaScript nothing says which node is showing, so none is lit. */}
      <TreeMapPanel map={map} treeId={tree.id} title={tree.title} links={links} mode="static" idPrefix="static-map" />
    </div>
  );
}
