/** What article detection decided about a page. */
export interface ArticleSelection {
  /** Subtrees that hold the article, in document order, none inside another. */
  keep: Element[];
  /** Elements inside `keep` that are not article (share bars, in-article ads, related links). */
  drop: Element[];
  /** How the article was found, for reports and debugging (e.g. "site-rule", "jsonld", "score"). */
  method: string;
}

/** Facts about the page that the export and the side panel show. */
export interface PageMetadata {
  title: string;
  byline: string | null;
  published: string | null;
  site: string | null;
  lang: string | null;
  url: string | null;
  description: string | null;
  tags: string[];
}
