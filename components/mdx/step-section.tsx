import type { ReactNode } from 'react';
import { CopyLinkButton } from '@/components/ticket/copy-link-button';

/**
 * One fix step. Its id is a permanent anchor: /symptoms/<slug>/#<id> is linked from tickets. The step a
 * link lands on is marked (CSS :target, and data-linked from linked-step.tsx, because a client-side
 * navigation does not change :target) with a background and a visible "Linked step" label.
 */
export function StepSection({ id, title, number, permalink, children }: { id: string; title: string; number: number; permalink: string; children?: ReactNode }) {
  return (
    <section id={id} aria-labelledby={`${id}-title`} className="step anchor-target my-5 rounded-lg border border-slate-200 p-4 dark:border-slate-700">
      <p className="step-linked-label mb-2 hidden w-fit rounded bg-amber-800 px-2 py-0.5 text-xs font-semibold uppercase tracking-wide text-white dark:bg-amber-300 dark:text-slate-950">
        Linked step
      </p>
      <h3 id={`${id}-title`} className="flex items-start gap-x-2 text-lg font-semibold">
        <span className="inline-flex h-7 w-7 shrink-0 items-center justify-center rounded-full bg-blue-700 text-sm text-white" aria-hidden="true">
          {number}
        </span>
        <span className="min-w-0 flex-1 pt-0.5">
          <span className="sr-only">Step {number}: </span>
          {title}
        </span>
        <a
          href={`#${id}`}
          className="no-print inline-flex h-7 min-w-7 shrink-0 items-center justify-center rounded text-sm font-normal text-slate-600 no-underline hover:bg-slate-100 hover:underline dark:text-slate-400 dark:hover:bg-slate-800"
          aria-label={`Permalink to step ${number}: ${title}`}
        >
          #
        </a>
      </h3>
      {/* Outside the heading, so the heading's name stays the step title for screen-reader heading lists. */}
      <div className="mt-1 pl-9">
        <CopyLinkButton path={permalink} name={`step ${number}: ${title}`} />
      </div>
      <div className="mt-2">{children}</div>
    </section>
  );
}
