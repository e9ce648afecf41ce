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
  /** Highlight colour name; written as a word, with its meaning when the reader gave it one. */
  color: string;
  /** What the reader says this colour means (e.g. "claim", "evidence"); absent when unset. */
  colorMeaning?: string;
  /** ISO 8601 time the highlight was made. */
  createdAt: string;
  /** The highlight's id: gives it a stable block id (`^id`) other notes can link to. */
  id?: string;
  /** The reader's tags on this highlight. */
  tags?: string[];
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
  /** The reader's note about the whole page, as typed (Markdown). */
  pageNote?: string;
  /** When the reader saved the page (ISO 8601), for the front matter. */
  savedAt?: string;
}

/** How notes are written. */
export interface ExportOptions {
  /**
   * `'markdown'` (default): notes are the reader's own Markdown (links, `[[wikilinks]]`, `#tags`) and kept as
   * typed, so they keep working in Obsidian and Logseq. `'text'`: Markdown characters in notes are escaped,
   * like page text.
   */
  notes?: 'text' | 'markdown';
}
