'use client';
/**
 * On paper only: where the page lives and its ID, so a printed change record leads back to it. The
 * address is made absolute in the browser (a static build does not know its host); the static HTML
 * has the path.
 */
import { absoluteUrl } from '@/lib/routes';
import { useHydrated } from '@/components/ticket/use-browser';

export function PrintAddress({ id, path }: { id: string; path: string }) {
  const hydrated = useHydrated();
  const address = hydrated ? absoluteUrl(window.location.origin, path) : path;
  return (
    <p className="print-only text-sm" data-testid="print-address">
      {id} · {address}
    </p>
  );
}
