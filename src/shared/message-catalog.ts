/**
 * Every message Margin sends, declared once: its name, the checked shape of its payload, and the type of its
 * answer. Receivers validate payloads with these checks before acting (the page is hostile ground, and a
 * bug elsewhere should fail loudly here rather than corrupt the database).
 */
import type { PageMetadata } from '../core/article/types.ts';
import type { TextEntities } from '../core/entities/types.ts';
import type { HypothesisImportCounts } from '../core/export/hypothesis.ts';
import type { HighlightChunk } from '../core/library/library-model.ts';
import { toLegendLayout, type LegendLayout } from '../core/reading/legend-layout.ts';
import { toReadingPrefs, type ReadingPrefs } from '../core/reading/prefs.ts';
import { LIBRARY_EXPORT_FORMATS, type LibraryExportFile, type LibraryExportFormat } from '../core/export/library-types.ts';
import type {
  Annotation,
  CleanReport,
  EntityGroup,
  HideRule,
  HighlightColor,
  ImportCounts,
  KeyFact,
  PageHello,
  PageRecord,
  PageState,
  Settings,
  TagCount,
  UpdateResult,
} from './types.ts';
import { ENTITY_GROUPS, HIGHLIGHT_COLORS } from './types.ts';
import type { Check } from './validate.ts';
import { array, bool, empty, int, object, oneOf, optional, str, ValidationError } from './validate.ts';

const quote = object({ type: oneOf(['TextQuoteSelector'] as const), exact: str, prefix: str, suffix: str });
const position = object({ type: oneOf(['TextPositionSelector'] as const), start: int, end: int });
const color = oneOf(HIGHLIGHT_COLORS);
const groups = array(oneOf(ENTITY_GROUPS));
const tab = object({ tabId: int });
/** A CSS selector as text: checked for being a selector (no rule blocks) before it goes near a stylesheet. */
const selector: Check<string> = (v, path) => {
  const text = str(v, path).trim();
  if (!text || text.length > 1000 || /[{}]/.test(text)) throw new ValidationError(`${path} must be a CSS selector`);
  return text;
};

/** An article's text: long articles are fine, a whole book is a mistake (or an attack) to refuse. */
const articleText: Check<string> = (v, path) => {
  const text = str(v, path);
  if (text.length > 2_000_000) throw new ValidationError(`${path} is too long to analyse (${text.length} characters)`);
  return text;
};

/** Tags as typed: a list of short texts (normalized when stored). */
const tags: Check<string[]> = (v, path) => {
  const list = array(str)(v, path);
  if (list.length > 100 || list.some((t) => t.length > 200)) throw new ValidationError(`${path} must be a short list of short tags`);
  return list;
};

/** Most annotation ids in one `drafts/list`: a list drawn asks for its rows' drafts, never the whole library's. */
export const DRAFT_IDS_PER_MESSAGE = 500;
const draftIds: Check<string[]> = (v, path) => {
  const list = array(str)(v, path);
  if (list.length > DRAFT_IDS_PER_MESSAGE) throw new ValidationError(`${path} must list at most ${DRAFT_IDS_PER_MESSAGE} ids`);
  return list;
};

/** What each highlight colour means to the reader: a short name per colour, or '' to clear it. */
const colorMeanings: Check<Partial<Record<HighlightColor, string>>> = (v, path) => {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new ValidationError(`${path} must be an object`);
  const out: Partial<Record<HighlightColor, string>> = {};
  for (const [key, value] of Object.entries(v)) {
    const name = color(key, `${path} key`);
    const meaning = str(value, `${path}.${key}`).trim();
    if (meaning.length > 60) throw new ValidationError(`${path}.${key} must be at most 60 characters`);
    if (meaning) out[name] = meaning;
  }
  return out;
};

/** A message definition: how to check its payload, and (as a phantom type) what it answers. */
interface Def<P, R> {
  payload: Check<P>;
  _answer?: R;
}
const def = <P, R>(payload: Check<P>): Def<P, R> => ({ payload });

/** Messages the background service worker answers. */
export const backgroundMessages = {
  'annotations/list': def<{ url: string }, Annotation[]>(object({ url: str })),
  'annotations/create': def<Pick<Annotation, 'url' | 'quote' | 'position' | 'color' | 'note'>, Annotation>(
    object({ url: str, quote, position, color, note: str }),
  ),
  'annotations/get': def<{ id: string }, Annotation | null>(object({ id: str })),
  'annotations/update': def<{ id: string; note?: string; color?: Annotation['color']; baseVersion?: number }, UpdateResult>(
    object({ id: str, note: optional(str), color: optional(color), baseVersion: optional(int) }),
  ),
  /** Moves to the Trash (undo with `annotations/undelete`). */
  'annotations/delete': def<{ id: string }, boolean>(object({ id: str })),
  'annotations/undelete': def<{ id: string }, Annotation | null>(object({ id: str })),
  /** The Trash, newest first; of one page when `url` is given. */
  'annotations/trash': def<{ url?: string }, Annotation[]>(object({ url: optional(str) })),
  'drafts/get': def<{ id: string }, { text: string; baseVersion: number } | null>(object({ id: str })),
  'drafts/set': def<{ id: string; text: string; baseVersion: number }, boolean>(object({ id: str, text: str, baseVersion: int })),
  'drafts/clear': def<{ id: string }, boolean>(object({ id: str })),
  /** The drafts of the annotations a list draws, those that have one (one message for every row drawn). */
  'drafts/list': def<{ ids: string[] }, { id: string; text: string; baseVersion: number }[]>(object({ ids: draftIds })),
  /** Every note, the Trash, drafts, hide rules, site choices and settings as one Web Annotation (JSON-LD) file. */
  'backup/export': def<Record<string, never>, string>(empty),
  /** Restores a backup file's text; refused whole (nothing written) when it is malformed or foreign. */
  'backup/import': def<{ text: string }, ImportCounts>(object({ text: str })),
  /** Names and figures of an article's text, with the language it was taken to be in (`lang`: the page's). */
  'entities/recognize': def<{ text: string; lang?: string }, TextEntities>(object({ text: articleText, lang: optional(str) })),
  'page/hello': def<{ url: string }, PageHello>(object({ url: str })),
  /** A picked element's rule: for every page of the site, or for the page key `page` only. */
  'rules/add': def<{ url: string; selector: string; page?: string; text?: string; label?: string }, HideRule>(
    object({ url: str, selector, page: optional(str), text: optional(str), label: optional(str) }),
  ),
  'rules/list': def<Record<string, never>, HideRule[]>(empty),
  'rules/update': def<{ id: number; selector: string }, HideRule | null>(object({ id: int, selector })),
  'rules/delete': def<{ id: number }, HideRule | null>(object({ id: int })),
  'sites/get': def<{ url: string }, { host: string; autoClean: boolean }>(object({ url: str })),
  'sites/set': def<{ url: string; autoClean: boolean }, { host: string; autoClean: boolean }>(object({ url: str, autoClean: bool })),
  'sites/auto-clean-list': def<Record<string, never>, string[]>(empty),
  'tab/pick': def<{ tabId: number }, boolean>(tab),
  'settings/get': def<Record<string, never>, Settings>(empty),
  /** The clean view's reading look for the site of `url`, and where the reader keeps the legend. */
  'reading/get': def<{ url: string }, { reading: ReadingPrefs; legend: LegendLayout }>(object({ url: str })),
  'reading/set': def<{ url: string; reading: ReadingPrefs }, ReadingPrefs>(object({ url: str, reading: (v) => toReadingPrefs(v) })),
  'legend/set': def<LegendLayout, LegendLayout>((v) => toLegendLayout(v)),
  'settings/set': def<Partial<Settings>, Settings>(
    object({
      enabledGroups: optional(groups),
      highlightEntities: optional(bool),
      cleanOnPopup: optional(bool),
      colorMeanings: optional(colorMeanings),
      firstMentionOnly: optional(bool),
    }),
  ),
  /** Every page record (or the one of `url`): the library counts highlights per page itself. */
  'library/pages': def<{ url?: string }, PageRecord[]>(object({ url: optional(str) })),
  /**
   * Highlights out of the Trash: the `newest` few, or a chunk of all of them after the key `after` (the
   * answer's `next`), with how many there are (the library loads its first rows, then the rest).
   */
  'library/annotations': def<{ newest?: number; after?: string; limit?: number }, HighlightChunk<Annotation, PageRecord>>(
    object({ newest: optional(int), after: optional(str), limit: optional(int) }),
  ),
  /** These highlights (out of the Trash; unknown ids left out): the rows the library draws. */
  'library/annotations-by-id': def<{ ids: string[] }, Annotation[]>(object({ ids: array(str) })),
  /** The reader's note and/or tags about a whole page. */
  'library/page-update': def<{ url: string; note?: string; tags?: string[] }, PageRecord>(
    object({ url: str, note: optional(str), tags: optional(tags) }),
  ),
  /** Every tag in use with its count, most used first (completion). */
  'library/tags': def<Record<string, never>, TagCount[]>(empty),
  /** The names of the tags in use, most used first: completion in the framed note editor (names only). */
  'library/tag-names': def<Record<string, never>, string[]>(empty),
  /**
   * Opens a highlight's page in a new tab at the passage (text-fragment link, then Margin's own anchoring
   * flashes it); `found` is false when the passage is no longer on the page (an orphan).
   */
  'library/open': def<{ id: string }, { tabId: number; found: boolean }>(object({ id: str })),
  /** Replaces a highlight's tags; null when there is no such highlight. */
  'annotations/tags': def<{ id: string; tags: string[] }, Annotation | null>(object({ id: str, tags })),
  'tab/clean': def<{ tabId: number }, CleanReport>(tab),
  'tab/restore': def<{ tabId: number }, CleanReport>(tab),
  'tab/toggle': def<{ tabId: number }, CleanReport>(tab),
  'tab/state': def<{ tabId: number }, PageState>(tab),
  'tab/facts': def<{ tabId: number }, KeyFact[]>(tab),
  'tab/export': def<{ tabId: number }, { markdown: string; fileName: string }>(tab),
  'tab/scroll-to': def<{ tabId: number; annotationId?: string; fact?: number }, boolean>(
    object({ tabId: int, annotationId: optional(str), fact: optional(int) }),
  ),
  /** The library (or only the pages `urls`) as a Markdown zip (base64), CSV, BibTeX or CSL-JSON (text). */
  'library/export': def<{ format: LibraryExportFormat; urls?: string[] }, LibraryExportFile>(
    object({ format: oneOf(LIBRARY_EXPORT_FORMATS), urls: optional(array(str)) }),
  ),
  /** One page's Markdown, as the library export writes it (for the clipboard). */
  'page/markdown': def<{ url: string }, string>(object({ url: str })),
  /** Imports a Hypothesis API export's text; refused whole (nothing written) when malformed or foreign. */
  'import/hypothesis': def<{ text: string }, HypothesisImportCounts>(object({ text: str })),
} as const;

/** Messages the content script in a page answers. */
export const pageMessages = {
  'page/ping': def<Record<string, never>, boolean>(empty),
  'page/clean': def<Record<string, never>, CleanReport>(empty),
  'page/restore': def<Record<string, never>, CleanReport>(empty),
  'page/toggle': def<Record<string, never>, CleanReport>(empty),
  'page/state': def<Record<string, never>, PageState>(empty),
  'page/facts': def<Record<string, never>, KeyFact[]>(empty),
  'page/export-data': def<Record<string, never>, { meta: PageMetadata; facts: KeyFact[] }>(empty),
  'page/scroll-to': def<{ annotationId?: string; fact?: number }, boolean>(object({ annotationId: optional(str), fact: optional(int) })),
  'page/annotations-changed': def<Record<string, never>, boolean>(empty),
  'page/set-groups': def<{ enabledGroups: EntityGroup[] }, PageState>(object({ enabledGroups: groups })),
  'page/highlight-selection': def<Record<string, never>, boolean>(empty),
  'page/pick': def<Record<string, never>, boolean>(empty),
  'page/rules-changed': def<Record<string, never>, boolean>(empty),
  'page/highlight-text': def<{ exact: string; note?: string; color?: Annotation['color'] }, Annotation | null>(
    object({ exact: str, note: optional(str), color: optional(color) }),
  ),
} as const;

/** Messages the offscreen document answers (Chrome: where the recognizer worker lives). */
export const offscreenMessages = {
  'offscreen/recognize': def<{ text: string; lang?: string }, TextEntities>(object({ text: articleText, lang: optional(str) })),
} as const;

/**
 * The port each page's content script holds open to the background, only to learn that its extension went
 * away (updated, reloaded, disabled, removed): the port then disconnects. Nothing is sent on it.
 */
export const LIFELINE_PORT = 'margin-lifeline';

/**
 * Set by the background in the content script's world just before it puts a new version's script into an
 * open tab, so that script tells an older copy in the page to end (an announcement the page could see,
 * and so made only then rather than on every page).
 */
export const TAKEOVER_FLAG = '__marginTakeover';

/** Messages broadcast to extension pages (side panel, popup) when something they show changed. */
export const broadcastMessages = {
  'changed/annotations': def<{ url: string }, void>(object({ url: str })),
  'changed/page': def<{ tabId: number }, void>(object({ tabId: int })),
  /** A page's record (note, tags, metadata) or the colour meanings changed: the library refreshes. */
  'changed/library': def<{ url?: string }, void>(object({ url: optional(str) })),
} as const;

export type BackgroundMessages = typeof backgroundMessages;
export type PageMessages = typeof pageMessages;
export type BroadcastMessages = typeof broadcastMessages;
export type OffscreenMessages = typeof offscreenMessages;
type AnyCatalog = Record<string, Def<unknown, unknown>>;
export type PayloadOf<C extends AnyCatalog, K extends keyof C> = C[K] extends Def<infer P, unknown> ? P : never;
export type AnswerOf<C extends AnyCatalog, K extends keyof C> = C[K] extends Def<unknown, infer R> ? R : never;

/** The envelope every message travels in. */
export interface Envelope {
  margin: 1;
  type: string;
  payload: unknown;
}

/** What a receiver sends back: errors travel as data so the sender sees the real message. */
export type Reply<R> = { ok: true; value: R } | { ok: false; error: string };
