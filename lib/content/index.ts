export * from './schema';
export * from './problems';
export type { KnowledgeBase, ContentSources, SourceFile } from './compile';
