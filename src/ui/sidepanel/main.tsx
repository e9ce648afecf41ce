/**
 * The side panel: the page's highlights and notes in page order (edit, delete, click to show), its key
 * facts, and export. It follows the active tab and refreshes when notes change anywhere.
 */
import { render } from 'preact';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { browser } from '../../shared/browser.ts';
import { broadcastMessages, receive, toBackground } from '../../shared/messaging.ts';
import type { Annotation, KeyFact, PageState } from '../../shared/types.ts';
import { downloadText } from '../shared/download.ts';
import { targetTabId } from '../shared/tab.ts';
import { AnnotationItem } from './AnnotationItem.tsx';
import { KeyFacts } from './KeyFacts.tsx';
import '../shared/base.css';
import './sidepanel.css';

const pinnedTab = new URLSearchParams(location.search).has('tabId');

function Panel() {
  const [tabId, setTabId] = useState<number | null>(null);
  const [state, setState] = useState<PageState | null>(null);
  const [annotations, setAnnotations] = useState<Annotation[]>([]);
  const [facts, setFacts] = useState<KeyFact[]>([]);
  const [error, setError] = useState<string | null>(null);

  const refresh = useCallback(async (id: number | null) => {
    if (id === null) return;
    try {
      const page = await toBackground('tab/state', { tabId: id });
      setState(page);
      setAnnotations(await toBackground('annotations/list', { url: page.url }));
      setFacts(await toBackground('tab/facts', { tabId: id }));
      setError(null);
    } catch (e) {
      setState(null);
      setAnnotations([]);
      setFacts([]);
      setError(String((e as Error).message ?? e));
    }
  }, []);

  useEffect(() => {
    void targetTabId().then((id) => { setTabId(id); return refresh(id); });
    if (!pinnedTab) {
      const follow = ({ tabId: id }: { tabId: number }) => { setTabId(id); void refresh(id); };
      browser.tabs.onActivated.addListener(follow);
      return () => browser.tabs.onActivated.removeListener(follow);
    }
  }, [refresh]);

  // The listener is registered once; it reads the current tab and URL through a ref.
  const current = useRef({ tabId, url: state?.url });
  current.current = { tabId, url: state?.url };
  useEffect(() => {
    receive(broadcastMessages, {
      'changed/annotations': ({ url }) => { if (url === current.current.url) void refresh(current.current.tabId); },
      'changed/page': ({ tabId: changed }) => { if (changed === current.current.tabId) void refresh(changed); },
    });
  }, [refresh]);

  const act = (work: Promise<unknown>) => work.then(() => refresh(tabId)).catch((e) => setError(String((e as Error).message ?? e)));

  return (
    <main>
      <header>
        <h1 title={state?.meta?.title}>{state?.meta?.title ?? 'Margin'}</h1>
        <button type="button" class="primary" data-action="export" disabled={tabId === null || !state}
          onClick={() => tabId !== null && act(toBackground('tab/export', { tabId }).then(({ markdown, fileName }) => downloadText(fileName, markdown)))}>Export Markdown</button>
      </header>
      {error && <p class="error" role="alert">{error}</p>}
      <h2>Highlights &amp; notes <span class="count" data-count="annotations">{annotations.length}</span></h2>
      {annotations.length === 0 ? <p class="muted">Select text in the page to highlight it or add a note.</p> : (
        <ol class="annotations">
          {annotations.map((a) => (
            <AnnotationItem key={a.id} annotation={a} orphan={state?.orphans.includes(a.id) ?? false}
              onShow={() => tabId !== null && void toBackground('tab/scroll-to', { tabId, annotationId: a.id })}
              onSave={(note) => act(toBackground('annotations/update', { id: a.id, note }))}
              onDelete={() => act(toBackground('annotations/delete', { id: a.id }))} />
          ))}
        </ol>
      )}
      <h2>Key facts</h2>
      <KeyFacts facts={facts} onShow={(fact) => tabId !== null && void toBackground('tab/scroll-to', { tabId, fact })} />
    </main>
  );
}

render(<Panel />, document.getElementById('app')!);
