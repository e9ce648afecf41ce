/** Context menu entries and keyboard shortcuts, both acting on the page they were used on. */
import { browser, hasNotesPanel, openNotesPanel } from '../shared/browser.ts';
import { broadcast } from '../shared/messaging.ts';
import * as actions from './actions.ts';
import { openLibrary } from './library-handlers.ts';
import { askPage } from './tabs.ts';

const MENU = {
  highlight: 'margin-highlight',
  toggle: 'margin-toggle',
  notes: 'margin-open-notes',
  library: 'margin-open-library',
} as const;

export function installMenus(): void {
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.removeAll().then(() => {
      browser.contextMenus.create({ id: MENU.highlight, title: 'Highlight with Margin', contexts: ['selection'] });
      browser.contextMenus.create({ id: MENU.toggle, title: 'Clean this page / show it whole', contexts: ['page'] });
      if (hasNotesPanel) browser.contextMenus.create({ id: MENU.notes, title: 'Open Margin notes', contexts: ['page', 'selection', 'action'] });
      browser.contextMenus.create({ id: MENU.library, title: 'Open the Margin library', contexts: ['page', 'action'] });
    });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU.library) {
      openLibrary().catch((e: unknown) => console.warn('Margin: library', e));
      return;
    }
    const tabId = tab?.id;
    if (tabId === undefined) return;
    if (info.menuItemId === MENU.notes) {
      // Must be called while the click's user gesture is still active: no await before it.
      openNotesPanel(tabId).catch((e: unknown) => console.warn('Margin: side panel', e));
      return;
    }
    const work =
      info.menuItemId === MENU.highlight
        ? askPage(tabId, 'page/highlight-selection', {})
        : actions.toggle(tabId).then(() => broadcast('changed/page', { tabId }));
    work.catch((e: unknown) => console.warn('Margin:', e));
  });
}

/** Runs a keyboard command (see `commands` in manifest.json) on a tab. */
export async function runCommand(command: string, tabId: number): Promise<unknown> {
  if (command === 'toggle-clean') {
    const report = await actions.toggle(tabId);
    broadcast('changed/page', { tabId });
    return report;
  }
  if (command === 'highlight-selection') return askPage(tabId, 'page/highlight-selection', {});
  if (command === 'open-library') return openLibrary();
  throw new Error(`Unknown command: ${command}`);
}

export function installCommands(): void {
  browser.commands.onCommand.addListener((command, tab) => {
    // The library needs no page: it opens from any tab, or none.
    if (command === 'open-library') openLibrary().catch((e: unknown) => console.warn('Margin: library', e));
    else if (tab?.id !== undefined) runCommand(command, tab.id).catch((e: unknown) => console.warn('Margin:', e));
  });
}
