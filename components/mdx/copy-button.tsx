'use client';
/**
 * Copies the code of the block it sits in. Split from code-block.tsx because only the button needs the
 * browser. It reads the text from the rendered <pre><code> (Shiki keeps it exact, one line per span,
 * newlines between) instead of taking it as a prop, so the code isn't sent to the page twice.
 */
import { useEffect, useRef, useState } from 'react';
import { copyText } from '@/components/clipboard';

type Outcome = 'idle' | 'copied' | 'selected';

export function CopyButton({ label }: { label: string }) {
  const button = useRef<HTMLButtonElement>(null);
  const [outcome, setOutcome] = useState<Outcome>('idle');
  useEffect(() => {
    if (outcome === 'idle') return;
    const t = setTimeout(() => setOutcome('idle'), 2500);
    return () => clearTimeout(t);
  }, [outcome]);

  const copy = async () => {
    const code = button.current?.closest('.code-block')?.querySelector('pre code');
    if (!code) return;
    if (await copyText(code.textContent ?? '')) {
      setOutcome('copied');
      return;
    }
    // No clipboard at all (permission refused and no fallback): select the code so that Ctrl+C
    // copies it, and say so.
    const range = document.createRange();
    range.selectNodeContents(code);
    const selection = window.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
    setOutcome('selected');
  };

  return (
    <>
      <button
        ref={button}
        type="button"
        onClick={copy}
        aria-label={`Copy ${label} code`}
        className="min-h-6 rounded px-2 py-1 font-medium text-slate-700 hover:bg-slate-200 dark:text-slate-300 dark:hover:bg-slate-800"
      >
        {outcome === 'copied' ? 'Copied ✓' : 'Copy'}
      </button>
      <span aria-live="polite" className="sr-only">
        {outcome === 'copied' ? 'Copied' : outcome === 'selected' ? 'Code selected; press Ctrl+C to copy' : ''}
      </span>
    </>
  );
}
