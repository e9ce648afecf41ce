/** Data shapes shared by the background, the content script and the extension pages. */
import type { PageMetadata } from '../core/article/types.ts';
import type { TextPositionSelector, TextQuoteSelector } from '../core/anchoring/types.ts';

export const HIGHLIGHT_COLORS = ['yellow', 'green', 'blue', 'pink'] as const;
export type HighlightColor = (typeof HIGHLIGHT_COLORS)[number];

/** A reader's highlight, with an optional note. Stored only in the extension's own IndexedDB. */
export interface Annotation {
  id: string;
  /** The page's URL without fragment or tracking parameters (see `normalizeUrl`). */
  url: string;
  quote: TextQuoteSelector;
  position: TextPositionSelector;
  color: HighlightColor;
  note: string;
  createdAt: string;
  updatedAt: string;
  /** 1 when created, +1 on every change: an editor saves with the version it started from (see `annotations/update`). */
  version: number;
  /** The version at which the note text last changed (absent: never since creation). Lets a save tell a newer note from a colour change. */
  noteVersion?: number;
  /** Set when the highlight is in the Trash (ISO time it was deleted); purged after `TRASH_DAYS`. */
  deletedAt?: string;
  /** The reader's tags (without '#'), in the order typed; [] when none. */
  tags: string[];
}

/** How long a deleted highlight stays in the Trash (days) before it is removed for good. */
export const TRASH_DAYS = 30;

/** An unsaved note, kept while the reader types so Close, Escape, a click elsewhere or a reload loses nothing. */
export interface Draft {
  annotationId: string;
  text: string;
  /** The annotation's version when the editor opened it. */
  baseVersion: number;
  updatedAt: string;
}

/** What a `annotations/update` answers: the stored annotation, and whether the note was merged with another tab's edit. */
export interface UpdateResult {
  annotation: Annotation | null;
  merged: boolean;
}

/** What restoring a backup did. */
export interface ImportCounts {
  /** Highlights in the file, and how each was taken: new, replaced an older copy, or already here (same or newer). */
  annotations: number;
  added: number;
  updated: number;
  unchanged: number;
  /** Of the file's highlights, how many are in the Trash. */
  trashed: number;
  drafts: number;
  hideRules: number;
  sites: number;
  settings: number;
}

/** What the content script sends to create an annotation; the background adds id and times. */
export type NewAnnotation = Pick<Annotation, 'url' | 'quote' | 'position' | 'color' | 'note'> & { tags?: string[] };

/** The kinds of entity the legend groups, in the reader's words. */
export const ENTITY_GROUPS = ['people', 'organizations', 'places', 'figures', 'dates', 'other'] as const;
export type EntityGroup = (typeof ENTITY_GROUPS)[number];

export type { KeyFact } from '../core/facts/key-facts.ts';
import type { KeyFact } from '../core/facts/key-facts.ts';

/** The names a page mentions, by kind (from its key facts and the recognizer), for the library's filters. */
export interface PageEntities {
  people: string[];
  organizations: string[];
  places: string[];
}

/**
 * What the library keeps about a page with highlights: its metadata and key facts as they were when the
 * reader last highlighted on it, and the reader's own note and tags about the whole page. Keyed by page key.
 */
export interface PageRecord {
  /** The page key (the same `url` as its annotations). */
  url: string;
  title: string;
  site: string;
  author?: string;
  published?: string;
  /** When the first highlight was made on the page. */
  savedAt: string;
  updatedAt: string;
  entities: PageEntities;
  keyFacts: KeyFact[];
  /** The reader's note about the whole page. */
  note: string;
  tags: string[];
}

/** A page of the library: its record and how many highlights (out of the Trash) it has. */
export interface LibraryPage extends PageRecord {
  count: number;
}

/** A tag in use, and on how many highlights and pages. */
export type { TagCount } from '../core/library/tags.ts';

/** Result of cleaning a page, as the toolbar, tests and benchmarks see it. */
export interface CleanReport {
  article: boolean;
  cleaned: boolean;
  hidden: number;
  /** Elements shown again, when restoring. */
  restored?: number;
  /** Why nothing was done, when `article` is false. */
  message?: string;
  /**
   * Work on the page's main thread (ms): detection, hiding, their total, and the longest single slice of it
   * (the work runs in slices so the tab never freezes; see core/slices.ts), with the number of slices.
   */
  ms: { detect: number; hide: number; total: number; longest: number; slices: number; entities?: number };
}

/** The page's state, as the popup and the side panel show it. */
export interface PageState {
  /** The page is in clean view (an article was found and the rest hidden). */
  cleaned: boolean;
  meta: PageMetadata | null;
  counts: Partial<Record<EntityGroup, number>>;
  enabledGroups: EntityGroup[];
  url: string;
  /** Highlights of this page that could not be found in its text (the page changed too much). */
  orphans: string[];
}

export interface Settings {
  /** Entity groups shown in the page (the legend's switches, remembered per user). */
  enabledGroups: EntityGroup[];
  /** Highlight entities when a page is cleaned. */
  highlightEntities: boolean;
  /** Clean the page as soon as the popup opens. */
  cleanOnPopup: boolean;
  /** What each highlight colour means to the reader (e.g. yellow = "claim"); carried into exports. */
  colorMeanings: Partial<Record<HighlightColor, string>>;
  /** Mark each name or figure only where the article first gives it (focus on a name shows every mention). */
  firstMentionOnly: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  enabledGroups: ['people', 'organizations', 'places', 'figures', 'dates'],
  highlightEntities: true,
  cleanOnPopup: true,
  colorMeanings: {},
  // On: marking every mention is about one mark per six words on news pages (median 18 per 100 words on 20
  // boilerplate-corpus pages, 12 on the demo page); first mentions alone leave 12 per 100 (30% fewer marks;
  // the demo page 43 → 34, the shared seed page 22 → 9), and following a name still shows every mention.
  firstMentionOnly: true,
};

/** An element the reader hid with the picker, hidden on every page of its site (or on one page) from then on. */
export interface HideRule {
  id?: number;
  /** The site's host name, e.g. "www.example.com". */
  host: string;
  selector: string;
  createdAt: string;
  /** The page key the rule is for; absent: every page of the site. */
  page?: string;
  /** The words the element starts with, for one its selector alone does not tell apart (a paragraph). */
  text?: string;
  /** The element in words, as it was picked ("the box ‘Newsletter’"). */
  label?: string;
}

/** What the content script hides for a rule: its selector's elements, or only those starting with `text`. */
export type HideTarget = string | { selector: string; text: string };

/** What Margin remembers about a site. */
export interface SitePrefs {
  host: string;
  /** Clean every page of this site as it loads. Stored as 0/1 because IndexedDB cannot index booleans. */
  autoClean: 0 | 1;
}

/** What the content script learns about its page as it starts. */
export interface PageHello {
  annotations: Annotation[];
  hideSelectors: HideTarget[];
  autoClean: boolean;
}
