/**
 * One state of a guided walk: the answers given so far (in this tree and in the trees before it), how
 * far along it is, the current question, its answers as links, and Back / Restart.
 * No hooks, so the static no-JavaScript rendering and the client rendering share it.
 */
import Link from 'next/link';
import type { Answer, Tree } from '@/lib/content/schema';
import type { SymptomLinkInfo } from '@/lib/content/query';
import { noneOfTheseQuery, type WalkState } from '@/lib/tree/walk';
import { answerHref as linkAnswer, answeredInTree, type TrailStep } from '@/lib/tree/trail';
import { searchUrl, treeUrl, type Trail } from '@/lib/routes';

export type WalkLinks = { symptoms: Record<string, SymptomLinkInfo>; trees: Record<string, string> };

/** static: plain anchors whose fragment shows the node in the no-JavaScript page. */
export type WalkMode = 'static' | 'client';
type Mode = WalkMode;

/** Where the walk came from before this tree: the trail in `?via=`, already checked against the trees. */
export type WalkContext = { via: Trail; before: readonly TrailStep[]; /** Most questions that can follow this one. */ left: number };

export function answerHref(tree: Tree, state: WalkState, answer: Answer, links: WalkLinks, mode: Mode, via: Trail = []): string {
  const href = linkAnswer(tree, state.path, answer, links.symptoms, via);
  return mode === 'static' && answer.node !== undefined ? `${href}#n-${answer.node}` : href;
}

export function answerKind(answer: Answer, links: WalkLinks): string {
  if (answer.tree !== undefined) return `Opens: ${links.trees[answer.tree] ?? answer.tree}`;
  if (answer.symptom !== undefined) return `Fix: ${links.symptoms[answer.symptom]?.title ?? answer.symptom}`;
  return '';
}

const kbd = 'rounded border border-slate-300 px-1 font-mono dark:border-slate-600';
const control =
  'inline-flex min-h-10 items-center rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium text-slate-800 hover:border-blue-600 hover:bg-blue-50 dark:border-slate-600 dark:text-slate-200 dark:hover:border-blue-400 dark:hover:bg-slate-900';

function progressText(asked: number, left: number): string {
  if (left === 0) return `Question ${asked} · the last on this branch`;
  return `Question ${asked} · at most ${left} more on this branch`;
}

export function WalkView({ tree, state, links, mode, context }: { tree: Tree; state: WalkState; links: WalkLinks; mode: Mode; context: WalkContext }) {
  const A = mode === 'client' ? Link : 'a';
  const crumbs = [...context.before, ...answeredInTree(tree, state, context.via)];
  // In the no-JavaScript page a question of this tree is shown by its fragment.
  const hrefOf = (step: TrailStep, i: number) =>
    mode === 'static' && i >= context.before.length ? `${step.href}#n-${state.steps[i - context.before.length]!.key}` : step.href;
  const previous = crumbs.length ? hrefOf(crumbs.at(-1)!, crumbs.length - 1) : undefined;
  const start = context.via[0]?.tree ?? tree.id;
  const keys = Math.min(9, state.current.node.answers.length);
  return (
    <div className="space-y-5">
      {crumbs.length > 0 && (
        <nav aria-label="Answers so far" className="print-keep">
          <ol className="space-y-1 text-sm" data-testid="walk-breadcrumb">
            {crumbs.map((step, i) => (
              <li key={i} className="text-slate-600 dark:text-slate-400">
                <A href={hrefOf(step, i)} className="hover:underline">
                  {step.question}
                </A>{' '}
                → <span className="font-medium text-slate-900 dark:text-slate-100">{step.answer}</span>
              </li>
            ))}
          </ol>
        </nav>
      )}
      <div>
        <p className="text-sm font-medium text-slate-600 dark:text-slate-400" data-testid="walk-progress">
          {progressText(crumbs.length + 1, context.left)}
        </p>
        <h2 className="walk-question mt-1 text-2xl font-semibold" tabIndex={-1} data-node={state.current.key}>
          {state.current.node.question}
        </h2>
        {state.current.node.help && <p className="mt-2 text-slate-700 dark:text-slate-300">{state.current.node.help}</p>}
      </div>
      <ol className="space-y-3" data-testid="walk-answers">
        {state.current.node.answers.map((answer, i) => (
          <li key={answer.label}>
            <A
              href={answerHref(tree, state, answer, links, mode, context.via)}
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
      <p className="no-print">
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
      <div className="no-print flex flex-wrap items-center justify-between gap-x-6 gap-y-3 text-sm">
        {previous !== undefined && (
          <div className="flex flex-wrap gap-3" data-testid="walk-controls">
            <A href={previous} className={control}>
              ← Back
            </A>
            <A href={mode === 'static' ? `${treeUrl(start)}#n-${tree.root}` : treeUrl(start)} className={control}>
              Restart
            </A>
          </div>
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
