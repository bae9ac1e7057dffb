import type { Source } from '@/lib/content/schema';

/** "Based on: <publisher> › <article> › <section>" and "Last reviewed", so a support engineer can cite the page's source. */
export function SourceLine({ source, reviewed }: { source: Source; reviewed: string }) {
  return (
    <p className="flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-600 dark:text-slate-400" data-testid="source-line">
      <span>
        Based on:{' '}
        <a href={source.url} className="text-blue-800 underline dark:text-blue-300">
          {[source.publisher, source.article, source.section].join(' › ')}
        </a>
      </span>
      <span>
        Last reviewed <time dateTime={reviewed}>{reviewed}</time>
      </span>
    </p>
  );
}
