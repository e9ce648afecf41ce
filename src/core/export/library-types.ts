/**
 * What the library exports are made from: each page the reader kept notes on, with what Margin stored about
 * it, and its highlights. Plain data, filled by the background from the database.
 */
import type { TextQuoteSelector } from '../anchoring/types.ts';
import type { ExportFact } from './types.ts';

/** A page, as its stored record describes it (or as little as its URL tells, when there is no record). */
export interface LibraryPage {
  /** The page key (a URL). */
  url: string;
  title: string;
  site?: string;
  author?: string;
  /** When the page says it was published (ISO 8601 or as the page wrote it). */
  published?: string;
  /** When the reader first saved a note on it (ISO 8601): the "accessed" date of a citation. */
  savedAt?: string;
  /** The reader's note about the whole page (Markdown, as typed). */
  note: string;
  tags: string[];
  /** Names and figures of the article, with counts where the page record has them. */
  keyFacts: ExportFact[];
}

/** One highlight of a page. */
export interface LibraryHighlight {
  id: string;
  quote: TextQuoteSelector;
  note: string;
  color: string;
  tags: string[];
  createdAt: string;
  updatedAt: string;
}

/** A page and its highlights (in page order). */
export interface LibraryEntry {
  page: LibraryPage;
  highlights: LibraryHighlight[];
}

/** What the reader says each highlight colour means (e.g. yellow → "claim"). */
export type ColorMeanings = Partial<Record<string, string>>;

/** The formats the library exports to. */
export const LIBRARY_EXPORT_FORMATS = ['markdown-zip', 'csv', 'bibtex', 'csl-json'] as const;
export type LibraryExportFormat = (typeof LIBRARY_EXPORT_FORMATS)[number];

/** An export, ready to save: a zip travels as base64 (messages carry text), text formats as text. */
export interface LibraryExportFile {
  fileName: string;
  mimeType: string;
  base64?: string;
  text?: string;
}
