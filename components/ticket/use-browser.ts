/**
 * Browser state for the ticket leaves, read so that hydration matches the static HTML: the server
 * snapshot is what the build rendered (no query, not yet interactive), then React re-renders with the
 * real values. Import only from client components.
 */
import { useSyncExternalStore } from 'react';

const noSubscription = () => () => {};
const onHistory = (change: () => void) => {
  window.addEventListener('popstate', change);
  return () => window.removeEventListener('popstate', change);
};

/** True once running in the browser: controls that need JavaScript render only then. */
export const useHydrated = (): boolean => useSyncExternalStore(noSubscription, () => true, () => false);

/** location.search, '' while hydrating. Read directly because useSearchParams would need a Suspense boundary. */
export const useLocationSearch = (): string => useSyncExternalStore(onHistory, () => window.location.search, () => '');
