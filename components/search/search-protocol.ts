/** Messages between the page and search.worker.ts. */
import type { SearchResponse } from '@/lib/search';

export type WorkerRequest = { id: number; text: string; limit: number };
export type WorkerResponse = { id: number; ok: true; response: SearchResponse } | { id: number; ok: false; error: string };
