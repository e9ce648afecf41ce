/**
 * The library's data on the page. The search index, every highlight and the counts live in a Worker
 * (`index.worker.ts`), so a library of 100,000 highlights is indexed without holding up the page, and the
 * page itself keeps only the page records and the rows it draws. The newest highlights are asked for as the
 * page's script starts and drawn straight from the background's answer, while the Worker starts and indexes
 * them; from the moment the Worker holds them it answers every query. Then all highlights are read in
 * chunks; every change broadcast from any tab (a note edited, a highlight deleted or tagged, a page note, an
 * import) is read again and handed to the Worker.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { HighlightChunk, LibraryAnswer, LibraryQuery } from '../../core/library/library-model.ts';
import { broadcastMessages, receive, toBackground } from '../../shared/messaging.ts';
import type { Annotation, LibraryPage, PageRecord, Settings, TagCount } from '../../shared/types.ts';
import { FIRST_ROWS, firstAnswers } from './first-request.ts';
import { IndexClient, type IndexState } from './index-client.ts';

export { FIRST_ROWS };
/** Changes come in bursts (a save broadcasts, then the page record follows): they are read together after this (ms). */
const COALESCE_MS = 100;

type Newest = HighlightChunk<Annotation, PageRecord>;

/** True when a query asks for nothing but the newest rows: the background's newest highlights answer it. */
const asksNewest = (q: LibraryQuery) => q.text.trim() === '' && !q.url && !Object.values(q.filters).some(Boolean) && q.limit <= FIRST_ROWS;

/** The answer the Worker gives the same query once it holds the newest highlights, so switching over changes nothing drawn. */
const newestAnswer = (newest: Newest, limit: number): LibraryAnswer<Annotation, PageRecord> => {
  const rows = newest.annotations.slice(0, limit);
  const urls = new Set(rows.map((a) => a.url));
  return { rows, pages: (newest.pages ?? []).filter((p) => urls.has(p.url)), total: newest.annotations.length, urls: null };
};

/** Longest wait for a paint (ms): a library opened in a background tab gets no frames until it is shown. */
const PAINT_WAIT_MS = 200;

/** Resolves after the browser has painted what was drawn before (a frame, then a task), or after PAINT_WAIT_MS. */
const afterPaint = () =>
  new Promise<void>((ok) => {
    requestAnimationFrame(() => setTimeout(ok, 0));
    setTimeout(ok, PAINT_WAIT_MS);
  });

export interface LibraryData {
  pages: LibraryPage[];
  tags: TagCount[];
  settings: Settings | null;
  /** Highlights in the library, out of the Trash. */
  total: number;
  /** Highlights indexed so far. */
  indexed: number;
  /** True while highlights are still being read or indexed. */
  indexing: boolean;
  /** Bumped whenever the data changed, so the current query runs again. */
  revision: number;
  /** Bumped when a change came from any tab (the Trash is read again). */
  changes: number;
  error: string | null;
  query: (query: LibraryQuery) => Promise<LibraryAnswer<Annotation, PageRecord>>;
  reloadSettings: () => Promise<void>;
}

export function useLibrary(): LibraryData {
  const [state, setState] = useState<IndexState>({ type: 'state', tags: [], size: 0, idle: false });
  const [pages, setPages] = useState<LibraryPage[]>([]);
  const [indexed, setIndexed] = useState(0);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [total, setTotal] = useState(0);
  const [reading, setReading] = useState(true);
  const [revision, setRevision] = useState(0);
  const [changes, setChanges] = useState(0);
  const [error, setError] = useState<string | null>(null);
  // Asked for by first-request.ts as the page's module starts (the effects below run only after a
  // paint): the newest highlights are the first rows, and the settings name their colours.
  const first = useRef<{ newest: Promise<Newest>; settings: Promise<Settings> } | null>(null);
  first.current ??= firstAnswers;
  /** Until the Worker holds the newest highlights, a query for them is answered from the background's answer. */
  const workerHolds = useRef({ newest: false, expected: Infinity });
  const client = useRef<IndexClient | null>(null);
  /**
   * The index Worker, started once the first rows are painted (or by a search typed before): starting it
   * (a script to load and compile) competes with drawing them on a busy machine.
   */
  const index = useCallback(
    () =>
      (client.current ??= new IndexClient(
        (next) => {
          if (next.size >= workerHolds.current.expected || next.idle) workerHolds.current.newest = true;
          setState(next);
          if (next.pages) setPages(next.pages);
          setIndexed(next.size);
          setRevision((r) => r + 1);
        },
        setIndexed,
        setError,
      )),
    [],
  );

  const reloadSettings = useCallback(() => toBackground('settings/get', {}).then(setSettings), []);

  useEffect(() => {
    const fail = (e: unknown) => setError(String((e as Error)?.message ?? e));
    /** Reads every highlight in chunks into the index; what is no longer stored is dropped after. */
    const readAll = async () => {
      setReading(true);
      index().send({ type: 'begin-sync' });
      let after: string | undefined;
      do {
        const chunk = await toBackground('library/annotations', after === undefined ? {} : { after });
        index().send({ type: 'add', annotations: chunk.annotations });
        if (chunk.total !== null) setTotal(chunk.total);
        after = chunk.next ?? undefined;
      } while (after !== undefined);
      index().send({ type: 'end-sync' });
      setReading(false);
    };
    // One thing at a time: a change is read after the load (or the change before it) is done.
    let work: Promise<void> = (async () => {
      void first.current!.settings.then(setSettings, fail);
      const newest = await first.current!.newest;
      workerHolds.current.expected = newest.annotations.length;
      setTotal(newest.annotations.length);
      // The Worker, the thousands of page records and then every highlight wait until the first rows are on
      // screen: reading them holds the background up, and taking them in holds up this page.
      await afterPaint();
      index().send({ type: 'pages', records: newest.pages ?? [] });
      index().send({ type: 'add', annotations: newest.annotations, announce: true });
      index().send({ type: 'pages', records: await toBackground('library/pages', {}) });
      await readAll();
    })().catch(fail);

    const urls = new Set<string>();
    let pagesChanged = false;
    let everything = false;
    const apply = async () => {
      const [changedUrls, changedPages, all] = [[...urls], pagesChanged, everything];
      urls.clear();
      pagesChanged = everything = false;
      if (all) await reloadSettings();
      if (all || changedPages) index().send({ type: 'pages', records: await toBackground('library/pages', {}) });
      if (all) await readAll();
      else for (const url of changedUrls) index().send({ type: 'replace-page', url, annotations: await toBackground('annotations/list', { url }) });
      setChanges((c) => c + 1);
    };
    let timer: ReturnType<typeof setTimeout> | undefined;
    const soon = () => {
      clearTimeout(timer);
      timer = setTimeout(() => (work = work.then(apply).catch(fail)), COALESCE_MS);
    };
    const stop = new AbortController();
    receive(
      broadcastMessages,
      {
        'changed/annotations': ({ url }) => {
          urls.add(url);
          soon();
        },
        // A page's record changed, or (no page named) anything may have: an import, the colour meanings.
        'changed/library': ({ url }) => {
          if (url) pagesChanged = true;
          else everything = true;
          soon();
        },
      },
      { signal: stop.signal },
    );
    return () => {
      stop.abort();
      clearTimeout(timer);
      client.current?.stop();
    };
  }, [reloadSettings, index]);

  const query = useCallback(
    (q: LibraryQuery) =>
      !workerHolds.current.newest && asksNewest(q) ? first.current!.newest.then((newest) => newestAnswer(newest, q.limit)) : index().query(q),
    [index],
  );
  return {
    pages,
    tags: state.tags,
    settings,
    total: reading ? Math.max(total, indexed) : state.size,
    indexed,
    indexing: reading || !state.idle,
    revision,
    changes,
    error,
    query,
    reloadSettings,
  };
}
