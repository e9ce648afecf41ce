/** A page of the library: what it is (title, site, author, date saved, count), and the reader's note and tags about it. */
import { useEffect, useState } from 'preact/hooks';
import { toBackground } from '../../shared/messaging.ts';
import type { LibraryPage } from '../../shared/types.ts';
import { TagEditor } from './TagEditor.tsx';

interface Props {
  page: LibraryPage;
  tagListId: string;
  /** Shows only this page's highlights. */
  onOnly: () => void;
}

/** One formatter for every date shown: `toLocaleDateString` with options builds a new one per call (slow by the hundred). */
const DAY = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' });
export const dayOf = (iso: string) => {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : DAY.format(date);
};

export function PageCard({ page, tagListId, onOnly }: Props) {
  const [note, setNote] = useState(page.note);
  const [status, setStatus] = useState<string | null>(null);
  useEffect(() => setNote(page.note), [page.note]);
  const saveNote = () =>
    toBackground('library/page-update', { url: page.url, note }).then(
      () => setStatus('Saved.'),
      (e: unknown) => setStatus(String((e as Error)?.message ?? e)),
    );
  return (
    <section class="page-card" data-page-url={page.url}>
      <h3>
        <a href={page.url} target="_blank" rel="noreferrer" data-field="page-title">
          {page.title}
        </a>
      </h3>
      <p class="muted meta">
        <span data-field="site">{page.site}</span>
        {page.author && <span data-field="author"> · {page.author}</span>}
        <span data-field="saved"> · saved {dayOf(page.savedAt)}</span>
        <span>
          {' '}
          · <span data-count="page-highlights">{page.count}</span> {page.count === 1 ? 'highlight' : 'highlights'}
        </span>{' '}
        <button type="button" class="link" data-action="only-page" onClick={onOnly}>
          Only this page
        </button>
      </p>
      <details open={page.note !== ''}>
        <summary>Note about the page</summary>
        <textarea
          aria-label="Note about the page"
          data-action="page-note"
          value={note}
          onInput={(e) => setNote((e.target as HTMLTextAreaElement).value)}
        />
        <div class="row">
          <button type="button" data-action="save-page-note" disabled={note === page.note} onClick={() => void saveNote()}>
            Save page note
          </button>
          {status && (
            <span class="muted" role="status">
              {status}
            </span>
          )}
        </div>
      </details>
      <TagEditor
        tags={page.tags}
        listId={tagListId}
        label="Tags of the page"
        onSave={(tags) => toBackground('library/page-update', { url: page.url, tags })}
      />
    </section>
  );
}
