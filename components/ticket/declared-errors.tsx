'use client';
/**
 * The error strings a symptom page resolves. Each item keeps its permanent id (error-1, error-2, …);
 * the one named by `&error=n` from search is highlighted. A client leaf only for that highlight: the
 * static HTML (the Suspense fallback) is the same list without it.
 */
import { Suspense } from 'react';
import { useSearchContext } from './use-browser';

function ErrorList({ errors, matched }: { errors: string[]; matched?: number }) {
  return (
    <ul className="mt-2 space-y-2">
      {errors.map((e, i) => {
        const isMatch = matched === i + 1;
        return (
          <li
            key={e}
            id={`error-${i + 1}`}
            data-matched={isMatch ? '' : undefined}
            className="scroll-mt-6 rounded data-[matched]:ring-2 data-[matched]:ring-amber-500 target:ring-2 target:ring-amber-500"
          >
            <code className="block whitespace-pre-wrap break-words rounded bg-white px-2 py-1 font-mono text-sm text-slate-900 dark:bg-slate-900 dark:text-slate-100">{e}</code>
            {isMatch && <p className="mt-1 text-sm font-medium text-amber-900 dark:text-amber-200">This is the error your search matched.</p>}
          </li>
        );
      })}
    </ul>
  );
}

function MatchedErrorList({ errors }: { errors: string[] }) {
  return <ErrorList errors={errors} matched={useSearchContext()?.error} />;
}

export function DeclaredErrors({ errors }: { errors: string[] }) {
  return (
    <Suspense fallback={<ErrorList errors={errors} />}>
      <MatchedErrorList errors={errors} />
    </Suspense>
  );
}
