import type { ReactNode } from 'react';

const styles = {
  warning: { label: 'Security warning', box: 'border-amber-500 bg-amber-50 text-amber-950 dark:border-amber-400 dark:bg-amber-950/40 dark:text-amber-100' },
  note: { label: 'Note', box: 'border-blue-400 bg-blue-50 text-blue-950 dark:border-blue-400 dark:bg-blue-950/40 dark:text-blue-100' },
} as const;

export function Callout({ kind, children }: { kind: keyof typeof styles; children?: ReactNode }) {
  const s = styles[kind];
  return (
    <aside role="note" aria-label={s.label} className={`my-4 rounded-md border-l-4 px-4 py-2 ${s.box}`}>
      <p className="font-semibold">{kind === 'warning' ? '⚠ ' : ''}{s.label}</p>
      {children}
    </aside>
  );
}
