/**
 * A redirect that works on any static host: meta refresh, a script for hosts that strip meta, and a
 * visible link for everyone else. Used by /go/<ID>/ and by renamed slugs (formerSlugs).
 */
import { configuredOrigin } from '@/lib/opensearch';
import { scriptJson } from '@/lib/script-json';

export function RedirectNotice({ to, title }: { to: string; title: string }) {
  // `to` is a build-time URL, escaped with scriptJson so no value can end the script early.
  const script = `location.replace(${scriptJson(to)} + location.search + location.hash)`;
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
