/**
 * A redirect inside the site's layout (lib/redirect.ts says how it works on any static host), for
 * renamed slugs (formerSlugs). /go/<ID>/ is the same redirect as a document of its own (scripts/go-pages.ts).
 */
import { configuredOrigin } from '@/lib/opensearch';
import { redirectScript } from '@/lib/redirect';

export function RedirectNotice({ to, title }: { to: string; title: string }) {
  const script = redirectScript(to);
  // Canonical links only count when absolute, so one is written only when the deployed origin is known.
  const origin = configuredOrigin(process.env.SITE_URL);
  return (
    <div className="space-y-3">
      <meta httpEquiv="refresh" content={`0; url=${to}`} />
      {origin && <link rel="canonical" href={new URL(to, origin).href} />}
      <script dangerouslySetInnerHTML={{ __html: script }} />
      <h1 className="text-2xl font-bold">This page has moved</h1>
      <p>
        Go to <a className="text-blue-800 underline dark:text-blue-300" href={to}>{title}</a>.
      </p>
    </div>
  );
}
