/**
 * Margin's background service worker: owns the database (the extension's own IndexedDB origin), answers
 * messages, and wires menus and shortcuts. The same actions are exposed on `globalThis.margin` so tests,
 * benchmarks and power users in the worker's console drive Margin exactly as the buttons do.
 */
import { browser } from '../shared/browser.ts';
import { toPage } from '../shared/messaging.ts';
import { MarginDatabase } from '../storage/db.ts';
import { listAnnotations } from '../storage/annotations.ts';
import * as actions from './actions.ts';
import { handleMessages, restoreBackup } from './handlers.ts';
import { exportBackup } from '../storage/backup.ts';
import { handleSiteMessages } from './site-handlers.ts';
import { exportLibrary, handleLibraryExportMessages, importHypothesis } from './library-export.ts';
import type { LibraryExportFormat } from '../core/export/library-types.ts';
import { handleLibraryMessages, openLibrary, searchLibrary } from './library-handlers.ts';
import type { LibraryFilters } from '../core/library/search.ts';
import { syncAutoCleanScript } from './auto-clean.ts';
import { installCommands, installMenus, runCommand } from './menus.ts';
import { askPage } from './tabs.ts';
import { keepOpenTabsCurrent } from './reinject.ts';
import type { HighlightColor } from '../shared/types.ts';

const db = new MarginDatabase();

handleMessages(db);
handleSiteMessages(db);
handleLibraryExportMessages(db);
handleLibraryMessages(db);
// A single-page app changed the address without loading a page: its notes are another page's now.
browser.tabs.onUpdated.addListener((tabId, change) => {
  if (change.url) void toPage(tabId, 'page/annotations-changed', {}).catch(() => undefined);
});
// Registered scripts persist, but re-sync after an update in case the stored sites and the registration drifted.
browser.runtime.onInstalled.addListener(() => void syncAutoCleanScript(db).catch((e) => console.warn('Margin: auto-clean', e)));
installMenus();
installCommands();
keepOpenTabsCurrent();

/** The console and test API: every function takes a tab id, like the toolbar's actions. */
const api = {
  /** True once Margin's content script answers in the tab. */
  ping: (tabId: number) => askPage(tabId, 'page/ping', {}).catch(() => false),
  clean: actions.clean,
  restore: actions.restore,
  toggle: actions.toggle,
  state: actions.state,
  facts: actions.facts,
  exportMarkdown: async (tabId: number) => (await actions.exportMarkdown(db, tabId)).markdown,
  /** Starts the "Hide this" element picker in the tab's page. */
  pick: (tabId: number) => askPage(tabId, 'page/pick', {}),
  /** Runs a keyboard shortcut's command on a tab, as pressing the keys does. */
  command: (name: string, tabId: number) => runCommand(name, tabId),
  annotations: (url: string) => listAnnotations(db, url),
  /** Highlights of every page matching a query (each word a prefix) and filters: id, page URL and title, quote, note, colour, tags. */
  search: (query: string, filters?: LibraryFilters) => searchLibrary(db, query, filters),
  /** Opens the library page in a new tab; resolves to its tab id. */
  openLibrary,
  /** Every note, the Trash, drafts, hide rules, site choices and settings as one Web Annotation (JSON-LD) text. */
  exportAll: () => exportBackup(db),
  /** Restores `exportAll`'s text (same ids merge, the newer kept); refuses a malformed file, importing nothing. */
  importAll: (text: string) => restoreBackup(db, text),
  /** The library (or the pages `urls`) as a file: `{ fileName, mimeType, base64 }` for the Markdown zip, `{ …, text }` otherwise. */
  exportLibrary: ({ format, urls }: { format: LibraryExportFormat; urls?: string[] }) => exportLibrary(db, format, urls),
  /** Imports a Hypothesis API export (`{ total, rows }` or a bare list); refuses a malformed file, importing nothing. */
  importHypothesis: (text: string) => importHypothesis(db, text),
  /** Highlights the first occurrence of `exact` in the tab's page, with an optional note. */
  highlightText: (tabId: number, exact: string, options: { note?: string; color?: HighlightColor } = {}) =>
    askPage(tabId, 'page/highlight-text', { exact, ...options }),
  db,
};

(globalThis as unknown as { margin: typeof api }).margin = api;
