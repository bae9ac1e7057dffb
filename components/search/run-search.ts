/**
 * The page's door to the engine: one shared worker, requests matched to replies by id, and only the
 * newest answer for a given caller is used (typing fast must not show stale results).
 */
import type { SearchResponse } from '@/lib/search';
import type { WorkerRequest, WorkerResponse } from './search-protocol';

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, { resolve: (r: SearchResponse) => void; reject: (e: Error) => void }>();

function getWorker(): Worker {
  if (!worker) {
    worker = new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
      const waiter = pending.get(event.data.id);
      if (!waiter) return;
      pending.delete(event.data.id);
      if (event.data.ok) waiter.resolve(event.data.response);
      else waiter.reject(new Error(event.data.error));
    };
    worker.onerror = () => {
      for (const w of pending.values()) w.reject(new Error('search worker failed'));
      pending.clear();
      worker?.terminate();
      worker = null;
    };
  }
  return worker;
}

export function runSearch(text: string, limit = 8): Promise<SearchResponse> {
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    const request: WorkerRequest = { id, text, limit };
    getWorker().postMessage(request);
  });
}
