/**
 * The library's data on the page: every page and highlight from the background, and the search index kept
 * in step with them. The first rows show as soon as the lists arrive; the index is built in slices after
 * that (the page stays responsive), and every change broadcast from any tab (a note edited, a highlight
 * deleted or tagged, a page note) is applied to the lists and to the index.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { LibraryIndex } from '../../core/library/search.ts';
import { countTags } from '../../core/library/tags.ts';
import { broadcastMessages, receive, toBackground } from '../../shared/messaging.ts';
import type { Annotation, LibraryPage, Settings, TagCount } from '../../shared/types.ts';

export interface LibraryData {
  pages: LibraryPage[];
  annotations: Annotation[];
  tags: TagCount[];
  settings: Settings | null;
  /** Highlights indexed so far, out of `annotations.length`. */
  indexed: number;
  index: LibraryIndex<Annotation, LibraryPage>;
  /** Bumped whenever the lists or the index changed, so searches run again. */
  revision: number;
  error: string | null;
  reload: () => Promise<void>;
}

const versionOf = (a: Annotation) => `${a.version}|${a.updatedAt}`;

export function useLibrary(): LibraryData {
  const [pages, setPages] = useState<LibraryPage[]>([]);
  const [annotations, setAnnotations] = useState<Annotation[]>([]);
  const [tags, setTags] = useState<TagCount[]>([]);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [indexed, setIndexed] = useState(0);
  const [revision, setRevision] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const index = useRef(new LibraryIndex<Annotation, LibraryPage>());
  const building = useRef<Promise<void> | null>(null);

  const reload = useCallback(async () => {
    try {
      const [nextPages, nextAnnotations, nextSettings] = await Promise.all([
        toBackground('library/pages', {}),
        toBackground('library/annotations', {}),
        toBackground('settings/get', {}),
      ]);
      // Counted here from the lists at hand rather than asked for (library/tags reads every highlight again).
      const nextTags = countTags([...nextAnnotations.map((a) => a.tags), ...nextPages.map((p) => p.tags)]);
      setPages(nextPages);
      setAnnotations(nextAnnotations);
      setTags(nextTags);
      setSettings(nextSettings);
      setError(null);
      const idx = index.current;
      if (!building.current) {
        // First load: build the whole index in slices.
        idx.setPages(nextPages);
        building.current = idx.addAllInSlices(nextAnnotations, { onProgress: setIndexed });
        await building.current;
      } else {
        await building.current;
        // Later loads: re-index only what changed (and every highlight of a page whose record changed).
        const oldPages = new Map(nextPages.map((p) => [p.url, idx.page(p.url)]));
        idx.setPages(nextPages);
        const changedPages = new Set(nextPages.filter((p) => oldPages.get(p.url)?.updatedAt !== p.updatedAt).map((p) => p.url));
        const keep = new Set(nextAnnotations.map((a) => a.id));
        for (const id of idx.ids()) if (!keep.has(id)) idx.remove(id);
        for (const a of nextAnnotations) {
          const had = idx.get(a.id);
          if (!had || versionOf(had) !== versionOf(a) || changedPages.has(a.url)) idx.upsert(a);
        }
        setIndexed(idx.size);
      }
      setRevision((r) => r + 1);
    } catch (e) {
      setError(String((e as Error).message ?? e));
    }
  }, []);

  useEffect(() => {
    void reload();
    // Changes come in bursts (a save broadcasts, then the page record follows): coalesce them.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const soon = () => {
      clearTimeout(timer);
      timer = setTimeout(() => void reload(), 100);
    };
    const stop = new AbortController();
    receive(broadcastMessages, { 'changed/annotations': soon, 'changed/library': soon }, { signal: stop.signal });
    return () => stop.abort();
  }, [reload]);

  return { pages, annotations, tags, settings, indexed, index: index.current, revision, error, reload };
}
