/**
 * The toolbar popup. Opening it cleans the page (one click, like Reader View; a setting turns that off);
 * its switch restores or cleans again, and it leads to export and the notes panel.
 */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { hasNotesPanel, openNotesPanel } from '../../shared/browser.ts';
import { toBackground } from '../../shared/messaging.ts';
import type { CleanReport, PageState } from '../../shared/types.ts';
import { openLibraryTab } from '../shared/open-library.ts';
import { downloadText } from '../shared/download.ts';
import { targetTabId } from '../shared/tab.ts';
import '../shared/base.css';
import './popup.css';

function Popup() {
  const [tabId, setTabId] = useState<number | null>(null);
  const [state, setState] = useState<PageState | null>(null);
  const [report, setReport] = useState<CleanReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [site, setSite] = useState<{ host: string; autoClean: boolean } | null>(null);

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (e) {
      setError(String((e as Error).message ?? e));
    } finally {
      setBusy(false);
    }
  };

  useEffect(() => {
    void run(async () => {
      const id = await targetTabId();
      if (id === null) throw new Error('No tab to work on.');
      setTabId(id);
      toBackground('tab/state', { tabId: id })
        .then((page) => toBackground('sites/get', { url: page.url }))
        .then(setSite)
        .catch(() => setSite(null));
      const [settings, current] = await Promise.all([toBackground('settings/get', {}), toBackground('tab/state', { tabId: id })]);
      if (settings.cleanOnPopup && !current.cleaned && !new URLSearchParams(location.search).has('noauto')) {
        setReport(await toBackground('tab/clean', { tabId: id }));
        setState(await toBackground('tab/state', { tabId: id }));
      } else setState(current);
    });
  }, []);

  const toggle = () =>
    run(async () => {
      if (tabId === null) return;
      setReport(await toBackground(state?.cleaned ? 'tab/restore' : 'tab/clean', { tabId }));
      setState(await toBackground('tab/state', { tabId }));
    });
  const exportNotes = () =>
    run(async () => {
      if (tabId === null) return;
      const { markdown, fileName } = await toBackground('tab/export', { tabId });
      downloadText(fileName, markdown);
    });
  const setAutoClean = () =>
    run(async () => {
      if (!state || !site) return;
      const wanted = !site.autoClean;
      setSite({ ...site, autoClean: wanted }); // show the reader's choice at once; the answer confirms it
      setSite(await toBackground('sites/set', { url: state.url, autoClean: wanted }));
    });
  const pick = () =>
    run(async () => {
      if (tabId === null) return;
      await toBackground('tab/pick', { tabId });
      window.close(); // the reader picks in the page
    });
  const openNotes = () => {
    // Chrome requires the side panel to be opened straight from the click.
    if (tabId !== null) openNotesPanel(tabId).catch((e: unknown) => setError(String(e)));
  };

  return (
    <main>
      <header>
        <h1>Margin</h1>
        {state?.meta?.site && <span class="muted">{state.meta.site}</span>}
      </header>
      <label class="switch">
        <input type="checkbox" data-action="toggle-clean" checked={state?.cleaned ?? false} disabled={busy || tabId === null} onChange={toggle} />
        <span>{state?.cleaned ? 'Clean view on' : 'Clean view off'}</span>
      </label>
      {site && (
        <label class="option">
          <input type="checkbox" data-action="auto-clean" checked={site.autoClean} disabled={busy} onChange={setAutoClean} />
          <span>Always clean {site.host}</span>
        </label>
      )}
      {report && !report.article && (
        <p class="muted" role="status">
          {report.message}
        </p>
      )}
      {report?.article && report.cleaned && (
        <p class="muted" role="status">
          Hid {report.hidden} page elements around the article.
        </p>
      )}
      <div class="actions">
        <button type="button" data-action="export" onClick={exportNotes} disabled={busy || tabId === null}>
          Export Markdown
        </button>
        <button type="button" data-action="pick" onClick={pick} disabled={busy || tabId === null}>
          Hide something…
        </button>
        <button type="button" data-action="open-library" onClick={() => void openLibraryTab().then(() => window.close())}>
          Library
        </button>
        {hasNotesPanel && (
          <button type="button" data-action="open-notes" onClick={openNotes} disabled={tabId === null}>
            Notes &amp; key facts
          </button>
        )}
      </div>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <footer>
        <a href="../options/index.html" target="_blank">
          Settings
        </a>{' '}
        · <kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>M</kbd> cleans or restores
      </footer>
    </main>
  );
}

render(<Popup />, document.getElementById('app')!);
