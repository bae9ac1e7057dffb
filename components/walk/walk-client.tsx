'use client';
/**
 * The walk with JavaScript: reads ?path= from the URL, so back/forward and shared links show the same
 * state. Split from walk-view.tsx because only this part needs the browser (useSearchParams, keys).
 */
import { useRouter, useSearchParams } from 'next/navigation';
import { useEffect, useRef } from 'react';
import type { Tree } from '@/lib/content/schema';
import { parseTrail, parseTreePath } from '@/lib/routes';
import { compileTrail } from '@/lib/tree/trail';
import { litPath, type TreeMap } from '@/lib/tree/layout';
import { walkTree } from '@/lib/tree/walk';
import { formatWalkTicket } from '@/lib/ticket';
import { CopyForTicket } from '@/components/ticket/copy-for-ticket';
import { TreeMapPanel } from './tree-map';
import { answerHref, WalkView, type WalkLinks } from './walk-view';

/** Keys typed into a field, or with a modifier (browser and screen-reader shortcuts), are not answers. */
function isAnswerKey(e: KeyboardEvent): number | null {
  if (e.defaultPrevented || e.repeat || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return null;
  const t = e.target;
  if (t instanceof HTMLElement && (t.isContentEditable || t.closest('input, textarea, select, [contenteditable]'))) return null;
  return /^[1-9]$/.test(e.key) ? Number(e.key) : null;
}

/**
 * `trees`: the trees a `?via=` trail can come through (lib/tree/reach.ts); `left`: for each question of
 * this tree, the most questions that can follow it.
 */
export function WalkClient({ tree, trees, left, links, map }: {
  tree: Tree;
  trees: Readonly<Record<string, Tree>>;
  left: Readonly<Record<string, number>>;
  links: WalkLinks;
  map: TreeMap;
}) {
  const params = useSearchParams();
  const router = useRouter();
  const state = walkTree(tree, parseTreePath(params.get('path')));
  // The walk in the trees before this one; only the part that really leads here is kept.
  const before = compileTrail(trees, parseTrail(params.get('via')), { tree: tree.id });
  const context = { via: before.trail, before: before.steps, left: left[state.current.key] ?? 0 };
  const key = `${params.get('via') ?? ''}|${state.path.join('.')}`;
  const root = useRef<HTMLDivElement>(null);
  const mapRoot = useRef<HTMLDivElement>(null);
  const first = useRef(true);
  useEffect(() => {
    // Move focus to the new question after an answer, so keyboard and screen-reader users follow along.
    if (first.current) {
      first.current = false;
      return;
    }
    root.current?.querySelector<HTMLElement>('.walk-question')?.focus();
  }, [key]);

  // Keys 1–9 take that answer, like selecting its link. Bound afresh on every render (no deps), so the
  // handler always sees the question on screen now.
  const answers = state.current.node.answers;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const n = isAnswerKey(e);
      const answer = n === null ? undefined : answers[n - 1];
      if (!answer) return;
      e.preventDefault();
      router.push(answerHref(tree, state, answer, links, 'client', context.via));
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  });

  // Bring the current question into view inside the map's scroll box (never scrolling the page),
  // whenever the map is opened or the walk moves on.
  const current = map.nodes.find((n) => n.kind === 'question' && n.key === state.current.key);
  useEffect(() => {
    const details = mapRoot.current?.querySelector('details');
    const box = mapRoot.current?.querySelector<HTMLElement>('[data-map-box]');
    if (!details || !box || !current) return;
    const centre = () => {
      if (!details.open) return;
      const { x, y, width, height } = current.box;
      box.scrollTo({ left: x + width / 2 - box.clientWidth / 2, top: y + height / 2 - box.clientHeight / 2 });
    };
    centre();
    details.addEventListener('toggle', centre);
    return () => details.removeEventListener('toggle', centre);
  }, [current]);

  return (
    <div className="space-y-8">
      <div ref={root} data-testid="walk" data-path={state.path.join('.')}>
        {state.truncated && (
          <p role="status" className="mb-4 rounded border border-amber-400 bg-amber-50 p-2 text-sm text-amber-950 dark:bg-amber-950/40 dark:text-amber-100">
            Part of this link no longer matches the questions, so the walk starts from the last step that still does.
          </p>
        )}
        <div aria-live="polite">
          <WalkView tree={tree} state={state} links={links} mode="client" context={context} />
        </div>
        <div className="mt-6"><CopyForTicket text={(origin) => formatWalkTicket(tree, state, links, origin, { before: context.before, via: context.via })} /></div>
      </div>
      <div ref={mapRoot}>
        <TreeMapPanel map={map} treeId={tree.id} title={tree.title} links={links} lit={litPath(tree, state.path)} mode="client" idPrefix="walk-map" />
      </div>
    </div>
  );
}
