'use client';
/**
 * A button that copies text and says so in its own aria-live region. The text is computed at click time
 * because it needs location.origin, which the static build cannot know. Rendered only after hydration:
 * without JavaScript it could do nothing, and the page's plain links remain.
 */
import { useEffect, useState } from 'react';
import { copyText } from '@/components/clipboard';
import { useHydrated } from './use-browser';

type Status = { kind: 'idle' } | { kind: 'copied' } | { kind: 'failed'; text: string };

const ANNOUNCE_MS = 4000;

export function CopyButton({ label, ariaLabel, copied, getText }: {
  label: string;
  /** Accessible name when the visible label is too short; it must start with the label. */
  ariaLabel?: string;
  /** What is announced after copying, e.g. "Link copied". */
  copied: string;
  getText: () => string;
}) {
  const hydrated = useHydrated();
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  useEffect(() => {
    if (status.kind !== 'copied') return;
    const timer = setTimeout(() => setStatus({ kind: 'idle' }), ANNOUNCE_MS);
    return () => clearTimeout(timer);
  }, [status]);
  if (!hydrated) {
    // Its space is kept (invisible, so neither focusable nor announced): the button appearing after
    // hydration must not push the page down under a reader, or away from a step a link landed on.
    return (
      <span className="no-print invisible inline-flex" aria-hidden="true">
        <span className="min-h-6 rounded border px-2 py-0.5 text-sm">{label}</span>
      </span>
    );
  }
  const copy = async () => {
    const text = getText();
    setStatus((await copyText(text)) ? { kind: 'copied' } : { kind: 'failed', text });
  };
  return (
    <span className="no-print inline-flex flex-wrap items-baseline gap-x-2">
      <button
        type="button"
        onClick={copy}
        aria-label={ariaLabel}
        className="min-h-6 rounded border border-slate-300 px-2 py-0.5 text-sm font-normal text-slate-700 hover:bg-slate-100 dark:border-slate-600 dark:text-slate-300 dark:hover:bg-slate-800"
      >
        {label}
      </button>
      {/* aria-live but not role="status": announced all the same, without adding a status region beside the page's own. */}
      <span aria-live="polite" className="text-sm font-normal text-green-800 dark:text-green-300">
        {status.kind === 'copied' ? copied : status.kind === 'failed' ? 'Copying is blocked here; select the text below and copy it.' : ''}
      </span>
      {status.kind === 'failed' && (
        <textarea
          readOnly
          aria-label="Text to copy"
          value={status.text}
          ref={(el) => el?.select()}
          className="block h-32 w-full rounded border border-slate-300 p-2 font-mono text-xs dark:border-slate-600 dark:bg-slate-900"
        />
      )}
    </span>
  );
}
