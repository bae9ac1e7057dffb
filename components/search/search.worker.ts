/**
 * Runs matchQuery off the main thread, so a pasted log of a megabyte never freezes the page.
 * The index is fetched on the first query only (search is the only thing that needs it).
 */
import { matchQuery, parseSearchIndex, type SearchIndex } from '@/lib/search';
import { searchIndexUrl } from '@/lib/routes';
import type { WorkerRequest, WorkerResponse } from './search-protocol';

let index: Promise<SearchIndex> | null = null;
const loadIndex = (): Promise<SearchIndex> =>
  (index ??= fetch(searchIndexUrl())
    .then((r) => {
      if (!r.ok) throw new Error(`HTTP ${r.status}`);
      return r.json();
    })
    .then(parseSearchIndex)
    .catch((err: unknown) => {
      index = null;
      throw err;
    }));

self.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const { id, text, limit } = event.data;
  let reply: WorkerResponse;
  try {
    reply = { id, ok: true, response: matchQuery(await loadIndex(), text, { limit }) };
  } catch (err) {
    reply = { id, ok: false, error: err instanceof Error ? err.message : String(err) };
  }
  (self as unknown as Worker).postMessage(reply);
};
