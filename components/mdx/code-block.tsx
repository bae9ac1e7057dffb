/**
 * A fenced code block as MDX renders it after Shiki (see highlight.ts): a bar with the language and
 * a Copy button above the highlighted <pre>. Long lines scroll inside the <pre>, never the page.
 */
import type { ComponentProps } from 'react';
import { CODE_LANGUAGES } from './highlight';
import { CopyButton } from './copy-button';

export function CodeBlock({ children, 'data-language': lang, ...pre }: ComponentProps<'pre'> & { 'data-language'?: string }) {
  const label = CODE_LANGUAGES[lang ?? 'text'] ?? lang ?? 'Text';
  return (
    <div className="code-block my-3 overflow-hidden rounded-lg border border-slate-200 bg-slate-50 dark:border-slate-700 dark:bg-slate-900">
      <div className="no-print flex items-center justify-between gap-2 border-b border-slate-200 py-1 pr-1 pl-3 text-xs text-slate-600 dark:border-slate-700 dark:text-slate-400">
        <span>{label}</span>
        <CopyButton label={label} />
      </div>
      <pre {...pre}>{children}</pre>
    </div>
  );
}
