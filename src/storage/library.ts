/**
 * The library's data: every page with highlights (its metadata, key facts, and the reader's note and tags
 * about it), every highlight across pages, tags and their counts. The background fills a page's record when
 * a highlight is made on it; the library page reads and organises through these functions.
 */
import type { PageMetadata } from '../core/article/types.ts';
import { bareRecord } from '../core/library/bare-record.ts';
import type { HighlightChunk } from '../core/library/library-model.ts';
import { countTags } from '../core/library/tags.ts';
import type { Annotation, KeyFact, LibraryPage, PageEntities, PageRecord, TagCount } from '../shared/types.ts';
import type { MarginDatabase } from './db.ts';
import { guardWrite } from './errors.ts';

export { bareRecord };

/** Longest tag kept (characters); a longer one is cut, not refused, so nothing typed is lost silently. */
export const MAX_TAG_LENGTH = 64;
/** Most tags on one highlight or page. */
export const MAX_TAGS = 32;

/**
 * Tags as the reader typed them, made comparable: a leading '#' and surrounding space dropped, inner runs of
 * space kept as one, empty ones left out, duplicates (ignoring case) kept once in the order first typed.
 */
export function normalizeTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags) {
    const tag = raw.trim().replace(/^#+/, '').replace(/\s+/g, ' ').trim().slice(0, MAX_TAG_LENGTH);
    const key = tag.toLowerCase();
    if (!tag || seen.has(key)) continue;
    seen.add(key);
    out.push(tag);
  }
  return out.slice(0, MAX_TAGS);
}

/** The people, organizations and places among a page's key facts. */
export function entitiesOf(facts: readonly KeyFact[]): PageEntities {
  const pick = (type: KeyFact['type']) => facts.filter((f) => f.type === type).map((f) => f.text);
  return { people: pick('PER'), organizations: pick('ORG'), places: pick('LOC') };
}

/**
 * Records (or refreshes) what the page says about itself: title, site, author, date, key facts. The
 * reader's note and tags, and the date first saved, are kept.
 */
export async function savePageRecord(
  db: MarginDatabase,
  url: string,
  data: { meta?: PageMetadata | null; facts?: KeyFact[] },
  now = new Date(),
): Promise<PageRecord> {
  const stamp = now.toISOString();
  return guardWrite(() =>
    db.transaction('rw', db.pages, async () => {
      const current: PageRecord = (await db.pages.get(url)) ?? bareRecord(url, stamp);
      const meta = data.meta;
      const next: PageRecord = {
        ...current,
        title: meta?.title?.trim() || current.title,
        site: meta?.site?.trim() || current.site,
        author: meta?.byline?.trim() || current.author,
        published: meta?.published ?? current.published,
        keyFacts: data.facts ?? current.keyFacts,
        entities: data.facts ? entitiesOf(data.facts) : current.entities,
        updatedAt: stamp,
      };
      await db.pages.put(next);
      return next;
    }),
  );
}

/** One page's record, or null. */
export async function getPage(db: MarginDatabase, url: string): Promise<PageRecord | null> {
  return (await db.pages.get(url)) ?? null;
}

/** Every highlight out of the Trash, newest first. */
export async function listAllAnnotations(db: MarginDatabase): Promise<Annotation[]> {
  const rows = await db.annotations.orderBy('createdAt').reverse().toArray();
  return rows.filter((a) => !a.deletedAt);
}

/** Highlights read per chunk when the library page loads them all: about 1 MB of messages each. */
export const ANNOTATION_CHUNK = 2000;

/** Most highlights one chunk may ask for (a larger request is cut to this). */
const MAX_CHUNK = 10_000;

/**
 * The newest `newest` highlights (what the library shows first), or the next chunk of all of them in key
 * order after `after` (key order pages exactly, even through highlights made in the same millisecond).
 * The newest come with their pages' records; the first chunk also says how many highlights there are out of
 * the Trash.
 */
export async function readAnnotationChunk(
  db: MarginDatabase,
  range: { newest?: number; after?: string; limit?: number },
): Promise<HighlightChunk<Annotation, PageRecord>> {
  const { newest, after } = range;
  const limit = Math.max(1, Math.min(range.limit ?? ANNOTATION_CHUNK, MAX_CHUNK));
  return db.transaction('r', db.annotations, db.pages, async () => {
    if (newest !== undefined) {
      const annotations = await db.annotations
        .orderBy('createdAt')
        .reverse()
        .filter((a) => !a.deletedAt)
        .limit(Math.max(0, Math.min(newest, MAX_CHUNK)))
        .toArray();
      const pages = await db.pages.bulkGet([...new Set(annotations.map((a) => a.url))]);
      return { annotations, pages: pages.filter((p): p is PageRecord => p !== undefined), next: null, total: null };
    }
    // Counted from the keys (no row is read), once: with the first chunk.
    const total = after === undefined ? (await db.annotations.count()) - (await db.annotations.where('deletedAt').above('').count()) : null;
    const rows = await (after === undefined ? db.annotations.orderBy('id') : db.annotations.where('id').above(after)).limit(limit).toArray();
    return { annotations: rows.filter((a) => !a.deletedAt), next: rows.length === limit ? rows[rows.length - 1].id : null, total };
  });
}

/** These highlights, out of the Trash; unknown ids left out (the rows the library draws, in one read). */
export async function readAnnotationsById(db: MarginDatabase, ids: readonly string[]): Promise<Annotation[]> {
  return (await db.annotations.bulkGet([...ids])).filter((a): a is Annotation => a !== undefined && !a.deletedAt);
}

/** Every page record (or the one of `url`), as stored: the library counts highlights per page itself. */
export async function listPageRecords(db: MarginDatabase, url?: string): Promise<PageRecord[]> {
  if (url === undefined) return db.pages.toArray();
  const record = await db.pages.get(url);
  return record ? [record] : [];
}

/**
 * Every page with highlights (out of the Trash) or with a note of the reader's, newest first, with its count.
 * A page with highlights but no record (made before the library) is listed by its key. Pass the highlights
 * when they are at hand, so they are not read twice.
 */
export async function listPages(db: MarginDatabase, highlights?: Annotation[]): Promise<LibraryPage[]> {
  const [records, annotations] = await Promise.all([db.pages.toArray(), highlights ?? listAllAnnotations(db)]);
  const counts = new Map<string, { count: number; first: string }>();
  for (const a of annotations) {
    const seen = counts.get(a.url);
    if (seen) {
      seen.count++;
      if (a.createdAt < seen.first) seen.first = a.createdAt;
    } else counts.set(a.url, { count: 1, first: a.createdAt });
  }
  const byUrl = new Map(records.map((r) => [r.url, r]));
  for (const [url, { first }] of counts) if (!byUrl.has(url)) byUrl.set(url, bareRecord(url, first));
  return [...byUrl.values()]
    .map((r) => ({ ...r, count: counts.get(r.url)?.count ?? 0 }))
    .filter((p) => p.count > 0 || p.note !== '' || p.tags.length > 0)
    .sort((a, b) => b.savedAt.localeCompare(a.savedAt));
}

/** Sets the reader's note and/or tags about a page (a page not yet recorded gets a bare record); null for a non-page. */
export async function updatePage(db: MarginDatabase, url: string, patch: { note?: string; tags?: string[] }, now = new Date()): Promise<PageRecord> {
  const stamp = now.toISOString();
  return guardWrite(() =>
    db.transaction('rw', db.pages, async () => {
      const current: PageRecord = (await db.pages.get(url)) ?? bareRecord(url, stamp);
      const next: PageRecord = {
        ...current,
        ...(patch.note !== undefined && { note: patch.note }),
        ...(patch.tags !== undefined && { tags: normalizeTags(patch.tags) }),
        updatedAt: stamp,
      };
      await db.pages.put(next);
      return next;
    }),
  );
}

/** Replaces a highlight's tags (normalized); the version goes up. Null when there is no such highlight. */
export async function setAnnotationTags(db: MarginDatabase, id: string, tags: readonly string[], now = new Date()): Promise<Annotation | null> {
  return guardWrite(() =>
    db.transaction('rw', db.annotations, async () => {
      const current = await db.annotations.get(id);
      if (!current) return null;
      const next: Annotation = { ...current, tags: normalizeTags(tags), version: current.version + 1, updatedAt: now.toISOString() };
      await db.annotations.put(next);
      return next;
    }),
  );
}

/**
 * The names of the tags in use on highlights and pages, most used first, read from the tag indexes alone (no
 * highlight is read, so tags of highlights in the Trash count too): completion where counts do not show.
 */
export async function listTagNames(db: MarginDatabase): Promise<string[]> {
  const [onHighlights, onPages] = await Promise.all([db.annotations.orderBy('tags').keys(), db.pages.orderBy('tags').keys()]);
  return countTags([...onHighlights, ...onPages].map((tag) => [String(tag)])).map((t) => t.tag);
}

/** Every tag in use on highlights (out of the Trash) and pages, with how often, most used first (for completion). */
export async function listTags(db: MarginDatabase): Promise<TagCount[]> {
  const [annotations, pages] = await Promise.all([listAllAnnotations(db), db.pages.toArray()]);
  return countTags([...annotations.map((a) => a.tags), ...pages.map((p) => p.tags)]);
}
