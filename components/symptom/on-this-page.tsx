'use client';
/**
 * "On this page": the symptom's sections and fix steps. A right-hand rail on wide screens (open, and
 * sticky below the header), a collapsed block on phones. The entry for the part being read is marked
 * (aria-current), following the scroll. Without JavaScript it is a plain <details> list of links.
 */
import { useEffect, useRef, useState } from 'react';

export type TocEntry = { id: string; title: string; depth: 1 | 2 };

const WIDE = '(min-width: 1024px)';

export function OnThisPage({ entries }: { entries: TocEntry[] }) {
  const details = useRef<HTMLDetailsElement>(null);
  const [current, setCurrent] = useState<string | null>(null);

  useEffect(() => {
    // Open in the rail, where there is room; closed on a phone until asked for.
    const wide = window.matchMedia(WIDE);
    const sync = () => {
      if (details.current) details.current.open = wide.matches;
    };
    sync();
    wide.addEventListener('change', sync);
    return () => wide.removeEventListener('change', sync);
  }, []);

  useEffect(() => {
    // The current part is the last one whose top has passed a line a little below the sticky header.
    const targets = entries.flatMap((e) => document.getElementById(e.id) ?? []);
    let frame = 0;
    const update = () => {
      frame = 0;
      const header = parseFloat(getComputedStyle(document.documentElement).getPropertyValue('--header-h')) * 16 || 0;
      const line = header + 96;
      let here: string | null = null;
      for (const el of targets) if (el.getBoundingClientRect().top <= line) here = el.id;
      // At the very bottom the last parts can never reach the line; the page end counts as the last.
      if (window.scrollY > 0 && window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 2) here = targets.at(-1)?.id ?? here;
      setCurrent(here);
    };
    const onScroll = () => {
      if (!frame) frame = requestAnimationFrame(update);
    };
    update();
    window.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('hashchange', onScroll);
    return () => {
      window.removeEventListener('scroll', onScroll);
      window.removeEventListener('hashchange', onScroll);
      if (frame) cancelAnimationFrame(frame);
    };
  }, [entries]);

  return (
    <nav aria-label="On this page" className="text-sm" data-testid="on-this-page">
      <details ref={details} className="group rounded-lg border border-slate-200 p-3 lg:border-0 lg:p-0 dark:border-slate-700">
        <summary className="flex min-h-6 cursor-pointer list-none items-center gap-2 font-semibold [&::-webkit-details-marker]:hidden">
          <span aria-hidden="true" className="inline-block text-xs transition-transform group-open:rotate-90">▶</span>
          On this page
        </summary>
        <ol className="mt-2 space-y-0.5 border-l border-slate-200 dark:border-slate-700">
          {entries.map((e) => (
            <li key={e.id}>
              <a
                href={`#${e.id}`}
                aria-current={current === e.id ? 'location' : undefined}
                className={`-ml-px block min-h-6 border-l-2 border-transparent py-0.5 pr-1 text-slate-700 hover:text-blue-800 hover:underline aria-[current]:border-blue-700 aria-[current]:font-semibold aria-[current]:text-blue-800 dark:text-slate-300 dark:hover:text-blue-300 dark:aria-[current]:border-blue-400 dark:aria-[current]:text-blue-300 ${e.depth === 2 ? 'pl-6' : 'pl-3'}`}
              >
                {e.title}
              </a>
            </li>
          ))}
        </ol>
      </details>
    </nav>
  );
}
