/**
 * Margin's background service worker: owns the database (the extension's own IndexedDB origin), answers
 * messages, and wires menus and shortcuts. The same actions are exposed on `globalThis.margin` so tests,
 * benchmarks and power users in the worker's console drive Margin exactly as the buttons do.
 */
import { MarginDatabase } from '../storage/db.ts';
import { listAnnotations } from '../storage/annotations.ts';
import * as actions from './actions.ts';
import { handleMessages } from './handlers.ts';
import { installCommands, installMenus } from './menus.ts';

const db = new MarginDatabase();

handleMessages(db);
installMenus();
installCommands();

/** The console and test API: every function takes a tab id, like the toolbar's actions. */
const api = {
  clean: actions.clean,
  restore: actions.restore,
  toggle: actions.toggle,
  state: actions.state,
  facts: actions.facts,
  exportMarkdown: async (tabId: number) => (await actions.exportMarkdown(db, tabId)).markdown,
  annotations: (url: string) => listAnnotations(db, url),
  db,
};

(globalThis as unknown as { margin: typeof api }).margin = api;
