/**
 * The library: every page with notes and every highlight across them, found as the reader types, filtered,
 * organised (tags, page notes, colour meanings), edited and deleted with the side panel's Undo and Trash,
 * and opened at the passage with a click. An extension page: note text never enters a web page.
 */
import { render } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { LibraryAnswer } from '../../core/library/library-model.ts';
import type { LibraryFilters } from '../../core/library/search.ts';
import { toBackground } from '../../shared/messaging.ts';
import type { Annotation, HighlightColor, LibraryPage, PageRecord } from '../../shared/types.ts';
import { requestPersistentStorage } from '../shared/persist.ts';
import { AnnotationItem } from '../sidepanel/AnnotationItem.tsx';
import { TrashSection } from '../sidepanel/Trash.tsx';
import { ColorMeanings } from './ColorMeanings.tsx';
import { Filters } from './Filters.tsx';
import { dayOf, PageCard } from './PageCard.tsx';
import { TagEditor } from './TagEditor.tsx';
// First: its questions go to the background before the rest of this module runs.
import './first-request.ts';
import { FIRST_ROWS, useLibrary } from './use-library.ts';
import { useUndoableDelete } from '../shared/undo-delete.tsx';
import '../shared/base.css';
import '../sidepanel/sidepanel.css';
import './library.css';

/** Rows (and page cards) drawn at first and added by "Show more": a long library opens fast and scrolls light. */
const PAGE_SIZE = FIRST_ROWS;
/**
 * Rows drawn in the first frame that has any: more than a tall window shows. The others (up to PAGE_SIZE)
 * follow right after it is painted, so the first rows do not wait for a hundred note editors to be built.
 */
const FIRST_PAINT_ROWS = 20;
/** Page cards drawn at first and added by "Show more pages" (each holds a note editor and tags). */
const PAGE_CARDS = 20;
const TAG_LIST = 'known-tags';

type Order = 'newest' | 'page';
const NO_ANSWER: LibraryAnswer<Annotation, PageRecord> = { rows: [], pages: [], total: 0, urls: null };

function Library() {
  const data = useLibrary();
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<LibraryFilters>({});
  const [onlyPage, setOnlyPage] = useState<string | null>(null);
  const [order, setOrder] = useState<Order>('newest');
  const [shown, setShown] = useState(PAGE_SIZE);
  const [shownPages, setShownPages] = useState(PAGE_CARDS);
  const [answer, setAnswer] = useState<LibraryAnswer<Annotation, PageRecord>>(NO_ANSWER);
  const [firstPaintDone, setFirstPaintDone] = useState(false);
  const asked = useRef(0);
  const [orphans, setOrphans] = useState<Set<string>>(new Set());
  const [trash, setTrash] = useState<Annotation[]>([]);
  const [error, setError] = useState<string | null>(null);
  const meanings = data.settings?.colorMeanings ?? {};

  useEffect(() => void requestPersistentStorage().catch(() => false), []);
  const refreshTrash = () => toBackground('annotations/trash', {}).then(setTrash, () => undefined);
  useEffect(() => void refreshTrash(), [data.changes]);

  // The index (in its Worker) answers with the first rows and the count; the latest question's answer wins.
  // Until the index is complete a text query misses what is not indexed yet: the page says it is indexing.
  useEffect(() => {
    const ticket = ++asked.current;
    data.query({ text: query, filters, url: onlyPage, limit: shown }).then(
      (next) => ticket === asked.current && setAnswer(next),
      (e: unknown) => setError(String((e as Error)?.message ?? e)),
    );
  }, [query, filters, onlyPage, shown, data.revision]);
  useEffect(() => {
    setShown(PAGE_SIZE);
    setShownPages(PAGE_CARDS);
  }, [query, filters, onlyPage]);

  const rowPages = useMemo(() => new Map(answer.pages.map((p) => [p.url, p])), [answer.pages]);
  const visiblePages = useMemo(() => {
    const urls = answer.urls && new Set(answer.urls);
    return data.pages.filter((p) => (onlyPage ? p.url === onlyPage : !urls || urls.has(p.url)));
  }, [answer.urls, data.pages, onlyPage]);

  const act = (work: Promise<unknown>) => work.catch((e) => setError(String((e as Error).message ?? e)));
  const { remove, restore, undoToast } = useUndoableDelete(act);
  const open = (a: Annotation) =>
    act(
      toBackground('library/open', { id: a.id }).then(({ found }) =>
        setOrphans((old) => {
          const next = new Set(old);
          if (found) next.delete(a.id);
          else next.add(a.id);
          return next;
        }),
      ),
    );

  const item = (a: Annotation) => {
    const page = rowPages.get(a.url);
    return (
      <AnnotationItem
        key={a.id}
        annotation={a}
        orphan={orphans.has(a.id)}
        onShow={() => void open(a)}
        onSave={(note, baseVersion) => toBackground('annotations/update', { id: a.id, note, baseVersion })}
        onDelete={() => void remove(a)}
      >
        <p class="muted meta">
          <span class={`dot ${a.color}`} aria-hidden="true" />
          <span data-field="color-meaning">{meanings[a.color] ?? a.color}</span>
          {order === 'newest' && (
            <>
              {' · '}
              <span data-field="page">{page?.title ?? a.url}</span>
              {' · '}
              {page?.site}
            </>
          )}
          {' · '}
          {dayOf(a.createdAt)}
        </p>
        <TagEditor tags={a.tags ?? []} listId={TAG_LIST} label="Tags" onSave={(tags) => toBackground('annotations/tags', { id: a.id, tags })} />
      </AnnotationItem>
    );
  };

  // Effects run after the frame is painted: then every row is drawn.
  useEffect(() => {
    if (answer.rows.length > FIRST_PAINT_ROWS) setFirstPaintDone(true);
  }, [answer.rows]);
  const list = firstPaintDone ? answer.rows : answer.rows.slice(0, FIRST_PAINT_ROWS);
  const byPage = (page: LibraryPage) => list.filter((a) => a.url === page.url);
  const pageCards = visiblePages.slice(0, shownPages);
  const morePages = visiblePages.length > shownPages && (
    <button type="button" data-action="show-more-pages" onClick={() => setShownPages(shownPages + PAGE_CARDS)}>
      Show more pages ({visiblePages.length - shownPages} left)
    </button>
  );

  return (
    <main class="library">
      <header>
        <h1>Margin library</h1>
        <span class="muted" data-field="totals">
          {data.pages.length} pages · {data.total} highlights
        </span>
      </header>
      <datalist id={TAG_LIST}>
        {data.tags.map((t) => (
          <option key={t.tag} value={t.tag} />
        ))}
      </datalist>
      <input
        type="search"
        class="search"
        data-action="search"
        aria-label="Search quotes, notes, titles and sites"
        placeholder="Search quotes, notes, titles and sites"
        value={query}
        autoFocus
        onInput={(e) => setQuery((e.target as HTMLInputElement).value)}
      />
      {data.indexing && (
        <p class="muted" role="status" data-field="indexing">
          Indexing {data.indexed} of {data.total} highlights…
        </p>
      )}
      <Filters filters={filters} pages={data.pages} tags={data.tags} meanings={meanings} onChange={setFilters} />
      <div class="row">
        <label>
          Order{' '}
          <select data-action="order" value={order} onChange={(e) => setOrder((e.target as HTMLSelectElement).value as Order)}>
            <option value="newest">newest first</option>
            <option value="page">by page</option>
          </select>
        </label>
        {onlyPage && (
          <button type="button" data-action="all-pages" onClick={() => setOnlyPage(null)}>
            All pages
          </button>
        )}
      </div>
      {(data.error || error) && (
        <p class="error" role="alert">
          {data.error ?? error}
        </p>
      )}
      {undoToast}
      <h2>
        Highlights{' '}
        <span class="count" data-count="results">
          {answer.total}
        </span>
      </h2>
      {answer.total === 0 && <p class="muted">{data.total ? 'Nothing matches.' : 'Highlight passages on a page to collect them here.'}</p>}
      {order === 'newest' ? (
        <ol class="annotations">{list.map(item)}</ol>
      ) : (
        <>
          {pageCards.map((page) => (
            <div key={page.url} class="by-page">
              <PageCard page={page} tagListId={TAG_LIST} onOnly={() => setOnlyPage(page.url)} />
              <ol class="annotations">{byPage(page).map(item)}</ol>
            </div>
          ))}
          {morePages}
        </>
      )}
      {answer.total > shown && (
        <button type="button" data-action="show-more" onClick={() => setShown(shown + PAGE_SIZE)}>
          Show more ({answer.total - shown} left)
        </button>
      )}
      {order === 'newest' && (
        <>
          <h2>
            Pages{' '}
            <span class="count" data-count="pages">
              {visiblePages.length}
            </span>
          </h2>
          {pageCards.map((page) => (
            <PageCard key={page.url} page={page} tagListId={TAG_LIST} onOnly={() => setOnlyPage(page.url)} />
          ))}
          {morePages}
        </>
      )}
      <h2>Colour meanings</h2>
      <ColorMeanings
        meanings={meanings}
        onSave={(next: Partial<Record<HighlightColor, string>>) =>
          toBackground('settings/set', { colorMeanings: next }).then(() => data.reloadSettings())
        }
      />
      <TrashSection items={trash} onRestore={(id) => void restore(id)} />
    </main>
  );
}

render(<Library />, document.getElementById('app')!);
