/** What the Markdown export is made from. */
import type { TextQuoteSelector } from '../anchoring/types.ts';
import type { PageMetadata } from '../article/types.ts';
import type { EntityType } from '../entities/types.ts';

/** One of the reader's highlights. */
export interface ExportAnnotation {
  /** The highlighted passage and its context (the context makes the "open at passage" link precise). */
  quote: TextQuoteSelector;
  /** The reader's note; may be empty. */
  note: string;
  /** Highlight color name or CSS color; not rendered (Markdown has no portable colors). */
  color: string;
  /** ISO 8601 time the highlight was made. */
  createdAt: string;
}

/** One recognized name or figure with how often it is mentioned. */
export interface ExportFact {
  type: EntityType;
  text: string;
  count: number;
  /** For figures: the sentence the figure appears in, to give it meaning. */
  sentence?: string;
}

/** Everything `toMarkdown` needs. */
export interface ExportInput {
  meta: PageMetadata;
  /** Highlights, already in page order. */
  annotations: ExportAnnotation[];
  facts: ExportFact[];
  exportedAt: Date;
  /** Tags for the front matter (the reader's, not the page's keywords). */
  tags: string[];
}

/** How notes are written. */
export interface ExportOptions {
  /**
   * `'text'` (default): notes are plain text and Markdown characters in them are escaped, like page text.
   * `'markdown'`: notes are the reader's own Markdown (links, `[[wikilinks]]`, `#tags`) and kept as typed.
   */
  notes?: 'text' | 'markdown';
}
