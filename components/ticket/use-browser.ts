/**
 * Browser state for the ticket leaves. Import only from client components.
 */
import { useSearchParams } from 'next/navigation';
import { useSyncExternalStore } from 'react';
import { parseSearchContext, type SearchContext } from '@/lib/routes';

const noSubscription = () => () => {};

/**
 * True once running in the browser, false in the static HTML and during hydration, so controls that
 * need JavaScript appear only when they work.
 */
export const useHydrated = (): boolean => useSyncExternalStore(noSubscription, () => true, () => false);

/**
 * The search that led here (?q=…&error=n), or null. useSearchParams rather than location.search because
 * Next updates the address only after rendering a client-side navigation (a search result link). It
 * needs a Suspense boundary in a static export; the fallback is what the build renders.
 */
export const useSearchContext = (): SearchContext | null => parseSearchContext(useSearchParams().toString());
