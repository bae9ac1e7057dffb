/**
 * The search engine: normalise a paste, match it against declared errors and page text, and answer
 * with ranked hits and evidence. Plain TypeScript: no React, no Next, no file system.
 */
export { buildSearchIndex } from './build-index';
export { parseSearchIndex } from './parse-index';
export { matchQuery } from './match';
export { explainQuery, type Explanation, type ExplainedCandidate, type ExplainedEvidence, type ExplainedSegment } from './explain';
export { splitLines } from './segments';
export { normaliseText } from './normalise';
export type {
  Extracted,
  ExtractedKind,
  IndexedPage,
  LogFinding,
  MatchOptions,
  MatchedSpan,
  SearchHit,
  SearchIndex,
  SearchResponse,
  Verdict,
} from './types';
export { notableValues } from './notable-values';
