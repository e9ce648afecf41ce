/**
 * The side panel: the page's highlights and notes in page order (edit, delete, click to show), its key
 * facts, and export. It follows the active tab and refreshes when notes change anywhere. Deleting is never
 * final: an Undo shows for a few seconds, and the page's Trash lists deleted highlights to restore.
 */
import { render } from 'preact';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { browser } from '../../shared/browser.ts';
import { broadcastMessages, receive, toBackground } from '../../shared/messaging.ts';
import type { Annotation, KeyFact, PageState } from '../../shared/types.ts';
import { downloadText } from '../shared/download.ts';
import { openLibraryTab } from '../shared/open-library.ts';
import { requestPersistentStorage } from '../shared/persist.ts';
import { targetTabId } from '../shared/tab.ts';
import { AnnotationItem } from './AnnotationItem.tsx';
import { CopyExport } from './CopyExport.tsx';
import { KeyFacts } from './KeyFacts.tsx';
import { TrashSection } from './Trash.tsx';
import { useUndoableDelete } from '../shared/undo-delete.tsx';
import '../shared/base.css';
import './sidepanel.css';

const pinnedTab = new URLSearchParams(location.search).has('tabId');

function Panel() {
  const [tabId, setTabId] = useState<number | null>(null);
  const [state, setState] = useState<PageState | null>(null);
  const [annotations, setAnnotations] = useState<Annotation[]>([]);
  const [facts, setFacts] = useState<KeyFact[]>([]);
  const [trash, setTrash] = useState<Annotation[]>([]);
  const [error, setError] = useState<string | null>(null);

  const refresh = useCallback(async (id: number | null) => {
    if (id === null) return;
    try {
      const page = await toBackground('tab/state', { tabId: id });
      setState(page);
      setAnnotations(await toBackground('annotations/list', { url: page.url }));
      setTrash(await toBackground('annotations/trash', { url: page.url }));
      setFacts(await toBackground('tab/facts', { tabId: id }));
      setError(null);
    } catch (e) {
      setState(null);
      setAnnotations([]);
      setTrash([]);
      setFacts([]);
      setError(String((e as Error).message ?? e));
    }
  }, []);

  useEffect(() => void requestPersistentStorage().catch(() => false), []);

  useEffect(() => {
    void targetTabId().then((id) => {
      setTabId(id);
      return refresh(id);
    });
    if (!pinnedTab) {
      const follow = ({ tabId: id }: { tabId: number }) => {
        setTabId(id);
        void refresh(id);
      };
      browser.tabs.onActivated.addListener(follow);
      return () => browser.tabs.onActivated.removeListener(follow);
    }
  }, [refresh]);

  // The listener is registered once; it reads the current tab and URL through a ref.
  const current = useRef({ tabId, url: state?.url });
  current.current = { tabId, url: state?.url };
  useEffect(() => {
    receive(broadcastMessages, {
      'changed/annotations': ({ url }) => {
        if (url === current.current.url) void refresh(current.current.tabId);
      },
      'changed/page': ({ tabId: changed }) => {
        if (changed === current.current.tabId) void refresh(changed);
      },
    });
  }, [refresh]);

  const act = (work: Promise<unknown>) => work.then(() => refresh(tabId)).catch((e) => setError(String((e as Error).message ?? e)));

  const { remove, restore, undoToast } = useUndoableDelete(act);

  return (
    <main>
      <header>
        <h1 title={state?.meta?.title}>{state?.meta?.title ?? 'Margin'}</h1>
        <button type="button" data-action="open-library" title="Every note from every page" onClick={() => void openLibraryTab()}>
          Library
        </button>
        <button
          type="button"
          class="primary"
          data-action="export"
          disabled={tabId === null || !state}
          onClick={() =>
            tabId !== null && act(toBackground('tab/export', { tabId }).then(({ markdown, fileName }) => downloadText(fileName, markdown)))
          }
        >
          Export Markdown
        </button>
      </header>
      <CopyExport url={state?.url ?? null} />
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {undoToast}
      <h2>
        Highlights &amp; notes{' '}
        <span class="count" data-count="annotations">
          {annotations.length}
        </span>
      </h2>
      {annotations.length === 0 ? (
        <p class="muted">Select text in the page to highlight it or add a note.</p>
      ) : (
        <ol class="annotations">
          {annotations.map((a) => (
            <AnnotationItem
              key={a.id}
              annotation={a}
              orphan={state?.orphans.includes(a.id) ?? false}
              onShow={() => tabId !== null && void toBackground('tab/scroll-to', { tabId, annotationId: a.id })}
              onSave={async (note, baseVersion) => {
                const result = await toBackground('annotations/update', { id: a.id, note, baseVersion });
                await refresh(tabId);
                return result;
              }}
              onDelete={() => void remove(a)}
            />
          ))}
        </ol>
      )}
      <TrashSection items={trash} open={trash.length > 0} onRestore={(id) => void restore(id)} />
      <h2>Key facts</h2>
      <KeyFacts facts={facts} onShow={(fact) => tabId !== null && void toBackground('tab/scroll-to', { tabId, fact })} />
    </main>
  );
}

render(<Panel />, document.getElementById('app')!);
