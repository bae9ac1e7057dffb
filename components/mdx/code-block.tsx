/**
 * A fenced code block as MDX renders it after Shiki (see highlight.ts): a bar with the language, a
 * "Wrap lines" toggle and a Copy button above the highlighted <pre>. Long lines scroll inside the <pre>
 * (a shadow at the edge shows there is more), never the page, unless the reader asked for wrapping.
 */
import type { ComponentProps } from 'react';
import { CODE_LANGUAGES } from './highlight';
import { CopyButton } from './copy-button';
import { WrapToggle } from './wrap-toggle';

export function CodeBlock({ children, 'data-language': lang, ...pre }: ComponentProps<'pre'> & { 'data-language'?: string }) {
  const label = CODE_LANGUAGES[lang ?? 'text'] ?? lang ?? 'Text';
  return (
    <div className="code-block my-3 overflow-hidden rounded-lg border border-slate-200 bg-slate-50 dark:border-slate-700 dark:bg-slate-900">
      <div className="no-print flex items-center justify-between gap-2 border-b border-slate-200 py-1 pr-1 pl-3 text-xs text-slate-600 dark:border-slate-700 dark:text-slate-400">
        <span>{label}</span>
        <span className="flex items-center gap-1">
          <WrapToggle />
          <CopyButton label={label} />
        </span>
      </div>
      <pre {...pre}>{children}</pre>
    </div>
  );
}
