'use client';
/**
 * The walk with JavaScript: reads ?path= from the URL, so back/forward and shared links show the same
 * state. Split from walk-view.tsx because only this part needs the browser (useSearchParams).
 */
import { useSearchParams } from 'next/navigation';
import { useEffect, useRef } from 'react';
import type { Tree } from '@/lib/content/schema';
import { parseTreePath } from '@/lib/routes';
import { walkTree } from '@/lib/tree/walk';
import { formatWalkTicket } from '@/lib/ticket';
import { CopyForTicket } from '@/components/ticket/copy-for-ticket';
import { WalkView, type WalkLinks } from './walk-view';

export function WalkClient({ tree, links }: { tree: Tree; links: WalkLinks }) {
  const params = useSearchParams();
  const state = walkTree(tree, parseTreePath(params.get('path')));
  const key = state.path.join('.');
  const root = useRef<HTMLDivElement>(null);
  const first = useRef(true);
  useEffect(() => {
    // Move focus to the new question after an answer, so keyboard and screen-reader users follow along.
    if (first.current) {
      first.current = false;
      return;
    }
    root.current?.querySelector<HTMLElement>('.walk-question')?.focus();
  }, [key]);
  return (
    <div ref={root} data-testid="walk" data-path={key}>
      {state.truncated && (
        <p role="status" className="mb-4 rounded border border-amber-400 bg-amber-50 p-2 text-sm text-amber-950 dark:bg-amber-950/40 dark:text-amber-100">
          Part of this link no longer matches the questions, so the walk starts from the last step that still does.
        </p>
      )}
      <div aria-live="polite">
        <WalkView tree={tree} state={state} links={links} mode="client" />
      </div>
      <div className="mt-6"><CopyForTicket text={(origin) => formatWalkTicket(tree, state, links, origin)} /></div>
    </div>
  );
}
