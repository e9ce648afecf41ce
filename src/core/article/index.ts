/** Article detection and page metadata: the public API of src/core/article. */
export type { ArticleSelection, PageMetadata } from './types.ts';
export { findArticle } from './find-article.ts';
export type { FindArticleOptions } from './find-article.ts';
export { readMetadata } from './metadata.ts';
export type { SiteRule } from './site-rules.ts';
export { BUILT_IN_RULES } from './site-rules.ts';
export { articleText } from './article-text.ts';
