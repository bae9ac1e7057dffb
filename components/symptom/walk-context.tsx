'use client';
/**
 * A fix page reached from a guided walk (`?walk=`, README › URL contract) shows the way it was reached:
 * every question with the answer given, each a link back to that point, and Copy for ticket includes
 * them. The trees come in once, through WalkTrees, for both the list and the ticket button: only those a
 * walk can come through to this page (lib/tree/reach.ts), so the page does not grow with the knowledge base.
 */
import Link from 'next/link';
import { createContext, Suspense, useContext, type ReactNode } from 'react';
import { useSearchParams } from 'next/navigation';
import type { Tree } from '@/lib/content/schema';
import { parseTrail } from '@/lib/routes';
import { compileTrail, type CompiledTrail } from '@/lib/tree/trail';

const TreesContext = createContext<Readonly<Record<string, Tree>>>({});

export function WalkTrees({ trees, children }: { trees: Readonly<Record<string, Tree>>; children: ReactNode }) {
  return <TreesContext.Provider value={trees}>{children}</TreesContext.Provider>;
}

/** The walk that led to this fix, or null. Needs a Suspense boundary (useSearchParams). */
export function useWalkToFix(symptomId: string): CompiledTrail | null {
  const trees = useContext(TreesContext);
  const raw = useSearchParams().get('walk');
  if (!raw) return null;
  // The step the answer named is in the fragment; it tells two answers leading to one page apart.
  const step = typeof window === 'undefined' ? undefined : decodeURIComponent(window.location.hash.slice(1)) || undefined;
  const walk = compileTrail(trees, parseTrail(raw), { symptom: symptomId, step });
  return walk.steps.length ? walk : null;
}

function Trail({ symptomId }: { symptomId: string }) {
  const walk = useWalkToFix(symptomId);
  if (!walk) return null;
  const last = walk.steps.at(-1)!;
  return (
    <section aria-labelledby="walk-trail-heading" className="rounded-lg border border-blue-200 bg-blue-50 p-4 dark:border-blue-900 dark:bg-blue-950/30" data-testid="walk-trail">
      <h2 id="walk-trail-heading" className="text-sm font-semibold uppercase tracking-wide text-blue-900 dark:text-blue-200">
        How you got here
      </h2>
      <ol className="mt-2 list-decimal space-y-1 pl-6 text-sm">
        {walk.steps.map((step, i) => (
          <li key={i}>
            <Link href={step.href} className="text-blue-800 underline dark:text-blue-300">
              {step.question}
            </Link>{' '}
            → <span className="font-medium">{step.answer}</span>
          </li>
        ))}
      </ol>
      <p className="no-print mt-2 text-sm">
        <Link href={last.href} className="inline-block py-1 text-blue-800 underline dark:text-blue-300">
          ← Back to the last question
        </Link>
      </p>
    </section>
  );
}

export function WalkToFix({ symptomId }: { symptomId: string }) {
  return (
    <Suspense fallback={null}>
      <Trail symptomId={symptomId} />
    </Suspense>
  );
}
