/**
 * One state of a guided walk: breadcrumb of answers given, the current question, its answers as links.
 * No hooks, so the static no-JavaScript rendering and the client rendering share it.
 */
import Link from 'next/link';
import type { Answer, Tree } from '@/lib/content/schema';
import type { SymptomLinkInfo } from '@/lib/content/query';
import { noneOfTheseQuery, pathUpTo, type WalkState } from '@/lib/tree/walk';
import { searchUrl, symptomUrl, treeUrl } from '@/lib/routes';

export type WalkLinks = { symptoms: Record<string, SymptomLinkInfo>; trees: Record<string, string> };

/** static: plain anchors whose fragment shows the node in the no-JavaScript page. */
export type WalkMode = 'static' | 'client';
type Mode = WalkMode;

export function answerHref(tree: Tree, state: WalkState, answer: Answer, links: WalkLinks, mode: Mode): string {
  if (answer.node !== undefined) {
    const href = treeUrl(tree.id, [...state.path, answer.node]);
    return mode === 'static' ? `${href}#n-${answer.node}` : href;
  }
  if (answer.tree !== undefined) return treeUrl(answer.tree);
  const info = links.symptoms[answer.symptom ?? ''];
  return info ? symptomUrl(info.slug, answer.step) : '/';
}

export function answerKind(answer: Answer, links: WalkLinks): string {
  if (answer.tree !== undefined) return `Opens: ${links.trees[answer.tree] ?? answer.tree}`;
  if (answer.symptom !== undefined) return `Fix: ${links.symptoms[answer.symptom]?.title ?? answer.symptom}`;
  return '';
}

const kbd = 'rounded border border-slate-300 px-1 font-mono dark:border-slate-600';

export function WalkView({ tree, state, links, mode }: { tree: Tree; state: WalkState; links: WalkLinks; mode: Mode }) {
  const A = mode === 'client' ? Link : 'a';
  const crumbs = state.steps.slice(0, -1);
  const keys = Math.min(9, state.current.node.answers.length);
  return (
    <div className="space-y-5">
      {crumbs.length > 0 && (
        <nav aria-label="Answers so far">
          <ol className="space-y-1 text-sm" data-testid="walk-breadcrumb">
            {crumbs.map((step, i) => {
              const back = treeUrl(tree.id, pathUpTo(state, i));
              return (
                <li key={step.key} className="text-slate-600 dark:text-slate-400">
                  <A href={mode === 'static' ? `${back}#n-${step.key}` : back} className="hover:underline">
                    {step.node.question}
                  </A>{' '}
                  → <span className="font-medium text-slate-900 dark:text-slate-100">{step.answer?.label}</span>
                </li>
              );
            })}
          </ol>
        </nav>
      )}
      <div>
        <h2 className="walk-question text-2xl font-semibold" tabIndex={-1} data-node={state.current.key}>
          {state.current.node.question}
        </h2>
        {state.current.node.help && <p className="mt-2 text-slate-700 dark:text-slate-300">{state.current.node.help}</p>}
      </div>
      <ol className="space-y-3" data-testid="walk-answers">
        {state.current.node.answers.map((answer, i) => (
          <li key={answer.label}>
            <A
              href={answerHref(tree, state, answer, links, mode)}
              aria-keyshortcuts={mode === 'client' && i < 9 ? String(i + 1) : undefined}
              className="flex items-start gap-3 rounded-lg border-2 border-slate-200 px-4 py-3 text-lg hover:border-blue-600 hover:bg-blue-50 dark:border-slate-700 dark:hover:border-blue-400 dark:hover:bg-slate-900"
            >
              <span className="mt-0.5 inline-flex h-7 w-7 shrink-0 items-center justify-center rounded bg-slate-200 font-mono text-sm dark:bg-slate-700" aria-hidden="true">
                {i + 1}
              </span>
              {/* An answer can be a long unbroken error name (SystemForCrossDomain…); let it wrap inside the button on a phone. */}
              <span className="min-w-0 [overflow-wrap:anywhere]">
                <span className="block font-medium">{answer.label}</span>
                {answerKind(answer, links) && <span className="block text-sm text-slate-600 dark:text-slate-400">{answerKind(answer, links)}</span>}
              </span>
            </A>
          </li>
        ))}
      </ol>
      <p>
        <A
          href={searchUrl(noneOfTheseQuery(state))}
          className="flex items-start gap-3 rounded-lg border-2 border-dashed border-slate-300 px-4 py-3 text-lg hover:border-blue-600 hover:bg-blue-50 dark:border-slate-600 dark:hover:border-blue-400 dark:hover:bg-slate-900"
          data-testid="walk-none"
        >
          <span className="mt-0.5 inline-flex h-7 w-7 shrink-0 items-center justify-center font-mono text-sm" aria-hidden="true">
            ?
          </span>
          <span>
            <span className="block font-medium">None of these</span>
            <span className="block text-sm text-slate-600 dark:text-slate-400">Search the knowledge base with what you have answered</span>
          </span>
        </A>
      </p>
      <div className="flex flex-wrap items-baseline justify-between gap-x-6 gap-y-2 text-sm">
        {crumbs.length > 0 && (
          <A href={treeUrl(tree.id)} className="text-blue-800 underline dark:text-blue-300">
            Restart
          </A>
        )}
        {mode === 'client' && (
          <p className="hidden text-slate-600 sm:block dark:text-slate-400">
            Tip: press <kbd className={kbd}>1</kbd>
            {keys > 1 && (
              <>
                –<kbd className={kbd}>{keys}</kbd>
              </>
            )}{' '}
            to pick an answer.
          </p>
        )}
      </div>
    </div>
  );
}
