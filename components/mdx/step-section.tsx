import type { ReactNode } from 'react';
import { CopyLinkButton } from '@/components/ticket/copy-link-button';

/** One fix step. Its id is a permanent anchor: /symptoms/<slug>/#<id> is linked from tickets. */
export function StepSection({ id, title, number, permalink, children }: { id: string; title: string; number: number; permalink: string; children?: ReactNode }) {
  return (
    <section id={id} aria-labelledby={`${id}-title`} className="step my-5 scroll-mt-6 rounded-lg border border-slate-200 p-4 target:border-blue-600 target:ring-2 target:ring-blue-600/30 dark:border-slate-700">
      <h3 id={`${id}-title`} className="flex flex-wrap items-baseline gap-x-2 text-lg font-semibold">
        <span className="inline-flex h-7 w-7 shrink-0 items-center justify-center rounded-full bg-blue-700 text-sm text-white" aria-hidden="true">
          {number}
        </span>
        <span>
          <span className="sr-only">Step {number}: </span>
          {title}
        </span>
        <a href={`#${id}`} className="no-print text-sm font-normal text-slate-500 no-underline hover:underline dark:text-slate-400" aria-label={`Permalink to step ${number}: ${title}`}>
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
